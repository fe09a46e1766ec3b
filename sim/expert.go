package sim

import (
	"fmt"
	"strings"
)

// The expert is the lab's reference player and the game's coach: a search
// over the deterministic simulation itself, so that the model's holes are
// found by play rather than by the heuristics of whoever tuned it.
//
// At each decision it lists the legal moves (within its allowed actions),
// plus waiting an hour, and plays each forward on copies of the world: the
// move, then a base player (the adaptive policy, restricted like the
// expert) for the rest of today and a few days more, then the quarter's
// projected outcome (World.Estimate). Every copy is re-seeded, so the
// search plays against possible futures, never the one the real dice hold;
// the same seeds serve every move (common random numbers), so moves are
// compared on the same luck.
//
// The race has two rounds. The screening plays every move once with a
// short look ahead. The final takes the base player's own move and the
// Finalists best screened, and plays each Budget times afresh, further
// ahead (FinalDays). The base's move is the default: another replaces it
// only if its lead, rollout by rollout on the same dice, is clear of the
// noise (clearWin). Moves at one hour differ by tenths of a point over a
// quarter, and so does a rollout's luck even on common dice: a search that
// took the best mean every hour chose among near-ties by luck, hundreds of
// times a quarter, and scored below its own base player (sim 15's
// turnaround: 55.1 against adaptive's 60.0, budget 2). Departing only on
// evidence keeps the base's coherent plan and improves it where the
// rollouts agree.
//
// Budget scales the search: more rollouts per finalist and a longer
// screening look ahead. The expert is deterministic for a scenario, seed
// and budget.

// Expert budgets.
const (
	DefaultExpertBudget = 4
	MaxExpertBudget     = 256
)

// ExpertConfig configures an expert.
type ExpertConfig struct {
	// Budget is the search effort: rollouts per finalist, and (through
	// HorizonDays' default) how far ahead it looks. 1..MaxExpertBudget.
	Budget int
	// Allow is the set of actions it may use; event answers are always
	// allowed.
	Allow ActionSet
	// Seed feeds the rollouts' dice; the lab passes the run's seed.
	Seed uint64
	// HorizonDays is how many whole days past today each screening
	// rollout plays; 0 picks a default that grows with the budget.
	HorizonDays int
	// FinalDays is how many whole days past today the finalists' rollouts
	// play; 0 picks a default.
	FinalDays int
	// Finalists is how many moves besides the base player's own go to the
	// final; 0 picks a default.
	Finalists int
	// Name is the policy's name; empty gives "expert", "expert-command",
	// "expert-example" or "expert[list]".
	Name string
}

// Expert is a search-based Policy.
type Expert struct {
	cfg    ExpertConfig
	name   string
	base   adaptivePolicy
	search Search
	// waitUntil holds the expert idle after it chose to wait: it searches
	// again at the next hour.
	waitUntil int64 // a campaign position (Pos): the tick starts again each quarter
}

// NewExpert makes an expert, checking its configuration.
func NewExpert(cfg ExpertConfig) (*Expert, error) {
	if cfg.Budget < 1 || cfg.Budget > MaxExpertBudget {
		return nil, fmt.Errorf("expert budget %d is not in 1..%d", cfg.Budget, MaxExpertBudget)
	}
	if cfg.Allow&AllActions == 0 {
		return nil, fmt.Errorf("expert: no actions allowed")
	}
	if cfg.HorizonDays < 0 || cfg.HorizonDays > DaysPerQuarter {
		return nil, fmt.Errorf("expert horizon %d days is not in 0..%d", cfg.HorizonDays, DaysPerQuarter)
	}
	if cfg.HorizonDays == 0 {
		cfg.HorizonDays = defaultHorizon(cfg.Budget)
	}
	if cfg.FinalDays < 0 || cfg.FinalDays > DaysPerQuarter {
		return nil, fmt.Errorf("expert final horizon %d days is not in 0..%d", cfg.FinalDays, DaysPerQuarter)
	}
	if cfg.FinalDays == 0 {
		cfg.FinalDays = defaultFinalDays
	}
	if cfg.Finalists < 0 || cfg.Finalists > 64 {
		return nil, fmt.Errorf("expert finalists %d is not in 0..64", cfg.Finalists)
	}
	if cfg.Finalists == 0 {
		cfg.Finalists = defaultFinalists
	}
	name := cfg.Name
	if name == "" {
		name = ExpertName(cfg.Allow)
	}
	e := &Expert{cfg: cfg, name: name, base: adaptivePolicy{name: "rollout", allow: actionMask(cfg.Allow)}}
	e.search.e = e
	return e, nil
}

// The final's defaults (budget 2, seeds 700001–700020: 3 finalists 8 days
// ahead scored 64.3 in the turnaround where 5 days scored 62.5; 8 finalists
// cost half as much again for no clear gain).
const (
	defaultFinalDays = 8
	defaultFinalists = 3
)

// defaultHorizon looks further ahead as the budget grows: 1 day at budget
// 1, 2 at 2–4, 3 at 8–16, 4 beyond.
func defaultHorizon(budget int) int {
	switch {
	case budget <= 1:
		return 1
	case budget <= 4:
		return 2
	case budget <= 16:
		return 3
	}
	return 4
}

// ExpertName names the expert restricted to allow.
func ExpertName(allow ActionSet) string {
	switch allow & AllActions {
	case AllActions:
		return "expert"
	case CommandActions:
		return "expert-command"
	case ExampleActions:
		return "expert-example"
	}
	return "expert[" + allow.Label() + "]"
}

// Name implements Policy.
func (e *Expert) Name() string { return e.name }

// Fork implements Policy: a new expert of the same configuration that is
// waiting as this one is. The search itself is scratch, begun afresh at
// every decision, so it is not copied.
func (e *Expert) Fork() Policy {
	f := &Expert{cfg: e.cfg, name: e.name, base: e.base, waitUntil: e.waitUntil}
	f.search.e = f
	return f
}

// Config returns the expert's configuration, defaults filled in.
func (e *Expert) Config() ExpertConfig { return e.cfg }

// Decide implements Policy: it answers a pending event and picks the next
// action when the player is free.
func (e *Expert) Decide(w *World, buf []Command) []Command {
	if w.Done() {
		return buf
	}
	_, _, pending := w.PendingEvent()
	if !pending && (w.Player.Busy > 0 || w.Pos() < e.waitUntil) {
		return buf
	}
	s := &e.search
	s.Start(w)
	for !s.Step(1 << 30) {
	}
	sug := s.Result()
	if sug.Choice >= 0 {
		buf = append(buf, Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: ActChoose, Target: TeamTarget, Arg: sug.Choice})
	}
	if sug.Wait {
		e.waitUntil = Pos(w.Year.Quarter, (w.Tick/TicksPerHour+1)*TicksPerHour)
	} else if sug.HasAction {
		buf = append(buf, sug.Command)
	}
	return buf
}

// Suggestion is the expert's advice at a state.
type Suggestion struct {
	// Choice answers the pending event, or is -1.
	Choice int32
	// Command is the next action, when HasAction.
	Command   Command
	HasAction bool
	// Wait: the best move is to do nothing for an hour.
	Wait bool
	// Reason is one line for the player.
	Reason string
	// Projected is the expected final score after the move; Margin is how
	// far it leads the runner-up (0 with no runner-up).
	Projected, Margin Fixed
}

// candidate is one move in the race.
type candidate struct {
	cmd   Command
	wait  bool
	n     int32
	sum   int64    // of projected scores
	parts [4]int64 // of the score's parts: revenue, health, future, executive
	// dsum and dsq sum this move's lead over the base player's own move,
	// rollout by rollout on the same dice, and its square, in units of
	// 1/1024 of a point: the paired test of Search.clearWin.
	dsum, dsq int64
	alive     bool
	kept      bool // scratch for keepBest
}

// Search is one decision's search, which can run in slices (Step) so that
// the game computes a hint over many frames without dropping one.
type Search struct {
	e       *Expert
	root    World // the state searched, after the event answer if any
	scratch World
	tick    int32
	choice  int32
	cands   []candidate
	choices []candidate // event answers, raced first
	phase   int         // 0 choices, 1 first round, 2 finalists, 3 done
	next    int         // next candidate in the phase
	rollout int         // next rollout seed index in the phase
	moves   []Command
	drv     *Driver // plays the rollouts on scratch
	// The base player's own move at the root leads the race as cands[0]:
	// it is never cut, it plays first in every round, and another move
	// replaces it only on a clear win (clearWin). defLast is its latest
	// rollout's value, which the others' in the round are paired with.
	defLast int64
	defBuf  []Command
}

// Start begins a search at w, copying it: the live world is never touched.
func (s *Search) Start(w *World) {
	w.CopyTo(&s.root)
	s.tick = w.Tick
	s.choice = -1
	s.cands = s.cands[:0]
	s.choices = s.choices[:0]
	s.next, s.rollout = 0, 0
	if _, d, ok := w.PendingEvent(); ok {
		for i := range d.Choices {
			if !d.Choices[i].AllowedBy(s.e.cfg.Allow) {
				continue
			}
			s.choices = append(s.choices, candidate{cmd: Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: ActChoose, Target: TeamTarget, Arg: int32(i)}, alive: true})
		}
		s.phase = 0
		return
	}
	s.listMoves()
}

// listMoves lists the action candidates at the root.
func (s *Search) listMoves() {
	s.phase = 1
	s.next, s.rollout = 0, 0
	if cap(s.moves) < NumPlayActions*(MaxReps+2) {
		s.moves = make([]Command, 0, NumPlayActions*(MaxReps+2))
	}
	s.moves = s.root.LegalMoves(s.e.cfg.Allow, s.moves[:0])
	if s.root.Player.Busy > 0 || s.root.Done() {
		s.phase = 3
		return
	}
	// The base player's move (or waiting, when it has none) leads.
	def := s.baseMove()
	if def >= 0 {
		s.cands = append(s.cands, candidate{cmd: s.moves[def], alive: true})
	} else {
		s.cands = append(s.cands, candidate{wait: true, alive: true})
	}
	for j, c := range s.moves {
		if j != def {
			s.cands = append(s.cands, candidate{cmd: c, alive: true})
		}
	}
	if def >= 0 {
		s.cands = append(s.cands, candidate{wait: true, alive: true})
	}
	if len(s.cands) == 1 {
		s.phase = 3 // only one move is possible
	}
}

// Step runs up to n rollouts and reports whether the search is done.
func (s *Search) Step(n int) bool {
	b := s.e.cfg.Budget
	for ; n > 0 && s.phase < 3; n-- {
		switch s.phase {
		case 0: // event answers: Budget+1 rollouts each
			s.play(&s.choices[s.next], s.rollout, roleAnswer, s.e.cfg.HorizonDays)
			s.next++
			if s.next == len(s.choices) {
				s.next = 0
				s.rollout++
				if s.rollout > b {
					best := bestOf(s.choices)
					s.choice = s.choices[best].cmd.Arg
					_ = s.root.Apply(s.choices[best].cmd)
					s.listMoves()
				}
			}
		case 1: // every move once, a short look ahead: the screening
			s.play(&s.cands[s.next], 0, s.role(s.next), s.e.cfg.HorizonDays)
			s.next++
			if s.next == len(s.cands) {
				s.cut()
				s.phase, s.next, s.rollout = 2, 0, 1
			}
		case 2: // the final: the base's move and the best screened, Budget
			// fresh rollouts each, further ahead
			for s.next < len(s.cands) && !s.cands[s.next].alive {
				s.next++
			}
			if s.next == len(s.cands) {
				s.next = 0
				s.rollout++
				if s.rollout > b {
					s.phase = 3
				}
				n++ // no rollout was played
				continue
			}
			s.play(&s.cands[s.next], s.rollout, s.role(s.next), s.e.cfg.FinalDays)
			s.next++
		}
	}
	return s.phase == 3
}

// baseMove is the index in s.moves of the base player's move at the root
// (its last command that is not an event answer), or -1 when it would wait.
func (s *Search) baseMove() int {
	s.defBuf = s.e.base.Decide(&s.root, s.defBuf[:0])
	for i := len(s.defBuf) - 1; i >= 0; i-- {
		b := s.defBuf[i]
		if b.Action == ActChoose {
			continue
		}
		for j, c := range s.moves {
			if c.Action == b.Action && c.Target == b.Target && c.Arg == b.Arg {
				return j
			}
		}
		return -1
	}
	return -1
}

// role is cands[i]'s role in the race.
func (s *Search) role(i int) int {
	if i == 0 {
		return roleBase
	}
	return roleChallenger
}

// cut keeps the base's move and the Finalists best screened for the
// final, which measures them afresh: the screening's short look ahead is
// what chose them, so its rollouts would flatter them.
func (s *Search) cut() {
	if keep := 1 + s.e.cfg.Finalists; keep < len(s.cands) {
		s.keepBest(keep)
	}
	for i := range s.cands {
		c := &s.cands[i]
		c.n, c.sum, c.parts, c.dsum, c.dsq = 0, 0, [4]int64{}, 0, 0
	}
}

// keepBest keeps the keep alive candidates with the largest sums (all alive
// ones have played the same rollouts, so sums compare as means). Selection
// by repeated maximum: the lists are short, and ties go to the earlier
// move, so the choice is deterministic.
func (s *Search) keepBest(keep int) {
	for i := range s.cands {
		s.cands[i].kept = false
	}
	s.cands[0].kept = true // the base's move stays in the race
	keep--
	for k := 0; k < keep; k++ {
		best := -1
		for i := range s.cands {
			c := &s.cands[i]
			if !c.alive || c.kept {
				continue
			}
			if best < 0 || c.sum > s.cands[best].sum {
				best = i
			}
		}
		s.cands[best].kept = true
	}
	for i := range s.cands {
		s.cands[i].alive = s.cands[i].kept
	}
}

// clearWinZ2 is the square of how many standard errors a move's mean lead
// over the base player's move must clear: one. Measured at budget 2 (seeds
// 700001–700020): a stricter test (two standard errors) kept the base's
// move where the finalists were better, and cost expert-example about a
// point in default; none (the best mean) gave back the noise.
const clearWinZ2 = 1

// pick returns the search's choice: the move with the best mean among those
// that beat the base player's own move clearly, or the base's move if none
// does. Moves at one hour differ by tenths of a point over a quarter, and a
// rollout's noise is of the same size even on common dice: a search that
// took the best mean each hour chose among near-ties by luck, hundreds of
// times a quarter, and played worse than its own base player (sim 15's
// turnaround: 55 against adaptive's 60). Departing from the base only on
// evidence keeps the base's coherent plan and improves on it where the
// rollouts say so.
func (s *Search) pick() int {
	if len(s.cands) == 0 || s.cands[0].n == 0 {
		return bestOf(s.cands)
	}
	best := 0
	for i := 1; i < len(s.cands); i++ {
		c := &s.cands[i]
		if !c.alive || c.n == 0 || !clearWin(c) {
			continue
		}
		if best == 0 || c.sum*int64(s.cands[best].n) > s.cands[best].sum*int64(c.n) {
			best = i
		}
	}
	return best
}

// clearWin reports whether a challenger's paired lead over the base's move
// is positive and at least two standard errors: with n paired differences
// of sum S and sum of squares Q, (S/n)² > z²·s²/n where s² = (Q − S²/n)/(n−1),
// which is S²(n−1) > z²(nQ − S²) in integers (in 1/1024 of a point, S² stays
// under 2^53 for any budget).
func clearWin(c *candidate) bool {
	n := int64(c.n)
	if n < 2 || c.dsum <= 0 {
		return false
	}
	return c.dsum*c.dsum*(n-1) > clearWinZ2*(n*c.dsq-c.dsum*c.dsum)
}

// bestOf returns the alive candidate with the best mean (ties: the first).
func bestOf(cs []candidate) int {
	best := -1
	for i := range cs {
		c := &cs[i]
		if !c.alive || c.n == 0 {
			continue
		}
		if best < 0 || c.sum*int64(cs[best].n) > cs[best].sum*int64(c.n) {
			best = i
		}
	}
	return best
}

// A rollout's role in the race: an event answer, the base player's move,
// or a move challenging it.
const (
	roleAnswer = iota
	roleBase
	roleChallenger
)

// play runs one rollout of a candidate with rollout seed k.
func (s *Search) play(c *candidate, k int, role int, days int) {
	w := &s.scratch
	s.root.CopyTo(w)
	w.Reseed(rolloutSeed(s.e.cfg.Seed, s.tick, k))
	hold := w.Tick
	switch {
	case c.wait:
		hold = (w.Tick/TicksPerHour + 1) * TicksPerHour
	case w.Apply(c.cmd) != nil:
		c.alive = false // cannot happen: the move was listed as legal
		return
	}
	end := (w.Day() + 1 + int32(days)) * TicksPerDay
	if end > TicksPerQuarter {
		end = TicksPerQuarter
	}
	if s.drv == nil || s.drv.World() != w {
		s.drv = NewDriver(DriverConfig{World: w, Quiet: true, NoLog: true})
	}
	// Until the hold (a wait's hour) the floor runs on its own; then the
	// base policy plays to the horizon.
	if hold > end {
		hold = end
	}
	s.drv.Step(int(hold - w.Tick))
	s.drv.Play(&s.e.base, end)
	o := w.Estimate()
	v := int64(o.Score + w.carryValue(&o))
	switch role {
	case roleBase:
		s.defLast = v
	case roleChallenger:
		d := (v - s.defLast) >> 6
		c.dsum += d
		c.dsq += d * d
	}
	c.n++
	c.sum += v
	c.parts[0] += int64(o.ScoreRevenue)
	c.parts[1] += int64(o.ScoreHealth)
	c.parts[2] += int64(o.ScoreFuture)
	c.parts[3] += int64(o.ScoreExecutive)
}

// rolloutSeed mixes the expert's seed, the tick and the rollout index
// (SplitMix64's finaliser), so rollouts at different decisions use
// unrelated dice and candidates at one decision share theirs.
func rolloutSeed(seed uint64, tick int32, k int) uint64 {
	z := seed ^ uint64(tick)<<20 ^ uint64(k)<<48 ^ 0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// nearTie is a margin that rounds to 0.0 points in a hint.
const nearTie = Fixed(1 << 16 / 20)

var partNames = [4]string{"revenue", "team health", "the future (culture, clarity, skill)", "the executive's trust"}

// Result returns the search's advice. Call it once Step has reported done.
func (s *Search) Result() Suggestion {
	sug := Suggestion{Choice: s.choice}
	best := s.pick()
	if best < 0 {
		return sug
	}
	b := &s.cands[best]
	if b.wait {
		sug.Wait = true
	} else {
		sug.Command, sug.HasAction = b.cmd, true
	}
	sug.Projected = Fixed(b.sum / int64(b.n))
	second := -1
	for i := range s.cands {
		c := &s.cands[i]
		if i == best || !c.alive || c.n == 0 {
			continue
		}
		if second < 0 || c.sum*int64(s.cands[second].n) > s.cands[second].sum*int64(c.n) {
			second = i
		}
	}
	what := "Wait an hour"
	if sug.HasAction {
		what = s.root.describe(b.cmd)
	}
	if second < 0 {
		sug.Reason = fmt.Sprintf("%s: the only useful move now.", what)
		return sug
	}
	r := &s.cands[second]
	sug.Margin = sug.Projected - Fixed(r.sum/int64(r.n))
	// The score part where the move gains most over the runner-up.
	bp, bd := 0, int64(-1<<62)
	for p := range b.parts {
		d := b.parts[p]/int64(b.n) - r.parts[p]/int64(r.n)
		if d > bd {
			bp, bd = p, d
		}
	}
	other := "waiting"
	if !r.wait {
		other = strings.ToLower(s.root.describe(r.cmd)[:1]) + s.root.describe(r.cmd)[1:]
	}
	// The reason gives the margin, not the projection itself: the
	// projection is the quarter as if today's rates held and nothing more
	// were done, far below what the expert goes on to score, and a player
	// reads an absolute number as the coach's forecast.
	if sug.Margin < nearTie {
		// "0.0 more than" tells a player nothing: say it is a toss-up.
		sug.Reason = fmt.Sprintf("%s: about as good as %s, so either will do.", what, other)
		return sug
	}
	sug.Reason = fmt.Sprintf("%s: worth %.1f points more than %s by the quarter's end, mostly through %s.",
		what, sug.Margin.Float(), other, partNames[bp])
	return sug
}

// describe says a command in words: "Mentor Ana", "Dial quota 60".
func (w *World) describe(c Command) string {
	spec := &Actions[c.Action]
	switch {
	case c.Action == ActQuota && c.Arg == 0:
		return "Take the dial quota off"
	case c.Action == ActQuota:
		return fmt.Sprintf("Set a dial quota of %d", c.Arg)
	case c.Action == ActReports:
		who := "everyone"
		if c.Target >= 0 {
			who = w.Reps[c.Target].Name
		}
		return fmt.Sprintf("Status reports %s for %s", onOff(c.Arg == 1), who)
	case c.Target >= 0 && int(c.Target) < len(w.Reps):
		return spec.Title + ": " + w.Reps[c.Target].Name
	}
	return spec.Title
}

// InitSearch prepares a search for e, for callers that run one in slices
// (the game's hint): Start it at a state, Step it a little every frame,
// and read the Result when it is done.
func InitSearch(s *Search, e *Expert) { *s = Search{e: e} }

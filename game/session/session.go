// Package session is one game in progress: the world driven through
// sim.Driver, its log, the speed, and the floating texts and moments that
// the driver's batches become. It is the only thing in the game that sends
// commands to the simulation.
package session

import (
	"errors"
	"strconv"
	"strings"

	"salesfloor/sim"
)

// Speeds are the sim speeds the player can pick: ticks per second at each
// setting is Speeds[i] * TicksPerSecondAt1x. Speed never changes outcomes:
// the world is stepped one whole tick at a time either way.
var Speeds = [5]int{0, 1, 2, 4, 8}

// FramesPerTickAt1x is how many 60 Hz frames one tick takes at 1x: half a
// second, so a working day lasts 16 s at 1x and 2 s at 8x.
const FramesPerTickAt1x = 30

// FeedbackKind says what a floating text on the floor is about.
type FeedbackKind uint8

const (
	FeedDeal FeedbackKind = iota
	FeedMomentumBroken
	FeedAdvice
	FeedLeft
	FeedInfo
)

// Feedback is one floating text: who it is about (a rep index, or -1 for the
// player), what it says, and how old it is in frames. A deal's text is made
// from Amount when drawn (AppendFeedback), so no string is built per deal.
// Count is how many like events were merged into it.
type Feedback struct {
	Rep    int32
	Kind   FeedbackKind
	Text   string
	Amount int64
	Count  int
	Age    int
}

// FeedbackMerge is how young (in frames) a floating text about a rep must be
// for a like event to merge into it instead of stacking a second text.
// It is the whole of a text's life: a like event never stacks a twin under
// a fading copy (a floor of reps on status reports every two hours showed two
// "momentum lost" per desk at 8x, over their neighbours').
const FeedbackMerge = FeedbackLife

// AppendFeedback appends the text of a floating feedback to dst without
// allocating when dst has room: "+$6.7k deal", "+$13k (2 deals)",
// "asks your advice (x2)".
func AppendFeedback(dst []byte, f *Feedback) []byte {
	if f.Kind == FeedDeal {
		dst = append(dst, '+')
		dst = AppendMoney(dst, f.Amount)
		if f.Count > 1 {
			dst = append(dst, " ("...)
			dst = strconv.AppendInt(dst, int64(f.Count), 10)
			return append(dst, " deals)"...)
		}
		return append(dst, " deal"...)
	}
	dst = append(dst, f.Text...)
	if f.Count > 1 {
		dst = append(dst, " (x"...)
		dst = strconv.AppendInt(dst, int64(f.Count), 10)
		dst = append(dst, ')')
	}
	return dst
}

// FeedbackLife is how many frames a floating text lives.
const FeedbackLife = 150

// maxFeedback bounds the floating texts kept at once.
const maxFeedback = 32

// Session is one game in progress: the world's driver (the world and the
// log of every command applied to it) and the speed. It is the only thing
// in the game that sends commands to the simulation; it never touches the
// world's state otherwise, and it learns what happened from the driver's
// Ready batches.
type Session struct {
	W        *sim.World // the driven world, to read
	Speed    int        // index into Speeds
	Turbo    int        // when > 0, ticks per frame regardless of Speed (scripts)
	acc      int
	Version  int // bumped whenever the world changes, so views can cache
	Feedback []Feedback
	Notices  []Notice // the moments not to miss, oldest first (notice.go)
	Queue    []Queued // actions waiting for the player to be free (queue.go)
	// QueueStarted is the last action the queue started.
	QueueStarted Queued
	QueueVer     int        // bumped when the queue or the routine's state changes, so views can cache
	Routine      *Routine   // the player's plan, running (routine.go); nil for none
	Team         TeamRecord // who joined and who was let go over the year (campaign.go)

	// Ticks simulated by this session (for statistics and tests).
	Stepped int
	// QuarterLog is the world's event-log count when the quarter under way
	// began: the events before it are an earlier quarter's, whose reps'
	// indices name others now.
	QuarterLog int32

	d     *sim.Driver
	frame Moments

	threatKnocks [sim.MaxReps][2]sim.CauseAmount // each rep's knocks on the day they threatened, for the talk
	lowThreat    [sim.MaxReps]bool               // a threat from the rep's own low days, not yet talked through
	talks        [32]talkSeen                    // the last resignation questions, a ring (notice.go)
	nTalks       int
}

// Moments is what an Update brought beyond the floating texts, for the game
// to mark: the chime for deals, the autosave at a day's end, the toast and
// ring for an event.
type Moments struct {
	Ticks     int // ticks simulated
	Deals     int // deals closed
	DaysEnded int
	// Event is the scenario's index of the last event fired, or -1.
	Event int32
	// Notices is how many notices the frame added (the newest in
	// Session.Notices).
	Notices int
	// Routine is how many actions the routine took; Skipped how many of
	// its actions the player's skip dropped.
	Routine, Skipped int
	// Queued is how many actions the queue started (the last is
	// Session.QueueStarted): a play-test could not tell whether the review
	// it had queued ever ran.
	Queued int
}

// Config says what game to start.
type Config struct {
	Scenario   string // a built-in scenario's name
	Difficulty sim.Difficulty
	Seed       uint64
	// Quarters is the campaign's length: 1 (or 0) for a single quarter, up
	// to sim.MaxQuarters for a year.
	Quarters int
}

// New starts a game of a built-in scenario: a quarter, or a campaign.
func New(cfg Config) (*Session, error) {
	s, err := sim.BuiltinScenario(cfg.Scenario)
	if err != nil {
		return nil, err
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: cfg.Seed, Difficulty: cfg.Difficulty, Quarters: cfg.Quarters})
	if err != nil {
		return nil, err
	}
	return FromWorld(w, nil), nil
}

// NewSession starts a single quarter of a built-in scenario.
func NewSession(scenario string, d sim.Difficulty, seed uint64) (*Session, error) {
	return New(Config{Scenario: scenario, Difficulty: d, Seed: seed})
}

// FromWorld wraps a world (a loaded save) and its command log.
func FromWorld(w *sim.World, log []sim.Command) *Session {
	s := &Session{W: w, Speed: 1, Feedback: make([]Feedback, 0, maxFeedback),
		d: sim.NewDriver(sim.DriverConfig{World: w, Log: log})}
	// A world at its very start has had nobody join yet.
	s.Team.Known = w.Year.Quarter == 0 && w.Tick == 0 && !w.Year.Planning
	if w.Year.Quarter > 0 {
		// Where this quarter's events begin is not kept in the world:
		// recall finds it; until then none of the log counts as this
		// quarter's, rather than an earlier quarter's counting as it.
		s.QuarterLog = w.Events.NLog
	}
	if !w.Done() {
		s.noteCalendar()
	}
	return s
}

// Log is every command applied to the world, in order.
func (s *Session) Log() []sim.Command { return s.d.Log() }

// Command stamps a command for the current tick.
func (s *Session) Command(a sim.ActionID, target, arg int32) sim.Command {
	return sim.Command{Tick: s.W.Tick, Quarter: s.W.Year.Quarter, Action: a, Target: target, Arg: arg}
}

// Check reports whether a command could be applied now, and why not.
func (s *Session) Check(a sim.ActionID, target, arg int32) error {
	return s.W.Check(s.Command(a, target, arg))
}

// Do applies a command now and logs it. On error nothing changed.
func (s *Session) Do(a sim.ActionID, target, arg int32) error {
	if err := s.apply(s.Command(a, target, arg)); err != nil {
		return err
	}
	s.Version++
	return nil
}

// Waiting reports whether the sim is held: an event awaits the player's
// answer, or the quarter is over.
func (s *Session) Waiting() bool {
	if s.W.Done() {
		return true
	}
	_, _, ok := s.W.PendingEvent()
	return ok
}

// held is Waiting, after a routine that answers events has had its say.
func (s *Session) held() bool {
	if r := s.Routine; r != nil && r.AnswersEvents {
		if _, _, ok := s.W.PendingEvent(); ok {
			s.runRoutine()
		}
	}
	return s.Waiting()
}

// Update advances the session by one 60 Hz frame at the current speed and
// returns what the frame brought.
func (s *Session) Update() Moments {
	s.frame = Moments{Event: -1}
	s.ageFeedback()
	if s.Turbo > 0 {
		for n := 0; n < s.Turbo && !s.held(); n++ {
			s.StepTick()
		}
		return s.frame
	}
	if s.Speed <= 0 || s.held() {
		return s.frame
	}
	s.acc += Speeds[s.Speed]
	for s.acc >= FramesPerTickAt1x && !s.held() {
		s.acc -= FramesPerTickAt1x
		s.StepTick()
	}
	if s.Waiting() {
		s.acc = 0
	}
	return s.frame
}

// TicksNextUpdate is how many ticks the next Update will simulate unless
// the world is waiting (an event, the quarter's end).
func (s *Session) TicksNextUpdate() int {
	switch {
	case s.Turbo > 0:
		return s.Turbo
	case s.Speed <= 0:
		return 0
	}
	return (s.acc + Speeds[s.Speed]) / FramesPerTickAt1x
}

// StepTick simulates exactly one tick and turns what happened into what
// the floor shows: floating texts, and the frame's moments.
func (s *Session) StepTick() {
	s.runQueue()
	s.runRoutine()
	if s.d.Step(1) == 0 {
		return
	}
	s.Stepped++
	s.Version++
	rd := s.d.Ready()
	s.frame.Ticks += rd.Ticks
	s.frame.DaysEnded += rd.DaysEnded
	for i, h := range rd.Happenings {
		var prev *sim.Happening
		if i > 0 {
			prev = &rd.Happenings[i-1]
		}
		s.seeResignation(h, prev)
		s.show(h)
	}
	if rd.DaysEnded > 0 && !s.W.Done() {
		s.noteCalendar()
	}
}

// show turns one happening into a floating text, or a moment.
func (s *Session) show(h sim.Happening) {
	name := func() string { return s.W.Reps[h.Rep].Name }
	switch h.Kind {
	case sim.HapDeals:
		s.frame.Deals += int(h.Count)
		if h.Rep >= 0 {
			s.pushDeal(h.Rep, h.Amount, int(h.Count))
		}
	case sim.HapLeft:
		// What still floated over the desk ("asks your advice" at 16:45)
		// would say the rep is there: "has left" takes its place.
		s.dropFeedback(h.Rep)
		s.push(h.Rep, FeedLeft, name()+" has left")
		s.noteLeft(h.Tick, h.Rep, h.Knocks)
	case sim.HapHire:
		s.Team.Joined = append(s.Team.Joined, Joined{Name: name(), Quarter: s.W.Year.Quarter, How: JoinEvent})
		s.push(h.Rep, FeedInfo, name()+" joins the team")
		s.notice(Notice{Tick: h.Tick, Kind: NoticeHire, Rep: h.Rep, Good: true, Title: name() + " joins the team"})
	case sim.HapThreat:
		s.noteThreat(h.Tick, h.Rep, h.Knocks)
	case sim.HapClosed:
		s.notice(Notice{Tick: EndTick(s.W), Kind: NoticeClosed, Rep: -1,
			Title:  "The floor is empty: the VP closed the quarter",
			Detail: "Your last rep has left. The VP will not let an empty floor run on for weeks: the quarter closes tonight, on what was sold."})
	case sim.HapCheckin:
		s.noteCheckin(h)
	case sim.HapReport:
		if h.Momentum > sim.F(2, 100) {
			s.push(h.Rep, FeedMomentumBroken, "momentum broken: report")
		}
	case sim.HapAdvice:
		s.push(h.Rep, FeedAdvice, "asks your advice")
	case sim.HapEvent:
		s.frame.Event = h.Event
	}
}

// push shows a floating text, or counts it into a like one still young.
// A rep who has left shows only that they left: the happenings of a tick
// are shown once the tick is over, so advice asked or a report broken
// earlier in the evening they resigned is not put over their empty desk.
func (s *Session) push(rep int32, k FeedbackKind, text string) {
	if k != FeedLeft && s.left(rep) {
		return
	}
	if f := s.recent(rep, k); f != nil && f.Text == text {
		f.Count++
		return
	}
	s.add(Feedback{Rep: rep, Kind: k, Text: text, Count: 1})
}

// pushDeal shows a deal, or adds it to a deal shown for the same rep less
// than FeedbackMerge frames ago, so that the texts stay legible at high
// speed. A merged text keeps its age: it still fades on time.
func (s *Session) pushDeal(rep int32, amount int64, n int) {
	if s.left(rep) {
		return // the revenue counts; the empty desk shows no deal
	}
	if f := s.recent(rep, FeedDeal); f != nil {
		f.Amount += amount
		f.Count += n
		return
	}
	s.add(Feedback{Rep: rep, Kind: FeedDeal, Amount: amount, Count: n})
}

// left reports whether rep names a rep who has left the team.
func (s *Session) left(rep int32) bool {
	return rep >= 0 && int(rep) < len(s.W.Reps) && s.W.Reps[rep].Gone
}

// dropFeedback takes away the floating texts about a rep.
func (s *Session) dropFeedback(rep int32) {
	n := 0
	for i := range s.Feedback {
		if s.Feedback[i].Rep != rep {
			s.Feedback[n] = s.Feedback[i]
			n++
		}
	}
	s.Feedback = s.Feedback[:n]
}

// recent is the newest floating text of a kind about a rep, if it is young
// enough to merge into.
func (s *Session) recent(rep int32, k FeedbackKind) *Feedback {
	for i := len(s.Feedback) - 1; i >= 0; i-- {
		f := &s.Feedback[i]
		if f.Rep == rep && f.Kind == k && f.Age < FeedbackMerge {
			return f
		}
	}
	return nil
}

func (s *Session) add(f Feedback) {
	if len(s.Feedback) == maxFeedback {
		copy(s.Feedback, s.Feedback[1:])
		s.Feedback = s.Feedback[:maxFeedback-1]
	}
	s.Feedback = append(s.Feedback, f)
}

func (s *Session) ageFeedback() {
	n := 0
	for i := range s.Feedback {
		s.Feedback[i].Age++
		if s.Feedback[i].Age < FeedbackLife {
			s.Feedback[n] = s.Feedback[i]
			n++
		}
	}
	s.Feedback = s.Feedback[:n]
}

// SaveBytes encodes the session as a save file.
func (s *Session) SaveBytes() ([]byte, error) {
	var pending []sim.Command
	for _, q := range s.Queue {
		pending = append(pending, sim.Command{Action: q.Action, Target: q.Target, Arg: q.Arg})
	}
	return sim.MarshalSave(&sim.Save{World: s.W, Commands: s.Log(), Pending: pending})
}

// LoadSession decodes a save file.
func LoadSession(name string, data []byte) (*Session, error) {
	sv, err := sim.UnmarshalSave(name, data)
	if err != nil {
		return nil, err
	}
	s := FromWorld(sv.World, sv.Commands)
	s.recall()
	// The queue the player left, as they left it; more than the game
	// queues (a hand-edited file) keeps the first MaxQueue.
	for _, c := range sv.Pending[:min(len(sv.Pending), MaxQueue)] {
		s.Queue = append(s.Queue, Queued{Action: c.Action, Target: c.Target, Arg: c.Arg})
	}
	return s, nil
}

// recall rebuilds the notices a loaded game had (a save holds the world,
// not the game's record of it): it plays the quarter's commands again on a
// fresh world from the same scenario, parameters and seed, and notes what
// happened on the way, as the game did the first time. A game whose log
// does not lead back to its state (it cannot, but a hand-edited save might)
// keeps an empty list rather than a wrong one.
func (s *Session) recall() {
	w := s.W
	fresh, err := sim.NewWorld(sim.Config{Scenario: w.Scenario, Seed: w.Seed, Difficulty: w.Difficulty, Params: &w.P, Quarters: int(w.Year.Quarters)})
	if err != nil {
		return
	}
	past := &Session{W: fresh, d: sim.NewDriver(sim.DriverConfig{World: fresh}), Team: TeamRecord{Known: true}}
	past.noteCalendar()
	log := s.Log()
	for i := 0; ; {
		for ; i < len(log) && sim.Pos(log[i].Quarter, log[i].Tick) == fresh.Pos(); i++ {
			if past.apply(log[i]) != nil {
				return
			}
		}
		if fresh.Pos() >= w.Pos() || fresh.Done() {
			break
		}
		past.StepTick()
	}
	if fresh.Hash() != w.Hash() {
		return
	}
	s.Notices, s.threatKnocks, s.lowThreat, s.talks = past.Notices, past.threatKnocks, past.lowThreat, past.talks
	s.nTalks, s.QuarterLog, s.Team = past.nTalks, past.QuarterLog, past.Team
}

// ReplayBytes exports the game so far as a replay file.
func (s *Session) ReplayBytes() ([]byte, error) {
	r, err := sim.NewReplay(s.W, s.Log())
	if err != nil {
		return nil, err
	}
	return sim.MarshalReplay(r)
}

// Hash is the world's state hash in hex.
func (s *Session) Hash() string { return sim.HashHex(s.W.Hash()) }

// Money formats dollars compactly: $950, $6.7k, $12k, $1.25M.
func Money(v int64) string { return string(AppendMoney(nil, v)) }

// AppendMoney appends Money(v) to dst; it does not allocate when dst has room.
func AppendMoney(dst []byte, v int64) []byte {
	if v < 0 {
		dst = append(dst, '-')
		v = -v
	}
	dst = append(dst, '$')
	switch {
	case v >= 1000000:
		return append(strconv.AppendFloat(dst, float64(v)/1e6, 'f', 2, 64), 'M')
	case v >= 10000:
		return append(strconv.AppendFloat(dst, float64(v)/1e3, 'f', 0, 64), 'k')
	case v >= 1000:
		return append(strconv.AppendFloat(dst, float64(v)/1e3, 'f', 1, 64), 'k')
	}
	return strconv.AppendInt(dst, v, 10)
}

// Reason turns a refused command into a short sentence for the player.
func Reason(err error) string {
	if err == nil {
		return ""
	}
	var ce *sim.CommandError
	if errors.As(err, &ce) {
		msg := ce.Err.Error()
		if ce.Detail != "" {
			msg += ": " + ce.Detail
		}
		return capitalize(msg)
	}
	return capitalize(err.Error())
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Step simulates n ticks (tests, scripts), recording feedback as play does.
func (s *Session) Step(n int) {
	for i := 0; i < n && !s.W.Done(); i++ {
		s.StepTick()
	}
}

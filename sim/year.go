package sim

import "fmt"

// A campaign is a year of quarters on one world. Between two quarters the
// world stands in a break (Year.Planning): the quarter's result is on the
// record, the company has set the next quota, and the player hires, promotes
// and lets go with the break's commands (ActHire, ActPromote, ActLetGo)
// until ActNextQuarter starts the next quarter. What the player built
// carries over: the reps keep their skill, experience and trust, morale
// and energy recover partly, culture, clarity and process carry with some
// decay, and those who left are gone. So "example wins the future" is
// lived, not scored: the team a quarter leaves is the team the next one
// sells with.
//
// A single quarter is a campaign of one: it ends without a break.

// MaxQuarters bounds a campaign: a year.
const MaxQuarters = 4

// MaxCandidates bounds the candidates a break offers.
const MaxCandidates = 5

// Year is the campaign's state. Everything in it is part of the hash.
type Year struct {
	Quarters int32 // quarters in the campaign: 1 for a single quarter
	Quarter  int32 // the current quarter, 0-based
	// Results are the quarters played, in order; Played of them are set.
	Results [MaxQuarters]QuarterResult
	Played  int32
	// Planning: the quarter is over and the next has not begun; the
	// break's commands apply.
	Planning bool
	// Fired: the executive replaced the player after a bad quarter; the
	// campaign is over early.
	Fired bool
	// The break's offer: candidates to hire, and the hires the quarter's
	// result earned (Headcount, less those already hired).
	Candidates  [MaxCandidates]Candidate
	NCandidates int32
	Headcount   int32
	Promoted    bool // a promotion has been made this break: one a break
	// weekEnd is the revenue at the end of each week of the quarter so
	// far, for the quarter's result by week (a search copy has no charts
	// to read it from).
	weekEnd [WeeksPerQuarter]int64
}

// QuarterResult is one quarter on the year's record.
type QuarterResult struct {
	Score        Fixed
	Revenue      int64
	Quota        int64
	Attainment   Fixed
	CommandShare Fixed
	MeanMorale   Fixed
	EndMorale    Fixed
	Culture      Fixed
	Clarity      Fixed
	Process      Fixed
	ExecTrust    Fixed
	TeamSkill    Fixed // mean skill of the reps on the team at the end
	RepsStart    int32 // on the team when the quarter began
	RepsKept     int32
	RepsLost     int32
	ClosedWeek   int32
	Weeks        [WeeksPerQuarter]int64 // revenue closed in each week
}

// Candidate is someone the player may hire at a break.
type Candidate struct {
	Name       string
	Skill      Fixed
	Experience Fixed
	Autonomy   Fixed // how much they need to run their own day
	Morale     Fixed
	Story      int32 // index into CandidateStories: a one-line history
	Hired      bool
}

// History is the candidate's one-line history.
func (c *Candidate) History() string {
	if c.Story >= 0 && int(c.Story) < len(candidateStories) {
		return candidateStories[c.Story]
	}
	return ""
}

// CandidateHistory is candidate i's one-line history as the break shows
// it: its own, unless a candidate before it in the offer shows the same
// one, then the next of its kind that none before it shows. Two beginners
// in one offer read as two people, not one line twice (a play-test). It
// reads the state and changes nothing, so the hash, which holds the drawn
// indices, is the same.
func (y *Year) CandidateHistory(i int) string {
	if i < 0 || i >= int(y.NCandidates) {
		return ""
	}
	const kind = 4 // stories of a kind: strong closers, beginners, the rest
	var shown [MaxCandidates]int32
	for j := 0; j <= i; j++ {
		story := y.Candidates[j].Story
		if story < 0 || int(story) >= len(candidateStories) {
			shown[j] = -1
			continue
		}
		shown[j] = story // more of a kind than it has stories: a repeat
		base := story - story%kind
	next:
		for k := int32(0); k < kind; k++ {
			s := base + (story-base+k)%kind
			for _, t := range shown[:j] {
				if t == s {
					continue next
				}
			}
			shown[j] = s
			break
		}
	}
	if shown[i] < 0 {
		return ""
	}
	return candidateStories[shown[i]]
}

// candidateStories are the histories a candidate may have, by their traits:
// the first four for a strong closer, the next four for a beginner, the
// last four for the rest. The text does not enter the hash; the index does.
// No story guesses at a gender: any name may be drawn beside it.
var candidateStories = [...]string{
	"Top closer at a rival; left over a boss who timed every call.",
	"Ran their own book at a startup that folded; used to calling the shots.",
	"Eight years on the phones; wants a team that will not micromanage them.",
	"Carried a territory alone for two years; good, and knows it.",
	"Fresh from college, two internships, eager to learn.",
	"Career changer from retail: great with people, new to pipelines.",
	"Six months at a call centre; wants a place to grow.",
	"Worked the front desk here; the reps vouch for them.",
	"Steady mid-market rep; hit quota four quarters of six.",
	"Moved cities for family; solid references, quiet on the phone.",
	"Sold insurance for three years; wants a better product to sell.",
	"Came back to sales after a year away; a little rusty.",
}

// candidateNames are the names a break's candidates are drawn from; a name
// already on the team, or already offered, is skipped.
var candidateNames = [...]string{
	"Priya", "Marcus", "Elena", "Tomás", "Grace", "Jamal", "Ingrid", "Kenji", "Fatima", "Owen",
	"Lucia", "Dmitri", "Amara", "Felix", "Noor", "Callum", "Rosa", "Hiro", "Zoe", "Ade",
	"Maren", "Luis", "Yuki", "Bram",
}

// Stream of the candidates' dice: each break draws from its own stream, so
// the offer never shifts the event calendar.
const streamCandidates = 16

// streamQuarter spaces the quarters' outcome streams: quarter q's outcome
// dice are stream streamOutcomes + q·streamQuarter (quarter 0's are the
// single quarter's).
const streamQuarter = 32

// InBreak reports whether the world stands between two quarters.
func (w *World) InBreak() bool { return w.Year.Planning }

// Over reports whether the game is over: the quarter is done and no break
// follows (the campaign's last quarter, a single quarter, or the player
// was replaced).
func (w *World) Over() bool { return w.Done() && !w.Year.Planning }

// quarterEnded puts the quarter on the record and, if the campaign goes
// on, opens the break.
func (w *World) quarterEnded() {
	y := &w.Year
	if y.Quarter+1 < y.Quarters {
		w.noticesComeDue()
	}
	o := w.outcomeNumbers()
	res := QuarterResult{Score: o.Score, Revenue: o.Revenue, Quota: o.Quota, Attainment: o.Attainment,
		CommandShare: o.CommandShare, MeanMorale: o.MeanMorale, EndMorale: o.EndMorale, Culture: o.Culture,
		Clarity: o.Clarity, Process: o.Process, ExecTrust: o.ExecTrust, RepsStart: w.StartReps + w.Company.Hires,
		RepsKept: o.RepsKept, RepsLost: o.RepsLost, ClosedWeek: o.ClosedWeek}
	if o.RepsKept > 0 {
		var skill Fixed
		for i := range w.Reps {
			if !w.Reps[i].Gone {
				skill += w.Reps[i].Skill
			}
		}
		res.TeamSkill = skill / Fixed(o.RepsKept)
	}
	prev := int64(0)
	for i := range y.weekEnd {
		end := y.weekEnd[i]
		if end < prev { // weeks after the floor closed
			end = prev
		}
		if i == len(y.weekEnd)-1 {
			end = o.Revenue
		}
		res.Weeks[i] = end - prev
		prev = end
	}
	q := y.Quarter
	if q >= MaxQuarters {
		return
	}
	y.Results[q] = res
	y.Played = q + 1
	if q+1 >= y.Quarters {
		return
	}
	// The executive gives a manager one bad quarter: the first puts the
	// player on notice, a second in a row ends the year. A new floor's
	// first quarter is often its worst (example pays later, and a
	// rookie team has to learn first), and one quarter is too little to
	// judge a year on; an empty floor ends it at once.
	if o.RepsKept == 0 || (w.badQuarter(q) && q > 0 && w.badQuarter(q-1)) {
		y.Fired = true
		w.note(Happening{Kind: HapFired, Rep: -1})
		return
	}
	w.openBreak(&res)
}

// noticesComeDue: a rep still on notice when a campaign's quarter closes
// resigns that evening rather than come back from the break. The break
// rests morale and clears the days counted toward the door, so without
// this a team held just above the edge to the last day lost nobody, and
// the next quarter started the count afresh. The quarter's record counts
// them as lost, as the report and the planning screen show.
func (w *World) noticesComeDue() {
	left := int32(0)
	for i := range w.Reps {
		// Still on notice: the threat stands, days are still counted toward
		// the door, and morale is under the line tonight. A walk of the
		// floor can zero the count without lifting the threat (ActFloor),
		// and a rep at morale 95 is not on their way out.
		if r := &w.Reps[i]; r.Threat && !r.Gone && r.LowDays > 0 && r.Morale < w.P.QuitBelow {
			w.resign(int32(i))
			left++
		}
	}
	w.teammatesLeft(left)
}

// ResignedAtClose reports whether rep i resigned as a campaign's quarter
// closed, still on notice (noticesComeDue), rather than during it: they
// left without serving out the grace days.
func (w *World) ResignedAtClose(i int32) bool {
	r := &w.Reps[i]
	return r.Gone && r.Threat && r.LowDays < w.P.QuitDays+w.P.QuitGraceDays && w.Done()
}

// badQuarter reports whether quarter q of the year, on the record, fell
// under the executive's line: attainment under Params.FireAttainment with
// executive trust under Params.FireTrust.
func (w *World) badQuarter(q int32) bool {
	res := &w.Year.Results[q]
	return res.Quota > 0 && res.Attainment < w.P.FireAttainment && res.ExecTrust < w.P.FireTrust
}

// OnNotice reports whether the player stands on notice at a break: the
// quarter just played fell under the executive's line, and another like it
// ends the year.
func (w *World) OnNotice() bool {
	y := &w.Year
	return y.Planning && y.Played > 0 && w.badQuarter(y.Played-1)
}

// openBreak offers the break's candidates and headcount.
func (w *World) openBreak(res *QuarterResult) {
	y := &w.Year
	y.Planning = true
	y.Promoted = false
	// The headcount the result earned: a hire at HeadcountAttainment of
	// quota, and another for each HeadcountStep above it (the sandbox,
	// with no quota, earns two), within the floor's desks.
	earned := int32(2)
	if p := &w.P; res.Quota > 0 {
		earned = 0
		if res.Attainment >= p.HeadcountAttainment {
			earned = 1 + int32((res.Attainment-p.HeadcountAttainment)/p.HeadcountStep)
		}
	}
	if room := int32(MaxReps) - res.RepsKept; earned > room {
		earned = room
	}
	y.Headcount = max(earned, 0)
	rng := NewRng(w.Seed, streamCandidates+uint64(y.Quarter))
	n := 3 + int32(rng.Intn(3))
	y.NCandidates = 0
	y.Candidates = [MaxCandidates]Candidate{}
	for i := int32(0); i < n; i++ {
		c := Candidate{Morale: F(60, 100) + Fixed(rng.Intn(int(F(25, 100))))}
		switch rng.Intn(3) {
		case 0: // a strong closer: skilled, experienced, needs room
			c.Skill = F(45, 100) + Fixed(rng.Intn(int(F(20, 100))))
			c.Experience = F(50, 100) + Fixed(rng.Intn(int(F(30, 100))))
			c.Autonomy = F(60, 100) + Fixed(rng.Intn(int(F(30, 100))))
			c.Story = int32(rng.Intn(4))
		case 1: // a beginner: cheap to please, slow to sell
			c.Skill = F(10, 100) + Fixed(rng.Intn(int(F(15, 100))))
			c.Experience = Fixed(rng.Intn(int(F(15, 100))))
			c.Autonomy = F(15, 100) + Fixed(rng.Intn(int(F(25, 100))))
			c.Story = 4 + int32(rng.Intn(4))
		default: // a steady hand
			c.Skill = F(25, 100) + Fixed(rng.Intn(int(F(20, 100))))
			c.Experience = F(25, 100) + Fixed(rng.Intn(int(F(25, 100))))
			c.Autonomy = F(30, 100) + Fixed(rng.Intn(int(F(35, 100))))
			c.Story = 8 + int32(rng.Intn(4))
		}
		c.Name = w.freeName(&rng)
		y.Candidates[i] = c
		y.NCandidates++
	}
}

// freeName draws a candidate name nobody on the team or in the offer has.
func (w *World) freeName(rng *Rng) string {
	start := rng.Intn(len(candidateNames))
	for k := 0; k < len(candidateNames); k++ {
		name := candidateNames[(start+k)%len(candidateNames)]
		if !w.nameTaken(name) {
			return name
		}
	}
	return fmt.Sprintf("Candidate %d", w.Year.NCandidates+1)
}

// hireName is the name a hire event's newcomer takes: the event's own,
// unless someone on the team has it (the event's last quarter's hire, in a
// campaign), then the first free one of the candidates' names, from a
// place that moves with the quarter.
func (w *World) hireName(name string) string {
	if !w.nameTaken(name) {
		return name
	}
	start := int(w.Year.Quarter) * 7
	for k := 0; k < len(candidateNames); k++ {
		if n := candidateNames[(start+k)%len(candidateNames)]; !w.nameTaken(n) {
			return n
		}
	}
	return fmt.Sprintf("%s %d", name, len(w.Reps)+1)
}

func (w *World) nameTaken(name string) bool {
	for i := range w.Reps {
		if w.Reps[i].Name == name {
			return true
		}
	}
	for i := int32(0); i < w.Year.NCandidates; i++ {
		if w.Year.Candidates[i].Name == name {
			return true
		}
	}
	return false
}

// Staying counts the reps who will be on the team next quarter as the
// break stands: the active reps not let go, and the hires.
func (w *World) Staying() int32 {
	n := int32(0)
	for i := range w.Reps {
		if !w.Reps[i].Gone && !w.Reps[i].LetGo {
			n++
		}
	}
	for i := int32(0); i < w.Year.NCandidates; i++ {
		if w.Year.Candidates[i].Hired {
			n++
		}
	}
	return n
}

// Seniors counts the seniors on the team.
func (w *World) Seniors() int32 {
	n := int32(0)
	for i := range w.Reps {
		if r := &w.Reps[i]; r.Senior && !r.Gone && !r.LetGo {
			n++
		}
	}
	return n
}

// checkPlan validates a break decision (the caller has checked the target
// names a rep on the team).
func (w *World) checkPlan(c Command, refuse func(error, string, ...any) error) error {
	y := &w.Year
	if !y.Planning {
		if y.Quarters <= 1 {
			return refuse(ErrNotPlanning, "a single quarter has no break: play a campaign to hire and promote")
		}
		return refuse(ErrNotPlanning, "the quarter is still running")
	}
	if c.Tick != w.Tick || c.Quarter != y.Quarter {
		return refuse(ErrWrongTick, "stamped quarter %d tick %d, the world is in the break after quarter %d", c.Quarter+1, c.Tick, y.Quarter+1)
	}
	p := &w.P
	switch c.Action {
	case ActHire:
		if c.Arg < 0 || c.Arg >= y.NCandidates {
			return refuse(ErrBadArg, "candidate %d of %d", c.Arg, y.NCandidates)
		}
		cand := &y.Candidates[c.Arg]
		if cand.Hired {
			return refuse(ErrNoChange, "%s is already hired", cand.Name)
		}
		hired := int32(0)
		for i := int32(0); i < y.NCandidates; i++ {
			if y.Candidates[i].Hired {
				hired++
			}
		}
		switch {
		case y.Headcount == 0:
			return refuse(ErrNoHeadcount, "the quarter's result earned no hire (one takes %d%% of quota); letting a rep go frees no headcount",
				(w.P.HeadcountAttainment.MulInt(100) + One/2).Floor())
		case hired >= y.Headcount && y.Headcount == 1:
			return refuse(ErrNoHeadcount, "the quarter's result earned one hire, and it is made")
		case hired >= y.Headcount:
			return refuse(ErrNoHeadcount, "the quarter's result earned %d hires, and all are made", y.Headcount)
		}
		if w.Staying() >= MaxReps {
			return refuse(ErrNoHeadcount, "the floor has %d desks, all taken", MaxReps)
		}
	case ActPromote:
		r := &w.Reps[c.Target]
		if c.Arg != 0 {
			return refuse(ErrBadArg, "promote takes no argument")
		}
		switch {
		case r.Senior:
			return refuse(ErrNoChange, "%s is already a senior", r.Name)
		case r.LetGo:
			return refuse(ErrBadTarget, "%s is being let go", r.Name)
		case y.Promoted:
			return refuse(ErrSeniorLimit, "one promotion a break, and this break's is made")
		case w.Seniors() >= p.MaxSeniors:
			if p.MaxSeniors == 1 {
				return refuse(ErrSeniorLimit, "the team has its senior")
			}
			return refuse(ErrSeniorLimit, "the team has its %d seniors", p.MaxSeniors)
		}
	case ActLetGo:
		r := &w.Reps[c.Target]
		if c.Arg != 0 {
			return refuse(ErrBadArg, "let_go takes no argument")
		}
		if r.LetGo {
			return refuse(ErrNoChange, "%s is already leaving", r.Name)
		}
		if w.Staying() <= 1 {
			return refuse(ErrNoChange, "%s is the last rep on the team", r.Name)
		}
	case ActNextQuarter:
		if c.Arg != 0 {
			return refuse(ErrBadArg, "next_quarter takes no argument")
		}
	}
	return nil
}

// applyPlan carries out a checked break decision.
func (w *World) applyPlan(c Command) {
	y := &w.Year
	p := &w.P
	switch c.Action {
	case ActHire:
		y.Candidates[c.Arg].Hired = true
	case ActPromote:
		r := &w.Reps[c.Target]
		r.Senior = true
		r.Morale = (r.Morale + p.PromoteMorale).Clamp01()
		y.Promoted = true
	case ActLetGo:
		w.Reps[c.Target].LetGo = true
		for i := range w.Reps {
			if o := &w.Reps[i]; !o.Gone && !o.LetGo {
				o.Trust = (o.Trust - p.LetGoTrust).Clamp01()
			}
		}
	case ActNextQuarter:
		w.beginQuarter()
	}
}

// beginQuarter ends the break: the team as the player left it, rested, with
// the hires at their desks, starts the next quarter.
func (w *World) beginQuarter() {
	y := &w.Year
	p := &w.P
	s := w.Scenario

	// The team: those who left or were let go are gone; the rest carry
	// their skill, experience and trust, and rest.
	kept := w.Reps[:0]
	for _, r := range w.Reps {
		if r.Gone || r.LetGo {
			continue
		}
		r.Skill, r.Morale = w.AfterBreak(&r)
		r.SkillPending = 0
		r.Energy = One
		r.Momentum = F(20, 100)
		r.Drive, r.Strain, r.DialCarry = 0, 0, 0
		r.Activity, r.Busy = Dialing, 0
		r.Reports = w.Team.ReportsAll
		r.ReportIn = p.ReportEvery
		r.OrderDay, r.MentorDay, r.ReviewDay = 0, 0, 0
		r.Pipe = [PipeDays]int32{}
		r.Dials, r.Conversations, r.Meetings, r.Deals, r.Revenue = 0, 0, 0, 0, 0
		r.DialsToday, r.MeetingsToday, r.AdviceAsked, r.WonToday = 0, 0, 0, 0
		r.LowDays, r.Threat, r.Heard = 0, false, false
		r.MoraleCauses, r.MomentumCauses = [NumCauses]Fixed{}, [NumCauses]Fixed{}
		r.hourOutput = 0
		kept = append(kept, r)
	}
	w.Reps = kept
	for i := int32(0); i < y.NCandidates; i++ {
		c := &y.Candidates[i]
		if !c.Hired || len(w.Reps) >= MaxReps {
			continue
		}
		w.Reps = append(w.Reps, w.newcomer(RepSpec{Name: c.Name, Skill: c.Skill, Experience: c.Experience,
			Morale: c.Morale, Trust: p.HireTrust, Autonomy: c.Autonomy}))
	}
	w.StartReps = int32(len(w.Reps))
	w.StartSkill = 0
	for i := range w.Reps {
		w.StartSkill += w.Reps[i].Skill
	}

	// The floor: what was built carries, less the break's decay; what was
	// in motion has landed.
	t := &w.Team
	keep := One - p.BreakDecay
	t.Culture = (t.Culture + t.CulturePending).Clamp01().Mul(keep)
	t.Clarity = (t.Clarity + t.ClarityPending).Clamp01().Mul(keep)
	t.Process = (t.Process + t.ProcessPending).Clamp01().Mul(keep)
	t.CulturePending, t.ClarityPending, t.ProcessPending, t.Inspiration = 0, 0, 0, 0
	t.Visibility = t.Visibility.Mul(keep)
	t.QuotaDay, t.QuotaPeak, t.AllDay = 0, 0, 0
	t.RevenueToday = 0
	t.VisionDay, t.CelebrateDay, t.ReassignDay = -1, -1, -1
	t.WinsToday = 0

	// The player: the title's weight returns partly; energy fully.
	pl := &w.Player
	start := s.Player.Authority
	if w.Difficulty == Easy {
		start = (start + F(10, 100)).Clamp01()
	}
	pl.Authority = (pl.Authority + (start - pl.Authority).Mul(p.BreakAuthority)).Clamp01()
	*pl = Player{Authority: pl.Authority, Influence: pl.Influence, Energy: One}

	// The company: the next quota follows the result and the company's
	// growth; the executive remembers.
	co := &w.Company
	co.ExecTrust = w.NextExecTrust()
	co.Quota = w.NextQuota()
	co.Market = w.Events.MarketBase
	// A new quarter's leads: the scenario's opening pool, routed as the
	// lead inflow is, by the executive's trust. A team the executive gave
	// up on starts the quarter short.
	if start := int32(int64(s.Team.LeadPool) * int64(w.leadShare(y.Quarter+1)) >> 16); t.LeadPool < start {
		t.LeadPool = start
	}
	co.Checkins, co.CheckinsPassed, co.ClosedDay, co.Hires = 0, 0, 0, 0

	// The calendar starts again; the log of events stays.
	ev := &w.Events
	ev.Fired = [MaxEventDefs]int32{}
	ev.Today = [maxDailyEvents]Scheduled{}
	ev.NToday, ev.Pending = 0, -1
	ev.DroughtDays, ev.PushDays, ev.MarketDays = 0, 0, 0

	y.Quarter++
	y.Planning = false
	y.Promoted = false
	y.Headcount = 0
	y.NCandidates = 0
	y.Candidates = [MaxCandidates]Candidate{}
	y.weekEnd = [WeeksPerQuarter]int64{}
	w.applySeason()

	w.Tick = 0
	// Each quarter has its own outcome dice: the dice are keyed by the
	// tick, which starts again.
	w.rng = NewRng(w.Seed, streamOutcomes+uint64(y.Quarter)*streamQuarter)
	w.AdviceRequests, w.RepsLost = 0, 0
	w.MoraleSum, w.MomentumSum, w.HoursSeen = 0, 0, 0
	w.floorIn = floorInputs{}
	if w.Series != nil {
		w.Series.reset()
	}
	w.startDay()
}

// NextQuota is the quota the quarter after the last one played will carry:
// the mean of the last quota and the revenue made against it, grown by the
// company's growth (0 in the sandbox, which has no quota). The break shows
// it before the player commits. A campaign's season may scale it.
func (w *World) NextQuota() int64 {
	y := &w.Year
	if y.Played == 0 || w.Company.Quota <= 0 {
		return w.Company.Quota
	}
	last := &y.Results[y.Played-1]
	q := ((last.Quota + last.Revenue) / 2) * int64(One+w.P.QuotaGrowth) >> 16
	if s := w.NextSeason(); s != nil && s.QuotaScale > 0 && y.Planning {
		q = q * int64(s.QuotaScale) >> 16
	}
	return max(q, 1)
}

// NextExecTrust is the executive's trust the next quarter starts with: the
// numbers speak over the break, and the trust earned in the quarter by
// answering check-ins moves Params.BreakExecResults of the way toward the
// quarter's attainment, capped at 1. A floor that makes its number is
// trusted with the leads whatever its forecasts said, and one that misses
// loses the benefit of the doubt: a leader whose results grow wins the
// company's leads back, and a manager's check-ins do not outlast a bad
// year. Outside a break it is the trust as it stands; the break shows it
// before the player commits, as NextQuota.
func (w *World) NextExecTrust() Fixed {
	y := &w.Year
	et := w.Company.ExecTrust
	if !y.Planning || y.Played == 0 {
		return et
	}
	last := &y.Results[y.Played-1]
	if last.Quota <= 0 {
		return et
	}
	return (et + (min(last.Attainment, One) - et).Mul(w.P.BreakExecResults)).Clamp01()
}

// newcomer is a rep who joins at a quarter's start (a hire, a merger's
// joiner): rested, at the floor's lead quality, under its standing orders.
func (w *World) newcomer(r RepSpec) Rep {
	return Rep{Name: r.Name, Skill: r.Skill, Experience: r.Experience, Energy: One,
		Morale: r.Morale, Trust: r.Trust, Autonomy: r.Autonomy, Momentum: F(20, 100),
		LeadQuality: w.Team.LeadQuality, Reports: w.Team.ReportsAll, ReportIn: w.P.ReportEvery}
}

// carryValue is what a quarter's end is worth to the campaign's quarters
// still to come: the team's health and its future (morale and people kept;
// culture, clarity and skill grown) are what the next quarter sells with,
// so a search that plays a year counts them once more for each quarter
// left, halved for the break's recovery and decay. A single quarter, or
// the last, has nothing to carry.
func (w *World) carryValue(o *Outcome) Fixed {
	left := w.Year.Quarters - 1 - w.Year.Quarter
	if left <= 0 {
		return 0
	}
	return (o.ScoreHealth + o.ScoreFuture).MulInt(int(left)) / 2
}

// seniorsDay is a day of the seniors' example: each teammate takes a little
// of a senior's lead in skill as coaching, and their morale moves toward
// the senior's.
func (w *World) seniorsDay() {
	p := &w.P
	for i := range w.Reps {
		s := &w.Reps[i]
		if !s.Senior || s.Gone {
			continue
		}
		for j := range w.Reps {
			r := &w.Reps[j]
			if j == i || r.Gone {
				continue
			}
			if s.Skill > r.Skill {
				r.SkillPending += (s.Skill - r.Skill).Mul(p.SeniorCoach)
			}
			r.addMorale((s.Morale - r.Morale).Mul(p.SeniorMorale), CauseSenior)
		}
	}
}

// YearOutcome is the campaign read whole.
type YearOutcome struct {
	Quarters int32 // in the campaign
	Played   int32 // quarters on the record
	Fired    bool
	Results  []QuarterResult
	Revenue  int64
	Quota    int64
	// Score is the mean of the campaign's quarter scores, a quarter not
	// played (the player was replaced) counting 0.
	Score Fixed
}

// YearOutcome reads the campaign's record so far.
func (w *World) YearOutcome() YearOutcome {
	y := &w.Year
	o := YearOutcome{Quarters: y.Quarters, Played: y.Played, Fired: y.Fired, Results: append([]QuarterResult(nil), y.Results[:y.Played]...)}
	var sum Fixed
	for _, r := range o.Results {
		o.Revenue += r.Revenue
		o.Quota += r.Quota
		sum += r.Score
	}
	if y.Quarters > 0 {
		o.Score = sum / Fixed(y.Quarters)
	}
	return o
}

// AfterBreak is the skill and morale rep r comes back with from the break
// between quarters: the lessons still settling are learnt, and morale
// recovers part of the way to the break's level. The planning screen shows
// them, headed "next quarter" (a play-test read morale 94 there, and met 82).
func (w *World) AfterBreak(r *Rep) (skill, morale Fixed) {
	p := &w.P
	return (r.Skill + r.SkillPending).Clamp01(), (r.Morale + (p.BreakMorale - r.Morale).Mul(p.BreakRecover)).Clamp01()
}

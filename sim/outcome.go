package sim

import "fmt"

// Outcome is the end-of-quarter report, computed from the world. Score parts
// are fixed-point so that the score is as reproducible as the state.
type Outcome struct {
	Revenue        int64
	Quota          int64
	Attainment     Fixed // revenue / quota; 0 in the sandbox
	Score          Fixed // 0..100
	Grade          string
	MeanMorale     Fixed // team mean over the quarter (hourly samples)
	MeanMomentum   Fixed
	EndMorale      Fixed
	Culture        Fixed
	Clarity        Fixed
	Process        Fixed
	Visibility     Fixed
	ExecTrust      Fixed
	SkillGrowth    Fixed // mean skill gained per rep still on the team
	AdviceRequests int32
	Dials          int32
	Conversations  int32
	Meetings       int32
	Deals          int32
	RepsLost       int32
	RepsKept       int32
	Checkins       int32 // the executive's check-ins so far,
	CheckinsPassed int32 // and those the player could answer
	ClosedWeek     int32 // the week (1..13) the floor emptied and the quarter closed, 0 if it ran its course
	CommandShare   Fixed // share of the player's action time spent on command
	ActionCounts   [NumPlayActions]int32
	ScoreRevenue   Fixed // the parts of the score, each out of its weight
	ScoreHealth    Fixed
	ScoreFuture    Fixed
	ScoreExecutive Fixed
	Style          string // a short reading of the style profile
	Verdict        string // the quarter read whole: the result and the style together
}

// Outcome computes the report. It may be called at any time (the game shows
// a running forecast), but it is the quarter's result only once Done.
func (w *World) Outcome() Outcome {
	o := w.outcomeNumbers()
	total := w.Player.CommandTicks + w.Player.ExampleTicks
	orders := w.standingOrders()
	o.Style = styleReading(o.CommandShare, total, orders)
	o.Verdict = verdict(&o, total, w.StartReps+w.Company.Hires, orders)
	return o
}

// standingOrders reports whether any standing order is in force: reports
// from anyone, or a dial quota. A quarter the player spent no hour of is
// not "the team running itself" when their orders ran it.
func (w *World) standingOrders() bool {
	if w.Team.ReportsAll || w.Team.DialQuota > 0 {
		return true
	}
	for i := range w.Reps {
		if r := &w.Reps[i]; r.Reports && !r.Gone {
			return true
		}
	}
	return false
}

// outcomeNumbers is the report's numbers without its words: what the
// year's record keeps, computed without allocating.
func (w *World) outcomeNumbers() Outcome {
	o := Outcome{Revenue: w.Revenue(), Quota: w.Company.Quota, AdviceRequests: w.AdviceRequests,
		RepsLost: w.RepsLost, Checkins: w.Company.Checkins, CheckinsPassed: w.Company.CheckinsPassed, Culture: w.Team.Culture, Clarity: w.Team.Clarity, Process: w.Team.Process,
		Visibility: w.Team.Visibility, ExecTrust: w.Company.ExecTrust, EndMorale: w.TeamMorale(),
		Dials: w.Player.Dials, Deals: w.Player.Deals, ActionCounts: w.Player.ActionCounts}
	if d := w.Company.ClosedDay; d > 0 {
		o.ClosedWeek = (d-1)/DaysPerWeek + 1
	}
	var skill Fixed
	for i := range w.Reps {
		r := &w.Reps[i]
		o.Dials += r.Dials
		o.Conversations += r.Conversations
		o.Meetings += r.Meetings
		o.Deals += r.Deals
		if !r.Gone {
			o.RepsKept++
			skill += r.Skill
		}
	}
	if n := int64(w.HoursSeen); n > 0 {
		o.MeanMorale = Fixed(w.MoraleSum / n)
		o.MeanMomentum = Fixed(w.MomentumSum / n)
	} else {
		o.MeanMorale, o.MeanMomentum = w.TeamMorale(), w.TeamMomentum()
	}
	if o.RepsKept > 0 {
		o.SkillGrowth = (skill - w.StartSkill.Mul(F(int64(o.RepsKept), int64(w.StartReps)))) / Fixed(o.RepsKept)
	}
	w.score(&o)
	total := w.Player.CommandTicks + w.Player.ExampleTicks
	if total > 0 {
		o.CommandShare = F(int64(w.Player.CommandTicks), int64(total))
	}
	return o
}

// verdict reads the result and the style together: "the present was
// served" only where it was, and a team lost is said before any style.
func verdict(o *Outcome, total, people int32, orders bool) string {
	sandbox := o.Quota == 0
	att := o.Attainment
	lostMany := people > 0 && o.RepsLost*3 >= people // a third or more
	var result string
	switch {
	case o.RepsKept == 0 && o.ClosedWeek > 0:
		return fmt.Sprintf("You lost the whole team, and the VP closed the empty floor in week %d. Whatever else the quarter did, there was no one left to sell with: every rep who walked out took their pipeline with them.", o.ClosedWeek)
	case o.RepsKept == 0:
		return "You lost the whole team. Whatever else the quarter did, there is no floor left to sell with: every rep who walked out took their pipeline with them."
	case sandbox:
		result = "No quota in the sandbox: judge the floor you built."
	case att >= One && lostMany:
		result = "You made quota by spending the team: it did not last the quarter."
	case att >= One && o.RepsLost == 1:
		result = "You made quota, but one rep did not last the quarter."
	case att >= One && o.RepsLost > 1:
		result = fmt.Sprintf("You made quota, but %d reps did not last the quarter.", o.RepsLost)
	case att >= One:
		// Only a quarter that lost nobody, not even at the close, says so:
		// the report names a rep who resigned as it closed right below.
		result = "You made quota and kept the team."
	case att >= F(80, 100):
		result = "Close to quota, not there."
	case att >= F(50, 100):
		result = "The quarter fell well short of quota."
	default:
		result = "The quarter failed: not half the quota sold."
	}
	if lostMany && att < One {
		result += " And the team did not last it."
	}
	command := o.CommandShare
	var style string
	switch {
	case total == 0 && orders:
		style = "You spent no hour yourself: your standing orders ran the floor, and nobody led it."
	case total == 0:
		style = "You did nothing yourself: the team ran itself."
	case command >= F(60, 100) && (att >= F(90, 100) || sandbox):
		style = "Command served the present; ask what the team will be next quarter."
	case command >= F(60, 100):
		style = "Mostly command, and it did not even serve the present: orders without the team behind them do not sell."
	case command <= F(40, 100) && o.Checkins > 0 && o.CheckinsPassed*2 < o.Checkins && !futureGrown(o):
		style = "Mostly example, yet the team did not grow, and you could not see the business when the executive asked."
	case command <= F(40, 100) && o.Checkins > 0 && o.CheckinsPassed*2 < o.Checkins:
		style = "Mostly example: you built the team, but could not see the business when the executive asked."
	case command <= F(40, 100) && att < F(80, 100) && !sandbox:
		switch {
		case orders:
			// The hours were example's, the floor ran on orders: a
			// play-test under reports and a quota all quarter was told
			// "the future was built".
			style = "Your own hours went to example while standing orders ran the floor: the present not served."
		case !futureGrown(o):
			style = "Mostly example, yet the future did not grow: the present not served, and culture, clarity and skill stayed low."
		default:
			style = "Mostly example: the future was built, the present not served."
		}
	case command <= F(40, 100):
		style = "Mostly example, with enough structure to make it pay."
	default:
		style = "Command and example in balance."
	}
	return result + " " + style
}

// futureGrown reports whether the quarter grew the future by the score's
// own measure of it (culture, clarity and skill grown), read before a
// verdict says the team or the future was built: a play-test with culture
// 38 and clarity 10 was told "you built the team".
func futureGrown(o *Outcome) bool {
	return (o.Culture+o.Clarity+(o.SkillGrowth*5).Clamp01())/3 >= F(40, 100)
}

// score fills in the attainment and the score's parts from the outcome's
// quantities. It is the one place the quarter is judged, for the report and
// for the expert's estimate of a quarter not yet over.
func (w *World) score(o *Outcome) {
	o.Attainment = 0
	if o.Quota > 0 {
		o.Attainment = Fixed(o.Revenue << 16 / o.Quota)
	}
	// Revenue: full marks at Params.RevenueFull of quota, well above what
	// a good quarter reaches, so that better play always shows.
	att := o.Attainment
	full := w.P.RevenueFull
	if w.Company.Quota == 0 {
		att = full
	}
	// The curve is concave: each dollar counts, the first ones most. A
	// floor at half its quota is judged far below one at quota, and the
	// last stretch toward full marks is the hardest, so strong play keeps
	// climbing without reaching the top. With a straight line the expert
	// reached full marks and the score had nothing left to measure.
	short := One - att.Clamp(0, full).Div(full)
	o.ScoreRevenue = I(int(w.P.WeightRevenue)).Mul(One - short.Mul(short))
	// Team health: morale over the quarter, and the people kept.
	kept := F(int64(o.RepsKept), int64(w.StartReps+w.Company.Hires))
	o.ScoreHealth = I(int(w.P.WeightHealth)).Mul((o.MeanMorale + o.EndMorale) / 2).Mul(kept)
	// The future: culture, clarity and skill grown.
	growth := (o.SkillGrowth * 5).Clamp01()
	o.ScoreFuture = I(int(w.P.WeightFuture)).Mul((o.Culture + o.Clarity + growth) / 3)
	o.ScoreExecutive = I(int(w.P.WeightExecutive)).Mul(o.ExecTrust)
	o.Score = (o.ScoreRevenue + o.ScoreHealth + o.ScoreFuture + o.ScoreExecutive).Clamp(0, I(100))
	o.Grade = grade(o.Score)
	if w.Difficulty == Sandbox {
		o.Grade = "-"
	}
}

func grade(score Fixed) string {
	switch {
	case score >= I(80):
		return "A"
	case score >= I(65):
		return "B"
	case score >= I(50):
		return "C"
	case score >= I(35):
		return "D"
	}
	return "F"
}

func styleReading(command Fixed, total int32, orders bool) string {
	switch {
	case total == 0 && orders:
		return "Absent, but for standing orders: they ran the floor, and nobody led it."
	case total == 0:
		return "Absent: the team ran itself, for better or worse."
	case command >= F(80, 100):
		return "A manager: you organised, measured and directed. The present was served; ask what the team will be next quarter."
	case command <= F(20, 100):
		return "A leader by example: you did the work beside the team and inspired it. Ask whether you could see the business when it mattered."
	case command >= F(60, 100):
		return "A manager who also led: mostly command, with enough example to keep the team with you."
	case command <= F(40, 100):
		return "A leader who also managed: mostly example, with enough structure to make it repeatable."
	}
	return "Balanced: command for the present, example for the future."
}

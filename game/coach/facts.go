// Package coach is the expert as the player's coach, without Ebiten: it
// plays the expert's quarter on the player's scenario, difficulty and seed a
// slice at a time, replays the player's own quarter to learn what the final
// world forgets, compares the two in plain words, and asks the expert for a
// hint at the current state. Everything here is pure logic, testable
// without a window; the game only drives it and draws what it says.
package coach

import "salesfloor/sim"

// Facts is what one quarter's play did, for comparing the player with the
// expert: the outcome, how the time was spent, and the habits the final
// world does not keep (whether the pipeline was counted before each
// check-in, how long standing orders stayed on).
type Facts struct {
	Score        sim.Fixed
	Grade        string
	Revenue      int64
	CommandShare sim.Fixed // share of action time spent on command
	Actions      [sim.NumPlayActions]int32
	ActionTicks  int32 // the player's time spent on actions
	// Checkins is how many of the executive's check-ins came; Prepared how
	// many found the pipeline counted that day (a forecast meeting earlier
	// the same day, or status reports on for someone); Passed how many the
	// executive was satisfied with.
	Checkins, Prepared, Passed int32
	QuotaTicks                 int32 // ticks with a dial quota on
	ReportTicks                int32 // rep-ticks on status reports
	AdviceRequests             int32
	RepsKept, RepsLost         int32
	// WeekRevenue is the revenue of each week played so far.
	WeekRevenue []int64
}

// Tracker watches a quarter tick by tick for what the final world does not
// keep: the event log is a short ring, and standing orders show only their
// last state. Observe it once at the start and after every step.
type Tracker struct {
	started      bool
	nlog         int32
	forecasts    int32 // the forecast count last seen
	forecastTick int32 // tick of the last forecast meeting, -1 for none
	checkins     int32
	prepared     int32
	quotaTicks   int32
	reportTicks  int32
}

// Observe records the tick just stepped (or, the first time, the start).
// Commands of a tick are applied before it is stepped, so a forecast seen
// now was held at the tick just stepped, before any event of that tick.
func (t *Tracker) Observe(w *sim.World) {
	if !t.started {
		*t = Tracker{started: true, nlog: w.Events.NLog, forecastTick: -1,
			forecasts: w.Player.ActionCounts[sim.ActForecast]}
		return
	}
	stepped := w.Tick - 1
	if n := w.Player.ActionCounts[sim.ActForecast]; n != t.forecasts {
		t.forecasts, t.forecastTick = n, stepped
	}
	reports := int32(0)
	for i := range w.Reps {
		if r := &w.Reps[i]; r.Reports && !r.Gone {
			reports++
		}
	}
	t.reportTicks += reports
	if w.Team.DialQuota > 0 {
		t.quotaTicks++
	}
	for ; t.nlog < w.Events.NLog; t.nlog++ {
		rec := w.Events.Log[t.nlog%sim.EventLogSize]
		if w.Scenario.Events[rec.Def].Kind != "checkin" {
			continue
		}
		t.checkins++
		sameDay := t.forecastTick >= 0 && t.forecastTick/sim.TicksPerDay == rec.Tick/sim.TicksPerDay && t.forecastTick <= rec.Tick
		if sameDay || reports > 0 {
			t.prepared++
		}
	}
}

// FactsOf reads a quarter's facts from its world and the tracker that
// watched it.
func FactsOf(w *sim.World, t *Tracker) Facts {
	o := w.Outcome()
	f := Facts{Score: o.Score, Grade: o.Grade, Revenue: o.Revenue, CommandShare: o.CommandShare,
		Actions: o.ActionCounts, ActionTicks: w.Player.CommandTicks + w.Player.ExampleTicks,
		Checkins: t.checkins, Prepared: t.prepared, Passed: w.Company.CheckinsPassed,
		QuotaTicks: t.quotaTicks, ReportTicks: t.reportTicks, AdviceRequests: o.AdviceRequests,
		RepsKept: o.RepsKept, RepsLost: o.RepsLost}
	if w.Series != nil {
		f.WeekRevenue = WeeklyRevenue(w.Series.RevenueDay)
	}
	return f
}

// WeeklyRevenue turns cumulative revenue per day into revenue per week:
// the differences at each week's last day (days 4, 9, ...). A week still
// under way counts up to its last day recorded.
func WeeklyRevenue(cum []int64) []int64 {
	var out []int64
	prev := int64(0)
	for end := sim.DaysPerWeek - 1; end-sim.DaysPerWeek+1 < len(cum); end += sim.DaysPerWeek {
		last := min(end, len(cum)-1)
		out = append(out, cum[last]-prev)
		prev = cum[last]
	}
	return out
}

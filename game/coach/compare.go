package coach

import (
	"fmt"
	"sort"

	"salesfloor/sim"
)

// Difference is one way the expert's play differed from the player's, said
// in plain words.
type Difference struct {
	Key         string // the comparison's id: "mentor", "checkins", ...
	Expert, You int64
	Size        float64 // relative size, 0..1: what ranks the differences
	Text        string
}

// comparison is one row of the table: a quantity read from each quarter's
// facts, how to say it, and how much noise to forgive (smooth is added to
// the larger value before dividing, so that 1 against 0 is not a 100%
// difference).
type comparison struct {
	key    string
	value  func(*Facts) int64
	smooth float64
	unit   [2]string // singular, plural
	// it and you say the quantity ("It mentored %s", "you mentored %s");
	// itNever and youNever say its absence.
	it, you, itNever, youNever string
	// say, when set, words the row itself.
	say func(e, y *Facts) string
}

func actionCount(a sim.ActionID) func(*Facts) int64 {
	return func(f *Facts) int64 { return int64(f.Actions[a]) }
}

// days rounds ticks up to whole working days: a quota on for an hour was on
// that day.
func days(ticks int32) int64 {
	return int64((ticks + sim.TicksPerDay - 1) / sim.TicksPerDay)
}

// comparisons is the table the report's "what it did differently" is drawn
// from: every action, the standing orders' duration, the check-ins
// prepared, time spent, advice and people kept.
var comparisons = []comparison{
	{key: "checkins", value: func(f *Facts) int64 { return int64(f.Prepared) }, smooth: 1, say: sayCheckins},
	{key: "reports", value: func(f *Facts) int64 { return days(f.ReportTicks) }, smooth: 5, unit: [2]string{"rep-day", "rep-days"},
		it: "It kept reps on status reports for %s", you: "you for %s",
		itNever: "It never ordered status reports", youNever: "you never did"},
	{key: "quota", value: func(f *Facts) int64 { return days(f.QuotaTicks) }, smooth: 3, unit: [2]string{"day", "days"},
		it: "It kept a dial quota on for %s", you: "you kept one on for %s",
		itNever: "It never set a dial quota", youNever: "you never set one"},
	{key: "procedure", value: actionCount(sim.ActProcedure), smooth: 3, unit: [2]string{"procedure", "procedures"},
		it: "It rolled out %s", you: "you rolled out %s",
		itNever: "It never rolled out a procedure", youNever: "you never did"},
	{key: "reassign", value: actionCount(sim.ActReassign), smooth: 3, unit: [2]string{"time", "times"},
		it: "It reassigned leads %s", you: "you reassigned them %s",
		itNever: "It never reassigned leads", youNever: "you never did"},
	{key: "review", value: actionCount(sim.ActReview), smooth: 3, unit: [2]string{"performance review", "performance reviews"},
		it: "It ran %s", you: "you ran %s",
		itNever: "It never ran a performance review", youNever: "you never did"},
	{key: "forecast", value: actionCount(sim.ActForecast), smooth: 3, unit: [2]string{"forecast meeting", "forecast meetings"},
		it: "It held %s", you: "you held %s",
		itNever: "It never held a forecast meeting", youNever: "you never did"},
	{key: "calls", value: actionCount(sim.ActCalls), smooth: 3, unit: [2]string{"time", "times"},
		it: "It took a desk and made calls %s", you: "you made calls %s",
		itNever: "It never made calls itself", youNever: "you never did"},
	{key: "scrub", value: actionCount(sim.ActScrub), smooth: 3, unit: [2]string{"time", "times"},
		it: "It scrubbed a rep's leads %s", you: "you scrubbed leads %s",
		itNever: "It never scrubbed leads", youNever: "you never did"},
	{key: "vision", value: actionCount(sim.ActVision), smooth: 3, unit: [2]string{"time", "times"},
		it: "It shared the vision %s", you: "you shared it %s",
		itNever: "It never shared the vision", youNever: "you never did"},
	{key: "mentor", value: actionCount(sim.ActMentor), smooth: 3, unit: [2]string{"time", "times"},
		it: "It mentored %s", you: "you mentored %s",
		itNever: "It never mentored", youNever: "you never did"},
	{key: "celebrate", value: actionCount(sim.ActCelebrate), smooth: 3, unit: [2]string{"win", "wins"},
		it: "It celebrated %s", you: "you celebrated %s",
		itNever: "It never celebrated a win", youNever: "you never did"},
	{key: "floor", value: actionCount(sim.ActFloor), smooth: 3, unit: [2]string{"time", "times"},
		it: "It walked the floor %s", you: "you walked it %s",
		itNever: "It never walked the floor", youNever: "you never did"},
	{key: "hours", value: func(f *Facts) int64 { return int64(f.ActionTicks / sim.TicksPerHour) }, smooth: 10, unit: [2]string{"hour", "hours"},
		it: "It spent %s of its time on actions", you: "you spent %s",
		itNever: "It took no action at all", youNever: "you took none"},
	{key: "advice", value: func(f *Facts) int64 { return int64(f.AdviceRequests) }, smooth: 5, unit: [2]string{"time", "times"},
		it: "Reps came to it for advice %s", you: "to you %s",
		itNever: "No rep came to it for advice", youNever: "none came to you"},
	{key: "kept", value: func(f *Facts) int64 { return int64(f.RepsKept) }, smooth: 1, unit: [2]string{"rep", "reps"},
		it: "It kept %s", you: "you kept %s",
		itNever: "It kept no one", youNever: "you kept no one"},
}

// sayCheckins words the check-ins row, which counts out of a total.
func sayCheckins(e, y *Facts) string {
	const what = " (a forecast meeting that day, or status reports on)"
	switch {
	case e.Prepared == 0 && y.Prepared == 0:
		return "Neither of you counted the pipeline before a check-in."
	case e.Prepared == 0:
		return fmt.Sprintf("It never counted the pipeline before a check-in%s; you did before %d of %d.", what, y.Prepared, y.Checkins)
	case y.Prepared == 0:
		return fmt.Sprintf("It counted the pipeline before %d of %d check-ins%s; you never did.", e.Prepared, e.Checkins, what)
	}
	return fmt.Sprintf("It counted the pipeline before %d of %d check-ins%s; you before %d.", e.Prepared, e.Checkins, what, y.Prepared)
}

func quantity(n int64, unit [2]string) string {
	if n == 1 {
		return "1 " + unit[0]
	}
	return fmt.Sprintf("%d %s", n, unit[1])
}

// text words a row for the expert's value e and the player's y.
func (c *comparison) text(ef, yf *Facts, e, y int64) string {
	if c.say != nil {
		return c.say(ef, yf)
	}
	it := c.itNever
	if e > 0 {
		it = fmt.Sprintf(c.it, quantity(e, c.unit))
	}
	you := c.youNever
	if y > 0 {
		you = fmt.Sprintf(c.you, quantity(y, c.unit))
	}
	return it + "; " + you + "."
}

// MinDifference is the smallest relative difference worth telling the
// player about.
const MinDifference = 0.3

// Compare lists how the expert's quarter differed from the player's,
// largest relative difference first, at most n of them, leaving out the
// differences smaller than MinDifference. Ties keep the table's order.
func Compare(expert, you *Facts, n int) []Difference {
	var out []Difference
	for i := range comparisons {
		c := &comparisons[i]
		e, y := c.value(expert), c.value(you)
		d := e - y
		if d < 0 {
			d = -d
		}
		size := float64(d) / (float64(max(e, y)) + c.smooth)
		if d == 0 || size < MinDifference {
			continue
		}
		out = append(out, Difference{Key: c.key, Expert: e, You: y, Size: size, Text: c.text(expert, you, e, y)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Size > out[j].Size })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

package lab

import (
	"strings"
	"testing"
)

// The year's checks compare the campaign's first and last quarters: a
// restricted expert replaced before the last quarter sold nothing in it,
// and is judged on that quarter, not on the last one it played.
func TestYearChecksReadTheCampaignsQuarters(t *testing.T) {
	cell := func(policy string, score int64, q1, q4 int64) *Cell {
		c := NewCell("default", policy, false, false)
		c.Quarters = 4
		for seed := 0; seed < 3; seed++ {
			var r Result
			r.Vals[MScore] = score << 16
			r.Vals[MQRevenue] = q1 + int64(seed)
			r.Vals[MQRevenue+2] = 500 + int64(seed) // the command expert's last quarter played
			r.Vals[MQRevenue+3] = q4 + int64(seed)
			c.Add(&r)
		}
		return c
	}
	cells := []*Cell{
		cell("expert", 80, 3000, 3000),
		cell("expert-command", 20, 2000, 0),
		cell("expert-example", 60, 1000, 200),
	}
	rep := ExpertBalance(cells, DefaultExpertTargets)
	if len(rep.Checks) != 3 {
		t.Fatalf("%d year checks: %+v", len(rep.Checks), rep.Checks)
	}
	for _, c := range rep.Checks {
		if !c.OK {
			t.Errorf("%s: %s", c.Name, c.Detail)
		}
	}
	// Command winning the last quarter fails the future's check.
	cells[1] = cell("expert-command", 20, 2000, 900)
	rep = ExpertBalance(cells, DefaultExpertTargets)
	if rep.Pass || !strings.Contains(rep.Checks[1].Detail, "default") {
		t.Errorf("command out-earning example in quarter 4 passed: %+v", rep.Checks[1])
	}
}

package lab

import "testing"

// Every condition the evolutionary search draws names a metric the policy
// language has.
func TestSearchGridsNameMetrics(t *testing.T) {
	for _, g := range condGrids {
		if g.metric < 0 {
			t.Errorf("a search grid names a metric that is not there: %+v", g)
		}
	}
}

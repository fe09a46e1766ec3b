package lab

import (
	"testing"

	"salesfloor/sim"
)

// The fast expert check in make test: on seeds the calibration never used,
// the expert at budget 2 outplays the best heuristic, and the
// example-only expert outplays the heuristic exemplar. A model change that
// makes search worthless, or an expert that has stopped searching, fails it.
func TestExpertOutplaysHeuristics(t *testing.T) {
	scen, err := ResolveScenarios("default")
	if err != nil {
		t.Fatal(err)
	}
	mean := func(p PolicySpec) float64 {
		plan := &Plan{Scenarios: scen, Policies: []PolicySpec{p}, FirstSeed: 900001, Seeds: 3}
		cells, err := Execute(plan, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return cells[0].Acc[MScore].Summarise(Metrics[MScore].Scale()).Mean
	}
	for _, tc := range []struct{ expert, heuristic string }{
		{"expert", "adaptive"},
		{"expert-example", "exemplar"},
	} {
		e, h := mean(PolicySpec{Name: tc.expert, Budget: 2}), mean(PolicySpec{Name: tc.heuristic})
		if !(e > h) {
			t.Errorf("%s scores %.2f, %s %.2f: the expert should win", tc.expert, e, tc.heuristic, h)
		}
		t.Logf("%s %.2f vs %s %.2f", tc.expert, e, tc.heuristic, h)
	}
	if _, err := sim.NewPolicyWith("expert", 1, sim.PolicyOptions{Budget: 1}); err != nil {
		t.Fatal(err)
	}
}

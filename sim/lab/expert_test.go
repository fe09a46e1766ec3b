package lab

import (
	"strings"
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

// openExpertTargets are the expert targets the model does not meet yet,
// each with why; the fast check skips them by name prefix and fails on
// everything else. Take a line out when its target holds.
var openExpertTargets = map[string]string{}

// The fast expert balance check in make test: the design's targets
// against the expert, at budget 2 on the 20 seeds, all four
// scenarios. It is the full gate (-seeds 200 at the default budget) made
// small enough for every run; a model change that breaks a target that
// holds today fails here. Budget 2, not 1: at budget 1 the command-only
// expert is too weak to show crunch's command lead (45.2 against 44.7 in
// sim 6), so the check would judge the searcher, not the model.
func TestExpertBalanceTargets(t *testing.T) {
	if testing.Short() {
		t.Skip("the expert plays 240 quarters")
	}
	scen, err := ResolveScenarios("all")
	if err != nil {
		t.Fatal(err)
	}
	pols, err := ResolvePolicies(strings.Join(append(append([]string{}, ExpertPolicies...), "balanced"), ","))
	if err != nil {
		t.Fatal(err)
	}
	for i := range pols {
		pols[i].Budget = 2
	}
	cells, err := Execute(&Plan{Scenarios: scen, Policies: pols, FirstSeed: 700001, Seeds: 20}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := ExpertBalance(cells, DefaultExpertTargets)
	checked := 0
	for _, c := range rep.Checks {
		open := ""
		for prefix, why := range openExpertTargets {
			if strings.HasPrefix(c.Name, prefix) {
				open = why
			}
		}
		switch {
		case open != "":
			t.Logf("open, not checked: %s (%s): %s", c.Name, open, c.Detail)
		case !c.OK:
			t.Errorf("missed: %s: %s", c.Name, c.Detail)
		default:
			checked++
		}
	}
	if checked < 10 {
		t.Errorf("only %d targets checked: the report lost its checks", checked)
	}
}

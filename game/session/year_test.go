package session_test

import (
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// The year's title and verdict read the arc: the style over the quarters
// against the revenue's trend, the people kept, and a replacement.
func TestYearReview(t *testing.T) {
	type q struct {
		revenue int64
		command float64
	}
	for _, tc := range []struct {
		name     string
		quarters []q
		fired    bool
		leave    int // reps of the scenario's own gone by the end
		title    string
		says     string
	}{
		{"command, falling", []q{{3000, 0.7}, {2500, 0.7}, {2000, 0.6}, {1500, 0.6}}, false, 0, "The Driver", "fell 50%"},
		{"example, rising", []q{{2000, 0.1}, {2500, 0.2}, {3000, 0.1}, {3500, 0.1}}, false, 0, "The Builder", "grew 75%"},
		{"example, level", []q{{2000, 0.1}, {2000, 0.2}, {2000, 0.1}, {2050, 0.1}}, false, 0, "The Mentor", "held level"},
		{"command, level", []q{{2000, 0.8}, {2000, 0.7}, {2000, 0.7}, {2000, 0.7}}, false, 0, "The Commander", "held level"},
		{"mixed, rising", []q{{2000, 0.4}, {2400, 0.4}, {2800, 0.4}, {3200, 0.4}}, false, 0, "The Complete Manager", "served"},
		{"mixed, level", []q{{2000, 0.4}, {2000, 0.4}, {2000, 0.4}, {2000, 0.4}}, false, 0, "The Steady Hand", "held level"},
		{"most of the team gone", []q{{2000, 0.4}, {2400, 0.4}, {2800, 0.4}, {3200, 0.4}}, false, 6, "The Burner", "Most of the team"},
		{"replaced", []q{{900, 0.8}}, true, 0, "Replaced", "ended after quarter 1 of 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := sim.BuiltinScenario("default")
			if err != nil {
				t.Fatal(err)
			}
			w, err := sim.NewWorld(sim.Config{Scenario: sc, Seed: 1, Quarters: 4})
			if err != nil {
				t.Fatal(err)
			}
			y := &w.Year
			for i, r := range tc.quarters {
				y.Results[i] = sim.QuarterResult{Revenue: r.revenue * 1000, Quota: 3_000_000, CommandShare: sim.F(int64(r.command*100), 100),
					Score: sim.F(80, 1), Attainment: sim.F(r.revenue, 3000)}
			}
			y.Played, y.Quarter, y.Fired = int32(len(tc.quarters)), int32(len(tc.quarters)-1), tc.fired
			for i := 0; i < tc.leave; i++ {
				w.Reps[i].Gone = true
			}
			rv := session.YearReview(w)
			if rv.Title != tc.title || !strings.Contains(rv.Verdict, tc.says) {
				t.Errorf("%q: %s", rv.Title, rv.Verdict)
			}
			if len(rv.Team) < 3 {
				t.Errorf("the team in %d lines", len(rv.Team))
			}
		})
	}
}

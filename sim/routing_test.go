package sim

import "testing"

// The executive routes leads away from a floor they do not trust; a
// crunch's VP does it harder in the crunch quarter (a year's first) than in
// the quarters after it, and the other scenarios the same all year.
func TestUnseenFloorsLeadsByQuarter(t *testing.T) {
	for _, c := range []struct {
		scenario string
		trust    Fixed
		quarter  int32
		want     int32 // percent of the scenario's daily leads
	}{
		{"crunch", 0, 0, 60},
		{"crunch", 0, 1, 70},
		{"crunch", 0, 3, 70},
		{"crunch", One, 0, 100},
		{"crunch", One, 2, 100},
		{"default", 0, 0, 50},
		{"default", 0, 2, 50},
	} {
		s, err := BuiltinScenario(c.scenario)
		if err != nil {
			t.Fatal(err)
		}
		w, err := NewWorld(Config{Scenario: s, Seed: 1, Quarters: 4})
		if err != nil {
			t.Fatal(err)
		}
		w.Company.ExecTrust, w.Year.Quarter = c.trust, c.quarter
		// Within a lead of the share: fixed point rounds 0.7 down a hair.
		want := w.Team.LeadInflow * c.want / 100
		if got := w.leadInflow(); got < want-1 || got > want {
			t.Errorf("%s, trust %s, quarter %d: %d leads a day, want %d (%d%% of %d)", c.scenario, c.trust, c.quarter+1, got, want, c.want, w.Team.LeadInflow)
		}
		if c.trust == 0 {
			if got := int32(w.UnseenShare(c.quarter).MulInt(100).Floor()); got < c.want-1 || got > c.want {
				t.Errorf("%s, quarter %d: UnseenShare says %d%%, want %d%%", c.scenario, c.quarter+1, got, c.want)
			}
		}
	}
}

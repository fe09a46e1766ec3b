package sim_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"salesfloor/sim"
)

// checkInvariants reports the first quantity out of its range.
func checkInvariants(w *sim.World) error {
	unit := func(name string, v sim.Fixed) error {
		if v < 0 || v > sim.One {
			return fmt.Errorf("%s = %v, outside 0..1", name, v)
		}
		return nil
	}
	for i := range w.Reps {
		r := &w.Reps[i]
		for _, q := range []struct {
			n string
			v sim.Fixed
		}{{"skill", r.Skill}, {"experience", r.Experience}, {"energy", r.Energy}, {"morale", r.Morale},
			{"momentum", r.Momentum}, {"trust", r.Trust}, {"autonomy", r.Autonomy}, {"drive", r.Drive}, {"lead quality", r.LeadQuality}} {
			if err := unit(r.Name+"."+q.n, q.v); err != nil {
				return err
			}
		}
		if r.Dials < 0 || r.Conversations < 0 || r.Meetings < 0 || r.Deals < 0 || r.Revenue < 0 || r.Leads < 0 || r.Busy < 0 {
			return fmt.Errorf("%s has a negative counter: %+v", r.Name, r)
		}
		if r.Conversations > r.Dials || r.Meetings > r.Conversations {
			return fmt.Errorf("%s: %d meetings from %d conversations from %d dials", r.Name, r.Meetings, r.Conversations, r.Dials)
		}
		if r.SkillPending < 0 {
			return fmt.Errorf("%s: negative pending skill", r.Name)
		}
	}
	t := &w.Team
	for _, q := range []struct {
		n string
		v sim.Fixed
	}{{"culture", t.Culture}, {"clarity", t.Clarity}, {"process", t.Process}, {"visibility", t.Visibility},
		{"lead quality", t.LeadQuality}, {"inspiration", t.Inspiration}, {"authority", w.Player.Authority},
		{"influence", w.Player.Influence}, {"player energy", w.Player.Energy}, {"exec trust", w.Company.ExecTrust}} {
		if err := unit(q.n, q.v); err != nil {
			return err
		}
	}
	if t.LeadPool < 0 || t.ProcessPending < 0 || t.ClarityPending < 0 || t.CulturePending < 0 {
		return fmt.Errorf("team has a negative pool or pending effect")
	}
	if w.Player.Busy < 0 || w.HoursLeft() < 0 || w.HoursLeft() > sim.TicksPerDay {
		return fmt.Errorf("player time out of range: busy %d, left %d", w.Player.Busy, w.HoursLeft())
	}
	if w.Revenue() < 0 || w.AdviceRequests < 0 || w.RepsLost < 0 || w.RepsLost > int32(len(w.Reps)) {
		return fmt.Errorf("world counters out of range")
	}
	o := w.Outcome()
	if o.Score < 0 || o.Score > sim.I(100) {
		return fmt.Errorf("score %v outside 0..100", o.Score)
	}
	return nil
}

// Any sequence of commands, valid or not, at any times, keeps every quantity
// in range and every counter non-negative; refused commands change nothing.
func TestInvariantsUnderRandomCommands(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		name := rapid.SampledFrom(sim.ScenarioNames).Draw(rt, "scenario")
		w := newWorld(t, name, rapid.Uint64().Draw(rt, "seed"))
		steps := rapid.IntRange(1, 60).Draw(rt, "steps")
		for i := 0; i < steps && !w.Done(); i++ {
			c := sim.Command{
				Tick:   w.Tick,
				Action: sim.ActionID(rapid.IntRange(0, int(sim.NumActions)).Draw(rt, "action")),
				Target: int32(rapid.IntRange(-3, 12).Draw(rt, "target")),
				Arg:    int32(rapid.IntRange(-1, 120).Draw(rt, "arg")),
			}
			before := w.Hash()
			if err := w.Apply(c); err != nil && w.Hash() != before {
				rt.Fatalf("refused %v changed the world", c)
			}
			w.Step(rapid.IntRange(0, 3*sim.TicksPerDay).Draw(rt, "ticks"))
			if err := checkInvariants(w); err != nil {
				rt.Fatalf("after %v at %s: %v", c, w.Clock(), err)
			}
		}
	})
}

// Whole quarters under every built-in policy keep the invariants at the end
// of every day.
func TestInvariantsUnderPolicies(t *testing.T) {
	for _, sn := range sim.ScenarioNames {
		for _, pn := range sim.PolicyNames {
			w := newWorld(t, sn, 17)
			for !w.Done() {
				play(t, w, pn, sim.TicksPerDay)
				if err := checkInvariants(w); err != nil {
					t.Fatalf("%s/%s at %s: %v", sn, pn, w.Clock(), err)
				}
			}
			if n := len(w.Series.TeamDay); n != sim.DaysPerQuarter {
				t.Errorf("%s/%s: %d daily samples, want %d", sn, pn, n, sim.DaysPerQuarter)
			}
			if n := len(w.Series.TeamHour); n != sim.HoursPerQuarter {
				t.Errorf("%s/%s: %d hourly samples, want %d", sn, pn, n, sim.HoursPerQuarter)
			}
		}
	}
}

// A floor everyone has walked out of still runs to the end of the quarter
// under every policy, without a panic and within range.
func TestEmptyFloorEndsCleanly(t *testing.T) {
	m := defaultScenarioJSON(t)
	m["reps"] = []any{map[string]any{"name": "Solo", "skill": 0.3, "morale": 0, "trust": 0, "autonomy": 1}}
	team := m["team"].(map[string]any)
	team["lead_pool"], team["lead_inflow"] = 0, 0
	m["events"] = []any{}
	b, _ := json.Marshal(m)
	s, err := sim.ParseScenario("empty.json", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, pn := range sim.PolicyNames {
		pol, _ := sim.NewPolicy(pn, 1)
		w, _, err := sim.Run(sim.Config{Scenario: s, Seed: 1}, pol)
		if err != nil {
			t.Fatal(err)
		}
		if w.ActiveReps() != 0 && pn == "idle" {
			t.Errorf("%s: the lone rep with no leads and no morale stayed", pn)
		}
		if err := checkInvariants(w); err != nil {
			t.Errorf("%s: %v", pn, err)
		}
	}
}

// The daily series record the day's output before the counters reset.
func TestDailySeriesRecordOutput(t *testing.T) {
	w := newWorld(t, "default", 3)
	w.Step(5 * sim.TicksPerDay)
	var hourly, daily int32
	for _, s := range w.Series.TeamHour {
		hourly += s.Output
	}
	for _, s := range w.Series.TeamDay {
		daily += s.Output
	}
	if daily == 0 || daily != hourly {
		t.Errorf("meetings over five days: %d by day, %d by hour", daily, hourly)
	}
}

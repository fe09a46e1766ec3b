package sim_test

import (
	"testing"

	"salesfloor/sim"
)

func newExpert(t testing.TB, allow sim.ActionSet, budget int, seed uint64) *sim.Expert {
	t.Helper()
	e, err := sim.NewExpert(sim.ExpertConfig{Budget: budget, Allow: allow, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestNewExpertRefusesBadConfigs(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  sim.ExpertConfig
		want string
	}{
		{"zero budget", sim.ExpertConfig{Budget: 0, Allow: sim.AllActions}, "expert budget 0 is not in 1..256"},
		{"negative budget", sim.ExpertConfig{Budget: -3, Allow: sim.AllActions}, "expert budget -3 is not in 1..256"},
		{"absurd budget", sim.ExpertConfig{Budget: 1 << 20, Allow: sim.AllActions}, "expert budget 1048576 is not in 1..256"},
		{"no actions", sim.ExpertConfig{Budget: 1}, "expert: no actions allowed"},
		{"bad horizon", sim.ExpertConfig{Budget: 1, Allow: sim.AllActions, HorizonDays: -1}, "expert horizon -1 days is not in 0..65"},
	} {
		if _, err := sim.NewExpert(tc.cfg); err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}

// The expert is deterministic for a seed and budget, keeps to its allowed
// actions, and plays every command it decides legally.
func TestExpertIsDeterministicAndRestricted(t *testing.T) {
	s := scenario(t, "default")
	for _, allow := range []sim.ActionSet{sim.CommandActions, sim.ExampleActions} {
		run := func() (*sim.World, []sim.Command) {
			w, log, err := sim.Run(sim.Config{Scenario: s, Seed: 3}, newExpert(t, allow, 1, 3))
			if err != nil {
				t.Fatal(err)
			}
			return w, log
		}
		w1, log := run()
		w2, _ := run()
		if w1.Hash() != w2.Hash() {
			t.Errorf("%v: two runs differ", allow)
		}
		for _, c := range log {
			if c.Action != sim.ActChoose && !allow.Has(c.Action) {
				t.Fatalf("%v: the expert used %v", allow, c)
			}
		}
		if len(log) < 100 {
			t.Errorf("%v: the expert took only %d actions in a quarter", allow, len(log))
		}
	}
}

// The expert never reads the real dice: its decision at a state is the same
// when the world's hidden random state (call outcomes to come, today's
// chance events not yet fired, the calendar ahead) is replaced.
func TestExpertDoesNotSeeTheFuture(t *testing.T) {
	w := newWorld(t, "default", 21)
	e := newExpert(t, sim.AllActions, 1, 5)
	var buf []sim.Command
	checked := 0
	for day := 0; day < 6; {
		if w.Player.Busy == 0 {
			var hidden sim.World
			w.CopyTo(&hidden)
			hidden.Reseed(987654321 + uint64(w.Tick))
			a := newExpert(t, sim.AllActions, 1, 5).Decide(w, nil)
			b := newExpert(t, sim.AllActions, 1, 5).Decide(&hidden, nil)
			if len(a) != len(b) || (len(a) > 0 && a[0] != b[0]) {
				t.Fatalf("tick %d: the decision depends on the hidden dice: %v vs %v", w.Tick, a, b)
			}
			checked++
		}
		buf = e.Decide(w, buf[:0])
		for _, c := range buf {
			if err := w.Apply(c); err != nil {
				t.Fatal(err)
			}
		}
		w.Step(1)
		if w.Tick%sim.TicksPerDay == 0 {
			day++
		}
	}
	if checked < 20 {
		t.Errorf("only %d decisions checked", checked)
	}
}

// A search in slices gives the same advice as one in a single call, and a
// hint comes with a reason.
func TestSearchInSlicesMatches(t *testing.T) {
	w := newWorld(t, "turnaround", 2)
	w.Step(3*sim.TicksPerDay + 5)
	e := newExpert(t, sim.AllActions, 2, 9)
	var whole, sliced sim.Search
	sim.InitSearch(&whole, e)
	sim.InitSearch(&sliced, e)
	whole.Start(w)
	for !whole.Step(1 << 30) {
	}
	sliced.Start(w)
	steps := 0
	for !sliced.Step(3) {
		steps++
	}
	a, b := whole.Result(), sliced.Result()
	if a != b {
		t.Errorf("sliced search differs:\n%+v\n%+v", a, b)
	}
	if steps < 5 || a.Reason == "" || !(a.HasAction || a.Wait) {
		t.Errorf("steps %d, advice %+v", steps, a)
	}
}

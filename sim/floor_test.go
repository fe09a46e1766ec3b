package sim

import "testing"

// The tick's memoised floor (floorNow) is keyed by the inputs floorRates
// reads: at every tick of quarters that switch quotas on and off, live
// through pushes and market swings and lose reps, it must be exactly what
// floorRates works out afresh. A new input read by floorRates but missing
// from floorInputs shows up here as a stale memo.
func TestFloorMemoIsFloorRates(t *testing.T) {
	for _, name := range ScenarioNames {
		s, err := BuiltinScenario(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, pol := range []string{"adaptive", "random", "balanced"} {
			for seed := uint64(1); seed <= 2; seed++ {
				w, err := NewWorld(Config{Scenario: s, Seed: seed})
				if err != nil {
					t.Fatal(err)
				}
				p, _ := NewPolicy(pol, seed)
				d := NewDriver(DriverConfig{World: w, Quiet: true})
				for !w.Done() {
					_ = d.Decide(p)
					if got, want := *w.floorNow(), w.floorRates(); got != want {
						t.Fatalf("%s/%s/%d tick %d: memoised floor %+v, afresh %+v", name, pol, seed, w.Tick, got, want)
					}
					d.Step(1)
				}
			}
		}
	}
}

package sim_test

import (
	"testing"

	"salesfloor/sim"
)

func scenario(t testing.TB, name string) *sim.Scenario {
	t.Helper()
	s, err := sim.BuiltinScenario(name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newWorld(t testing.TB, name string, seed uint64) *sim.World {
	t.Helper()
	w, err := sim.NewWorld(sim.Config{Scenario: scenario(t, name), Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func cmd(w *sim.World, a sim.ActionID, target, arg int32) sim.Command {
	return sim.Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: a, Target: target, Arg: arg}
}

// play runs a policy over a world already made, collecting the commands it
// applied.
func play(t testing.TB, w *sim.World, policy string, ticks int) []sim.Command {
	t.Helper()
	pol, err := sim.NewPolicy(policy, w.Seed)
	if err != nil {
		t.Fatal(err)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	d.Play(pol, w.Tick+int32(ticks))
	return d.Log()
}

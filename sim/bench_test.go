package sim_test

import (
	"testing"

	"salesfloor/sim"
)

// One default-scenario quarter (a team of eight) under the balanced policy,
// from NewWorld to the final hash. Target: at most 1 ms on the project's
// 2-core machine.
func BenchmarkQuarter(b *testing.B) {
	s := scenario(b, "default")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		pol, _ := sim.NewPolicy("balanced", uint64(i))
		w, _, err := sim.Run(sim.Config{Scenario: s, Seed: uint64(i)}, pol)
		if err != nil {
			b.Fatal(err)
		}
		_ = w.Hash()
	}
}

// One tick of a world in mid-quarter, with standing orders on and a player
// action running. Target: zero heap allocations per tick after setup.
func BenchmarkTick(b *testing.B) {
	s := scenario(b, "default")
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	_ = w.Apply(cmd(w, sim.ActReports, sim.AllReps, 1))
	_ = w.Apply(cmd(w, sim.ActQuota, sim.TeamTarget, 60))
	fresh := w.Clone()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if w.Done() {
			b.StopTimer()
			w = fresh.Clone()
			b.StartTimer()
		}
		if w.Player.Busy == 0 && w.HoursLeft() >= 8 {
			_ = w.Apply(cmd(w, sim.ActCalls, sim.TeamTarget, 0))
		}
		w.Step(1)
	}
}

// The state hash, which a replay checks at every tick.
func BenchmarkHash(b *testing.B) {
	w := newWorld(b, "default", 1)
	w.Step(sim.TicksPerQuarter / 2)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = w.Hash()
	}
}

func BenchmarkSaveLoad(b *testing.B) {
	w := newWorld(b, "default", 1)
	w.Step(sim.TicksPerQuarter / 2)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		data, err := sim.MarshalSave(&sim.Save{World: w})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sim.UnmarshalSave("b", data); err != nil {
			b.Fatal(err)
		}
	}
}

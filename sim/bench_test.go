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

// Clone and restore for a search: copy a mid-quarter world into a scratch
// world and back. Target: at most 5 µs and zero allocations.
func BenchmarkCloneRestore(b *testing.B) {
	w := newWorld(b, "default", 1)
	w.Step(sim.TicksPerQuarter / 2)
	var scratch, back sim.World
	w.CopyTo(&scratch)
	scratch.CopyTo(&back)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w.CopyTo(&scratch)
		scratch.Step(1)
		w.CopyTo(&scratch) // restore
	}
}

// The legal moves at a mid-quarter decision point. Target: zero allocations.
func BenchmarkLegalMoves(b *testing.B) {
	w := newWorld(b, "default", 1)
	w.Step(sim.TicksPerQuarter/2 + 3)
	buf := make([]sim.Command, 0, sim.NumPlayActions*(sim.MaxReps+2))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = w.LegalMoves(sim.AllActions, buf[:0])
	}
}

// A quarter played on a search copy (no charts) under the adaptive policy:
// what one full-length rollout costs the expert.
func BenchmarkRolloutQuarter(b *testing.B) {
	w := newWorld(b, "default", 1)
	var c sim.World
	pol, _ := sim.NewPolicy("adaptive", 1)
	buf := make([]sim.Command, 0, 8)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w.CopyTo(&c)
		c.Reseed(uint64(i))
		for !c.Done() {
			buf = pol.Decide(&c, buf[:0])
			for _, cm := range buf {
				_ = c.Apply(cm)
			}
			c.Step(1)
		}
	}
}

// The expert plays one default quarter at its default budget (4), from
// NewWorld to the end, on one core: its every decision's search included.
// Target: at most 2 s. Each iteration plays a new seed.
func BenchmarkExpertQuarter(b *testing.B) {
	s := scenario(b, "default")
	for i := 0; i < b.N; i++ {
		e, err := sim.NewExpert(sim.ExpertConfig{Budget: sim.DefaultExpertBudget, Allow: sim.AllActions, Seed: uint64(700001 + i)})
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := sim.Run(sim.Config{Scenario: s, Seed: uint64(700001 + i)}, e); err != nil {
			b.Fatal(err)
		}
	}
}

// A year: a campaign of four default-scenario quarters under balanced,
// with the breaks' hires (8 reps and more). Target: at most 1.5 ms.
func BenchmarkYear(b *testing.B) {
	s := scenario(b, "default")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		pol, _ := sim.NewPolicy("balanced", uint64(i))
		w, _, err := sim.Run(sim.Config{Scenario: s, Seed: uint64(i), Quarters: sim.MaxQuarters}, pol)
		if err != nil {
			b.Fatal(err)
		}
		_ = w.Hash()
	}
}

// A campaign's save and load mid-year: the world in quarter 3, with the
// command log of the two quarters and the break before it. Target: at
// most 1 ms.
func BenchmarkCampaignSaveLoad(b *testing.B) {
	s := scenario(b, "default")
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 3, Quarters: sim.MaxQuarters})
	if err != nil {
		b.Fatal(err)
	}
	pol, _ := sim.NewPolicy("balanced", 3)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	for w.Year.Quarter < 2 {
		d.Play(pol, sim.TicksPerQuarter)
		_ = d.Plan(pol)
	}
	d.Play(pol, sim.TicksPerQuarter/2)
	sv := &sim.Save{World: w, Commands: d.Log()}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data, err := sim.MarshalSave(sv)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sim.UnmarshalSave("b", data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Log())), "commands")
}

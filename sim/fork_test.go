package sim_test

import (
	"testing"

	"salesfloor/sim"
)

// playUntil drives w with pol until the tick stop (or the quarter's end).
func playUntil(w *sim.World, pol sim.Policy, stop int32) {
	sim.NewDriver(sim.DriverConfig{World: w, Quiet: true}).Play(pol, stop)
}

// Any built-in policy resumes from a copy of the world: a fork taken
// mid-quarter, mid-day, played on from a clone, ends on the same hash as
// the original played on without a break. The original plays on first, so
// a fork that shared state with it (the random policy's generator, the
// expert's wait) would end elsewhere.
func TestPolicyForkResumesFromAClone(t *testing.T) {
	names := append(append([]string{}, sim.PolicyNames...), "expert-example")
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			pol, err := sim.NewPolicyWith(name, 11, sim.PolicyOptions{Budget: 1})
			if err != nil {
				t.Fatal(err)
			}
			w := newWorld(t, "default", 11)
			stop := int32(sim.TicksPerQuarter)
			if name == "expert-example" {
				stop = 6 * sim.TicksPerDay // the expert plays two weeks, not a quarter
			}
			mid := stop/2 + 5 // mid-day, between hours
			playUntil(w, pol, mid)
			w2, pol2 := w.Clone(), pol.Fork()
			playUntil(w, pol, stop)
			playUntil(w2, pol2, stop)
			if a, b := w.Hash(), w2.Hash(); a != b {
				t.Errorf("from tick %d: played through %016x, resumed from a fork %016x", mid, a, b)
			}
		})
	}
}

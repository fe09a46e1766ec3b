package sim_test

import (
	"testing"

	"salesfloor/sim"
)

// A search copy without charts plays on exactly as the original and scores
// the same.
func TestCopyToPlaysAndScoresTheSame(t *testing.T) {
	w := newWorld(t, "default", 5)
	play(t, w, "adaptive", 20*sim.TicksPerDay+7)
	var c sim.World
	w.CopyTo(&c)
	if c.Series != nil {
		t.Fatal("a search copy has charts")
	}
	if c.Hash() == 0 {
		t.Fatal("no hash")
	}
	play(t, w, "adaptive", sim.TicksPerQuarter)
	play(t, &c, "adaptive", sim.TicksPerQuarter)
	if w.Outcome() != c.Outcome() {
		t.Errorf("outcomes differ:\n%+v\n%+v", w.Outcome(), c.Outcome())
	}
}

func TestCopyToDoesNotAllocate(t *testing.T) {
	w := newWorld(t, "default", 5)
	w.Step(300)
	var c sim.World
	w.CopyTo(&c)
	allocs := testing.AllocsPerRun(100, func() { w.CopyTo(&c) })
	if allocs != 0 {
		t.Errorf("CopyTo allocates %.1f times a call", allocs)
	}
}

// Re-seeding changes what happens next but not what has happened, and two
// copies re-seeded alike play alike.
func TestReseedChangesOnlyTheFuture(t *testing.T) {
	w := newWorld(t, "crunch", 9)
	w.Step(7*sim.TicksPerDay + 5)
	var a, b, c sim.World
	w.CopyTo(&a)
	w.CopyTo(&b)
	w.CopyTo(&c)
	a.Reseed(1)
	b.Reseed(1)
	c.Reseed(2)
	if a.Revenue() != w.Revenue() || a.Events.NLog != w.Events.NLog {
		t.Fatal("re-seeding changed the past")
	}
	a.Step(10 * sim.TicksPerDay)
	b.Step(10 * sim.TicksPerDay)
	c.Step(10 * sim.TicksPerDay)
	if a.Hash() != b.Hash() {
		t.Error("two copies re-seeded alike diverged")
	}
	if a.Hash() == c.Hash() {
		t.Error("different seeds gave the same future")
	}
	// Public, scheduled events still come: crunch's VP checks in every
	// other day whatever the dice.
	if a.Company.Checkins != c.Company.Checkins {
		t.Errorf("scheduled check-ins depend on the dice: %d vs %d", a.Company.Checkins, c.Company.Checkins)
	}
}

// The real dice are not what a re-seeded copy plays: over many seeds, copies
// rarely match the true future.
func TestReseedHidesTheRealDice(t *testing.T) {
	w := newWorld(t, "default", 11)
	w.Step(3 * sim.TicksPerDay)
	var real sim.World
	w.CopyTo(&real)
	real.Step(sim.TicksPerDay)
	same := 0
	for s := uint64(1); s <= 20; s++ {
		var c sim.World
		w.CopyTo(&c)
		c.Reseed(s)
		c.Step(sim.TicksPerDay)
		if c.Revenue() == real.Revenue() && c.Hash() == real.Hash() {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 20 re-seeded copies replayed the real dice", same)
	}
}

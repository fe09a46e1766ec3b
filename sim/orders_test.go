package sim_test

import (
	"errors"
	"strings"
	"testing"

	"salesfloor/sim"
)

// applyAndWait applies c and steps until the player is free again.
func applyAndWait(t *testing.T, w *sim.World, c sim.Command) {
	t.Helper()
	if err := w.Apply(c); err != nil {
		t.Fatalf("%v: %v", c, err)
	}
	w.Step(int(sim.Actions[c.Action].Cost))
}

// nextMorning steps to the start of the next working day.
func nextMorning(w *sim.World) {
	w.Step(sim.TicksPerDay - int(w.Tick%sim.TicksPerDay))
}

// The second change of the same order on the same day, a second lesson for
// the same rep, and a second review inside the gap are refused with the
// reason, and cost no time; the next day (or after the gap) they are legal.
func TestOrdersAndLessonsHaveACadence(t *testing.T) {
	cases := []struct {
		name   string
		first  func(w *sim.World) sim.Command
		second func(w *sim.World) sim.Command
		want   string
		days   int // working days until the second is legal again
	}{
		{"quota changed back", func(w *sim.World) sim.Command { return cmd(w, sim.ActQuota, sim.TeamTarget, 60) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActQuota, sim.TeamTarget, 0) },
			"the dial quota was switched on or off today", 1},
		{"reports toggled", func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, 0, 1) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, 0, 0) },
			"reports for " + w0name + " were changed today", 1},
		{"reports for all after one", func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, 0, 1) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, sim.AllReps, 0) },
			"reports for " + w0name + " were changed today", 1},
		{"second lesson", func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, 0, 0) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, 0, 0) },
			w0name + " had a lesson today", 1},
		{"second review", func(w *sim.World) sim.Command { return cmd(w, sim.ActReview, 0, 0) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReview, 0, 0) },
			w0name + " was reviewed today", 5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, "default", 1)
			applyAndWait(t, w, tc.first(w))
			before := w.Tick
			err := w.Apply(tc.second(w))
			if !errors.Is(err, sim.ErrNoChange) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrNoChange saying %q", err, tc.want)
			}
			if w.Player.Busy != 0 || w.Tick != before {
				t.Fatal("a refused command took time")
			}
			for d := 0; d < tc.days; d++ {
				if d > 0 && w.Apply(tc.second(w)) == nil {
					t.Fatalf("legal again after %d day(s), want %d", d, tc.days)
				}
				nextMorning(w)
			}
			if err := w.Check(tc.second(w)); err != nil {
				t.Fatalf("after %d day(s): %v", tc.days, err)
			}
		})
	}
}

// w0name is default's first rep.
const w0name = "Ana"

// An order the player has no authority left for is refused with
// ErrNoAuthority, saying what it needs and how authority comes back; it is
// not among the legal moves.
func TestOrdersNeedAuthority(t *testing.T) {
	w := newWorld(t, "default", 1)
	w.Player.Authority = sim.F(1, 100)
	c := cmd(w, sim.ActForecast, sim.TeamTarget, 0)
	err := w.Check(c)
	if !errors.Is(err, sim.ErrNoAuthority) || !strings.Contains(err.Error(), "regrows") {
		t.Fatalf("got %v, want ErrNoAuthority", err)
	}
	for _, m := range w.LegalMoves(sim.AllActions, nil) {
		if m.Action == sim.ActForecast || m.Action == sim.ActReview || m.Action == sim.ActProcedure {
			t.Errorf("%v is listed as legal without authority", m)
		}
	}
	// Example needs none, and switching an order off costs none.
	if err := w.Check(cmd(w, sim.ActVision, sim.TeamTarget, 0)); err != nil {
		t.Errorf("vision: %v", err)
	}
}

// Switching a dial quota on and off pays nothing: no process, whatever the
// number of switches.
func TestQuotaTogglingBuildsNoProcess(t *testing.T) {
	w := newWorld(t, "default", 1)
	base := newWorld(t, "default", 1)
	for d := 0; d < 6; d++ {
		arg := int32(60)
		if d%2 == 1 {
			arg = 0
		}
		applyAndWait(t, w, cmd(w, sim.ActQuota, sim.TeamTarget, arg))
		nextMorning(w)
		nextMorning(base)
	}
	if w.Team.Process > base.Team.Process {
		t.Errorf("toggling the quota built process: %v, untouched %v", w.Team.Process, base.Team.Process)
	}
}

// Results give orders weight: a day that closes its share of the quota
// regrows more authority than a day that closes nothing.
func TestAuthorityRegrowsWithResults(t *testing.T) {
	grow := func(paceShare int64) sim.Fixed {
		w := newWorld(t, "default", 1)
		w.Player.Authority = sim.F(1, 10)
		w.Team.RevenueToday = paceShare * w.Company.Quota / sim.DaysPerQuarter
		w.Step(sim.TicksPerDay)
		return w.Player.Authority
	}
	none, good := grow(0), grow(1)
	if good <= none {
		t.Errorf("authority after a day at quota pace %v, after a day of nothing %v", good, none)
	}
}

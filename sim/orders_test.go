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
			"not again today: the dial quota was switched on or off today", 1},
		{"reports toggled", func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, 0, 1) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, 0, 0) },
			"not again today: reports for " + w0name + " were changed today", 1},
		{"reports for all after one", func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, 0, 1) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, sim.AllReps, 0) },
			"not again today: an order for everyone waits until tomorrow: reports for " + w0name + " were changed today", 1},
		{"reports for all toggled", func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, sim.AllReps, 1) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, sim.AllReps, 0) },
			"not again today: reports for everyone were changed today", 1},
		{"second lesson", func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, 0, 0) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, 0, 0) },
			"that would change nothing: " + w0name + " had a lesson today", 1},
		{"second review", func(w *sim.World) sim.Command { return cmd(w, sim.ActReview, 0, 0) },
			func(w *sim.World) sim.Command { return cmd(w, sim.ActReview, 0, 0) },
			"that would change nothing: " + w0name + " was reviewed today", 5},
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

// dialsAfter is the team's dials after half a day under a quota of q (0:
// none), from the same seed.
func dialsAfter(t *testing.T, q int32, prep func(w *sim.World)) int64 {
	t.Helper()
	w := newWorld(t, "default", 1)
	if prep != nil {
		prep(w)
	}
	if q > 0 {
		applyAndWait(t, w, cmd(w, sim.ActQuota, sim.TeamTarget, q))
	} else {
		w.Step(int(sim.Actions[sim.ActQuota].Cost))
	}
	w.Step(sim.TicksPerDay / 2)
	var n int64
	for i := range w.Reps {
		n += int64(w.Reps[i].DialsToday)
	}
	return n
}

// A dial quota presses with its number: a higher quota lifts dials more,
// up to twice quota_ref, beyond which a bigger number adds nothing.
func TestQuotaPressesWithItsNumber(t *testing.T) {
	ref := sim.DefaultParams().QuotaRef
	levels := []int32{0, 40, 60, 80, 2 * ref}
	prev := int64(-1)
	for _, q := range levels {
		n := dialsAfter(t, q, nil)
		if n <= prev {
			t.Errorf("a quota of %d gave %d dials, no more than the level below (%d)", q, n, prev)
		}
		prev = n
	}
	if beyond := dialsAfter(t, sim.MaxDialQuota, nil); beyond != prev {
		t.Errorf("a quota of %d gave %d dials, want the same as at twice quota_ref (%d)", sim.MaxDialQuota, beyond, prev)
	}
}

// Setting or raising a quota is an order and spends authority; lowering it
// is relief and spends none. The day's misses are judged against the
// highest quota that stood that day, so lowering it in the evening spares
// no one; the next morning starts from the quota in force.
func TestQuotaRaiseIsAnOrderLoweringIsRelief(t *testing.T) {
	w := newWorld(t, "default", 1)
	applyAndWait(t, w, cmd(w, sim.ActQuota, sim.TeamTarget, 40))
	a0 := w.Player.Authority
	applyAndWait(t, w, cmd(w, sim.ActQuota, sim.TeamTarget, 80))
	a1 := w.Player.Authority
	if a1 >= a0 {
		t.Errorf("raising the quota left authority at %v (was %v)", a1, a0)
	}
	applyAndWait(t, w, cmd(w, sim.ActQuota, sim.TeamTarget, 40))
	if w.Player.Authority != a1 {
		t.Errorf("lowering the quota moved authority from %v to %v", a1, w.Player.Authority)
	}
	if w.Team.QuotaPeak != 80 {
		t.Errorf("the day's peak quota is %d after 40, 80, 40; want 80", w.Team.QuotaPeak)
	}
	nextMorning(w)
	if w.Team.QuotaPeak != 40 {
		t.Errorf("the next morning's peak quota is %d; want the standing 40", w.Team.QuotaPeak)
	}
}

// Strain slows the dials: a team pushed for weeks dials less, which a
// search that looks a day or two ahead does not see coming.
func TestStrainSlowsTheDials(t *testing.T) {
	fresh := dialsAfter(t, 0, nil)
	strained := dialsAfter(t, 0, func(w *sim.World) {
		for i := range w.Reps {
			w.Reps[i].Strain = sim.F(1, 2)
		}
	})
	if strained >= fresh {
		t.Errorf("a strained team dialled %d, a fresh one %d", strained, fresh)
	}
}

// The evening's misses are counted against the day's peak quota: two
// floors that dialled the same, one whose quota stood at 80 earlier in the
// day, end the day with the first less happy.
func TestQuotaMissesCountAgainstThePeak(t *testing.T) {
	morale := func(peak int32) (sum sim.Fixed) {
		w := newWorld(t, "default", 1)
		applyAndWait(t, w, cmd(w, sim.ActQuota, sim.TeamTarget, 40))
		w.Team.QuotaPeak = peak
		nextMorning(w)
		for i := range w.Reps {
			sum += w.Reps[i].Morale
		}
		return sum
	}
	if high, low := morale(sim.MaxDialQuota), morale(40); high >= low {
		t.Errorf("team morale after a day that peaked at %d: %v; at 40: %v", sim.MaxDialQuota, high, low)
	}
}

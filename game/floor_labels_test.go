package game

import (
	"testing"

	"salesfloor/sim"
)

// A cause's amount is the actual change of a 0..1 reading, so it shows as
// points of 100, the bars' scale.
func TestCausePoints(t *testing.T) {
	for _, tc := range []struct {
		d    sim.Fixed
		want string
	}{
		{sim.F(31, 1000), "+3.1"},
		{-sim.F(4, 1000), "-0.4"},
		{sim.F(911, 1000), "+91.1"},
		{0, "+0.0"},
	} {
		if got := string(appendSigned(nil, tc.d)); got != tc.want {
			t.Errorf("appendSigned(%v) = %q, want %q", tc.d.Float(), got, tc.want)
		}
	}
	if got := string(appendPoints(nil, sim.F(42, 100))); got != "42" {
		t.Errorf("appendPoints(0.42) = %q", got)
	}
}

// The heading says the net change, and when more than the whole bar moved
// each way, a note says how much went up and down: "+180 booked meetings" under a bar
// of 100 read as a bug.
func TestCauseHeadingSaysTheSwing(t *testing.T) {
	for _, tc := range []struct {
		name string
		sums map[sim.Cause]sim.Fixed
		want string
	}{
		{"none", nil, "Momentum 42/100, no change today"},
		{"small", map[sim.Cause]sim.Fixed{sim.CauseCall: sim.F(30, 100), sim.CauseDrift: -sim.F(25, 100)},
			"Momentum 42/100, today +5.0"},
		{"swung", map[sim.Cause]sim.Fixed{sim.CauseCall: sim.F(180, 100), sim.CauseDrift: -sim.F(175, 100)},
			"Momentum 42/100, today +5.0|It swung 180 up and 175 down in all:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var f floorScene
			var sums [sim.NumCauses]sim.Fixed
			for c, v := range tc.sums {
				sums[c] = v
			}
			f.addCauses("Momentum ", sim.F(42, 100), &sums, true)
			got := string(f.side[0].b)
			if f.side[1].kind == sideNote {
				got += "|" + string(f.side[1].b)
			}
			if got != tc.want {
				t.Errorf("heading %q, want %q", got, tc.want)
			}
		})
	}
}

// An action that runs to the day's end leaves "None left", not "0h left"
// (a play-test read that as a glitch).
func TestHoursLeftAtTheDaysEnd(t *testing.T) {
	a, s, f := routineGame(t)
	for _, tc := range []struct {
		hour int // of the day, 9..16
		want string
	}{
		{16, "None left  (busy: Walk the floor)"},
		{9, "7h left  (busy: Walk the floor)"},
	} {
		// The next day's hour (or today's, still to come).
		for s.W.Player.Busy > 0 || int(s.W.Tick%sim.TicksPerDay) != (tc.hour-9)*sim.TicksPerHour {
			s.Step(1)
		}
		if err := s.Do(sim.ActFloor, sim.TeamTarget, 0); err != nil {
			t.Fatal(err)
		}
		s.Version++
		f.refresh(&a.ctx)
		if got := string(f.hours); got != tc.want {
			t.Errorf("at %s: %q, want %q", s.W.Clock(), got, tc.want)
		}
	}
}

// The share of quota is rounded down; just short of the quota it keeps a
// tenth, so equal-looking amounts do not read "(99%)".
func TestShareOfQuota(t *testing.T) {
	for _, tc := range []struct {
		rev, quota int64
		want       string
	}{
		{0, 3_950_000, "0%"},
		{1_777_000, 3_950_000, "44%"},
		{3_008_000, 3_012_000, "99.8%"},
		{3_012_000, 3_012_000, "100%"},
		{5_990_000, 4_020_000, "149%"},
	} {
		if got := string(appendShare(nil, tc.rev, tc.quota)); got != tc.want {
			t.Errorf("%d of %d: %q, want %q", tc.rev, tc.quota, got, tc.want)
		}
	}
}

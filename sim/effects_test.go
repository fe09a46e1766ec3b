package sim_test

import (
	"errors"
	"strings"
	"testing"

	"salesfloor/sim"
)

// measure reads one number from a world.
type measure func(w *sim.World) float64

func teamMorale(w *sim.World) float64   { return w.TeamMorale().Float() }
func teamMomentum(w *sim.World) float64 { return w.TeamMomentum().Float() }
func visibility(w *sim.World) float64   { return w.Team.Visibility.Float() }
func process(w *sim.World) float64      { return (w.Team.Process + w.Team.ProcessPending).Float() }
func clarity(w *sim.World) float64      { return w.Team.Clarity.Float() }
func authority(w *sim.World) float64    { return w.Player.Authority.Float() }
func influence(w *sim.World) float64    { return w.Player.Influence.Float() }
func meanTrust(w *sim.World) float64 {
	s := 0.0
	for i := range w.Reps {
		s += w.Reps[i].Trust.Float()
	}
	return s / float64(len(w.Reps))
}
func totalDials(w *sim.World) float64 {
	n := int32(0)
	for i := range w.Reps {
		n += w.Reps[i].Dials
	}
	return float64(n)
}
func rep0(f func(r *sim.Rep) float64) measure {
	return func(w *sim.World) float64 { return f(&w.Reps[0]) }
}

// Each action moves what it should, in the right direction, against a
// controlled twin: the same world at the same moment, left alone. Noisy
// quantities are summed over several seeds.
func TestActionEffectsAgainstTwin(t *testing.T) {
	type expect struct {
		name string
		m    measure
		up   bool
	}
	tests := []struct {
		name   string
		c      func(w *sim.World) sim.Command
		ticks  int
		expect []expect
	}{
		{"reports on", func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, sim.AllReps, 1) }, sim.TicksPerDay,
			[]expect{{"visibility", visibility, true}, {"momentum", teamMomentum, false}, {"dials", totalDials, false}}},
		{"dial quota", func(w *sim.World) sim.Command { return cmd(w, sim.ActQuota, sim.TeamTarget, 60) }, sim.TicksPerDay,
			[]expect{{"dials", totalDials, true}, {"morale", teamMorale, false}, {"authority", authority, false}}},
		{"procedure", func(w *sim.World) sim.Command { return cmd(w, sim.ActProcedure, sim.TeamTarget, 0) }, 5 * sim.TicksPerDay,
			[]expect{{"process", process, true}, {"authority", authority, false}}},
		{"reassign", func(w *sim.World) sim.Command { return cmd(w, sim.ActReassign, sim.TeamTarget, 0) }, 1,
			[]expect{{"process", process, true}}},
		{"review", func(w *sim.World) sim.Command { return cmd(w, sim.ActReview, 0, 0) }, 1,
			[]expect{{"rep drive", rep0(func(r *sim.Rep) float64 { return r.Drive.Float() }), true},
				{"rep morale", rep0(func(r *sim.Rep) float64 { return r.Morale.Float() }), false},
				{"visibility", visibility, true}}},
		{"forecast", func(w *sim.World) sim.Command { return cmd(w, sim.ActForecast, sim.TeamTarget, 0) }, 1,
			[]expect{{"visibility", visibility, true}, {"authority", authority, false}}},
		{"calls", func(w *sim.World) sim.Command { return cmd(w, sim.ActCalls, sim.TeamTarget, 0) }, 3 * sim.TicksPerDay,
			[]expect{{"morale", teamMorale, true}, {"trust", meanTrust, true}, {"influence", influence, true}}},
		{"scrub", func(w *sim.World) sim.Command { return cmd(w, sim.ActScrub, 0, 0) }, 1,
			[]expect{{"rep lead quality", rep0(func(r *sim.Rep) float64 { return r.LeadQuality.Float() }), true},
				{"rep trust", rep0(func(r *sim.Rep) float64 { return r.Trust.Float() }), true}}},
		{"scrub conversations", func(w *sim.World) sim.Command { return cmd(w, sim.ActScrub, 0, 0) }, sim.TicksPerDay,
			[]expect{{"rep conversations", rep0(func(r *sim.Rep) float64 { return float64(r.Conversations) }), true}}},
		{"vision", func(w *sim.World) sim.Command { return cmd(w, sim.ActVision, sim.TeamTarget, 0) }, 5 * sim.TicksPerDay,
			[]expect{{"clarity", clarity, true}, {"morale", teamMorale, true}, {"influence", influence, true}}},
		{"mentor", func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, 0, 0) }, 5 * sim.TicksPerDay,
			[]expect{{"rep skill", rep0(func(r *sim.Rep) float64 { return r.Skill.Float() }), true},
				{"rep trust", rep0(func(r *sim.Rep) float64 { return r.Trust.Float() }), true}}},
		{"floor", func(w *sim.World) sim.Command { return cmd(w, sim.ActFloor, sim.TeamTarget, 0) }, 4,
			[]expect{{"morale", teamMorale, true}, {"trust", meanTrust, true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sums := make([][2]float64, len(tt.expect))
			for seed := uint64(1); seed <= 8; seed++ {
				w := newWorld(t, "default", seed)
				w.Step(2 * sim.TicksPerDay) // a normal Wednesday morning
				twin := w.Clone()
				if err := w.Apply(tt.c(w)); err != nil {
					t.Fatal(err)
				}
				w.Step(tt.ticks)
				twin.Step(tt.ticks)
				for i, e := range tt.expect {
					sums[i][0] += e.m(w)
					sums[i][1] += e.m(twin)
				}
			}
			for i, e := range tt.expect {
				with, without := sums[i][0], sums[i][1]
				if e.up && !(with > without) || !e.up && !(with < without) {
					dir := "raise"
					if !e.up {
						dir = "lower"
					}
					t.Errorf("%s should %s %s: %.4f with, %.4f without", tt.name, dir, e.name, with/8, without/8)
				}
			}
		})
	}
}

// Recognising a win lifts the team; with no win to recognise, or a second
// time the same day, a celebration would change nothing and is refused.
func TestCelebrateNeedsAWin(t *testing.T) {
	w := newWorld(t, "default", 4)
	for w.Team.WinsToday == 0 {
		w.Step(sim.TicksPerDay)
	}
	hollow := w.Clone()
	hollow.Team.WinsToday = 0 // the same floor, on a day without a win
	m0 := teamMorale(w)
	if err := w.Apply(cmd(w, sim.ActCelebrate, sim.TeamTarget, 0)); err != nil {
		t.Fatal(err)
	}
	if !(teamMorale(w) > m0) {
		t.Errorf("celebrating a win did not lift morale (%.4f to %.4f)", m0, teamMorale(w))
	}
	h0 := hollow.Hash()
	if err := hollow.Apply(cmd(hollow, sim.ActCelebrate, sim.TeamTarget, 0)); !errors.Is(err, sim.ErrNoChange) {
		t.Errorf("celebrating with no win: got %v, want ErrNoChange", err)
	}
	if hollow.Hash() != h0 {
		t.Error("a refused celebration changed the world")
	}
	w.Step(int(w.Player.Busy))
	if err := w.Apply(cmd(w, sim.ActCelebrate, sim.TeamTarget, 0)); !errors.Is(err, sim.ErrNoChange) {
		t.Errorf("a second celebration the same day: got %v, want ErrNoChange", err)
	}
}

// A second vision talk the same day would be noise: it is refused, and
// costs no time.
func TestVisionTwiceIsNoise(t *testing.T) {
	w := newWorld(t, "default", 1)
	if err := w.Apply(cmd(w, sim.ActVision, sim.TeamTarget, 0)); err != nil {
		t.Fatal(err)
	}
	w.Step(int(w.Player.Busy))
	h0 := w.Hash()
	err := w.Apply(cmd(w, sim.ActVision, sim.TeamTarget, 0))
	if !errors.Is(err, sim.ErrNoChange) || !strings.Contains(err.Error(), "heard the vision today") {
		t.Errorf("a second vision talk: got %v, want ErrNoChange with a reason", err)
	}
	if w.Hash() != h0 || w.Player.Busy != 0 {
		t.Error("a refused vision talk changed the world or took time")
	}
	w.Step(sim.TicksPerDay)
	if err := w.Apply(cmd(w, sim.ActVision, sim.TeamTarget, 0)); err != nil {
		t.Errorf("the next day's vision talk was refused: %v", err)
	}
}

// Every morale and momentum change is booked to a cause, so the causes add up
// to the day's total change.
func TestCausesAccountForEveryChange(t *testing.T) {
	w := newWorld(t, "default", 2)
	play(t, w, "adaptive", 3*sim.TicksPerDay) // run into day 3
	start := make([][2]sim.Fixed, len(w.Reps))
	for i := range w.Reps {
		start[i] = [2]sim.Fixed{w.Reps[i].Morale, w.Reps[i].Momentum}
		var sm, smo sim.Fixed
		for c := range w.Reps[i].MoraleCauses {
			sm += w.Reps[i].MoraleCauses[c]
			smo += w.Reps[i].MomentumCauses[c]
		}
		start[i][0] -= sm
		start[i][1] -= smo
	}
	play(t, w, "adaptive", sim.TicksPerDay-1) // to 16:45 of the same day
	for i := range w.Reps {
		r := &w.Reps[i]
		var sm, smo sim.Fixed
		for c := range r.MoraleCauses {
			sm += r.MoraleCauses[c]
			smo += r.MomentumCauses[c]
		}
		if start[i][0]+sm != r.Morale || start[i][1]+smo != r.Momentum {
			t.Errorf("%s: causes do not add up to the day's change", r.Name)
		}
	}
	var buf [sim.NumCauses]sim.CauseAmount
	top := sim.TopCauses(&w.Reps[0].MoraleCauses, buf[:0])
	if len(top) == 0 {
		t.Fatal("no causes recorded for a day of play")
	}
	for i := 1; i < len(top); i++ {
		if top[i].Amount.Abs() > top[i-1].Amount.Abs() {
			t.Fatal("TopCauses is not sorted by magnitude")
		}
	}
}

// Walking the floor talks the most threatened rep round a little: their low
// days shrink. When none are left the notice is withdrawn, as when the nights
// count them back to none, so a contented rep neither asks about leaving nor,
// in a later slump, resigns without a fresh warning.
func TestFloorRescueWithdrawsANoticeOnlyWhenNoLowDaysAreLeft(t *testing.T) {
	for _, tc := range []struct {
		name       string
		lowDays    int32
		keep       sim.Fixed
		wantThreat bool
	}{
		{"rescued outright", 3, 0, false},
		{"one low day, halved to none", 1, sim.F(50, 100), false},
		{"still low days left", 4, sim.F(50, 100), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, "default", 3)
			w.Step(2 * sim.TicksPerDay)
			w.P.FloorRescueKeep = tc.keep
			r := &w.Reps[2]
			r.Threat, r.Heard, r.LowDays = true, true, tc.lowDays
			if err := w.Apply(cmd(w, sim.ActFloor, sim.TeamTarget, 0)); err != nil {
				t.Fatal(err)
			}
			if r.Threat != tc.wantThreat || r.Heard != tc.wantThreat {
				t.Errorf("after the walk: threat %v, heard %v, low days %d; want threat and heard %v",
					r.Threat, r.Heard, r.LowDays, tc.wantThreat)
			}
		})
	}
}

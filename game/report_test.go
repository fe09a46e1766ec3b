package game

import (
	"strings"
	"testing"

	"salesfloor/game/store"
	"salesfloor/sim"
)

// The report's verdict never says the team was kept when someone left:
// during the quarter, or as it closed, still on notice (the red line under
// the verdict names them, and the verdict above said "kept the team").
func TestReportVerdictSaysWhoLeft(t *testing.T) {
	closeOnNotice := func(w *sim.World, i int) {
		r := &w.Reps[i]
		r.Gone, r.Threat, r.LowDays = true, true, 1
		w.RepsLost++
	}
	during := func(w *sim.World, i int) {
		r := &w.Reps[i]
		r.Gone, r.Threat, r.LowDays = true, false, w.P.QuitDays+w.P.QuitGraceDays
		w.RepsLost++
	}
	for _, tc := range []struct {
		name  string
		leave func(w *sim.World)
		says  string // what the verdict opens with
		gone  string // who the red line names, "" for no line
	}{
		{"nobody left", func(*sim.World) {}, "You made quota and kept the team.", ""},
		{"one resigned as the quarter closed", func(w *sim.World) { closeOnNotice(w, 0) }, "You made quota, but one rep did not last the quarter.", "resigned as the quarter closed"},
		{"one resigned during the quarter", func(w *sim.World) { during(w, 1) }, "You made quota, but one rep did not last the quarter.", ""},
		{"one of each", func(w *sim.World) { during(w, 1); closeOnNotice(w, 0) }, "You made quota, but 2 reps did not last the quarter.", "resigned as the quarter closed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t, store.NewMem())
			s := campaignSession(4, 1, "default")
			w := s.W
			// Quota made, whatever the policy sold.
			w.Reps[2].Revenue += w.Company.Quota
			tc.leave(w)
			a.games.set(s)
			r := newReport(&a.ctx)
			if r.o.RepsLost*3 >= int32(w.StartReps+w.Company.Hires) {
				t.Fatalf("%d lost of %d: the sim's own verdict says so", r.o.RepsLost, w.StartReps+w.Company.Hires)
			}
			verdict := strings.Join(r.wrap, " ")
			if !strings.HasPrefix(verdict, tc.says) {
				t.Errorf("the verdict reads %q, want it to open %q", verdict, tc.says)
			}
			if r.o.RepsLost > 0 && strings.Contains(verdict, "kept the team") {
				t.Errorf("%d left, and the verdict reads %q", r.o.RepsLost, verdict)
			}
			gone := strings.Join(r.gone, " ")
			if tc.gone == "" && gone != "" || !strings.Contains(gone, tc.gone) {
				t.Errorf("the red line reads %q, want %q", gone, tc.gone)
			}
		})
	}
}

// Under the style bar, the report says which orders still stand and that
// they counted only the time they took to give: a play-test read "command
// 0%" after eight days of status reports. With none standing, it says
// nothing.
func TestReportSaysStandingOrdersAreNotTime(t *testing.T) {
	for _, tc := range []struct {
		name  string
		order func(w *sim.World)
		says  string
	}{
		{"none", func(*sim.World) {}, ""},
		{"reports and a quota", func(w *sim.World) {
			w.Team.ReportsAll, w.Team.DialQuota = true, 60
			for i := range w.Reps {
				w.Reps[i].Reports = true
			}
		}, "Orders standing at the end (status reports from the team, a dial quota of 60 a day) count only the minutes they took to give."},
		{"two reps report", func(w *sim.World) {
			w.Team.ReportsAll, w.Team.DialQuota = false, 0
			for i := range w.Reps {
				w.Reps[i].Reports = i < 2
			}
		}, "(status reports from 2 reps)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t, store.NewMem())
			s := campaignSession(4, 1, "default")
			for i := range s.W.Reps {
				s.W.Reps[i].Reports = false
			}
			s.W.Team.ReportsAll, s.W.Team.DialQuota = false, 0
			tc.order(s.W)
			a.games.set(s)
			r := newReport(&a.ctx)
			got := strings.Join(r.orders, " ")
			if tc.says == "" && got != "" || !strings.Contains(got, tc.says) {
				t.Errorf("the note reads %q, want %q", got, tc.says)
			}
		})
	}
}

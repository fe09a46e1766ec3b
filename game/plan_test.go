package game

import (
	"strings"
	"testing"

	"salesfloor/game/store"
	"salesfloor/sim"
)

// The break's candidate cards tell each candidate's history as the sim
// gives it (cut to fit, never replaced).
func TestCandidateCardsTellTheirHistory(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	a.games.set(campaignSession(4, 1, "default"))
	p := newPlan(&a.ctx, nil)
	cards := 0
	y := &a.Session().W.Year
	for _, r := range p.rows {
		if !r.cand {
			continue
		}
		c := &y.Candidates[cards]
		cards++
		if want := c.History(); r.story == "" || !strings.HasPrefix(want, strings.TrimSuffix(r.story, "...")) {
			t.Errorf("%s's card says %q, want %q", r.name, r.story, want)
		}
	}
	if cards == 0 {
		t.Fatal("the break offers no candidates")
	}
}

// The break says which standing orders run on into the next quarter: the
// all-team reports and the dial quota carry, reports from single reps lapse.
func TestBreakNamesTheStandingOrders(t *testing.T) {
	for _, tc := range []struct {
		name       string
		all        bool
		quota      int32
		single     []int
		want, lack string
	}{
		{name: "none", want: "No standing orders carry over.", lack: "lapse"},
		{name: "reports for all", all: true, single: []int{1}, want: "Your standing order carries over: reports from everyone every 2h.", lack: "lapse"},
		{name: "quota", quota: 60, want: "Your standing order carries over: a dial quota of 60 a day.", lack: "reports"},
		{name: "both", all: true, quota: 45, want: "Your standing orders carry over: reports from everyone every 2h and a dial quota of 45 a day."},
		{name: "single reps lapse", single: []int{0, 2}, want: "No standing orders carry over. Reports from Ana, Chloe lapse."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := campaignSession(4, 1, "default")
			w := s.W
			w.Team.ReportsAll, w.Team.DialQuota = tc.all, tc.quota
			for i := range w.Reps {
				w.Reps[i].Reports = false
			}
			for _, i := range tc.single {
				w.Reps[i].Reports = true
			}
			got := standingOrders(w)
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("got %q, want it to open %q", got, tc.want)
			}
			if tc.lack != "" && strings.Contains(got, tc.lack) {
				t.Errorf("got %q, which should not mention %q", got, tc.lack)
			}
		})
	}
}

// A rep promoted at the break is marked under their desk in the next
// quarter, not only in the side panel; the others are not.
func TestFloorMarksTheSenior(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	s := campaignSession(4, 1, "default")
	if err := s.Do(sim.ActPromote, 1, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.NextQuarter(); err != nil {
		t.Fatal(err)
	}
	a.games.set(s)
	f := newFloor(&a.ctx)
	f.hints = -1
	a.ctx.Go(f)
	f.layout(&a.ctx)
	for i := range f.names[:f.nnames] {
		r := &s.W.Reps[i]
		got := string(f.names[i].b)
		if want := strings.HasPrefix(got, "Sr. "); want != r.Senior {
			t.Errorf("%s (senior %v) is labelled %q", r.Name, r.Senior, got)
		}
	}
	if !s.W.Reps[1].Senior {
		t.Fatalf("%s was not promoted", s.W.Reps[1].Name)
	}
}

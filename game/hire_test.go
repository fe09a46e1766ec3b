package game

import (
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// A rep who joins mid-quarter (crunch's seed 18 hires one under the
// commander) is announced by the frame that brings them: newHire names
// them, and only that frame.
func TestHireIsAnnounced(t *testing.T) {
	s, err := session.NewSession("crunch", sim.Normal, 18)
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("commander", 1)
	s.Turbo = 1
	var buf []sim.Command
	said := 0
	for !s.W.Done() {
		buf = pol.Decide(s.W, buf[:0])
		for _, c := range buf {
			_ = s.Do(c.Action, c.Target, c.Arg)
		}
		before := s.W.Company.Hires
		m := s.Update()
		got := newHire(s, m)
		if hired := s.W.Company.Hires > before; hired != (got != "") {
			t.Fatalf("at %s: hired %v, announced %q", sim.ClockAt(int(s.W.Tick)), hired, got)
		}
		if got != "" {
			said++
			if !strings.HasSuffix(got, " joins the team") {
				t.Errorf("announced %q", got)
			}
		}
	}
	if said == 0 {
		t.Fatal("nobody joined: the test says nothing")
	}
}

package ui

import (
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// With no authority left, the orders' buttons are greyed with the reason
// even while the player is busy, rather than offered to the queue: a
// play-test queued orders at authority 0 with the buttons bright. The
// example's actions stay open to the queue, and pressing an order says why
// and queues nothing.
func TestNoAuthorityGreysOrdersWhileBusy(t *testing.T) {
	s, err := session.NewSession("default", sim.Normal, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Do(sim.ActCalls, sim.TeamTarget, 0); err != nil {
		t.Fatal(err)
	}
	s.W.Player.Authority = 0 // spent: a test of the panel, not of the sim
	p := NewActionPanel()
	p.Refresh(s, -1)
	orders := 0
	for _, b := range p.Buttons {
		needs := b.ID == sim.ActProcedure || b.ID == sim.ActReports || b.ID == sim.ActQuota
		if !needs {
			continue
		}
		orders++
		if b.Enabled || b.Queue || !strings.Contains(b.Reason, "No authority left") {
			t.Errorf("%s: enabled %v, queue %v, reason %q", sim.Actions[b.ID].Title, b.Enabled, b.Queue, b.Reason)
		}
	}
	if orders != 3 {
		t.Fatalf("%d of the three orders' buttons found", orders)
	}
	for _, b := range p.Buttons {
		if b.ID == sim.ActVision && !b.Queue {
			t.Errorf("Share the vision, busy: not offered to the queue (%q)", b.Reason)
		}
	}
	if res := p.Activate(s, sim.ActProcedure, -1); res.Queued || !strings.Contains(res.Refused, "No authority left") || len(s.Queue) != 0 {
		t.Errorf("procedure pressed at no authority: %+v, queue %v", res, s.Queue)
	}
}

package ui_test

import (
	"errors"
	"salesfloor/game/session"
	"salesfloor/game/ui"
	"strconv"
	"strings"
	"testing"

	"salesfloor/sim"
)

func newSession(t testing.TB) *session.Session {
	t.Helper()
	s, err := session.NewSession("default", sim.Normal, 42)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// panel returns a laid-out action panel.
func panel(s *session.Session) *ui.ActionPanel {
	p := ui.NewActionPanel()
	ui.Layout(1280, 800, p)
	return p
}

func clickOn(r ui.Rect) *ui.Input {
	in := &ui.Input{X: r.X + r.W/2, Y: r.Y + r.H/2, Clicked: true, Hover: true}
	return in
}

func buttonOf(p *ui.ActionPanel, id sim.ActionID) *ui.ActionButton {
	for i := range p.Buttons {
		if p.Buttons[i].ID == id {
			return &p.Buttons[i]
		}
	}
	return nil
}

func TestClickSendsCommand(t *testing.T) {
	tests := []struct {
		name     string
		action   sim.ActionID
		selected int32
		want     sim.Command // Tick is filled in
	}{
		{"vision", sim.ActVision, -1, sim.Command{Action: sim.ActVision, Target: sim.TeamTarget}},
		{"calls", sim.ActCalls, -1, sim.Command{Action: sim.ActCalls, Target: sim.TeamTarget}},
		{"procedure", sim.ActProcedure, 2, sim.Command{Action: sim.ActProcedure, Target: sim.TeamTarget}},
		{"reports for all", sim.ActReports, -1, sim.Command{Action: sim.ActReports, Target: sim.AllReps, Arg: 1}},
		{"reports for one", sim.ActReports, 3, sim.Command{Action: sim.ActReports, Target: 3, Arg: 1}},
		{"quota on", sim.ActQuota, -1, sim.Command{Action: sim.ActQuota, Target: sim.TeamTarget, Arg: ui.QuotaLevels[0]}},
		{"mentor selected", sim.ActMentor, 1, sim.Command{Action: sim.ActMentor, Target: 1}},
		{"review selected", sim.ActReview, 4, sim.Command{Action: sim.ActReview, Target: 4}},
		{"scrub selected", sim.ActScrub, 0, sim.Command{Action: sim.ActScrub, Target: 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			s.Step(3)
			p := panel(s)
			res := p.Update(clickOn(buttonOf(p, tt.action).Rect), s, tt.selected)
			want := tt.want
			want.Tick = s.W.Tick
			if !res.Sent || res.Cmd != want {
				t.Fatalf("result %+v, want sent %v", res, want)
			}
			if len(s.Log()) != 1 || s.Log()[0] != want {
				t.Fatalf("log %v, want [%v]", s.Log(), want)
			}
		})
	}
}

func TestToggleOff(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	// The quota button cycles off -> 40 -> 60 -> 80 -> off, the level on it.
	// A quota switched on cannot be switched off the same day (nor off and
	// on again): the press is refused with the reason, and works tomorrow.
	for i, want := range []int32{40, 60, 80, 0, 40} {
		if i == 3 || i == 4 {
			r := p.Activate(s, sim.ActQuota, -1)
			if r.Sent || !strings.Contains(r.Refused, "switched on or off today") {
				t.Fatalf("switching the quota on or off twice in a day gave %+v", r)
			}
			s.Step(int(sim.TicksPerDay - s.W.Tick%sim.TicksPerDay))
			p.Refresh(s, -1)
		}
		r := p.Activate(s, sim.ActQuota, -1)
		if !r.Sent || r.Cmd.Arg != want {
			t.Fatalf("press gave %+v, want quota %d", r, want)
		}
		if s.W.Team.DialQuota != want {
			t.Fatalf("quota %d, want %d", s.W.Team.DialQuota, want)
		}
		p.Refresh(s, -1)
		b := buttonOf(p, sim.ActQuota)
		label := "off"
		if want > 0 {
			label = strconv.Itoa(int(want)) + "/day"
		}
		if !strings.Contains(b.Label, label) || b.On != (want > 0) {
			t.Fatalf("quota %d: button %q on %v", want, b.Label, b.On)
		}
		if b.Next != map[int32]string{40: "60/day; Shift: off", 60: "80/day; Shift: off", 80: "off", 0: "40/day"}[want] {
			t.Fatalf("quota %d: next %q", want, b.Next)
		}
		s.Step(int(sim.Actions[sim.ActQuota].Cost)) // announcing the quota takes an hour
	}
}

// Shift with the quota's button takes the quota off in one press, from any
// level; and presses while busy step from what the queue will leave, so two
// presses queue 40 then 60, not 40 twice.
func TestQuotaShiftOffAndQueuedSteps(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	if r := p.Activate(s, sim.ActQuota, -1); !r.Sent || s.W.Team.DialQuota != 40 {
		t.Fatalf("press gave %+v, quota %d", r, s.W.Team.DialQuota)
	}
	s.Step(int(sim.TicksPerDay - s.W.Tick%sim.TicksPerDay))
	p.Refresh(s, -1)
	in := clickOn(buttonOf(p, sim.ActQuota).Rect)
	in.Shift = true
	if r := p.Update(in, s, -1); !r.Sent || r.Cmd.Arg != 0 || s.W.Team.DialQuota != 0 {
		t.Fatalf("Shift+click gave %+v, quota %d", r, s.W.Team.DialQuota)
	}
	s.Step(int(sim.TicksPerDay - s.W.Tick%sim.TicksPerDay))
	p.Refresh(s, -1)
	if r := p.Activate(s, sim.ActCalls, -1); !r.Sent {
		t.Fatal(r)
	}
	for _, want := range []int32{40, 60} {
		p.Refresh(s, -1)
		if r := p.Activate(s, sim.ActQuota, -1); !r.Queued || r.Cmd.Arg != want {
			t.Fatalf("a press while busy gave %+v, want %d queued", r, want)
		}
	}
	p.Refresh(s, -1)
	if b := buttonOf(p, sim.ActQuota); b.Next != "80/day; Shift: off" {
		t.Errorf("with 40 and 60 queued the button's next is %q", b.Next)
	}
}

// TestVerdictsMatchSim plays most of a quarter, some of it busy, and checks
// that the panel's cached verdicts (enabled, and the reason) always equal
// what the simulation says now.
func TestVerdictsMatchSim(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	acts := []sim.ActionID{sim.ActVision, sim.ActCalls, sim.ActMentor, sim.ActForecast, sim.ActFloor}
	for tick := 0; !s.W.Done() && tick < 40*sim.TicksPerDay; tick++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		sel := int32(tick/7%8) - 2 // -2..5: none, and each rep
		if sel < -1 {
			sel = -1
		}
		if tick%5 == 0 {
			p.Activate(s, acts[tick/5%len(acts)], sel)
		}
		p.Refresh(s, sel)
		for _, b := range p.Buttons {
			c, _ := p.CommandFor(s, b.ID, sel)
			err := s.W.Check(c)
			if b.Enabled != (err == nil) {
				t.Fatalf("tick %d %s: enabled %v, sim says %v", s.W.Tick, b.ID, b.Enabled, err)
			}
			if err != nil && !errors.Is(err, sim.ErrQuarterOver) && b.Reason != session.Reason(err) {
				t.Fatalf("tick %d %s: reason %q, sim says %q", s.W.Tick, b.ID, b.Reason, session.Reason(err))
			}
		}
		s.StepTick()
	}
}

// Busy with calls for two hours: every button says so, and pressing one
// queues its action (nothing is sent); the queue takes it, through the
// log, at the tick the player is free. A full queue refuses.
func TestBusyQueues(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	if r := p.Activate(s, sim.ActCalls, -1); !r.Sent {
		t.Fatal(r)
	}
	p.Refresh(s, -1)
	for _, b := range p.Buttons {
		if b.Enabled || !b.Queue {
			t.Errorf("%s enabled %v, queue %v while busy", b.ID, b.Enabled, b.Queue)
		}
		if !strings.Contains(b.Reason, "busy") {
			t.Errorf("%s reason %q does not say busy", b.ID, b.Reason)
		}
	}
	res := p.Update(clickOn(buttonOf(p, sim.ActVision).Rect), s, -1)
	if res.Sent || !res.Queued || res.Cmd.Action != sim.ActVision {
		t.Fatalf("a click while busy gave %+v", res)
	}
	if len(s.Log()) != 1 || len(s.Queue) != 1 {
		t.Fatalf("log %d commands, queue %d", len(s.Log()), len(s.Queue))
	}
	free := s.W.Tick + s.W.Player.Busy
	for s.W.Tick <= free {
		s.StepTick()
	}
	log := s.Log()
	if len(log) != 2 || log[1].Action != sim.ActVision || log[1].Tick != free || len(s.Queue) != 0 {
		t.Fatalf("log %v, queue %v; the player was free at tick %d", log, s.Queue, free)
	}
	for i := 0; i < session.MaxQueue; i++ {
		if err := s.Enqueue(sim.ActFloor, sim.TeamTarget, 0); err != nil {
			t.Fatal(err)
		}
	}
	if res := p.Activate(s, sim.ActFloor, -1); res.Queued || res.Refused == "" {
		t.Fatalf("a full queue took %+v", res)
	}
}

func TestNoHoursLeft(t *testing.T) {
	s := newSession(t)
	s.Step(sim.TicksPerDay - 2) // 16:30: half an hour left
	p := panel(s)
	p.Refresh(s, -1)
	if b := buttonOf(p, sim.ActCalls); b.Enabled || !strings.Contains(b.Reason, "left") {
		t.Fatalf("calls at 16:30: enabled %v, reason %q", b.Enabled, b.Reason)
	}
	if b := buttonOf(p, sim.ActReassign); !b.Enabled {
		t.Fatalf("reassign (30m) at 16:30 disabled: %s", b.Reason)
	}
}

func TestTargetedActionAsksForRep(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	res := p.Update(clickOn(buttonOf(p, sim.ActMentor).Rect), s, -1)
	if !res.NeedRep || res.Sent || len(s.Log()) != 0 {
		t.Fatalf("mentor with no rep: %+v", res)
	}
	res = p.PickRep(s, 5)
	want := sim.Command{Tick: s.W.Tick, Action: sim.ActMentor, Target: 5}
	if !res.Sent || res.Cmd != want {
		t.Fatalf("pick: %+v, want %v", res, want)
	}
	// Escape cancels a pick.
	s.Step(8)
	p.Activate(s, sim.ActScrub, -1)
	in := &ui.Input{}
	in.AddKey(ui.KeyEscape)
	if res := p.Update(in, s, -1); !res.Canceled || p.Picking {
		t.Fatalf("escape: %+v", res)
	}
}

func TestHotkey(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	in := &ui.Input{}
	in.AddKey('g')
	res := p.Update(in, s, -1)
	if !res.Sent || res.Cmd.Action != sim.ActVision {
		t.Fatalf("g: %+v", res)
	}
}

func TestEnterOnFocusClicks(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	lay := ui.Layout(1280, 800, p)
	ring := ui.FocusRing{Index: -1}
	in := &ui.Input{}
	for i := 0; i < 9; i++ { // Tab to the ninth button: vision
		in.AddKey(ui.KeyTab)
		ring.Apply(in, lay.Focusables(p, nil))
		in.Reset()
	}
	in.AddKey(ui.KeyEnter)
	ring.Apply(in, lay.Focusables(p, nil))
	res := p.Update(in, s, -1)
	if !res.Sent || res.Cmd.Action != ui.Order[8] {
		t.Fatalf("enter on focus %d: %+v", ring.Index, res)
	}
}

func TestSpeedNeverChangesOutcome(t *testing.T) {
	run := func(speed int) string {
		s := newSession(t)
		s.Speed = speed
		p := panel(s)
		end := int32(3 * sim.TicksPerDay)
		for s.W.Tick < end {
			if s.W.Tick%sim.TicksPerDay == 8 {
				p.Activate(s, sim.ActMentor, 2)
			}
			if _, _, ok := s.W.PendingEvent(); ok {
				s.Do(sim.ActChoose, sim.TeamTarget, 0)
			}
			// A frame at speed may run several ticks: near the end, one
			// tick at a time, so both speeds stop at the same tick.
			if s.W.Tick+int32(s.TicksNextUpdate()) > end {
				s.StepTick()
			} else {
				s.Update()
			}
		}
		if s.W.Tick != end {
			t.Fatalf("speed %d stopped at tick %d, not %d", speed, s.W.Tick, end)
		}
		return s.Hash()
	}
	if a, b := run(1), run(4); a != b {
		t.Fatalf("1x %s, 4x %s", a, b)
	}
}

// The floor's named focus order is the order Focusables lists: a button
// added to one and not the other fails here.
func TestFocusOrderIsNamed(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	l := ui.Layout(1280, 800, p)
	f := l.Focusables(p, nil)
	if len(f) != ui.NumFocusable {
		t.Fatalf("%d focusables, %d named", len(f), ui.NumFocusable)
	}
	for _, tc := range []struct {
		i    int
		want ui.Rect
	}{
		{ui.FocusAction, p.Buttons[0].Rect},
		{ui.FocusSpeed, l.Speed[0]},
		{ui.FocusCharts, l.Charts},
		{ui.FocusMenu, l.Menu},
		{ui.FocusHint, l.Hint},
		{ui.FocusStat, l.Stat[0]},
		{ui.NumFocusable - 1, l.Stat[ui.NumStats-1]},
	} {
		if f[tc.i] != tc.want {
			t.Errorf("focus %d is %v, want %v", tc.i, f[tc.i], tc.want)
		}
	}
}

// Tab passes over a disabled item (the title's greyed Continue) in the
// direction it was going.
func TestMenuSkipsDisabled(t *testing.T) {
	m := ui.NewMenu("New game", "Continue", "Load", "Settings")
	m.Items[1].Enabled = false
	m.Layout(0, 0, 100, 20, 5)
	m.Ring.Index = 0
	for _, tc := range []struct {
		shift bool
		want  int
	}{{false, 2}, {false, 3}, {true, 2}, {true, 0}} {
		in := &ui.Input{Shift: tc.shift}
		in.AddKey(ui.NavNext)
		m.Update(in)
		if m.Ring.Index != tc.want {
			t.Fatalf("tab (shift %v): focus %d, want %d", tc.shift, m.Ring.Index, tc.want)
		}
	}
}

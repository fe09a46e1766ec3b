package core_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"salesfloor/game/core"
	"salesfloor/sim"
)

func newSession(t testing.TB) *core.Session {
	t.Helper()
	s, err := core.NewSession("default", sim.Normal, 42)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// panel returns a laid-out action panel.
func panel(s *core.Session) *core.ActionPanel {
	p := core.NewActionPanel()
	core.Layout(1280, 800, p)
	return p
}

func clickOn(r core.Rect) *core.Input {
	in := &core.Input{X: r.X + r.W/2, Y: r.Y + r.H/2, Clicked: true, Hover: true}
	return in
}

func buttonOf(p *core.ActionPanel, id sim.ActionID) *core.ActionButton {
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
		{"quota on", sim.ActQuota, -1, sim.Command{Action: sim.ActQuota, Target: sim.TeamTarget, Arg: core.QuotaLevels[0]}},
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
		if b.Next != map[int32]string{40: "60/day", 60: "80/day", 80: "off", 0: "40/day"}[want] {
			t.Fatalf("quota %d: next %q", want, b.Next)
		}
		s.Step(int(sim.Actions[sim.ActQuota].Cost)) // announcing the quota takes 30 minutes
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
			if err != nil && !errors.Is(err, sim.ErrQuarterOver) && b.Reason != core.Reason(err) {
				t.Fatalf("tick %d %s: reason %q, sim says %q", s.W.Tick, b.ID, b.Reason, core.Reason(err))
			}
		}
		s.StepTick()
	}
}

func TestDisabledSendsNothing(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	if r := p.Activate(s, sim.ActCalls, -1); !r.Sent {
		t.Fatal(r)
	}
	// Busy making calls for two hours: every button is disabled, with why.
	p.Refresh(s, -1)
	for _, b := range p.Buttons {
		if b.Enabled {
			t.Errorf("%s enabled while busy", b.ID)
		}
		if !strings.Contains(b.Reason, "busy") {
			t.Errorf("%s reason %q does not say busy", b.ID, b.Reason)
		}
	}
	res := p.Update(clickOn(buttonOf(p, sim.ActVision).Rect), s, -1)
	if res.Sent || res.Refused == "" {
		t.Fatalf("disabled click gave %+v", res)
	}
	in := &core.Input{}
	in.AddKey('g')
	if res := p.Update(in, s, -1); res.Sent {
		t.Fatalf("disabled hotkey sent %v", res.Cmd)
	}
	if len(s.Log()) != 1 {
		t.Fatalf("log grew to %d commands", len(s.Log()))
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
	in := &core.Input{}
	in.AddKey(core.KeyEscape)
	if res := p.Update(in, s, -1); !res.Canceled || p.Picking {
		t.Fatalf("escape: %+v", res)
	}
}

func TestHotkey(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	in := &core.Input{}
	in.AddKey('g')
	res := p.Update(in, s, -1)
	if !res.Sent || res.Cmd.Action != sim.ActVision {
		t.Fatalf("g: %+v", res)
	}
}

func TestEnterOnFocusClicks(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	lay := core.Layout(1280, 800, p)
	ring := core.FocusRing{Index: -1}
	in := &core.Input{}
	for i := 0; i < 9; i++ { // Tab to the ninth button: vision
		in.AddKey(core.KeyTab)
		ring.Apply(in, lay.Focusables(p, nil))
		in.Reset()
	}
	in.AddKey(core.KeyEnter)
	ring.Apply(in, lay.Focusables(p, nil))
	res := p.Update(in, s, -1)
	if !res.Sent || res.Cmd.Action != core.Order[8] {
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

func TestFeedback(t *testing.T) {
	s := newSession(t)
	s.Do(sim.ActReports, sim.AllReps, 1)
	deals, broken := 0, 0
	for i := 0; i < 10*sim.TicksPerDay && !s.W.Done(); i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		s.StepTick()
		for _, f := range s.Feedback {
			switch f.Kind {
			case core.FeedDeal:
				deals++
			case core.FeedMomentumBroken:
				broken++
			}
		}
		s.Feedback = s.Feedback[:0]
	}
	if deals == 0 || broken == 0 {
		t.Fatalf("deals %d, broken momentum %d: want both", deals, broken)
	}
}

func TestScript(t *testing.T) {
	_, err := core.ParseScript("wait x")
	if err == nil {
		t.Fatal("bad wait parsed")
	}
	if _, err := core.ParseScript("fly 3"); err == nil {
		t.Fatal("unknown op parsed")
	}
	s, err := core.ParseScript("# comment\nwait 2\nkey space\nclick 10 20\nscreenshot a\nquit\n")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{}
	var frames []core.Input
	for i := 0; i < 10 && !s.Done; i++ {
		var in core.Input
		if err := s.Step(&in, h); err != nil {
			t.Fatal(err)
		}
		frames = append(frames, in)
	}
	if !frames[2].Key(core.KeySpace) || !frames[3].Clicked || frames[3].X != 10 || h.shots != 1 || !h.quit {
		t.Fatalf("frames %+v host %+v", frames, h)
	}
}

// wait-idle holds the script while the game is busy, and gives up with an
// error when it never stops.
func TestScriptWaitIdle(t *testing.T) {
	s, err := core.ParseScript("wait-idle\nscreenshot a\n")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{busy: 5}
	n := 0
	for ; !s.Done && n < 20; n++ {
		var in core.Input
		if err := s.Step(&in, h); err != nil {
			t.Fatal(err)
		}
	}
	if h.shots != 1 || n != 7 {
		t.Fatalf("shot %d after %d frames, want 1 after 7", h.shots, n)
	}
	s, _ = core.ParseScript("wait-idle\n")
	h = &host{busy: 1 << 30}
	for i := 0; i < 5000; i++ {
		var in core.Input
		if err = s.Step(&in, h); err != nil {
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "still busy") {
		t.Fatalf("err %v", err)
	}
	if _, err := core.ParseScript("wait-idle 3"); err == nil {
		t.Fatal("wait-idle with an argument parsed")
	}
}

type host struct {
	shots    int
	quit     bool
	busy     int // frames Busy reports work in progress
	question int // answers of the event waiting, 0 for none
}

func (h *host) Tick() int32               { return 0 }
func (h *host) Screenshot(string)         { h.shots++ }
func (h *host) ExportReplay(string) error { return nil }
func (h *host) WriteHash(string) error    { return nil }
func (h *host) SetTurbo(int)              {}
func (h *host) Question() int             { return h.question }
func (h *host) KeyMap() *core.KeyMap      { return core.DefaultKeyMap() }
func (h *host) Quit()                     { h.quit = true }
func (h *host) Busy() bool {
	h.busy--
	return h.busy >= 0
}

func TestSynth(t *testing.T) {
	for s := core.Sound(0); s < core.NumSounds; s++ {
		b := core.Synth(s)
		if len(b) == 0 || len(b)%4 != 0 {
			t.Fatalf("sound %d: %d bytes", s, len(b))
		}
	}
}

// A whole quarter through the session, played by the commander: every
// moment the floor marks comes from the driver's batches (the days for the
// autosave, the events for the toast, the deals for the chime) and the
// departures and the hire become floating texts, as they happen.
func TestSessionMoments(t *testing.T) {
	s, err := core.NewSession("turnaround", sim.Normal, 5)
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("commander", 1)
	s.Turbo = 1
	var buf []sim.Command
	days, events, deals := 0, 0, 0
	texts := map[core.FeedbackKind]int{}
	for !s.W.Done() {
		buf = pol.Decide(s.W, buf[:0])
		for _, c := range buf {
			_ = s.Do(c.Action, c.Target, c.Arg)
		}
		m := s.Update()
		days += m.DaysEnded
		deals += m.Deals
		if m.Event >= 0 {
			events++
		}
		for _, f := range s.Feedback {
			if f.Age == 0 {
				texts[f.Kind]++
			}
		}
	}
	if days != sim.DaysPerQuarter || events == 0 || deals != int(s.W.Outcome().Deals) {
		t.Errorf("days %d (want %d), events %d, deals %d (the quarter closed %d)", days, sim.DaysPerQuarter, events, deals, s.W.Outcome().Deals)
	}
	if texts[core.FeedLeft] != int(s.W.RepsLost) || texts[core.FeedInfo] != int(s.W.Company.Hires) || s.W.RepsLost == 0 {
		t.Errorf("floating texts: %d left, %d joined; the world lost %d and hired %d", texts[core.FeedLeft], texts[core.FeedInfo], s.W.RepsLost, s.W.Company.Hires)
	}
}

// The floor's named focus order is the order Focusables lists: a button
// added to one and not the other fails here.
func TestFocusOrderIsNamed(t *testing.T) {
	s := newSession(t)
	p := panel(s)
	l := core.Layout(1280, 800, p)
	f := l.Focusables(p, nil)
	if len(f) != core.NumFocusable {
		t.Fatalf("%d focusables, %d named", len(f), core.NumFocusable)
	}
	for _, tc := range []struct {
		i    int
		want core.Rect
	}{
		{core.FocusAction, p.Buttons[0].Rect},
		{core.FocusSpeed, l.Speed[0]},
		{core.FocusCharts, l.Charts},
		{core.FocusMenu, l.Menu},
		{core.FocusHint, l.Hint},
	} {
		if f[tc.i] != tc.want {
			t.Errorf("focus %d is %v, want %v", tc.i, f[tc.i], tc.want)
		}
	}
}

// auto-answer is the script's own doing: while a question with that many
// answers waits, each frame presses the answer's key, as a player would.
func TestScriptAutoAnswer(t *testing.T) {
	s, err := core.ParseScript("auto-answer 2\nwait 5")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{}
	for _, tc := range []struct {
		question int
		pressed  bool
	}{{0, false}, {1, false}, {2, true}, {3, true}} {
		h.question = tc.question
		in := &core.Input{}
		if err := s.Step(in, h); err != nil {
			t.Fatal(err)
		}
		if got := in.Key('2'); got != tc.pressed {
			t.Errorf("a question of %d answers: pressed 2 = %v", tc.question, got)
		}
	}
}

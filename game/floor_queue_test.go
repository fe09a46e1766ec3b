package game

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/routine"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// slot is a routine hour for routineGame: day and hour (0 is 09:00), and
// what it holds.
type slot struct {
	d, h int
	s    routine.Slot
}

// routineGame starts default's quarter on seed 3 on the floor with the
// routine's calendar set to slots, hints put away.
func routineGame(t *testing.T, slots ...slot) (*App, *session.Session, *floorScene) {
	t.Helper()
	a := newTestApp(t, store.NewMem())
	a.prefs.s.HintsSeen = true
	for _, sl := range slots {
		a.games.week.SetSlot(sl.d, sl.h, sl.s)
	}
	if err := a.NewGame("default", sim.Normal, 3); err != nil {
		t.Fatal(err)
	}
	f := a.scene.(*floorScene)
	f.hints = -1
	return a, a.Session(), f
}

// A queue longer than the panel has room for says how many more wait below
// the last line shown, at every window size: the play-test's four queued
// actions showed one line, and three sat hidden under the coach's button.
func TestQueueSaysHowManyMoreWait(t *testing.T) {
	line := regexp.MustCompile(`^\d+\. `)
	more := regexp.MustCompile(`\(\+(\d+) more\)$`)
	for _, sz := range []struct{ w, h float64 }{{1280, 800}, {1024, 640}, {1920, 1080}} {
		a := newTestApp(t, store.NewMem())
		a.LayoutF(sz.w, sz.h)
		a.prefs.s.HintsSeen = true
		if err := a.NewGame("default", sim.Normal, 3); err != nil {
			t.Fatal(err)
		}
		s := a.Session()
		for s.Enqueue(sim.ActMentor, 0, 0) == nil {
		}
		screen := ebiten.NewImage(int(sz.w), int(sz.h))
		a.Draw(screen)
		for i := 0; i < 3; i++ {
			a.in = ui.Input{X: -1, Y: -1}
			if err := a.scene.Update(&a.ctx, &a.in); err != nil {
				t.Fatal(err)
			}
		}
		rec := &textRecord{}
		a.gfx.rec = rec
		a.Draw(screen)
		a.gfx.rec = nil
		shown, waiting := 0, 0
		for _, tx := range rec.texts {
			if !line.MatchString(tx.s) {
				continue
			}
			shown++
			if m := more.FindStringSubmatch(tx.s); m != nil {
				waiting, _ = strconv.Atoi(m[1])
			}
		}
		if shown == 0 {
			if f, ok := a.scene.(*floorScene); ok && f.queue.hidden() {
				continue // a window too short for the panel's queue: the floor's message says what was queued
			}
			t.Fatalf("%.0fx%.0f: no queued line drawn", sz.w, sz.h)
		}
		if shown+waiting != session.MaxQueue {
			t.Errorf("%.0fx%.0f: %d lines shown and %d said to wait, of %d queued", sz.w, sz.h, shown, waiting, session.MaxQueue)
		}
	}
}

// A routine's action due while the player is still busy with another says
// what it waits on, as the HUD does, and is drawn whole: a play-test read
// "Waiting for you to be free: Mentor" beside "busy: Mentor" as a routine
// that had stuck.
func TestRoutineSaysWhatItWaitsOn(t *testing.T) {
	a, s, f := routineGame(t,
		slot{0, 0, routine.Slot{Set: true, Action: sim.ActCalls, Aim: routine.AimTeam}},
		slot{0, 1, routine.Slot{Set: true, Action: sim.ActMentor, Aim: routine.AimLowestMorale}})
	s.Speed = 1
	want := "After your Make calls yourself: Mentor (due 10:00)"
	screen := ebiten.NewImage(1280, 800)
	for i := 0; i < 3000 && f.queue.routine[0] != want; i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		if err := f.Update(&a.ctx, &ui.Input{X: -1, Y: -1}); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.queue.routine[0]; got != want {
		t.Fatalf("at %s (busy %d with %s): the routine's line %q, want %q", s.W.Clock(), s.W.Player.Busy, sim.Actions[s.W.Player.Doing].Title, got, want)
	}
	rec := &textRecord{}
	a.gfx.rec = rec
	a.Draw(screen)
	a.gfx.rec = nil
	drawn := false
	for _, tx := range rec.texts {
		drawn = drawn || tx.s == want
	}
	if !drawn {
		t.Errorf("%q is not drawn whole; drawn: %v", want, rec.texts)
	}
	// Once the mentoring begins, the line stops saying it waits.
	for i := 0; i < 3000 && s.W.Player.Doing != sim.ActMentor; i++ {
		if err := f.Update(&a.ctx, &ui.Input{X: -1, Y: -1}); err != nil {
			t.Fatal(err)
		}
	}
	if got := f.queue.routine[0]; s.W.Player.Doing != sim.ActMentor || got == want {
		t.Errorf("at %s, doing %s: the routine's line %q", s.W.Clock(), sim.Actions[s.W.Player.Doing].Title, got)
	}
}

// Mentor pressed while busy with no rep selected asks for a rep, and the
// rep clicked is queued: a play-test reported that this queued nothing.
// When it starts, the status line says so.
func TestTargetedActionQueuesWhileBusy(t *testing.T) {
	a, s, f := routineGame(t)
	if err := s.Do(sim.ActCalls, sim.TeamTarget, 0); err != nil {
		t.Fatal(err)
	}
	frame := func(in ui.Input) {
		t.Helper()
		if err := f.Update(&a.ctx, &in); err != nil {
			t.Fatal(err)
		}
	}
	a.Draw(ebiten.NewImage(1280, 800)) // the first frame: the floor's scale
	frame(ui.Input{X: -1, Y: -1})
	var key ui.Input
	key.X, key.Y = -1, -1
	key.AddKey('m')
	frame(key)
	if !f.panel.Picking {
		t.Fatalf("M while busy, no rep selected: not asking for a rep; status %q", f.status)
	}
	o := ui.Desks[2].Origin
	frame(ui.Input{X: f.canvasAt.X + (o.X+32)*f.cscale, Y: f.canvasAt.Y + (o.Y+20)*f.cscale, Clicked: true})
	if len(s.Queue) != 1 || s.Queue[0].Action != sim.ActMentor || s.Queue[0].Target != 2 {
		t.Fatalf("queue %+v after clicking %s; status %q", s.Queue, s.W.Reps[2].Name, f.status)
	}
	// When the calls end, the mentoring starts, and the status line says so.
	s.Speed = 4
	for i := 0; i < 3000 && len(s.Queue) > 0; i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		frame(ui.Input{X: -1, Y: -1})
	}
	if want := "From your queue: Mentor with " + s.W.Reps[2].Name + "."; string(f.status) != want || s.W.Player.Doing != sim.ActMentor {
		t.Errorf("at %s, doing %s: status %q, want %q", s.W.Clock(), sim.Actions[s.W.Player.Doing].Title, f.status, want)
	}
}

// An order already changed today is refused when pressed while busy, not
// queued to be dropped; a queued action dropped when its turn comes is
// said on the status line; an order taken off says so, not what it does
// when on. All three from a play-test.
func TestQueueSaysWhatBecomesOfAnOrder(t *testing.T) {
	a, s, f := routineGame(t)
	frame := func(keys ...ui.Key) {
		t.Helper()
		in := ui.Input{X: -1, Y: -1}
		for _, k := range keys {
			in.AddKey(k)
		}
		if err := f.Update(&a.ctx, &in); err != nil {
			t.Fatal(err)
		}
	}
	a.Draw(ebiten.NewImage(1280, 800))
	frame()
	// Reports on for the team: a quarter hour's work.
	frame('r')
	if !s.W.Team.ReportsAll || s.W.Player.Busy == 0 {
		t.Fatalf("R: reports %v, busy %d; status %q", s.W.Team.ReportsAll, s.W.Player.Busy, f.status)
	}
	// Off again while still busy with it: not again today, and nothing queued.
	frame('r')
	if got := string(f.status); len(s.Queue) != 0 || !strings.HasPrefix(got, "Not again today") {
		t.Errorf("R again while busy: queue %v, status %q", s.Queue, got)
	}

	// Tomorrow the order may change: taken off, the line says it is off.
	s.Step(sim.TicksPerDay)
	// But not twice in a day from the queue: R while busy queues the
	// change, and R again is refused then, not queued to be dropped.
	if err := s.Do(sim.ActCalls, sim.TeamTarget, 0); err != nil {
		t.Fatal(err)
	}
	frame('r')
	if len(s.Queue) != 1 {
		t.Fatalf("R while busy: queue %v, status %q", s.Queue, f.status)
	}
	frame('r')
	// The change only waits in the queue: the refusal says so, not that
	// reports "were changed today".
	if got := string(f.status); len(s.Queue) != 1 || got != "Not again today: your queue already changes this order today (Status reports: all off); an order that changes by the hour is noise" {
		t.Errorf("R again while busy, one change queued: queue %v, status %q", s.Queue, got)
	}
	s.ClearQueue()
	for s.W.Player.Busy > 0 {
		s.Step(1)
	}
	frame('r')
	if got := string(f.status); s.W.Team.ReportsAll || got != "Status reports: all off." {
		t.Errorf("reports off: %v, status %q", s.W.Team.ReportsAll, got)
	}

	// Two hours of calls queued behind an hour that ends at 16:00 cannot
	// start: dropped, and said.
	for s.W.Player.Busy > 0 {
		s.Step(1)
	}
	s.Step(6*sim.TicksPerHour - int(s.W.Tick%sim.TicksPerDay)) // 15:00 on day 2
	if err := s.Do(sim.ActVision, sim.TeamTarget, 0); err != nil {
		t.Fatal(err)
	}
	s.Step(sim.TicksPerHour - 1)
	if err := s.Enqueue(sim.ActCalls, sim.TeamTarget, 0); err != nil {
		t.Fatal(err)
	}
	s.Speed = 1
	for i := 0; i < 600 && len(s.Queue) > 0; i++ {
		frame()
	}
	if got := string(f.status); len(s.Queue) != 0 || !strings.HasPrefix(got, "Queued Make calls yourself dropped: Not enough hours left today") {
		t.Errorf("at %s: queue %v, status %q", s.W.Clock(), s.Queue, got)
	}
}

// At a quarter's first tick, paused, the routine's next hour is the one
// the clock stands at: a play-test read "Next: Mon 10:00" at 09:00 and took
// the 09:00 slot for one that never runs. Once it has run, the next is 10:00.
func TestRoutineNextIncludesThisHour(t *testing.T) {
	a, s, _ := routineGame(t,
		slot{0, 0, routine.Slot{Set: true, Action: sim.ActMentor, Aim: routine.AimLowestMorale}},
		slot{0, 1, routine.Slot{Set: true, Action: sim.ActScrub, Aim: routine.AimLowestLeads}})
	w := a.games.week
	if got := routineLines(&a.ctx, s)[0]; got != "Next: Mon 09:00 Mentor, lowest morale" {
		t.Errorf("at %s, before the first tick: %q", s.W.Clock(), got)
	}
	s.Step(1)
	if got := routineLines(&a.ctx, s)[0]; s.W.Player.Doing != sim.ActMentor || got != "Next: Mon 10:00 Scrub leads, fewest leads" {
		t.Errorf("at %s, doing %s: %q", s.W.Clock(), sim.Actions[s.W.Player.Doing].Title, got)
	}
	// A slot longer than its day has left never runs, so it is never next.
	w.SetSlot(0, 1, routine.Slot{})
	w.SetSlot(0, routine.Hours-1, routine.Slot{Set: true, Action: sim.ActCalls, Aim: routine.AimTeam})
	if got := routineLines(&a.ctx, s)[0]; got != "Next: Mon 09:00 Mentor, lowest morale" { // next week's
		t.Errorf("with calls at Mon 16:00: %q", got)
	}
}

// A lead pool run dry with reps idle for want of leads is said on the
// status line, once a day: a play-test's floor sat idle and nothing said why.
func TestDryPoolIsSaid(t *testing.T) {
	a, s, f := routineGame(t)
	s.Step(sim.TicksPerHour)
	s.W.Team.LeadPool = 0 // the test empties the pool and the reps' queues directly
	for i := range s.W.Reps {
		s.W.Reps[i].Leads = 0
	}
	s.Speed = 1
	const said = "The lead pool is empty: reps with no leads sit idle until tomorrow's come in, and the VP's trust brings more."
	saw := false
	for i := 0; i < 200 && !saw; i++ {
		if err := f.Update(&a.ctx, &ui.Input{X: -1, Y: -1}); err != nil {
			t.Fatal(err)
		}
		saw = string(f.status) == said
	}
	if !saw {
		t.Fatalf("at %s, pool %d: status %q", s.W.Clock(), s.W.Team.LeadPool, f.status)
	}
	// Said once: another message replaces it, and the same day it does not return.
	f.say("something else", true)
	for i := 0; i < 100; i++ {
		if err := f.Update(&a.ctx, &ui.Input{X: -1, Y: -1}); err != nil {
			t.Fatal(err)
		}
		if string(f.status) == said && s.W.Day() == 0 {
			t.Fatalf("said again at %s", s.W.Clock())
		}
	}
}

// The routine's next order says what it sets: "Status reports, everyone"
// left a play-test guessing whether they went on or off.
func TestRoutineNextSaysTheOrder(t *testing.T) {
	for _, tc := range []struct {
		slot routine.Slot
		want string
	}{
		{routine.Slot{Set: true, Action: sim.ActReports, Aim: routine.AimAll, Arg: 1}, "Next: Mon 09:00 Status reports on, everyone"},
		{routine.Slot{Set: true, Action: sim.ActReports, Aim: routine.AimAll, Arg: 0}, "Next: Mon 09:00 Status reports off, everyone"},
		{routine.Slot{Set: true, Action: sim.ActQuota, Aim: routine.AimTeam, Arg: 60}, "Next: Mon 09:00 Dial quota 60 a day"},
		{routine.Slot{Set: true, Action: sim.ActQuota, Aim: routine.AimTeam, Arg: 0}, "Next: Mon 09:00 Dial quota off"},
	} {
		a, s, _ := routineGame(t, slot{0, 0, tc.slot})
		if got := routineLines(&a.ctx, s)[0]; got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

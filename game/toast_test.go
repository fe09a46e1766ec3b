package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/store"
	"salesfloor/sim"
)

// An event's toast is news for two game hours of the same day: at 8x a
// play-test read "The VP stops by" the morning after the visit.
func TestEventToastGoesStale(t *testing.T) {
	thu15 := int32(3*sim.TicksPerDay + 6*sim.TicksPerHour) // Thursday 15:00
	for _, tc := range []struct {
		name  string
		at    int32
		now   int32
		stale bool
	}{
		{"the moment it came", thu15, thu15, false},
		{"an hour on", thu15, thu15 + sim.TicksPerHour, false},
		{"the day's end", thu15, 4*sim.TicksPerDay - 1, false},
		{"the next morning", thu15, 4 * sim.TicksPerDay, true},
		{"two hours on, the same day", 2 * sim.TicksPerDay, 2*sim.TicksPerDay + 2*sim.TicksPerHour, true},
		{"a new quarter's first tick", thu15, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ts toasts
			ts.sayEvent("The VP stops by", tc.at)
			if got := ts.stale(tc.now); got != tc.stale {
				t.Errorf("stale at %s: %v, want %v", sim.ClockAt(int(tc.now)), got, tc.stale)
			}
		})
	}
}

// A new game says the pipeline starts empty, as a new quarter of a year
// does (a play-test's quarter 1 sold nothing in week 1, and nothing said
// why), and the line wraps over the office rather than across the panels
// beside it (the same play-test read "our team" under quarter 2's).
func TestQuarterBeginsOverTheOffice(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	a.prefs.s.HintsSeen = true
	if err := a.NewGame("default", sim.Normal, 3); err != nil {
		t.Fatal(err)
	}
	a.Draw(ebiten.NewImage(1280, 800))
	if err := a.Update(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.toasts.msg, "Quarter 1 begins: quota $") || !strings.Contains(a.toasts.msg, "an empty pipeline (deals close 5 days after booking)") {
		t.Errorf("the toast at a new game: %q", a.toasts.msg)
	}
	f := a.scene.(*floorScene)
	box, fl := a.toasts.box, f.lay.Floor
	if len(a.toasts.lines) < 2 || box.X < fl.X || box.X+box.W > fl.X+fl.W {
		t.Errorf("toast %v in %d lines, the office %v", box, len(a.toasts.lines), fl)
	}
}

// An event's toast stays hidden while a question's dialog is up: bright
// above the dimmed floor it repeated the dialog's title (a play-test).
func TestEventToastHidesUnderAQuestion(t *testing.T) {
	a, s, f := routineGame(t)
	a.Draw(ebiten.NewImage(1280, 800))
	for i := 0; i < 40*sim.TicksPerDay; i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			break
		}
		s.Step(1)
	}
	if _, _, ok := s.W.PendingEvent(); !ok {
		t.Fatal("no question in 40 days")
	}
	a.toasts.sayEvent("\"I've had an offer\"", s.W.Tick)
	a.toasts.layout(&a.ctx, f)
	if a.toasts.lines != nil {
		t.Errorf("the event's toast shows over its question: %q", a.toasts.lines)
	}
	a.toasts.say("Saved.")
	a.toasts.layout(&a.ctx, f)
	if a.toasts.lines == nil {
		t.Error("a plain toast is hidden too")
	}
}

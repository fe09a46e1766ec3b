package game

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

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

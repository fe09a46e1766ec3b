package game

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The floating texts never cover a rep's name, and each rep has one stack
// of at most fbStack lines: played at 8x with every rep on status reports
// (a floating text every report that breaks a run), checked every frame,
// at the smallest and a large window.
func TestFeedbackClearOfNames(t *testing.T) {
	for _, tc := range []struct{ w, h, scale float64 }{{1024, 640, 1}, {1280, 800, 1.25}, {2560, 1440, 2}} {
		t.Run(fmt.Sprintf("%.0fx%.0f@%.0f%%", tc.w, tc.h, 100*tc.scale), func(t *testing.T) {
			a := newTestApp(t, store.NewMem())
			a.prefs.s.UIScale, a.prefs.s.HintsSeen = tc.scale, true
			a.LayoutF(tc.w, tc.h)
			screen := ebiten.NewImage(int(tc.w), int(tc.h))
			if err := a.NewGame("default", sim.Normal, 3); err != nil {
				t.Fatal(err)
			}
			a.Draw(screen) // the scale, to measure with
			f := a.scene.(*floorScene)
			s := a.Session()
			if err := s.Do(sim.ActReports, sim.AllReps, 1); err != nil {
				t.Fatal(err)
			}
			s.Speed = 4
			most := 0 // the most lines on show at once
			for frame := 0; frame < 1500 && !s.W.Done(); frame++ {
				if _, _, ok := s.W.PendingEvent(); ok {
					if err := s.Do(sim.ActChoose, sim.TeamTarget, 0); err != nil {
						t.Fatal(err)
					}
				}
				a.in = ui.Input{}
				if err := f.Update(&a.ctx, &a.in); err != nil {
					t.Fatal(err)
				}
				most = max(most, f.nfb)
				var per [sim.MaxReps + 1]int
				for _, l := range f.fb[:f.nfb] {
					if per[l.who]++; per[l.who] > fbStack {
						t.Fatalf("frame %d: stack %d has more than %d lines", frame, l.who, fbStack)
					}
					for i := range s.W.Reps {
						if n := f.nameRect(a.gfx, int32(i), s.W.Reps[i].Name); overlaps(l.box, n) {
							t.Fatalf("frame %d: %q at %v covers %s's name at %v", frame, l.b, fmtRect(l.box), s.W.Reps[i].Name, fmtRect(n))
						}
					}
				}
			}
			if most == 0 {
				t.Fatal("no floating texts in 1500 frames of reports")
			}
		})
	}
}

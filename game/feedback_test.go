package game

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// No label on the floor is drawn over another: the reps' names, "you" over
// the avatar and the floating texts, and each rep has one stack of at most
// fbStack lines. Played at 8x with every rep on status reports (a floating
// text every report that breaks a run) while the player mentors rep after
// rep, walks the floor and makes calls ("you" goes everywhere with the
// avatar), with a name too long for a desk; checked every
// frame, at the smallest window, a common one and a large one.
func TestFloorLabelsApart(t *testing.T) {
	for _, tc := range []struct{ w, h, scale float64 }{{1024, 640, 1}, {1280, 800, 1}, {1280, 800, 1.25}, {2560, 1440, 2}} {
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
			s.W.Reps[1].Name = "Maximiliana-Alexandra" // wider than any desk
			if err := s.Do(sim.ActReports, sim.AllReps, 1); err != nil {
				t.Fatal(err)
			}
			s.Speed = 4
			most, beside, banners := 0, 0, 0 // the most lines on show at once; frames with the avatar at a rep's desk; with the banner
			plays := []sim.ActionID{sim.ActMentor, sim.ActFloor, sim.ActCalls}
			for frame := 0; frame < 3000 && !s.W.Done(); frame++ {
				if _, _, ok := s.W.PendingEvent(); ok {
					if err := s.Do(sim.ActChoose, sim.TeamTarget, 0); err != nil {
						t.Fatal(err)
					}
				}
				if s.W.Player.Busy == 0 && s.W.HoursLeft() > 0 {
					a := plays[(frame/7)%len(plays)]
					target := int32(sim.TeamTarget)
					if a == sim.ActMentor {
						target = int32(frame % len(s.W.Reps))
					}
					_ = s.Do(a, target, 0) // refused when out of hours or energy: fine
				}
				a.in = ui.Input{}
				if err := f.Update(&a.ctx, &a.in); err != nil {
					t.Fatal(err)
				}
				most = max(most, f.nfb)
				type label struct {
					what string
					box  ui.Rect
				}
				var labels []label
				for i := range f.names[:f.nnames] {
					labels = append(labels, label{"the name " + string(f.names[i].b), f.names[i].box})
				}
				labels = append(labels, label{`"you"`, f.you})
				if f.banner.alpha > 0 {
					banners++
					labels = append(labels, label{fmt.Sprintf("the banner %q", f.banner.b), f.banner.box})
				}
				var per [sim.MaxReps + 1]int
				broken := 0 // runs broken, on the desks
				for _, l := range f.fb[:f.nfb] {
					if l.kind == session.FeedMomentumBroken {
						broken++
					}
					if per[l.who]++; per[l.who] > fbStack {
						t.Fatalf("frame %d: stack %d has more than %d lines", frame, l.who, fbStack)
					}
					labels = append(labels, label{fmt.Sprintf("stack %d's %q", l.who, l.b), l.box})
				}
				if f.banner.alpha > 0 && broken >= bannerReps {
					t.Fatalf("frame %d: %d broken runs on the desks beside the banner %q", frame, broken, f.banner.b)
				}
				for i := range s.W.Reps {
					if f.view.Avatar == ui.Desks[i].Side {
						beside++
					}
				}
				for i := range labels {
					for j := i + 1; j < len(labels); j++ {
						if overlaps(labels[i].box, labels[j].box) {
							t.Fatalf("frame %d: %s at %v covers %s at %v", frame, labels[i].what, fmtRect(labels[i].box), labels[j].what, fmtRect(labels[j].box))
						}
					}
				}
			}
			if most == 0 || beside == 0 || banners == 0 {
				t.Fatalf("in 3000 frames: at most %d floating texts, the avatar at a desk in %d frames, the banner in %d", most, beside, banners)
			}
			if w := 70*f.cscale - 4; f.names[1].box.W > w {
				t.Errorf("the long name is %.0f wide, the desks' pitch %.0f", f.names[1].box.W, w)
			}
		})
	}
}

// A label that would cover one placed before it rises above it; a stack
// that would climb past its top does not fit.
func TestPlaceStack(t *testing.T) {
	name := ui.Rect{X: 0, Y: 100, W: 60, H: 14}
	line := func(x, w float64) fbLine { return fbLine{box: ui.Rect{X: x, W: w, H: fbLineH - 1}} }
	ownFace := ui.Rect{X: 80, Y: 85, W: 10, H: 10}
	for _, tc := range []struct {
		name   string
		lines  []fbLine
		bottom float64
		top    float64
		taken  []ui.Rect
		fits   bool
		ys     []float64 // each line's Y once placed
	}{
		{"a free stack sits on its bottom", []fbLine{line(0, 40), line(0, 40)}, 100, 0, nil, true, []float64{83, 66}},
		{"a name in the way: it rises above", []fbLine{line(10, 40)}, 120, 0, []ui.Rect{name}, true, []float64{100 - fbLineH}},
		{"a neighbour's line: it staggers", []fbLine{line(50, 40)}, 100, 0, []ui.Rect{{X: 0, Y: 83, W: 60, H: fbLineH - 1}}, true, []float64{83 - fbLineH}},
		{"beside, not under: it stays", []fbLine{line(60, 40)}, 100, 0, []ui.Rect{{X: 0, Y: 83, W: 60, H: fbLineH - 1}}, true, []float64{83}},
		{"no room under the top", []fbLine{line(0, 40), line(0, 40)}, 100, 70, nil, false, nil},
		// Its own rep's face: it steps left of it, not up over the rep.
		{"its rep's face: it steps aside", []fbLine{line(50, 40)}, 100, 0, []ui.Rect{ownFace}, true, []float64{83}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var face ui.Rect
			if len(tc.taken) > 0 && tc.taken[0] == ownFace {
				face = ownFace
			}
			fits := placeStack(tc.lines, tc.bottom, tc.top, face, tc.taken)
			if fits != tc.fits {
				t.Fatalf("fits %v, want %v", fits, tc.fits)
			}
			for i, y := range tc.ys {
				if got := tc.lines[i].box.Y; got != y {
					t.Errorf("line %d at %v, want %v", i, got, y)
				}
				for _, r := range tc.taken {
					if !apart(tc.lines[i].box, r) {
						t.Errorf("line %d at %v covers %v", i, fmtRect(tc.lines[i].box), fmtRect(r))
					}
				}
			}
		})
	}
}

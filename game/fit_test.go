package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// An action button's label fits the room its key cap, cost and check box
// leave, at every UI scale: "Status reports: all but Farid (on)" (a
// play-test's ran under the check box) is shortened, the check box left
// to say on or off, and cut only as a last resort.
func TestActionLabelsFitTheirButtons(t *testing.T) {
	screen := ebiten.NewImage(1024, 640)
	for _, sc := range layoutScales {
		a := newTestApp(t, store.NewMem())
		a.prefs.s.UIScale = sc
		a.LayoutF(1024, 640)
		if err := a.NewGame("default", sim.Normal, 3); err != nil {
			t.Fatal(err)
		}
		f := a.scene.(*floorScene)
		f.hints = -1
		s := a.Session()
		if err := s.Do(sim.ActReports, sim.AllReps, 1); err != nil {
			t.Fatal(err)
		}
		s.Step(sim.TicksPerDay) // the next day: an order may change again
		if err := s.Do(sim.ActReports, 5, 0); err != nil {
			t.Fatal(err)
		}
		s.Step(1)
		a.Draw(screen) // the scale, as the frame before
		var in ui.Input
		if err := f.Update(&a.ctx, &in); err != nil {
			t.Fatal(err)
		}
		g := a.ctx.text
		if g.Scale <= 0 {
			t.Fatal("no text scale: nothing measured")
		}
		for i := range f.panel.Buttons {
			b := &f.panel.Buttons[i]
			room := b.Rect.W - 32 - 52 - 6
			if !b.Toggle {
				room = b.Rect.W - 32 - 12 - g.Measure(b.Cost, SizeSmall, false)
			}
			if w := g.Measure(f.fitted[i], SizeBody-1, b.Toggle); w > room {
				t.Errorf("at %.0f%%: %q is %.0f wide in %.0f", sc*100, f.fitted[i], w, room)
			}
			if b.ID == sim.ActReports && !strings.Contains(f.fitted[i], "all but "+s.W.Reps[5].Name) && !strings.HasSuffix(f.fitted[i], "…") {
				t.Errorf("at %.0f%%: the reports button says %q (from %q)", sc*100, f.fitted[i], b.Label)
			}
		}
	}
}

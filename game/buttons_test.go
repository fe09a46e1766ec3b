package game

import (
	"math"
	"strings"
	"testing"

	"salesfloor/game/store"
	"salesfloor/game/ui"
)

// The browser's salesfloor.buttons() lists the scene's buttons where a
// click lands on them: in a 1280x800 window at 100% the UI units are the
// window's pixels, at 125% each is 1.25 of them; the setup and the
// planning screen list theirs by the labels they draw.
func TestMenuButtons(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	title, ok := a.scene.(*titleScene)
	if !ok {
		t.Fatalf("the app starts on %s", sceneName(a.scene))
	}
	same := func(scale float64) {
		t.Helper()
		k := a.scaleFactor() / a.deviceScale()
		if math.Abs(k-scale) > 1e-9 {
			t.Fatalf("UI scale %v: %v pixels a unit", scale, k)
		}
		bs := a.menuButtons()
		if len(bs) != len(title.menu.Items) {
			t.Fatalf("%d buttons on the title, %d items", len(bs), len(title.menu.Items))
		}
		for i, b := range bs {
			it := title.menu.Items[i]
			r := it.Rect
			if b.Label != it.Label || b.Enabled != it.Enabled || b.X != r.X*k || b.Y != r.Y*k || b.W != r.W*k || b.H != r.H*k {
				t.Errorf("button %d: %+v for %q at %+v (scale %v)", i, b, it.Label, r, k)
			}
		}
	}
	same(1)
	a.prefs.s.UIScale = 1.25
	a.LayoutF(1280, 800)
	title.layout(&a.ctx)
	same(1.25)
	a.prefs.s.UIScale = 1
	a.LayoutF(1280, 800)

	a.ctx.Go(newSetup(&a.ctx))
	labels := func() string {
		var l []string
		for _, b := range a.menuButtons() {
			l = append(l, b.Label)
		}
		return strings.Join(l, "|")
	}
	if got := labels(); !strings.Contains(got, "|A year: 4 quarters|Start (Enter)|Back (") {
		t.Errorf("the setup's buttons: %s", got)
	}

	a.games.set(campaignSession(4, 1, "default", "adaptive"))
	a.ctx.Go(newPlan(&a.ctx, nil))
	if err := a.scene.Update(&a.ctx, &ui.Input{}); err != nil {
		t.Fatal(err)
	}
	if got := labels(); !strings.HasPrefix(got, "Start quarter 2 (Enter)|") || !strings.Contains(got, "|Promote|Let go|") {
		t.Errorf("the planning screen's buttons: %s", got)
	}
}

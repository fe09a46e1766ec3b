package game

import (
	"math"

	"salesfloor/game/ui"
)

// drawMenu draws a column of menu buttons.
func drawMenu(ctx *Ctx, g *Gfx, m *ui.Menu) {
	for i := range m.Items {
		it := &m.Items[i]
		g.Button(it.Rect, it.Label, ButtonState{Hover: m.Hover == i, Focus: m.Ring.Index == i, Disabled: !it.Enabled})
	}
}

// drawBackdrop draws the office, dimmed, to fill the screen behind menus.
func drawBackdrop(ctx *Ctx, g *Gfx) {
	bg := ctx.Art.Background
	k := math.Max(ctx.W*g.Scale/float64(bg.Bounds().Dx()), ctx.H*g.Scale/float64(bg.Bounds().Dy()))
	g.imageRGBA(bg, 0, 0, k, false, 0.35, 0.35, 0.4, 1)
}

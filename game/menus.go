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

// footH is the height of the footer strip under a menu screen.
const footH = 30.0

// drawFooter draws a line of help on a strip across the foot of the
// window, on a panel rather than straight over the office art.
func drawFooter(ctx *Ctx, g *Gfx, text string) {
	r := ui.Rect{Y: ctx.H - footH, W: ctx.W, H: footH}
	g.Fill(r, g.P.Panel)
	g.Fill(ui.Rect{Y: r.Y, W: ctx.W, H: 1}, g.P.Line)
	g.Text(text, ctx.W/2, r.Y+(footH-SizeSmall*1.2)/2, SizeSmall, false, g.P.Dim, Center)
}

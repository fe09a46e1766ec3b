package game

import (
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// What opens over the floor: the first-day hints and an event's question.

func (f *floorScene) drawHint(ctx *Ctx, g *Gfx) {
	r := f.hintBox
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 2, g.P.Accent)
	g.Text(hintHeads[f.hints], r.X+12, r.Y+8, SizeBody, true, g.P.Accent, Left)
	g.Lines(g.WrapC(f.hintText[f.hints], r.W-24, SizeBody-1, false), r.X+12, r.Y+30, SizeBody-1, false, g.P.Text)
	g.Button(f.hintNext, f.hintNextLabel, ButtonState{Hover: ctx.In.HoverIn(f.hintNext)})
	g.Button(f.hintSkip, f.hintSkipLabel, ButtonState{Hover: ctx.In.HoverIn(f.hintSkip)})
}

func (f *floorScene) drawDialog(ctx *Ctx, g *Gfx, d *sim.EventDef) {
	g.Fill(ui.Rect{W: ctx.W, H: ctx.H}, g.P.Shade)
	r := f.dialogBox
	g.Fill(r, g.P.Panel)
	g.Stroke(r, 2, g.P.Accent)
	g.Text(f.dialogTitle, r.X+20, r.Y+16, SizeBig-2, true, g.P.Accent, Left)
	g.TextB(f.about, r.X+20, r.Y+50, SizeSmall, true, g.P.Dim, Left)
	g.Lines(f.dialogWrap, r.X+20, r.Y+70, SizeBody, false, g.P.Text)
	for i := range d.Choices {
		if i >= len(f.choice) {
			break
		}
		c := &d.Choices[i]
		br := f.choice[i]
		st := ButtonState{Hover: ctx.In.HoverIn(br), Focus: f.ring.Index == i}
		bg := g.P.Button
		if st.Hover {
			bg = g.P.ButtonHi
		}
		g.Fill(br, bg)
		bc := g.P.Line
		if st.Focus {
			bc = g.P.Accent
		}
		g.Stroke(br, 1, bc)
		if i < len(f.choices) {
			g.TextB(f.choices[i], br.X+12, br.Y+7, SizeBody, true, g.P.Text, Left)
		}
		g.Text(c.Text, br.X+28, br.Y+28, SizeSmall, false, g.P.Dim, Left)
	}
}

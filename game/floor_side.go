package game

import (
	"math"

	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The side panel: the team list and recent events, or the selected rep's
// numbers and why they moved.

func (f *floorScene) drawSide(ctx *Ctx, g *Gfx) {
	l := &f.lay
	w := ctx.Session().W
	g.Panel(l.Side)
	x, y := l.Side.X+12, l.Side.Y+10
	ww := l.Side.W - 24
	if f.sel < 0 || int(f.sel) >= len(w.Reps) {
		g.Text("Your team", x, y, SizeHead, true, g.P.Text, Left)
		g.Text("click a rep for details", l.Side.Right()-12, y+3, SizeSmall, false, g.P.Dim, Right)
		y += 28
		for i := range w.Reps {
			r := &w.Reps[i]
			row := f.teamRows[i]
			if ctx.In.HoverIn(row) {
				g.Fill(row, g.P.PanelHi)
			}
			f.drawFace(g, x+8, y+9, r.Morale, 8)
			// A senior's name in the accent colour, as "Sr." marks their
			// desk: the list has no room for the word.
			name := g.P.Text
			if r.Senior {
				name = g.P.Accent
			}
			g.Text(r.Name, x+22, y+2, SizeBody, true, name, Left)
			g.Text(r.Activity.String(), x+90, y+3, SizeSmall, false, g.P.Dim, Left)
			if !r.Gone {
				g.Bar(ui.Rect{X: x + ww - 60, Y: y + 6, W: 60, H: 8}, r.Momentum.Float(), g.P.Series[1])
			}
			y += 26
		}
		y += 6
		g.Text("momentum", x+ww-30, y-8, SizeSmall-2, false, g.P.Dim, Center)
		y += 10
		g.Text("Recent events", x, y, SizeHead, true, g.P.Text, Left)
		f.recent.draw(g, x, y+24, l.Side.Bottom()-8)
		return
	}
	r := &w.Reps[f.sel]
	f.drawFace(g, x+10, y+12, r.Morale, 11)
	g.Text(r.Name, x+28, y, SizeBig-2, true, g.P.Text, Left)
	act := r.Activity.String()
	if r.Senior {
		act = "senior, " + act
	}
	g.Text(act, x+28, y+26, SizeSmall, false, g.P.Accent, Left)
	g.Button(f.closeSel, "close", ButtonState{Hover: ctx.In.HoverIn(f.closeSel)})
	y += 48
	for i, b := range repBars(r) {
		g.Text(b.n, x, y, SizeSmall, false, g.P.Dim, Left)
		g.Bar(ui.Rect{X: x + 100, Y: y + 3, W: ww - 130, H: 9}, b.v.Float(), g.Level(b.v.Float()))
		g.TextB(f.repVals[i], x+ww, y, SizeSmall, false, g.P.Text, Right)
		y += 17
	}
	y += 4
	for i := 0; i < 3 && i < f.nside; i++ {
		if len(f.side[i].b) > 0 {
			g.TextB(f.side[i].b, x, y, SizeSmall-1, false, g.P.Text, Left)
			y += 16
		}
	}
	// Sparklines of the last two days, hourly.
	y += 4
	series := w.Series.RepHour[f.sel]
	names := [...]string{"morale", "momentum", "output"}
	for m := 0; m < 3; m++ {
		box := ui.Rect{X: x + 70, Y: y, W: ww - 70, H: 24}
		g.Text(names[m], x, y+5, SizeSmall, false, g.P.Dim, Left)
		g.Fill(box, g.P.Bg)
		f.spark(g, box, series, m)
		y += 28
	}
	y += 6
	for _, line := range f.side[min(3, f.nside):f.nside] {
		if y > l.Side.Bottom()-16 {
			break
		}
		switch line.kind {
		case sideHead:
			g.TextB(line.b, x, y, SizeBody-1, true, g.P.Text, Left)
			y += 19
			continue
		case sideNote:
			g.TextB(line.b, x, y, SizeSmall-1, false, g.P.Dim, Left)
			y += 16
			continue
		}
		c := g.P.Good
		if line.kind == sideBad {
			c = g.P.Bad
		}
		g.TextB(line.b, x+6, y, SizeSmall, false, c, Left)
		y += 16
	}
}

// repBar is one of the selected rep's bars: its name and 0..1 reading.
type repBar struct {
	n string
	v sim.Fixed
}

// repBars are the selected rep's bars, in the order drawn.
func repBars(r *sim.Rep) [6]repBar {
	return [6]repBar{{"Morale", r.Morale}, {"Momentum", r.Momentum}, {"Energy", r.Energy}, {"Skill", r.Skill},
		{"Trust in you", r.Trust}, {"Autonomy need", r.Autonomy}}
}

// spark draws one metric of the last 16 hourly samples into box.
func (f *floorScene) spark(g *Gfx, box ui.Rect, ss []sim.Sample, metric int) {
	const n = 16
	start := len(ss) - n
	if start < 0 {
		start = 0
	}
	ss = ss[start:]
	if len(ss) < 2 {
		g.Text("(after an hour)", box.X+4, box.Y+5, SizeSmall-2, false, g.P.Dim, Left)
		return
	}
	maxOut := int32(1)
	for _, s := range ss {
		if s.Output > maxOut {
			maxOut = s.Output
		}
	}
	f.xs, f.ys = f.xs[:0], f.ys[:0]
	for i, s := range ss {
		var v float64
		switch metric {
		case 0:
			v = s.Morale.Float()
		case 1:
			v = s.Momentum.Float()
		default:
			v = float64(s.Output) / float64(maxOut)
		}
		f.xs = append(f.xs, box.X+2+float64(i)*(box.W-4)/float64(n-1))
		f.ys = append(f.ys, box.Bottom()-2-v*(box.H-4))
	}
	g.Polyline(f.xs, f.ys, 1.5, g.P.Series[metric])
}

// drawFace draws a morale face centred at cx, cy about 2r across: the shape
// says the level (smile, flat, frown) as well as the colour.
func (f *floorScene) drawFace(g *Gfx, cx, cy float64, m sim.Fixed, r float64) {
	drawFace(f.sprites, g, cx, cy, m, r)
}

func drawFace(sp *Sprites, g *Gfx, cx, cy float64, m sim.Fixed, r float64) {
	k := math.Max(1, math.Round(2*r*g.Scale/9))
	half := 4.5 * k / g.Scale
	g.Sprite(sp.Face[ui.MoraleLevel(m)], cx-half, cy-half, k, g.Level(m.Float()))
}

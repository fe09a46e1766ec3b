package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/art"
	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The office: the pixel-art canvas of desks and reps, drawn into the floor
// rect.

var activityIcon = [...]int{
	sim.Dialing: art.IconPhone, sim.Talking: art.IconTalk, sim.Reporting: art.IconReport,
	sim.InMeeting: art.IconMeeting, sim.Resting: art.IconRest, sim.AskingAdvice: art.IconAsk,
	sim.Idle: art.IconIdle, sim.Left: -1,
}

func (f *floorScene) blit(img *ebiten.Image, x, y float64, flip bool, clr color.Color) {
	op := &f.op
	op.GeoM.Reset()
	if flip {
		op.GeoM.Scale(-1, 1)
		op.GeoM.Translate(float64(img.Bounds().Dx()), 0)
	}
	op.GeoM.Translate(math.Round(x), math.Round(y))
	op.ColorScale.Reset()
	if clr != nil {
		op.ColorScale.ScaleWithColor(clr)
	}
	op.Filter = ebiten.FilterNearest
	f.canvas.DrawImage(img, op)
}

// drawCanvas paints the office at native pixel size.
func (f *floorScene) drawCanvas(ctx *Ctx, g *Gfx) {
	s := ctx.Session()
	w := s.W
	sp := ctx.Art
	v := f.view
	f.blit(sp.Background, 0, 0, false, nil)
	for i := range w.Reps {
		r := &w.Reps[i]
		d := &ui.Desks[i]
		o := d.Origin
		if f.sel == int32(i) || (f.panel.Picking && !r.Gone && (v.Frame/20)%2 == 0) {
			c := g.P.Accent
			g.strokePx(f.canvas, o.X, o.Y-12, 64, 57, 1, c)
		}
		if r.Gone {
			f.blit(sp.Chair, o.X+17, o.Y+6, false, nil)
			f.blit(sp.DeskEmpty, o.X+12, o.Y+16, false, nil)
			continue
		}
		variant := i % art.Variants
		if v.Asking[i] > 0 {
			f.blit(sp.Chair, o.X+17, o.Y+6, false, nil)
		} else {
			frame := 0
			if (r.Activity == sim.Dialing || r.Activity == sim.Talking || r.Activity == sim.Reporting) &&
				((v.Frame/10+i*3)%4 < 2) && !ctx.Settings.ReducedMotion {
				frame = 1
			}
			f.blit(sp.Rep[variant][frame], o.X+18, o.Y+2, false, nil)
		}
		f.blit(sp.Desk, o.X+12, o.Y+16, false, nil)
		if ic := activityIcon[r.Activity]; ic >= 0 && v.Asking[i] == 0 {
			bob := 0.0
			if !ctx.Settings.ReducedMotion && r.Activity == sim.Talking {
				bob = float64((v.Frame/15+i)%2) * -1
			}
			f.blit(sp.Bubble[ic], o.X+34, o.Y-11+bob, false, nil)
		}
		lvl := ui.MoraleLevel(r.Morale)
		f.blit(sp.Face[lvl], o.X+52, o.Y+22, false, g.Level(r.Morale.Float()))
		if r.Momentum >= sim.F(55, 100) {
			f.blit(sp.Flame, o.X+3, o.Y+23, false, nil)
		}
	}
	// Reps walking over to ask for advice, drawn above the desks.
	for i := range w.Reps {
		if v.Asking[i] > 0 && !w.Reps[i].Gone {
			p := v.AskPos(i)
			f.blit(sp.Rep[i%art.Variants][0], p.X-7, p.Y-8, false, nil)
			f.blit(sp.Bubble[art.IconAsk], p.X-5, p.Y-22, false, nil)
		}
	}
	frame := 0
	if v.Walking && (v.Frame/8)%2 == 1 && !ctx.Settings.ReducedMotion {
		frame = 1
	}
	f.blit(sp.Avatar[frame], v.Avatar.X-6, v.Avatar.Y-14, v.Facing < 0, nil)
}

func (f *floorScene) drawFloor(ctx *Ctx, g *Gfx) {
	l := &f.lay
	g.Fill(l.Floor, g.P.Bg)
	op := &f.op
	op.GeoM.Reset()
	k := f.cscale * g.Scale // device pixels per canvas pixel
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(math.Round(f.canvasAt.X*g.Scale), math.Round(f.canvasAt.Y*g.Scale))
	op.ColorScale.Reset()
	op.Filter = ebiten.FilterNearest
	g.Dst.DrawImage(f.canvas, op)
	g.Stroke(f.canvasAt, 1, g.P.Line)

	// Names and floating feedback, in screen resolution.
	s := ctx.Session()
	cs := f.cscale
	for i := range s.W.Reps {
		r := &s.W.Reps[i]
		o := ui.Desks[i].Origin
		c := g.P.Text
		if r.Gone {
			c = g.P.Dim
		}
		g.Text(r.Name, f.canvasAt.X+(o.X+32)*cs, f.canvasAt.Y+(o.Y+36)*cs, SizeSmall, f.sel == int32(i), c, Center)
	}
	// "you" above the avatar's head, clear of the desks it stands at.
	g.Text("you", f.canvasAt.X+f.view.Avatar.X*cs, f.canvasAt.Y+(f.view.Avatar.Y-14)*cs-15, SizeSmall-1, true, g.P.Accent, Center)
	// Floating texts, newest first so they sit nearest their desk; one that
	// would overlap a text already placed moves up above it, so texts about
	// neighbouring reps or the same rep stay legible.
	placed := f.fbRects[:0]
	for i := len(s.Feedback) - 1; i >= 0; i-- {
		fb := &s.Feedback[i]
		var p ui.Pt
		if fb.Rep >= 0 && int(fb.Rep) < sim.MaxReps {
			p = ui.Desks[fb.Rep].Icon
		} else {
			p = f.view.Avatar
		}
		rise := float64(fb.Age) * 0.25
		if ctx.Settings.ReducedMotion {
			rise = 0
		}
		c := g.P.Text
		switch fb.Kind {
		case session.FeedDeal:
			c = g.P.Good
		case session.FeedMomentumBroken, session.FeedLeft:
			c = g.P.Bad
		case session.FeedAdvice:
			c = g.P.Accent
		}
		f.scratch = session.AppendFeedback(f.scratch[:0], fb)
		tw := g.MeasureB(f.scratch, SizeSmall, true)
		x, y := f.canvasAt.X+p.X*cs, f.canvasAt.Y+p.Y*cs-rise-8
		r := ui.Rect{X: x - tw/2 - 4, Y: y - 1, W: tw + 8, H: 17}
		for moved := true; moved; {
			moved = false
			for _, q := range placed {
				if r.X < q.Right() && q.X < r.Right() && r.Y < q.Bottom()+1 && q.Y < r.Bottom()+1 {
					r.Y = q.Y - r.H - 2
					moved = true
				}
			}
		}
		if r.Y < f.canvasAt.Y {
			continue // pushed off the top of the floor: too many at once
		}
		if len(placed) < cap(placed) {
			placed = append(placed, r)
		}
		g.Fill(r, g.P.Shade)
		g.TextB(f.scratch, x, r.Y+1, SizeSmall, true, c, Center)
	}
}

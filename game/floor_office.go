package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/art"
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

// officePx maps the office's canvas pixels to device pixels: whole canvas
// pixels, k device pixels each, from the canvas's corner.
type officePx struct{ x, y, k float64 }

func (f *floorScene) officePx(g *Gfx) officePx {
	return officePx{x: math.Round(f.canvasAt.X * g.Scale), y: math.Round(f.canvasAt.Y * g.Scale), k: f.cscale * g.Scale}
}

// blit draws a sprite at canvas pixel (x, y), snapped to whole canvas
// pixels as pixel art is, mirrored if flip, tinted by clr (nil: untinted).
func (o officePx) blit(g *Gfx, img *ebiten.Image, x, y float64, flip bool, clr color.Color) {
	g.image(img, o.x+math.Round(x)*o.k, o.y+math.Round(y)*o.k, o.k, flip, clr)
}

// drawOffice paints the office, its pixel art scaled up whole canvas pixels
// at a time, straight into the frame's batch: the sprites, fills and glyphs
// of the whole screen then go to Ebiten as one draw.
func (f *floorScene) drawOffice(ctx *Ctx, g *Gfx) {
	px := f.officePx(g)
	s := ctx.Session()
	w := s.W
	sp := ctx.Art
	v := f.view
	px.blit(g, sp.Background, 0, 0, false, nil)
	for i := range w.Reps {
		r := &w.Reps[i]
		d := &ui.Desks[i]
		o := d.Origin
		if f.sel == int32(i) || (f.panel.Picking && !r.Gone && (v.Frame/20)%2 == 0) {
			c := g.P.Accent
			g.strokePx(px.x+o.X*px.k, px.y+(o.Y-12)*px.k, 64*px.k, 57*px.k, px.k, c)
		}
		if r.Gone {
			px.blit(g, sp.Chair, o.X+17, o.Y+6, false, nil)
			px.blit(g, sp.DeskEmpty, o.X+12, o.Y+16, false, nil)
			continue
		}
		variant := v.Look[i]
		if v.Asking[i] > 0 {
			px.blit(g, sp.Chair, o.X+17, o.Y+6, false, nil)
		} else {
			frame := 0
			if (r.Activity == sim.Dialing || r.Activity == sim.Talking || r.Activity == sim.Reporting) &&
				((v.Frame/10+i*3)%4 < 2) && !ctx.Settings.ReducedMotion {
				frame = 1
			}
			px.blit(g, sp.Rep[variant][frame], o.X+18, o.Y+2, false, nil)
		}
		px.blit(g, sp.Desk, o.X+12, o.Y+16, false, nil)
		if ic := activityIcon[r.Activity]; ic >= 0 && v.Asking[i] == 0 {
			bob := 0.0
			if !ctx.Settings.ReducedMotion && r.Activity == sim.Talking {
				bob = float64((v.Frame/15+i)%2) * -1
			}
			px.blit(g, sp.Bubble[ic], o.X+34, o.Y-11+bob, false, nil)
		}
		lvl := ui.MoraleLevel(r.Morale)
		px.blit(g, sp.Face[lvl], o.X+52, o.Y+22, false, g.Level(r.Morale.Float()))
		if r.Momentum >= sim.F(55, 100) {
			// On the face, right of the desk: at the desk's left end it sat
			// nearer the neighbour's face than its own rep, and a
			// play-test read it as the neighbour's.
			px.blit(g, sp.Flame, o.X+53, o.Y+14, false, nil)
		}
	}
	// Reps walking over to ask for advice, drawn above the desks.
	for i := range w.Reps {
		if v.Asking[i] > 0 && !w.Reps[i].Gone {
			p := v.AskPos(i)
			px.blit(g, sp.Rep[v.Look[i]][0], p.X-7, p.Y-8, false, nil)
			px.blit(g, sp.Bubble[art.IconAsk], p.X-5, p.Y-22, false, nil)
		}
	}
	frame := 0
	if v.Walking && (v.Frame/8)%2 == 1 && !ctx.Settings.ReducedMotion {
		frame = 1
	}
	px.blit(g, sp.Avatar[frame], v.Avatar.X-6, v.Avatar.Y-14, v.Facing < 0, nil)
}

func (f *floorScene) drawFloor(ctx *Ctx, g *Gfx) {
	l := &f.lay
	g.Fill(l.Floor, g.P.Bg)
	f.drawOffice(ctx, g)
	g.Stroke(f.canvasAt, 1, g.P.Line)

	// Names, "you" and floating feedback, in screen resolution, where
	// layoutFeedback placed them.
	s := ctx.Session()
	for i := range f.names[:f.nnames] {
		n := &f.names[i]
		c := g.P.Text
		if i < len(s.W.Reps) && s.W.Reps[i].Gone {
			c = g.P.Dim
		}
		g.TextB(n.b, n.x, n.box.Y, n.size, f.sel == int32(i), c, Center)
	}
	// "you" above the avatar's head, clear of the desks it stands at.
	g.Text("you", f.you.X+f.you.W/2, f.you.Y, youSize, true, g.P.Accent, Center)
	f.drawFeedback(g)
}

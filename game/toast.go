package game

import (
	"math"

	"salesfloor/game/ui"
)

// toastLife is how many frames a message stays up: four seconds.
const toastLife = 240

// toasts is the message line at the bottom of the screen: what saved, what
// failed, what just happened on the floor.
type toasts struct {
	msg   string
	age   int
	event bool // it announces a floor event: shown on the floor only
}

func (t *toasts) say(msg string)      { t.msg, t.age, t.event = msg, 0, false }
func (t *toasts) sayEvent(msg string) { t.msg, t.age, t.event = msg, 0, true }
func (t *toasts) tick()               { t.age++ }

// toastPlacer is a scene that puts toasts clear of its buttons: the rect
// for a toast w wide and h high.
type toastPlacer interface {
	toastRect(ctx *Ctx, w, h float64) ui.Rect
}

// eventShower marks the scene that shows the floor's events, the only one
// an event's toast belongs on.
type eventShower interface{ showsEvents() }

// draw shows the message over scene, if it is still fresh and belongs there.
func (t *toasts) draw(ctx *Ctx, g *Gfx, scene Scene) {
	if t.msg == "" || t.age >= toastLife {
		return
	}
	if _, onFloor := scene.(eventShower); t.event && !onFloor {
		return
	}
	w := math.Min(g.Measure(t.msg, SizeBody, false)+24, ctx.W-24)
	r := ui.Rect{X: (ctx.W - w) / 2, Y: ctx.H - 80, W: w, H: 30}
	if tp, ok := scene.(toastPlacer); ok {
		r = tp.toastRect(ctx, w, r.H)
	}
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 1, g.P.Accent)
	g.Text(t.msg, r.X+r.W/2, r.Y+7, SizeBody, false, g.P.Text, Center)
}

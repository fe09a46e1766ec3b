package game

import (
	"math"

	"salesfloor/game/ui"
	"salesfloor/sim"
)

// toastLife is how many frames a message stays up: four seconds.
const toastLife = 240

// toasts is the message line at the bottom of the screen: what saved, what
// failed, what just happened on the floor.
type toasts struct {
	msg   string
	age   int
	event bool  // it announces a floor event: shown on the floor only
	at    int32 // an event's: the tick it came at
}

func (t *toasts) say(msg string) { t.msg, t.age, t.event = msg, 0, false }

// sayEvent announces a floor event that came at tick at. It stays up its
// four seconds unless the game has moved on two hours or into another day
// first: at 8x a play-test still read "The VP stops by" the morning after
// the visit.
func (t *toasts) sayEvent(msg string, at int32) { t.msg, t.age, t.event, t.at = msg, 0, true, at }
func (t *toasts) tick()                         { t.age++ }

// stale reports whether an event's toast is about a moment the game has
// left behind: two hours on, or another day.
func (t *toasts) stale(tick int32) bool {
	return tick >= t.at+eventToastTicks || tick/sim.TicksPerDay != t.at/sim.TicksPerDay
}

// eventToastTicks is how long in game time an event's toast is news.
const eventToastTicks = 2 * sim.TicksPerHour

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
	if s := ctx.Session(); t.event && s != nil && t.stale(s.W.Tick) {
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

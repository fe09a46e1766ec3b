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
	// lines and box are the message laid out for the scene by layout, in
	// Update; Draw only reads them. lines is nil when nothing shows.
	lines []string
	box   ui.Rect
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

// toastWidther is a scene whose toasts must stay narrower than the
// window: the floor's stay over the office, clear of the panels beside it
// (a play-test's quarter-start line covered "Your team" and the orders).
type toastWidther interface {
	toastMaxW(ctx *Ctx) float64
}

// eventShower marks the scene that shows the floor's events, the only one
// an event's toast belongs on.
type eventShower interface{ showsEvents() }

// toastLineH is the height of a toast's line, as Gfx.Lines spaces them.
const toastLineH = float64(SizeBody) * 1.35

// layout lays the message out over scene, if it is still fresh and
// belongs there: wrapped to the scene's width, placed clear of its buttons.
func (t *toasts) layout(ctx *Ctx, scene Scene) {
	t.lines = nil
	if t.msg == "" || t.age >= toastLife {
		return
	}
	if _, onFloor := scene.(eventShower); t.event && !onFloor {
		return
	}
	if s := ctx.Session(); t.event && s != nil {
		// Gone stale, or a question's own dialog says it under a dimmed
		// floor: a toast bright above the dimming repeated its title (a
		// play-test).
		if _, _, asked := s.W.PendingEvent(); asked || t.stale(s.W.Tick) {
			return
		}
	}
	if ctx.Scale() == 0 {
		return // no Draw yet to measure text by: laid out at the next frame
	}
	maxW := ctx.W - 24
	if tw, ok := scene.(toastWidther); ok {
		maxW = math.Min(maxW, tw.toastMaxW(ctx))
	}
	t.lines = ctx.text.WrapC(t.msg, maxW-24, SizeBody, false)
	w := 0.0
	for _, l := range t.lines {
		w = math.Max(w, ctx.text.Measure(l, SizeBody, false)+24)
	}
	w = math.Min(w, maxW)
	h := 30 + float64(len(t.lines)-1)*toastLineH
	r := ui.Rect{X: (ctx.W - w) / 2, Y: ctx.H - 50 - h, W: w, H: h}
	if tp, ok := scene.(toastPlacer); ok {
		r = tp.toastRect(ctx, w, h)
	}
	t.box = r
}

// draw shows the message laid out by layout.
func (t *toasts) draw(g *Gfx) {
	if t.lines == nil {
		return
	}
	r := t.box
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 1, g.P.Accent)
	y := r.Y + 7
	for _, l := range t.lines {
		g.TextT(l, r.X+r.W/2, y, SizeBody, false, g.P.Text, Center)
		y += toastLineH
	}
}

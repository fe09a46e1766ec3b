package game

import (
	"math"
	"strconv"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The floating texts over the office (a deal, a report that broke a run,
// a rep asking advice): one stack per rep, growing up from just above the
// rep's name, newest on top, at most fbStack lines, each fading as it ages.
// A stack stops short of the names of the row above, so no text ever
// covers a name. Layout places every line in Update; Draw only reads.

// fbStack is the most lines a rep's stack shows: older ones give way.
const fbStack = 3

// fbLineH is a stack line's height, in UI units.
const fbLineH = 17.0

// fbFade is how many frames a text takes to fade out at the end of its
// life (session.FeedbackLife).
const fbFade = 40

// fbLine is one floating text as laid out: its text, its box, and how it
// is drawn.
type fbLine struct {
	b     []byte
	box   ui.Rect
	size  int
	bold  bool
	kind  session.FeedbackKind
	alpha float32
	who   int // its stack: fbWho
}

// fbWho is the stack a floating text belongs to: a rep's index, or the
// player's after the reps'.
func fbWho(rep int32) int {
	if rep >= 0 && rep < sim.MaxReps {
		return int(rep)
	}
	return sim.MaxReps
}

// layoutFeedback lays out the floating texts: a stack per rep (and one
// for the player), its newest lines that fit, oldest at the bottom.
func (f *floorScene) layoutFeedback(ctx *Ctx) {
	s := ctx.Session()
	f.nfb = 0
	if ctx.text.Scale <= 0 {
		return // no frame drawn yet to measure with (and no texts yet)
	}
	var total, shown, placed, seen [sim.MaxReps + 1]int
	var bottom [sim.MaxReps + 1]float64
	for i := range s.Feedback {
		total[fbWho(s.Feedback[i].Rep)]++
	}
	for who, n := range total {
		if n > 0 {
			rep := int32(who)
			if who == sim.MaxReps {
				rep = -1
			}
			var room int
			bottom[who], room = f.fbRoom(rep, len(s.W.Reps))
			shown[who] = min(n, room)
		}
	}
	g := ctx.text
	slotW := 70*f.cscale - 4 // the desks' pitch: wider texts are drawn smaller
	for i := range s.Feedback {
		fb := &s.Feedback[i]
		who := fbWho(fb.Rep)
		seen[who]++
		if seen[who] <= total[who]-shown[who] || f.nfb == len(f.fb) {
			continue // older than the stack has room for
		}
		l := &f.fb[f.nfb]
		f.nfb++
		l.b = session.AppendFeedback(l.b[:0], fb)
		l.kind, l.who = fb.Kind, who
		l.size, l.bold = SizeSmall, true
		w := g.MeasureB(l.b, l.size, l.bold)
		// Too wide for the desks' pitch: the short form, then smaller.
		if w+8 > slotW {
			l.b = appendShortFeedback(l.b[:0], fb)
			w = g.MeasureB(l.b, l.size, l.bold)
		}
		if w+8 > slotW {
			l.size, l.bold = SizeSmall-2, false
			w = g.MeasureB(l.b, l.size, l.bold)
		}
		p := placed[who]
		placed[who]++
		cx := f.fbCentre(fb.Rep)
		l.box = ui.Rect{X: cx - w/2 - 4, Y: bottom[who] - float64(p+1)*fbLineH, W: w + 8, H: fbLineH - 1}
		// The newer the brighter; each fades out at the end of its life.
		l.alpha = 1 - 0.2*float32(shown[who]-1-p)
		if left := session.FeedbackLife - fb.Age; left < fbFade {
			l.alpha *= float32(max(left, 0)) / fbFade
		}
	}
}

// appendShortFeedback appends a floating text's short form, for desks
// too close together for the whole of it: "+$13k", "momentum lost x2".
func appendShortFeedback(b []byte, fb *session.Feedback) []byte {
	switch fb.Kind {
	case session.FeedDeal:
		return session.AppendMoney(append(b, '+'), fb.Amount)
	case session.FeedMomentumBroken:
		b = append(b, "momentum lost"...)
	case session.FeedAdvice:
		b = append(b, "asks advice"...)
	default:
		return session.AppendFeedback(b, fb)
	}
	if fb.Count > 1 {
		b = strconv.AppendInt(append(b, " x"...), int64(fb.Count), 10)
	}
	return b
}

// fbRoom is where a stack's bottom sits and how many lines fit above it
// before the names of the row of desks above (or the canvas's top).
func (f *floorScene) fbRoom(rep int32, nreps int) (bottom float64, lines int) {
	cs := f.cscale
	top := f.canvasAt.Y
	if rep < 0 || int(rep) >= sim.MaxReps {
		// The player's: above "you", over the avatar's head.
		bottom = f.canvasAt.Y + (f.view.Avatar.Y-14)*cs - 17
	} else {
		o := ui.Desks[rep].Origin
		bottom = f.canvasAt.Y + (o.Y+36)*cs - 1
		// The names of the row above, if it has desks in use.
		if row := int(rep) / 4; row > 0 && (row-1)*4 < nreps {
			top = f.canvasAt.Y + (o.Y-66+36)*cs + SizeSmall*1.35 + 2
		}
	}
	lines = int(math.Floor((bottom - top) / fbLineH))
	return bottom, min(max(lines, 0), fbStack)
}

// fbCentre is the x a stack is centred on: the rep's desk, or the avatar.
func (f *floorScene) fbCentre(rep int32) float64 {
	if rep >= 0 && int(rep) < sim.MaxReps {
		return f.canvasAt.X + (ui.Desks[rep].Origin.X+32)*f.cscale
	}
	return f.canvasAt.X + f.view.Avatar.X*f.cscale
}

// drawFeedback draws the stacks as layoutFeedback placed them.
func (f *floorScene) drawFeedback(g *Gfx) {
	for i := range f.fb[:f.nfb] {
		l := &f.fb[i]
		if l.alpha <= 0 {
			continue
		}
		c := g.P.Text
		switch l.kind {
		case session.FeedDeal:
			c = g.P.Good
		case session.FeedMomentumBroken, session.FeedLeft:
			c = g.P.Bad
		case session.FeedAdvice:
			c = g.P.Accent
		}
		g.FillFaded(l.box, g.P.Shade, l.alpha)
		ty := l.box.Y + (l.box.H-float64(l.size)*1.2)/2
		g.TextBFaded(l.b, l.box.X+l.box.W/2, ty, l.size, l.bold, c, l.alpha, Center)
	}
}

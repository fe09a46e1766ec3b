package game

import (
	"math"
	"strconv"
	"unicode/utf8"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The labels over the office: each rep's name under their desk, "you"
// over the avatar, and the floating texts (a deal, a report that broke a
// run, a rep asking advice): one stack per rep, growing up from just above
// the rep's name, newest on top, at most fbStack lines, each fading as it
// ages. No label is drawn over another. The names stay where they are
// (one too wide for the desks' pitch is drawn smaller, then cut); "you"
// rises above a name it would cover; a floating text that would cover a
// label already placed rises above it (a text over its own rep's mood
// face steps left of it first), so that neighbours' texts stagger
// where they are wider than a desk, and where a stack has no room left
// below the names of the row above, its oldest lines give way. Layout
// places every label in Update; Draw only reads.

// fbStack is the most lines a rep's stack shows: older ones give way.
const fbStack = 3

// fbMax is the most floating texts laid out at once: as many as a
// session keeps.
const fbMax = 32

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

// floorName is a rep's name as laid out under their desk: its text (cut
// if even the small size is wider than the desks' pitch), its box, as wide
// as the name in bold (as when selected, so selecting moves nothing), and
// its size.
type floorName struct {
	b    []byte
	box  ui.Rect
	x    float64 // the centre it is drawn at
	size int
}

// youSize is the size of "you" over the avatar.
const youSize = SizeSmall - 1

// fbWho is the stack a floating text belongs to: a rep's index, or the
// player's after the reps'.
func fbWho(rep int32) int {
	if rep >= 0 && rep < sim.MaxReps {
		return int(rep)
	}
	return sim.MaxReps
}

// apart reports whether two labels' boxes do not overlap (touching is
// apart).
func apart(a, b ui.Rect) bool {
	return a.X >= b.Right() || b.X >= a.Right() || a.Y >= b.Bottom() || b.Y >= a.Bottom()
}

// riseClear moves box up until it covers none of taken, and reports
// whether it is still at or below top. Each move is up, so it ends; a box
// with no position yet (NaN, before the first frame has a scale) does not
// fit anywhere.
func riseClear(box ui.Rect, top float64, taken []ui.Rect) (ui.Rect, bool) {
	for moved := true; moved; {
		moved = false
		for _, t := range taken {
			if !apart(box, t) {
				box.Y = t.Y - box.H - 1
				moved = true
			}
		}
		if !(box.Y >= top) {
			return box, false
		}
	}
	return box, true
}

// layoutNames places the reps' names under their desks and "you" over the
// avatar, above any name it would cover, and starts the labels taken
// (f.taken) with them.
func (f *floorScene) layoutNames(ctx *Ctx) {
	s := ctx.Session()
	g := ctx.text
	cs := f.cscale
	pitch := 70*cs - 4 // the desks' pitch, less a gap
	// Before the first frame there is no scale to measure with: the names
	// are placed without widths, to be measured on the next layout.
	measure := func(b []byte, size int) float64 {
		if g.Scale <= 0 {
			return 0
		}
		return g.MeasureB(b, size, true)
	}
	f.nnames = min(len(s.W.Reps), len(f.names))
	for i := range f.names[:f.nnames] {
		n := &f.names[i]
		name := s.W.Reps[i].Name
		// A senior (promoted at a campaign's break) is marked where the
		// player looks for them, under the desk, not only in the side
		// panel: they coach the others and their mood spreads.
		prefix := ""
		if s.W.Reps[i].Senior {
			prefix = "Sr. "
		}
		n.b, n.size = append(append(n.b[:0], prefix...), name...), SizeSmall
		w := measure(n.b, n.size)
		if w > pitch {
			n.size = SizeSmall - 2
			w = measure(n.b, n.size)
		}
		// Still too wide: cut a rune at a time, and mark the cut.
		for cut := len(name); w > pitch && cut > 1; w = measure(n.b, n.size) {
			_, size := utf8.DecodeLastRuneInString(name[:cut])
			cut -= size
			n.b = append(append(append(n.b[:0], prefix...), name[:cut]...), "…"...)
		}
		o := ui.Desks[i].Origin
		n.x = f.canvasAt.X + (o.X+32)*cs
		n.box = ui.Rect{X: n.x - w/2, Y: f.canvasAt.Y + (o.Y+36)*cs, W: w, H: SizeSmall * 1.2}
		f.taken[i] = n.box
	}
	// The mood faces: "you" and the floating texts keep clear of them, a
	// text its own rep's by moving left of it, anything else by rising (a
	// play-test's 09:00 deals covered every face on the floor).
	f.ntaken = f.nnames
	for i := range f.names[:f.nnames] {
		if !s.W.Reps[i].Gone {
			f.taken[f.ntaken] = f.faceBox(int32(i))
			f.ntaken++
		}
	}
	w := 0.0
	if g.Scale > 0 {
		w = g.Measure("you", youSize, true)
	}
	you := ui.Rect{X: f.canvasAt.X + f.view.Avatar.X*cs - w/2, Y: f.canvasAt.Y + (f.view.Avatar.Y-14)*cs - 15, W: w, H: youSize * 1.2}
	if risen, ok := riseClear(you, math.Inf(-1), f.taken[:f.ntaken]); ok {
		you = risen
	}
	f.you = you
	f.taken[f.ntaken] = f.you
	f.ntaken++
}

// faceBox is where a rep's mood face is drawn (floor_office.go: 9 by 9
// pixels at the desk's origin plus (52, 22)).
func (f *floorScene) faceBox(rep int32) ui.Rect {
	cs := f.cscale
	o := ui.Desks[rep].Origin
	return ui.Rect{X: f.canvasAt.X + (o.X+52)*cs, Y: f.canvasAt.Y + (o.Y+22)*cs, W: 9 * cs, H: 9 * cs}
}

// layoutFeedback lays out the names, "you" and the floating texts: a
// stack per rep (and one for the player), its newest lines that fit clear
// of every label placed before them, oldest at the bottom. The player's
// stack goes first, as it follows the avatar wherever it walks; the reps'
// follow, desk by desk.
func (f *floorScene) layoutFeedback(ctx *Ctx) {
	s := ctx.Session()
	f.nfb = 0
	f.layoutNames(ctx)
	if ctx.text.Scale <= 0 {
		return // no frame drawn yet to measure with (and no texts yet)
	}
	g := ctx.text
	fold, folded := f.layoutBanner(ctx, s)
	var total [sim.MaxReps + 1]int
	for i := range s.Feedback {
		if !(folded > 0 && foldsInto(&s.Feedback[i], fold)) {
			total[fbWho(s.Feedback[i].Rep)]++
		}
	}
	slotW := 70*f.cscale - 4 // the desks' pitch: wider texts are drawn smaller
	for k := 0; k <= sim.MaxReps; k++ {
		who := (k + sim.MaxReps) % (sim.MaxReps + 1) // the player's first
		if total[who] == 0 {
			continue
		}
		rep := int32(who)
		if who == sim.MaxReps {
			rep = -1
		}
		// The stack's newest lines, oldest first, measured.
		first := f.nfb
		want := min(total[who], fbStack, len(f.fb)-first)
		seen := 0
		for i := range s.Feedback {
			fb := &s.Feedback[i]
			if fbWho(fb.Rep) != who || folded > 0 && foldsInto(fb, fold) {
				continue
			}
			if seen++; seen <= total[who]-want {
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
			l.box = ui.Rect{X: f.fbCentre(rep) - w/2 - 4, W: w + 8, H: fbLineH - 1}
			l.alpha = 1
			if left := session.FeedbackLife - fb.Age; left < fbFade {
				l.alpha = float32(max(left, 0)) / fbFade
			}
		}
		// As many of the newest as fit, the oldest giving way.
		bottom, top := f.fbRoom(rep)
		var face ui.Rect // the player's stack has none to step aside from
		if rep >= 0 {
			face = f.faceBox(rep)
		}
		n := want
		for ; n > 0 && !placeStack(f.fb[f.nfb-n:f.nfb], bottom, top, face, f.taken[:f.ntaken]); n-- {
		}
		// Keep the lines placed, in order, at the stack's start; the
		// buffers of those that gave way are kept for reuse.
		for i := 0; i < n; i++ {
			f.fb[first+i], f.fb[f.nfb-n+i] = f.fb[f.nfb-n+i], f.fb[first+i]
		}
		f.nfb = first + n
		for p := range f.fb[first:f.nfb] {
			l := &f.fb[first+p]
			l.alpha *= 1 - 0.2*float32(n-1-p) // the newer the brighter
			f.taken[f.ntaken] = l.box
			f.ntaken++
		}
	}
}

// bannerReps is how many reps must show the same text at once for it to
// be said once over the floor rather than on each desk.
const bannerReps = 4

// foldsInto reports whether a floating text is one the banner says for
// the floor: a broken run with the banner's cause.
func foldsInto(fb *session.Feedback, text string) bool {
	return fb.Kind == session.FeedMomentumBroken && fb.Rep >= 0 && fb.Text == text
}

// layoutBanner finds a broken run shown on bannerReps or more desks at once
// (status reports break every rep's run at the same tick) and lays it out
// as one line over the floor, under the wall: "momentum broken: report (8
// reps)". A play-test read eight "momentum lost" labels over the desks'
// faces as clutter. It returns the folded text and how many reps it
// covers, 0 for none, and takes the banner's place first, so that the
// stacks rise clear of it.
func (f *floorScene) layoutBanner(ctx *Ctx, s *session.Session) (string, int) {
	f.banner.alpha = 0
	best, reps, age := "", 0, session.FeedbackLife
	for i := range s.Feedback {
		fb := &s.Feedback[i]
		if fb.Kind != session.FeedMomentumBroken || fb.Rep < 0 || fb.Text == best {
			continue
		}
		n, young := 0, session.FeedbackLife
		for j := range s.Feedback {
			if o := &s.Feedback[j]; foldsInto(o, fb.Text) {
				n++
				young = min(young, o.Age)
			}
		}
		if n > reps {
			best, reps, age = fb.Text, n, young
		}
	}
	if reps < bannerReps {
		return "", 0
	}
	l := &f.banner
	l.b = append(append(l.b[:0], best...), " ("...)
	l.b = append(strconv.AppendInt(l.b, int64(reps), 10), " reps)"...)
	l.kind, l.who, l.size, l.bold = session.FeedMomentumBroken, -1, SizeSmall, true
	w := ctx.text.MeasureB(l.b, l.size, l.bold)
	cs := f.cscale
	l.box = ui.Rect{X: f.canvasAt.X + f.canvasAt.W/2 - w/2 - 4, Y: f.canvasAt.Y + 34*cs, W: w + 8, H: fbLineH - 1}
	l.alpha = 1
	if left := session.FeedbackLife - age; left < fbFade {
		l.alpha = float32(max(left, 0)) / fbFade
	}
	f.taken[f.ntaken] = l.box
	f.ntaken++
	return best, reps
}

// placeStack places a stack's lines, oldest first, up from bottom, each
// above the one before and clear of the labels taken, and reports whether
// they all fit at or below top. A line that would cover its rep's face
// (face; zero for none) moves left of it rather than up over the rep.
func placeStack(lines []fbLine, bottom, top float64, face ui.Rect, taken []ui.Rect) bool {
	y := bottom
	for i := range lines {
		box := lines[i].box
		box.Y = y - fbLineH
		if face.W > 0 && !apart(box, face) {
			box.X = face.X - 1 - box.W
		}
		box, ok := riseClear(box, top, taken)
		if !ok {
			return false
		}
		lines[i].box = box
		y = box.Y
	}
	return true
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

// fbRoom is where a stack's bottom sits and how high it may climb: to
// just under the names of the row of desks above (if it has desks in use),
// so that no text seems to be about a rep of that row, or to the canvas's
// top.
func (f *floorScene) fbRoom(rep int32) (bottom, top float64) {
	cs := f.cscale
	top = f.canvasAt.Y
	if rep < 0 || int(rep) >= sim.MaxReps {
		// The player's: above "you", over the avatar's head.
		return f.you.Y - 2, top
	}
	o := ui.Desks[rep].Origin
	bottom = f.canvasAt.Y + (o.Y+36)*cs - 1
	if row := int(rep) / 4; row > 0 && (row-1)*4 < f.nnames {
		top = f.canvasAt.Y + (o.Y-66+36)*cs + SizeSmall*1.35 + 2
	}
	return bottom, top
}

// fbCentre is the x a stack is centred on: the rep's desk, or the avatar.
func (f *floorScene) fbCentre(rep int32) float64 {
	if rep >= 0 && int(rep) < sim.MaxReps {
		return f.canvasAt.X + (ui.Desks[rep].Origin.X+32)*f.cscale
	}
	return f.canvasAt.X + f.view.Avatar.X*f.cscale
}

// drawFeedback draws the stacks and the banner as layoutFeedback placed
// them.
func (f *floorScene) drawFeedback(g *Gfx) {
	for i := -1; i < f.nfb; i++ {
		l := &f.banner
		if i >= 0 {
			l = &f.fb[i]
		}
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

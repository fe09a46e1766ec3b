package game

import "salesfloor/game/ui"

// The status line at the foot of the floor: what a hovered action does
// (or why it cannot be taken), what the player was last told, the paused
// line or a tip. Layout picks the line and fits it to the window, cutting
// it at a word with an ellipsis where it is too long (the tooltip above
// holds the whole of an action's text).

// Status line kinds: the colour it is drawn in.
const (
	statusText = iota
	statusBad
	statusDim
)

// layoutStatus picks the status line and fits it to the bar.
func (f *floorScene) layoutStatus(ctx *Ctx) {
	b := f.statusSrc[:0]
	switch h := f.panel.Hover; {
	case f.notes.up():
		b = append(b, "Enter (or a click on OK) closes the notice; then the clock runs on."...)
		f.statusKind = statusText
	case h >= 0 && f.panel.Buttons[h].Queue:
		b = append(append(b, "Pressing it queues it for when you are free. "...), f.panel.Buttons[h].Reason...)
		f.statusKind = statusText
	case h >= 0 && !f.panel.Buttons[h].Enabled:
		b = append(append(b, "Can't now: "...), f.panel.Buttons[h].Reason...)
		f.statusKind = statusBad
	case h >= 0:
		b = append(b, actionNow[f.panel.Buttons[h].ID]...)
		f.statusKind = statusText
	case len(f.status) > 0:
		b = append(b, f.status...)
		f.statusKind = statusText
		if !f.statusOK {
			f.statusKind = statusBad
		}
	case ctx.Session().Speed == 0:
		b = append(b, f.pausedLine...)
		f.statusKind = statusDim
	case f.queue.hidden() && ctx.Session().Routine != nil:
		// No room under the actions (a short window): the routine's line
		// goes here instead of the tip.
		b = append(append(append(b, f.queue.routine[0]...), ".  "...), f.queue.routine[1]...)
		f.statusKind = statusDim
	default:
		b = append(b, f.tipLine...)
		f.statusKind = statusDim
	}
	f.statusSrc = b
	f.statusLine = f.statusSrc
	if ctx.text.Scale > 0 {
		f.statusLine = fitB(ctx.text, f.statusFit[:0], b, f.lay.W-24, SizeBody-1, false)
		f.statusFit = f.statusLine
	}
}

// fitB appends src to dst, cut at a word and ended with an ellipsis if it
// is wider than width at size. It allocates nothing once dst has grown.
func fitB(g *Gfx, dst, src []byte, width float64, size int, bold bool) []byte {
	base := len(dst)
	dst = append(dst, src...)
	if g.MeasureB(dst[base:], size, bold) <= width {
		return dst
	}
	for n := len(src); n > 0; {
		// Back to the end of the previous word.
		for n > 0 && src[n-1] != ' ' {
			n--
		}
		for n > 0 && src[n-1] == ' ' {
			n--
		}
		dst = append(append(dst[:base], src[:n]...), "…"...)
		if g.MeasureB(dst[base:], size, bold) <= width {
			return dst
		}
	}
	return dst[:base]
}

// drawStatus draws the status line layoutStatus fitted, and the hovered
// action's tooltip above it.
func (f *floorScene) drawStatus(ctx *Ctx, g *Gfx) {
	l := &f.lay
	g.Fill(l.Status, g.P.Panel)
	g.Fill(ui.Rect{X: 0, Y: l.Status.Y, W: l.W, H: 1}, g.P.Line)
	c := g.P.Text
	switch f.statusKind {
	case statusBad:
		c = g.P.Bad
	case statusDim:
		c = g.P.Dim
	}
	g.TextB(f.statusLine, 12, l.Status.Y+9, SizeBody-1, false, c, Left)
	f.drawTooltip(g)
}

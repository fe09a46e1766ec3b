package game

import (
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// An action's tooltip: its title (with its cost and key), its style, what
// it does now and later, and why not or why it would be noise. Layout wraps
// every part to the box's width and fits the box to them, inside the
// window; Draw only reads.

// actionTip is an action's tooltip as laid out.
type actionTip struct {
	box        ui.Rect
	title      []string // wrapped
	styleAt    ui.Rect  // where the style's label goes: beside the title, or under it
	style      string
	now, later []string
	why        []string // why it cannot be taken now, or
	hollow     []string // why it would be noise
	next       bool     // a toggle: "Press to set: ..." closes the box
	y          [5]float64
}

// tip layout constants, in UI units.
const (
	tipW      = 340.0 // the widest a tooltip gets
	tipPad    = 10.0
	tipIndent = 44.0 // the Now and Later texts, right of their labels
	tipLineH  = SizeSmall * 1.35
)

// layoutTooltip lays out the tooltip of the hovered action, if any, beside
// its button.
func (f *floorScene) layoutTooltip(ctx *Ctx) {
	t := &f.tip
	h := f.panel.Hover
	if h < 0 || ctx.text.Scale <= 0 {
		t.box = ui.Rect{}
		return
	}
	g := ctx.text
	b := &f.panel.Buttons[h]
	spec := &sim.Actions[b.ID]
	l := &f.lay
	x := b.Rect.Right() + 10
	w := min(tipW, l.W-x-8)
	inner := w - 2*tipPad
	t.style = "Manage (command)"
	if spec.Style == sim.StyleExample {
		t.style = "Lead (example)"
	}
	title := f.actionTitle[b.ID]
	sw := g.Measure(t.style, SizeSmall-1, false)
	y := 6.0
	t.title = g.WrapC(title, inner, SizeBody-1, true)
	if len(t.title) == 1 && g.Measure(title, SizeBody-1, true)+12+sw <= inner {
		// The style beside a title that leaves room for it.
		t.styleAt = ui.Rect{X: w - tipPad, Y: y + 2}
		y += SizeBody * 1.4
	} else {
		y += float64(len(t.title)) * (SizeBody - 1) * 1.35
		t.styleAt = ui.Rect{X: tipPad + sw, Y: y}
		y += SizeSmall * 1.35
	}
	y += 6
	t.now = g.WrapC(spec.Now, inner-tipIndent+tipPad, SizeSmall, false)
	t.later = g.WrapC(spec.Later, inner-tipIndent+tipPad, SizeSmall, false)
	t.why, t.hollow = nil, nil
	if !b.Enabled {
		t.why = g.WrapC(b.Reason, inner, SizeSmall, true)
	} else if b.Hollow != "" {
		t.hollow = g.WrapC(b.Hollow, inner, SizeSmall, true)
	}
	t.y[0] = y // Now
	y += float64(len(t.now))*tipLineH + 4
	t.y[1] = y // Later
	y += float64(len(t.later))*tipLineH + 4
	t.y[2] = y // why or hollow
	y += float64(len(t.why)+len(t.hollow)) * tipLineH
	t.next = b.Toggle && b.Next != "" && (b.Enabled || b.Queue) // not beside a refusal
	t.y[3] = y + 2                                              // Press to set
	if t.next {
		y += 2 + tipLineH
	}
	t.box = ui.Rect{X: x, Y: b.Rect.Y, W: w, H: y + 8}
	if t.box.Bottom() > l.Status.Y-4 {
		t.box.Y = max(l.Status.Y-4-t.box.H, l.HUD.Bottom())
	}
}

// drawTooltip draws the hovered action's tooltip as layoutTooltip laid it
// out.
func (f *floorScene) drawTooltip(g *Gfx) {
	t := &f.tip
	r := t.box
	if r.W <= 0 {
		return
	}
	b := &f.panel.Buttons[f.panel.Hover]
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 1, g.P.Accent)
	x := r.X + tipPad
	g.Lines(t.title, x, r.Y+6, SizeBody-1, true, g.P.Text)
	g.Text(t.style, r.X+t.styleAt.X, r.Y+t.styleAt.Y, SizeSmall-1, false, g.P.Dim, Right)
	g.Text("Now", x, r.Y+t.y[0]+1, SizeSmall-2, true, g.P.Dim, Left)
	g.Lines(t.now, r.X+tipIndent, r.Y+t.y[0], SizeSmall, false, g.P.Good)
	g.Text("Later", x, r.Y+t.y[1]+1, SizeSmall-2, true, g.P.Dim, Left)
	g.Lines(t.later, r.X+tipIndent, r.Y+t.y[1], SizeSmall, false, g.P.Series[1])
	y := g.Lines(t.why, x, r.Y+t.y[2], SizeSmall, true, g.P.Bad)
	g.Lines(t.hollow, x, y, SizeSmall, true, g.P.Mid)
	if t.next {
		f.scratch = append(append(f.scratch[:0], "Press to set: "...), b.Next...)
		g.TextB(f.scratch, x, r.Y+t.y[3], SizeSmall, false, g.P.Accent, Left)
	}
}

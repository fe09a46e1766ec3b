package game

import "salesfloor/game/ui"

// textRecord is a recorder of what a frame drew, for the layout tests: the
// rects filled, in order, and every text with the box its glyphs take. A
// text's own box is the last filled rect drawn before it that holds the
// point it was anchored at (its left edge, centre or right edge, half way
// down), so a test can measure each text against the box it was placed in.
// Gfx records only while its rec is set; the game never sets it.
type textRecord struct {
	fills []ui.Rect
	texts []recordedText
}

// recordedText is a drawn text: its box in UI units, the point it was
// anchored at, and how many rects had been filled before it.
type recordedText struct {
	s      string
	box    ui.Rect
	ax, ay float64
	fills  int
}

func (t *textRecord) fill(r ui.Rect) { t.fills = append(t.fills, r) }

// text records a text of advance width w drawn at x, y, aligned a.
func (g *Gfx) recordText(s string, w, x, y float64, size int, bold bool, a Align) {
	m := g.Face(size, bold).Metrics()
	h := (m.HAscent + m.HDescent) / g.Scale
	box := ui.Rect{X: x, Y: y, W: w, H: h}
	switch a {
	case Center:
		box.X -= w / 2
	case Right:
		box.X -= w
	}
	g.rec.texts = append(g.rec.texts, recordedText{s: s, box: box, ax: x, ay: y + h/2, fills: len(g.rec.fills)})
}

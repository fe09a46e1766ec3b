package game

import (
	"bytes"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"salesfloor/game/ui"
)

// Text sizes, in UI units.
const (
	SizeSmall = 12
	SizeBody  = 14
	SizeHead  = 17
	SizeBig   = 24
	SizeTitle = 52
)

var (
	srcRegular = mustSource(goregular.TTF)
	srcBold    = mustSource(gobold.TTF)
)

func mustSource(ttf []byte) *text.GoTextFaceSource {
	s, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
	if err != nil {
		panic(err)
	}
	return s
}

// Palette is the UI's colours. Morale and other good/bad readings use
// Good/Mid/Bad, always together with a shape or a number, never colour alone.
type Palette struct {
	Bg, Panel, PanelHi, Line, Text, Dim, Accent, Good, Mid, Bad, Command, Example, Button, ButtonHi, ButtonOff, Shade color.Color
	// Series are the chart lines' colours, in order.
	Series [4]color.Color
}

// The colour sets: the default, and a colour-blind-safe one (Okabe-Ito).
var (
	normalPalette = makePalette(false)
	cbPalette     = makePalette(true)
)

func rgb(v uint32) color.Color {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

func makePalette(cb bool) *Palette {
	p := &Palette{}
	set := func(dst *color.Color, v uint32) { *dst = rgb(v) }
	set(&p.Bg, 0x1d2030)
	set(&p.Panel, 0x272b3f)
	set(&p.PanelHi, 0x323852)
	set(&p.Line, 0x4a5070)
	set(&p.Text, 0xeef0f8)
	set(&p.Dim, 0xa0a6c0)
	set(&p.Accent, 0xf2c94c)
	set(&p.Button, 0x3a4160)
	set(&p.ButtonHi, 0x4d5680)
	set(&p.ButtonOff, 0x2c3046)
	p.Shade = color.RGBA{0, 0, 0, 0xa0}
	if cb {
		set(&p.Good, 0x56b4e9)
		set(&p.Mid, 0xf0e442)
		set(&p.Bad, 0xe69f00)
		set(&p.Command, 0x0072b2)
		set(&p.Example, 0xd55e00)
		p.Series = [4]color.Color{rgb(0x56b4e9), rgb(0xe69f00), rgb(0x009e73), rgb(0xcc79a7)}
	} else {
		set(&p.Good, 0x5fcf7a)
		set(&p.Mid, 0xf2c94c)
		set(&p.Bad, 0xeb5757)
		set(&p.Command, 0x4f7fd9)
		set(&p.Example, 0xe0804a)
		p.Series = [4]color.Color{rgb(0x5fcf7a), rgb(0x56b4e9), rgb(0xf2c94c), rgb(0xeb5757)}
	}
	return p
}

// Align is a text alignment.
type Align uint8

const (
	Left Align = iota
	Center
	Right
)

// Gfx draws in UI units onto a screen of device pixels.
type Gfx struct {
	Dst    *ebiten.Image
	Scale  float64 // device pixels per UI unit
	P      *Palette
	faces  map[faceKey]*text.GoTextFace
	fscale float64
	vs     []ebiten.Vertex // antialiased lines (BeginLines)
	is     []uint16
	white  *ebiten.Image
	tri    ebiten.DrawTrianglesOptions
	img    ebiten.DrawImageOptions
	atlas  *atlas          // what the batch draws from (batch.go)
	bv     []ebiten.Vertex // the batch: quads drawn at the next Flush
	bi     []uint16
	bopt   ebiten.DrawTrianglesOptions
	aa     bool              // the lines being batched are antialiased
	words  map[string]string // interned tokens of TextB, see token
	wraps  map[wrapKey][]string
	runs   map[runKey]*run // laid-out glyphs of strings drawn before
	lines  bool            // Polyline calls are being batched (BeginLines)
	rec    *textRecord     // what is drawn, for the layout tests; nil in the game
}

type faceKey struct {
	size int
	bold bool
}

func newGfx() *Gfx {
	g := &Gfx{faces: map[faceKey]*text.GoTextFace{}, P: normalPalette, words: map[string]string{},
		wraps: map[wrapKey][]string{}, runs: map[runKey]*run{}}
	g.white = ebiten.NewImage(3, 3)
	g.white.Fill(color.White)
	g.atlas = newAtlas()
	// Every quad is drawn with one filter (nearest: glyphs sit on whole
	// pixels, sprites are pixel art, and a scaled white pixel is white
	// either way) and colours given premultiplied, as ScaleWithColor takes
	// them.
	g.bopt.Filter = ebiten.FilterNearest
	g.bopt.ColorScaleMode = ebiten.ColorScaleModePremultipliedAlpha
	g.bv = make([]ebiten.Vertex, 0, 8192)
	g.bi = make([]uint16, 0, 12288)
	return g
}

// Face returns the font face for a size in UI units at the current scale.
func (g *Gfx) Face(size int, bold bool) *text.GoTextFace {
	if g.fscale != g.Scale {
		clear(g.faces)
		clear(g.runs)
		g.fscale = g.Scale
	}
	k := faceKey{size, bold}
	f := g.faces[k]
	if f == nil {
		src := srcRegular
		if bold {
			src = srcBold
		}
		f = &text.GoTextFace{Source: src, Size: float64(size) * g.Scale}
		g.faces[k] = f
	}
	return f
}

// Fill fills a rect, as a scaled white pixel in the batch.
func (g *Gfx) Fill(r ui.Rect, c color.Color) {
	if g.rec != nil {
		g.rec.fill(r)
	}
	g.fillPx(r.X*g.Scale, r.Y*g.Scale, r.W*g.Scale, r.H*g.Scale, c)
}

func (g *Gfx) fillPx(x, y, w, h float64, c color.Color) {
	if w <= 0 || h <= 0 {
		return
	}
	cr, cg, cb, ca := rgba(c)
	g.quad(g.atlas.white, x, y, x+w, y+h, false, cr, cg, cb, ca)
}

// FillFaded fills a rect at an opacity of alpha (0..1) of its colour's.
func (g *Gfx) FillFaded(r ui.Rect, c color.Color, alpha float32) {
	if g.rec != nil {
		g.rec.fill(r)
	}
	if r.W <= 0 || r.H <= 0 {
		return
	}
	cr, cg, cb, ca := rgba(c)
	s := g.Scale
	g.quad(g.atlas.white, r.X*s, r.Y*s, (r.X+r.W)*s, (r.Y+r.H)*s, false, cr*alpha, cg*alpha, cb*alpha, ca*alpha)
}

// Stroke outlines a rect.
func (g *Gfx) Stroke(r ui.Rect, width float64, c color.Color) {
	g.strokePx(r.X*g.Scale, r.Y*g.Scale, r.W*g.Scale, r.H*g.Scale, math.Max(1, math.Round(width*g.Scale)), c)
}

// strokePx outlines a rect given in device pixels, t pixels thick.
func (g *Gfx) strokePx(x, y, w, h, t float64, c color.Color) {
	x, y, w, h = math.Round(x), math.Round(y), math.Round(w), math.Round(h)
	g.fillPx(x, y, w, t, c)
	g.fillPx(x, y+h-t, w, t, c)
	g.fillPx(x, y+t, t, h-2*t, c)
	g.fillPx(x+w-t, y+t, t, h-2*t, c)
}

// Sprite draws a pixel-art image with its top-left at x, y scaled by k
// device pixels per image pixel, tinted by clr (nil: untinted).
func (g *Gfx) Sprite(img *ebiten.Image, x, y, k float64, clr color.Color) {
	g.image(img, math.Round(x*g.Scale), math.Round(y*g.Scale), k, false, clr)
}

// runKey and run cache a string's glyphs laid out at the origin in a face,
// and its advance: drawing a label again is a walk over its glyphs, with no
// shaping, layout or glyph-cache lookups (which cost more than the draws).
// The glyph images stay valid when text/v2 drops them from its own cache.
type runKey struct {
	s    string
	face *text.GoTextFace
}

type run struct {
	glyphs []text.Glyph
	adv    float64
}

var startLayout text.LayoutOptions

func (g *Gfx) run(s string, face *text.GoTextFace) *run {
	k := runKey{s, face}
	if r, ok := g.runs[k]; ok {
		return r
	}
	if len(g.runs) > 4096 {
		clear(g.runs)
	}
	r := &run{glyphs: text.AppendGlyphs(nil, s, face, &startLayout), adv: text.Advance(s, face)}
	g.runs[k] = r
	return r
}

// drawRun draws a run with its origin at device pixel ox, oy, in a colour.
func (g *Gfx) drawRun(r *run, ox, oy float64, cr, cg, cb, ca float32) {
	for i := range r.glyphs {
		gl := &r.glyphs[i]
		if gl.Image == nil {
			continue
		}
		g.imageRGBA(gl.Image, gl.X+ox, gl.Y+oy, 1, false, cr, cg, cb, ca)
	}
}

// Text draws a line of text with its top at y.
func (g *Gfx) Text(s string, x, y float64, size int, bold bool, c color.Color, a Align) {
	face := g.Face(size, bold)
	r := g.run(s, face)
	if g.rec != nil {
		g.recordText(s, r.adv/g.Scale, x, y, size, bold, a)
	}
	px := x * g.Scale
	switch a {
	case Center:
		px -= r.adv / 2
	case Right:
		px -= r.adv
	}
	cr, cg, cb, ca := rgba(c)
	g.drawRun(r, math.Round(px), float64(int(y*g.Scale)), cr, cg, cb, ca)
}

// Measure is the width of a line of text in UI units.
func (g *Gfx) Measure(s string, size int, bold bool) float64 {
	return g.run(s, g.Face(size, bold)).adv / g.Scale
}

// Wrap breaks s into lines that fit width at size. It measures word by
// word, each as TextT draws it (tokens whose shaping is cached: letters'
// runs repeat, digits and punctuation are single tokens), and adds the
// space's advance between them, rather than shaping every longer prefix of
// a line: a new text costs nothing once its words have been seen.
func (g *Gfx) Wrap(s string, width float64, size int, bold bool) []string {
	face := g.Face(size, bold)
	space := g.run(" ", face).adv
	max := width * g.Scale
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line, lw := "", 0.0
		for _, w := range strings.Fields(para) {
			ww := advanceTokens(g, w, face)
			switch {
			case line == "":
				line, lw = w, ww
			case lw+space+ww > max:
				lines = append(lines, line)
				line, lw = w, ww
			default:
				line += " " + w
				lw += space + ww
			}
		}
		lines = append(lines, line)
	}
	return lines
}

type wrapKey struct {
	s            string
	width, scale float64
	size         int
	bold         bool
}

// WrapC is Wrap with a cache, for text wrapped while drawing (tooltips,
// dialogs): the same text at the same width is wrapped once.
func (g *Gfx) WrapC(s string, width float64, size int, bold bool) []string {
	k := wrapKey{s, width, g.Scale, size, bold}
	if l, ok := g.wraps[k]; ok {
		return l
	}
	if len(g.wraps) > 512 {
		clear(g.wraps)
	}
	l := g.Wrap(s, width, size, bold)
	g.wraps[k] = l
	return l
}

// Lines draws pre-wrapped lines and returns the y below them.
func (g *Gfx) Lines(lines []string, x, y float64, size int, bold bool, c color.Color) float64 {
	lh := float64(size) * 1.35
	for _, l := range lines {
		g.TextT(l, x, y, size, bold, c, Left)
		y += lh
	}
	return y
}

// Panel draws a panel background with a border.
func (g *Gfx) Panel(r ui.Rect) {
	g.Fill(r, g.P.Panel)
	g.Stroke(r, 1, g.P.Line)
}

// ButtonState is how a button is drawn.
type ButtonState struct {
	Hover, Focus, Disabled, On bool
	Tint                       color.Color // a stripe on the left: the action's style
}

// Button draws a button with a centred label.
func (g *Gfx) Button(r ui.Rect, label string, st ButtonState) {
	bg := g.P.Button
	switch {
	case st.Disabled:
		bg = g.P.ButtonOff
	case st.Hover || st.On:
		bg = g.P.ButtonHi
	}
	g.Fill(r, bg)
	if st.Tint != nil {
		g.Fill(ui.Rect{X: r.X, Y: r.Y, W: 4, H: r.H}, st.Tint)
	}
	border := g.P.Line
	if st.Focus {
		border = g.P.Accent
	}
	w := 1.0
	if st.Focus {
		w = 2
	}
	g.Stroke(r, w, border)
	tc := g.P.Text
	if st.Disabled {
		tc = g.P.Dim
	}
	g.Text(label, r.X+r.W/2, r.Y+(r.H-SizeBody*1.2)/2, SizeBody, true, tc, Center)
}

// Bar draws a horizontal bar filled to frac (0..1).
func (g *Gfx) Bar(r ui.Rect, frac float64, c color.Color) {
	g.Fill(r, g.P.Bg)
	if frac < 0 {
		frac = 0
	}
	if frac > 1 {
		frac = 1
	}
	g.Fill(ui.Rect{X: r.X, Y: r.Y, W: r.W * frac, H: r.H}, c)
	g.Stroke(r, 1, g.P.Line)
}

// Level picks good/mid/bad for a 0..1 reading.
func (g *Gfx) Level(v float64) color.Color {
	switch {
	case v >= 0.6:
		return g.P.Good
	case v >= 0.4:
		return g.P.Mid
	}
	return g.P.Bad
}

// Polyline strokes a polyline given in UI units: each segment is a quad,
// extended so that the joints overlap. Antialiased lines cost Ebiten an
// offscreen pass each, so they are drawn one Polyline at a time, or as one
// between BeginLines(true) and EndLines; between BeginLines(false) and
// EndLines they go into the batch unsmoothed, costing nothing extra.
func (g *Gfx) Polyline(xs, ys []float64, width float64, c color.Color) {
	if len(xs) < 2 {
		return
	}
	cr, cg, cb, ca := rgba(c)
	flat := g.lines && !g.aa
	if !g.lines {
		g.vs, g.is = g.vs[:0], g.is[:0]
	}
	hw := width * g.Scale / 2
	for i := 1; i < len(xs); i++ {
		x0, y0 := xs[i-1]*g.Scale, ys[i-1]*g.Scale
		x1, y1 := xs[i]*g.Scale, ys[i]*g.Scale
		dx, dy := x1-x0, y1-y0
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		// Extend each segment by part of the width so joints overlap.
		ex, ey := dx/l*hw*0.7, dy/l*hw*0.7
		nx, ny := -dy/l*hw, dx/l*hw
		px := [4]float64{x0 - ex + nx, x0 - ex - nx, x1 + ex + nx, x1 + ex - nx}
		py := [4]float64{y0 - ey + ny, y0 - ey - ny, y1 + ey + ny, y1 + ey - ny}
		if flat {
			g.corners(px, py, cr, cg, cb, ca)
			continue
		}
		if len(g.vs) > 60000 {
			break
		}
		base := uint16(len(g.vs))
		for k := range px {
			g.vs = append(g.vs, ebiten.Vertex{DstX: float32(px[k]), DstY: float32(py[k]), SrcX: 1.5, SrcY: 1.5, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca})
		}
		g.is = append(g.is, base, base+1, base+2, base+1, base+3, base+2)
	}
	if !g.lines {
		g.flushLines()
	}
}

// TextB draws a line of text held in a byte slice, for labels rebuilt as
// the game runs (the clock, revenue, counts). It never allocates once warm:
// the line is drawn as tokens (a run of letters, or one other character)
// from a bounded vocabulary, so neither the strings nor Ebiten's shaping of
// them are made anew when a number changes. Words keep their kerning; the
// gaps between tokens are the font's advances.
func (g *Gfx) TextB(b []byte, x, y float64, size int, bold bool, c color.Color, a Align) {
	textTokens(g, b, x, y, size, bold, c, 1, a)
}

// TextBFaded is TextB at an opacity of alpha (0..1), for texts fading
// out, without making a colour (which would allocate).
func (g *Gfx) TextBFaded(b []byte, x, y float64, size int, bold bool, c color.Color, alpha float32, a Align) {
	textTokens(g, b, x, y, size, bold, c, alpha, a)
}

// TextT is TextB for a string: for texts made as the game runs (notices,
// recent events, a routine's next hour), which a whole-line run would shape
// anew for every new number in them.
func (g *Gfx) TextT(s string, x, y float64, size int, bold bool, c color.Color, a Align) {
	textTokens(g, s, x, y, size, bold, c, 1, a)
}

func textTokens[T string | []byte](g *Gfx, b T, x, y float64, size int, bold bool, c color.Color, alpha float32, a Align) {
	face := g.Face(size, bold)
	if g.rec != nil {
		g.recordText(string(b), advanceTokens(g, b, face)/g.Scale, x, y, size, bold, a)
	}
	px := x * g.Scale
	switch a {
	case Center:
		px -= advanceTokens(g, b, face) / 2
	case Right:
		px -= advanceTokens(g, b, face)
	}
	cr, cg, cb, ca := rgba(c)
	cr, cg, cb, ca = cr*alpha, cg*alpha, cb*alpha, ca*alpha
	py := float64(int(y * g.Scale))
	for rest := b; len(rest) > 0; {
		tok, n := token(g, rest)
		rest = rest[n:]
		r := g.run(tok, face)
		g.drawRun(r, math.Round(px), py, cr, cg, cb, ca)
		px += r.adv
	}
}

// MeasureT is the width of a TextT line in UI units.
func (g *Gfx) MeasureT(s string, size int, bold bool) float64 {
	return advanceTokens(g, s, g.Face(size, bold)) / g.Scale
}

// MeasureB is the width of a TextB line in UI units.
func (g *Gfx) MeasureB(b []byte, size int, bold bool) float64 {
	return advanceTokens(g, b, g.Face(size, bold)) / g.Scale
}

func advanceTokens[T string | []byte](g *Gfx, b T, face *text.GoTextFace) float64 {
	w := 0.0
	for rest := b; len(rest) > 0; {
		tok, n := token(g, rest)
		rest = rest[n:]
		w += g.run(tok, face).adv
	}
	return w
}

// token returns the first token of b as an interned string, and its length
// in bytes: a run of letters (and any UTF-8 sequence), or one other byte.
// Looking up g.words[string(b)] does not allocate; a new token allocates
// once. The vocabulary is the game's words and the ASCII punctuation and
// digits, so the map stays small; it is cleared should it ever grow large.
func token[T string | []byte](g *Gfx, b T) (string, int) {
	n := 1
	if isWordByte(b[0]) {
		for n < len(b) && isWordByte(b[n]) {
			n++
		}
	}
	if s, ok := g.words[string(b[:n])]; ok {
		return s, n
	}
	if len(g.words) > 4096 {
		clear(g.words)
	}
	s := string(b[:n])
	g.words[s] = s
	return s, n
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\'' || c == '-' || c == '_'
}

// BeginLines starts batching Polyline calls: antialiased, into one draw
// that EndLines makes; or, without aa, straight into the frame's batch.
func (g *Gfx) BeginLines(aa bool) {
	g.vs, g.is = g.vs[:0], g.is[:0]
	g.lines, g.aa = true, aa
}

// EndLines draws the antialiased polylines batched since BeginLines.
func (g *Gfx) EndLines() {
	g.lines = false
	g.flushLines()
}

// flushLines draws the antialiased lines batched, over everything batched
// before them.
func (g *Gfx) flushLines() {
	if len(g.is) > 0 {
		g.Flush()
		g.tri.AntiAlias = true
		g.tri.ColorScaleMode = ebiten.ColorScaleModePremultipliedAlpha
		g.Dst.DrawTriangles(g.vs, g.is, g.white, &g.tri)
	}
	g.vs, g.is = g.vs[:0], g.is[:0]
}

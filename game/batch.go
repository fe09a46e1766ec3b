package game

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
)

// A frame of the floor is about a thousand glyphs, fills and sprites. Drawn
// one DrawImage each, they cost Ebiten about a microsecond apiece, and
// every change of source texture or destination starts a new draw command
// (each of which allocates). So Gfx draws them all from one texture of its
// own, the atlas (the white pixel, and each glyph and sprite copied in the
// first time it is drawn), as quads in one vertex buffer that goes to Ebiten
// in a single DrawTriangles when the frame ends or something else must be
// drawn first (an antialiased line, another destination).

const (
	atlasSize = 2048
	atlasPad  = 1     // between entries, so that no sample bleeds
	maxVerts  = 65532 // uint16 indices: the most one batch can hold
	whiteSize = 3     // the white square's side; its centre pixel fills
)

// atlas is Gfx's texture of everything it draws: filled in shelves, left to
// right and top to bottom, and emptied to start again when full.
type atlas struct {
	img        *ebiten.Image
	at         map[*ebiten.Image]image.Rectangle
	white      image.Rectangle // the centre pixel of a white square
	x, y, rowH int             // the shelf being filled
	src        *ebiten.Image   // the white square copied in at each reset
}

func newAtlas() *atlas {
	a := &atlas{img: ebiten.NewImage(atlasSize, atlasSize), at: map[*ebiten.Image]image.Rectangle{}}
	a.src = ebiten.NewImage(whiteSize, whiteSize)
	a.src.Fill(color.White)
	a.reset()
	return a
}

// reset empties the atlas and puts the white square back.
func (a *atlas) reset() {
	a.img.Clear()
	clear(a.at)
	a.x, a.y, a.rowH = atlasPad, atlasPad, 0
	r, _ := a.find(a.src)
	a.white = image.Rect(r.Min.X+1, r.Min.Y+1, r.Min.X+2, r.Min.Y+2)
}

// find is where src sits in the atlas, copied in the first time. It
// reports false when the atlas is full, or src could never fit.
func (a *atlas) find(src *ebiten.Image) (image.Rectangle, bool) {
	if r, ok := a.at[src]; ok {
		return r, true
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if w+2*atlasPad > atlasSize || h+2*atlasPad > atlasSize {
		return image.Rectangle{}, false
	}
	if a.x+w+atlasPad > atlasSize {
		a.x, a.y, a.rowH = atlasPad, a.y+a.rowH+atlasPad, 0
	}
	if a.y+h+atlasPad > atlasSize {
		return image.Rectangle{}, false
	}
	r := image.Rect(a.x, a.y, a.x+w, a.y+h)
	var op ebiten.DrawImageOptions
	op.GeoM.Translate(float64(a.x), float64(a.y))
	op.Blend = ebiten.BlendCopy
	a.img.DrawImage(src, &op)
	a.at[src] = r
	a.x += w + atlasPad
	a.rowH = max(a.rowH, h)
	return r, true
}

// rgba is a colour as vertex colour scales, premultiplied; nil is white.
func rgba(c color.Color) (r, g, b, a float32) {
	if c == nil {
		return 1, 1, 1, 1
	}
	cr, cg, cb, ca := c.RGBA()
	return float32(cr) / 0xffff, float32(cg) / 0xffff, float32(cb) / 0xffff, float32(ca) / 0xffff
}

// region is where img sits in the atlas, copied in if it is new. When the
// atlas is full it draws what is batched, empties it and tries again; an
// image too large for it reports false.
func (g *Gfx) region(img *ebiten.Image) (image.Rectangle, bool) {
	if r, ok := g.atlas.find(img); ok {
		return r, true
	}
	g.Flush()
	g.atlas.reset()
	return g.atlas.find(img)
}

// quad batches the atlas's region s drawn onto the device-pixel rect
// (x0, y0)-(x1, y1), mirrored if flip, scaled by the colour.
func (g *Gfx) quad(s image.Rectangle, x0, y0, x1, y1 float64, flip bool, cr, cg, cb, ca float32) {
	if len(g.bv)+4 > maxVerts {
		g.Flush()
	}
	sx0, sx1 := float32(s.Min.X), float32(s.Max.X)
	if flip {
		sx0, sx1 = sx1, sx0
	}
	sy0, sy1 := float32(s.Min.Y), float32(s.Max.Y)
	base := uint16(len(g.bv))
	g.bv = append(g.bv,
		ebiten.Vertex{DstX: float32(x0), DstY: float32(y0), SrcX: sx0, SrcY: sy0, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
		ebiten.Vertex{DstX: float32(x1), DstY: float32(y0), SrcX: sx1, SrcY: sy0, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
		ebiten.Vertex{DstX: float32(x0), DstY: float32(y1), SrcX: sx0, SrcY: sy1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
		ebiten.Vertex{DstX: float32(x1), DstY: float32(y1), SrcX: sx1, SrcY: sy1, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca})
	g.bi = append(g.bi, base, base+1, base+2, base+1, base+3, base+2)
}

// corners batches a filled quadrilateral with the device-pixel corners
// given (in the order top-left, top-right, bottom-left, bottom-right of a
// segment), in a solid colour.
func (g *Gfx) corners(xs, ys [4]float64, cr, cg, cb, ca float32) {
	if len(g.bv)+4 > maxVerts {
		g.Flush()
	}
	w := g.atlas.white
	sx, sy := float32(w.Min.X)+0.5, float32(w.Min.Y)+0.5
	base := uint16(len(g.bv))
	for i := range xs {
		g.bv = append(g.bv, ebiten.Vertex{DstX: float32(xs[i]), DstY: float32(ys[i]), SrcX: sx, SrcY: sy, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca})
	}
	g.bi = append(g.bi, base, base+1, base+2, base+1, base+3, base+2)
}

// image batches img drawn with its top-left at device pixel (x, y), k
// device pixels per image pixel, mirrored if flip, tinted by clr (nil:
// untinted).
func (g *Gfx) image(img *ebiten.Image, x, y, k float64, flip bool, clr color.Color) {
	cr, cg, cb, ca := rgba(clr)
	g.imageRGBA(img, x, y, k, flip, cr, cg, cb, ca)
}

func (g *Gfx) imageRGBA(img *ebiten.Image, x, y, k float64, flip bool, cr, cg, cb, ca float32) {
	s, ok := g.region(img)
	b := img.Bounds()
	w, h := float64(b.Dx())*k, float64(b.Dy())*k
	if !ok {
		// Larger than the atlas: drawn on its own, in order.
		g.Flush()
		op := &g.img
		op.GeoM.Reset()
		if flip {
			op.GeoM.Scale(-1, 1)
			op.GeoM.Translate(float64(b.Dx()), 0)
		}
		op.GeoM.Scale(k, k)
		op.GeoM.Translate(x, y)
		op.ColorScale.Reset()
		op.ColorScale.Scale(cr, cg, cb, ca)
		op.Filter = ebiten.FilterNearest
		g.Dst.DrawImage(img, op)
		return
	}
	g.quad(s, x, y, x+w, y+h, flip, cr, cg, cb, ca)
}

// Flush draws what is batched. App calls it at the end of each frame;
// Gfx calls it before drawing anything that is not batched.
func (g *Gfx) Flush() {
	if len(g.bi) > 0 && g.Dst != nil {
		g.Dst.DrawTriangles(g.bv, g.bi, g.atlas.img, &g.bopt)
	}
	g.bv, g.bi = g.bv[:0], g.bi[:0]
}

// Package art draws every image of the game from code: the office floor,
// desks, reps, the player's avatar, activity bubbles and morale faces. It
// has no Ebiten dependency; cmd gen writes the result to assets/sprites as a
// PNG sheet, which the game embeds, and a test checks the committed PNG is
// what this code draws.
package art

import (
	"image"
	"image/color"
)

// Variants is how many colourings of the rep sprite the sheet holds: eight
// for a scenario's starting team (StartVariants) and eight more for those
// who join later, so that a hire never wears a starting rep's look.
const Variants = 16

// StartVariants is how many of the Variants dress a scenario's own reps.
const StartVariants = 8

// Rects names every sprite's place on the sheet.
type Rects struct {
	Background image.Rectangle
	Rep        [Variants][2]image.Rectangle // [variant][frame]: frame 1 is typing
	Avatar     [2]image.Rectangle           // walking frames
	Desk       image.Rectangle
	DeskEmpty  image.Rectangle // a desk someone has left: box on it
	Bubble     [NumIcons]image.Rectangle
	Face       [3]image.Rectangle // frown, flat, smile: white disc, tint at draw
	Flame      image.Rectangle
	Chair      image.Rectangle
}

// Icons drawn in bubbles over the desks, one per activity.
const (
	IconPhone = iota
	IconTalk
	IconReport
	IconMeeting
	IconRest
	IconAsk
	IconIdle
	NumIcons
)

// Size of the sheet.
const SheetW, SheetH = 512, 384

var pal = map[byte]color.NRGBA{
	'k': {0x2b, 0x2b, 0x3a, 0xff}, // outline
	's': {0xf1, 0xc2, 0x7d, 0xff}, // skin
	'S': {0xd0, 0x96, 0x5c, 0xff},
	'w': {0xff, 0xff, 0xff, 0xff},
	'g': {0xd8, 0xd8, 0xe0, 0xff},
	'G': {0x9a, 0x9a, 0xa8, 0xff},
	'd': {0x5a, 0x5a, 0x6a, 0xff},
	'b': {0xc0, 0x8a, 0x58, 0xff}, // wood
	'B': {0x8a, 0x5a, 0x34, 0xff},
	'm': {0x3b, 0x4a, 0x6b, 0xff}, // monitor
	'M': {0x7f, 0xd4, 0xff, 0xff},
	'p': {0x4c, 0xaf, 0x50, 0xff}, // plant
	'P': {0x2e, 0x7d, 0x32, 0xff},
	'o': {0xa0, 0x52, 0x2d, 0xff},
	'r': {0xd6, 0x3f, 0x3f, 0xff},
	'y': {0xf2, 0xc9, 0x4c, 0xff},
	'u': {0x3f, 0x7f, 0xd6, 0xff},
	'n': {0x2c, 0x3e, 0x6b, 0xff}, // navy jacket
	'N': {0x1e, 0x2b, 0x4d, 0xff},
	'c': {0x8b, 0x5a, 0x2b, 0xff}, // cardboard
	'C': {0xc8, 0x9b, 0x5e, 0xff},
}

var shirts = [Variants][2]color.NRGBA{
	{{0xe0, 0x6c, 0x5a, 0xff}, {0xb0, 0x4c, 0x3e, 0xff}},
	{{0x5a, 0xa0, 0xe0, 0xff}, {0x3c, 0x74, 0xb0, 0xff}},
	{{0x6c, 0xc0, 0x7a, 0xff}, {0x48, 0x90, 0x56, 0xff}},
	{{0xe8, 0xb8, 0x4a, 0xff}, {0xb8, 0x8a, 0x2a, 0xff}},
	{{0xa8, 0x7a, 0xd8, 0xff}, {0x7c, 0x56, 0xa8, 0xff}},
	{{0x4a, 0xc4, 0xc0, 0xff}, {0x30, 0x94, 0x90, 0xff}},
	{{0xe8, 0x8a, 0xb8, 0xff}, {0xb8, 0x60, 0x8c, 0xff}},
	{{0xa0, 0xa8, 0xb0, 0xff}, {0x70, 0x78, 0x80, 0xff}},
	// Those who join later.
	{{0xf0, 0x90, 0x40, 0xff}, {0xc0, 0x68, 0x28, 0xff}},
	{{0x40, 0x5c, 0xb8, 0xff}, {0x2c, 0x40, 0x88, 0xff}},
	{{0xb8, 0xd8, 0x58, 0xff}, {0x88, 0xa8, 0x38, 0xff}},
	{{0xc0, 0x48, 0x78, 0xff}, {0x90, 0x30, 0x58, 0xff}},
	{{0x58, 0x90, 0x70, 0xff}, {0x3c, 0x68, 0x50, 0xff}},
	{{0xf0, 0xe8, 0xd8, 0xff}, {0xc0, 0xb8, 0xa8, 0xff}},
	{{0x70, 0x50, 0xa0, 0xff}, {0x50, 0x38, 0x78, 0xff}},
	{{0x30, 0x30, 0x38, 0xff}, {0x18, 0x18, 0x20, 0xff}},
}

var hairs = [Variants]color.NRGBA{
	{0x3a, 0x24, 0x18, 0xff}, {0xe0, 0xc0, 0x68, 0xff}, {0x1a, 0x1a, 0x1a, 0xff}, {0xa0, 0x48, 0x20, 0xff},
	{0x60, 0x40, 0x28, 0xff}, {0x1a, 0x1a, 0x1a, 0xff}, {0x90, 0x90, 0x98, 0xff}, {0x50, 0x30, 0x20, 0xff},
	{0xc8, 0x60, 0x28, 0xff}, {0x2a, 0x1c, 0x14, 0xff}, {0xd8, 0xb0, 0x58, 0xff}, {0x1a, 0x1a, 0x1a, 0xff},
	{0x70, 0x48, 0x30, 0xff}, {0xb8, 0xb8, 0xc0, 0xff}, {0x3a, 0x24, 0x18, 0xff}, {0xe8, 0xd0, 0x90, 0xff},
}

var skins = [Variants]color.NRGBA{
	{0xf1, 0xc2, 0x7d, 0xff}, {0xff, 0xdb, 0xac, 0xff}, {0x8d, 0x55, 0x24, 0xff}, {0xe0, 0xac, 0x69, 0xff},
	{0xc6, 0x86, 0x42, 0xff}, {0xff, 0xdb, 0xac, 0xff}, {0xf1, 0xc2, 0x7d, 0xff}, {0x8d, 0x55, 0x24, 0xff},
	{0xff, 0xdb, 0xac, 0xff}, {0x8d, 0x55, 0x24, 0xff}, {0xc6, 0x86, 0x42, 0xff}, {0xe0, 0xac, 0x69, 0xff},
	{0xf1, 0xc2, 0x7d, 0xff}, {0x6b, 0x40, 0x1c, 0xff}, {0xff, 0xdb, 0xac, 0xff}, {0xc6, 0x86, 0x42, 0xff},
}

// A rep at a desk, seen from the front and above: head and shoulders; the
// desk covers the rest. h hair, s skin, t shirt, T shirt shade.
var repMap = [2][]string{{
	"....kkkkkk....",
	"...khhhhhhk...",
	"..khhhhhhhhk..",
	"..khhsssshhk..",
	"..ksskssksSk..",
	"..ksssssssSk..",
	"...ksskkssk...",
	"....kSSSSk....",
	"..kkttttttkk..",
	".kttttttttttk.",
	".ktTttttttTtk.",
	".ktTttttttTtk.",
	".kssTttttTssk.",
	".kkkkkkkkkkkk.",
}, {
	"....kkkkkk....",
	"...khhhhhhk...",
	"..khhhhhhhhk..",
	"..khhsssshhk..",
	"..ksskssksSk..",
	"..ksssssssSk..",
	"...ksskkssk...",
	"....kSSSSk....",
	"..kkttttttkk..",
	".kttttttttttk.",
	".ktTttttttTtk.",
	"kssTttttttTssk",
	"kkkkTttttTkkkk",
	".kkkkkkkkkkkk.",
}}

// The player: standing, navy jacket, red tie, two walking frames.
var avatarMap = [2][]string{{
	"...kkkkkk...",
	"..kddddddk..",
	"..kdssssdk..",
	"..ksksskSk..",
	"..kssssssk..",
	"...kSSSSk...",
	".kknnwrwnnk.",
	"knnnnwrwnnnk",
	"knnnnnrnnnnk",
	"ksknnnrnnksk",
	"kskNnnnnNksk",
	".kkNNNNNNkk.",
	"..kNNkkNNk..",
	"..kNNkkNNk..",
	"..kNNk.kNNk.",
	"..kkkk.kkkk.",
}, {
	"...kkkkkk...",
	"..kddddddk..",
	"..kdssssdk..",
	"..ksksskSk..",
	"..kssssssk..",
	"...kSSSSk...",
	".kknnwrwnnk.",
	"knnnnwrwnnnk",
	"knnnnnrnnnnk",
	"ksknnnrnnksk",
	"kskNnnnnNksk",
	".kkNNNNNNkk.",
	"..kNNkkNNk..",
	".kNNk.kNNk..",
	".kNNk..kNNk.",
	".kkkk..kkkk.",
}}

var iconMaps = [NumIcons][]string{
	IconPhone: {
		".kkkkk.",
		"kk...kk",
		"k.kkk.k",
		"..kkk..",
		".kkkkk.",
		".kwkwk.",
		".kkkkk.",
	},
	IconTalk: {
		".......",
		"kkkkkkk",
		".......",
		"kkkkk..",
		".......",
		"kkkkkk.",
		".......",
	},
	IconReport: {
		".kkkk..",
		".kwwkk.",
		".kkkwk.",
		".kwwwk.",
		".kkkwk.",
		".kwwwk.",
		".kkkkk.",
	},
	IconMeeting: {
		".kk.kk.",
		".kk.kk.",
		".......",
		"kkkkkkk",
		"kkkkkkk",
		"kk...kk",
		".......",
	},
	IconRest: {
		"...kkkk",
		".....k.",
		"kkkkk..",
		"...k...",
		"..k....",
		".k.....",
		"kkkkk..",
	},
	IconAsk: {
		"..kkk..",
		".k...k.",
		".....k.",
		"...kk..",
		"...k...",
		".......",
		"...k...",
	},
	IconIdle: {
		".......",
		".......",
		".......",
		"k.k.k..",
		".......",
		".......",
		".......",
	},
}

var bubbleColors = [NumIcons]color.NRGBA{
	IconPhone:   {0xc8, 0xf0, 0xc8, 0xff},
	IconTalk:    {0xc0, 0xe0, 0xff, 0xff},
	IconReport:  {0xff, 0xd8, 0xa8, 0xff},
	IconMeeting: {0xe0, 0xd0, 0xff, 0xff},
	IconRest:    {0xe0, 0xe0, 0xe8, 0xff},
	IconAsk:     {0xff, 0xf0, 0x90, 0xff},
	IconIdle:    {0xf0, 0xf0, 0xf0, 0xff},
}

var faceMaps = [3][]string{{
	"..kkkkk..",
	".kwwwwwk.",
	"kwkwwwkwk",
	"kwwwwwwwk",
	"kwwkkkwwk",
	"kwkwwwkwk",
	"kwwwwwwwk",
	".kwwwwwk.",
	"..kkkkk..",
}, {
	"..kkkkk..",
	".kwwwwwk.",
	"kwkwwwkwk",
	"kwwwwwwwk",
	"kwwwwwwwk",
	"kwkkkkkwk",
	"kwwwwwwwk",
	".kwwwwwk.",
	"..kkkkk..",
}, {
	"..kkkkk..",
	".kwwwwwk.",
	"kwkwwwkwk",
	"kwwwwwwwk",
	"kwkwwwkwk",
	"kwwkkkwwk",
	"kwwwwwwwk",
	".kwwwwwk.",
	"..kkkkk..",
}}

var flameMap = []string{
	"...r...",
	"..rr...",
	"..ryr..",
	".rryrr.",
	".ryyyr.",
	"rryyyrr",
	".rrrrr.",
}

// Sheet draws the whole sprite sheet and says where each sprite is.
func Sheet() (*image.NRGBA, Rects) {
	img := image.NewNRGBA(image.Rect(0, 0, SheetW, SheetH))
	var r Rects
	r.Background = image.Rect(0, 0, 400, 264)
	drawBackground(img)
	y := 268
	x := 0
	// The starting team's looks and the avatar on one row; the joiners'
	// looks on a row of their own, below the desks (repRow).
	for v := 0; v < StartVariants; v++ {
		x = repLook(img, &r, v, x, y)
	}
	for f := 0; f < 2; f++ {
		r.Avatar[f] = blit(img, x, y, avatarMap[f], nil)
		x += 14
	}
	x = 0
	for v := StartVariants; v < Variants; v++ {
		x = repLook(img, &r, v, x, repRow)
	}
	y = 290
	r.Desk = image.Rect(0, y, 40, y+18)
	drawDesk(img, r.Desk.Min.X, y, false)
	r.DeskEmpty = image.Rect(44, y, 84, y+18)
	drawDesk(img, r.DeskEmpty.Min.X, y, true)
	x = 88
	for i := 0; i < NumIcons; i++ {
		r.Bubble[i] = drawBubble(img, x, y, iconMaps[i], bubbleColors[i])
		x += 14
	}
	for i := 0; i < 3; i++ {
		r.Face[i] = blit(img, x, y, faceMaps[i], nil)
		x += 11
	}
	r.Flame = blit(img, x, y, flameMap, nil)
	x += 9
	r.Chair = image.Rect(x, y, x+14, y+12)
	drawChair(img, x, y)
	return img, r
}

// repRow is the sheet's row of the joiners' looks.
const repRow = 312

// repLook draws variant v's two frames at (x, y) and returns the x after.
func repLook(img *image.NRGBA, r *Rects, v, x, y int) int {
	p := map[byte]color.NRGBA{'h': hairs[v], 't': shirts[v][0], 'T': shirts[v][1], 's': skins[v], 'S': shade(skins[v])}
	for f := 0; f < 2; f++ {
		r.Rep[v][f] = blit(img, x, y, repMap[f], p)
		x += 16
	}
	return x
}

func shade(c color.NRGBA) color.NRGBA {
	return color.NRGBA{uint8(int(c.R) * 4 / 5), uint8(int(c.G) * 4 / 5), uint8(int(c.B) * 4 / 5), 0xff}
}

func colorOf(ch byte, extra map[byte]color.NRGBA) (color.NRGBA, bool) {
	if ch == '.' {
		return color.NRGBA{}, false
	}
	if c, ok := extra[ch]; ok {
		return c, true
	}
	c, ok := pal[ch]
	return c, ok
}

func blit(img *image.NRGBA, x, y int, rows []string, extra map[byte]color.NRGBA) image.Rectangle {
	w := 0
	for j, row := range rows {
		if len(row) > w {
			w = len(row)
		}
		for i := 0; i < len(row); i++ {
			if c, ok := colorOf(row[i], extra); ok {
				img.SetNRGBA(x+i, y+j, c)
			}
		}
	}
	return image.Rect(x, y, x+w, y+len(rows))
}

func fill(img *image.NRGBA, x0, y0, x1, y1 int, c color.NRGBA) {
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			img.SetNRGBA(x, y, c)
		}
	}
}

func box(img *image.NRGBA, x0, y0, x1, y1 int, in, line color.NRGBA) {
	fill(img, x0, y0, x1, y1, line)
	fill(img, x0+1, y0+1, x1-1, y1-1, in)
}

func drawBubble(img *image.NRGBA, x, y int, icon []string, bg color.NRGBA) image.Rectangle {
	k := pal['k']
	box(img, x, y, x+11, y+11, bg, k)
	// Round the corners.
	for _, p := range [][2]int{{0, 0}, {10, 0}, {0, 10}, {10, 10}} {
		img.SetNRGBA(x+p[0], y+p[1], color.NRGBA{})
	}
	img.SetNRGBA(x+4, y+11, k)
	img.SetNRGBA(x+5, y+11, k)
	img.SetNRGBA(x+5, y+12, k)
	blit(img, x+2, y+2, icon, nil)
	return image.Rect(x, y, x+11, y+13)
}

func drawDesk(img *image.NRGBA, x, y int, empty bool) {
	k, b, B := pal['k'], pal['b'], pal['B']
	box(img, x, y+4, x+40, y+16, b, k)
	fill(img, x+1, y+13, x+39, y+15, B)
	fill(img, x+2, y+16, x+4, y+18, k)
	fill(img, x+36, y+16, x+38, y+18, k)
	if empty {
		// A cardboard box of belongings.
		box(img, x+12, y, x+28, y+10, pal['C'], k)
		fill(img, x+13, y+1, x+27, y+3, pal['c'])
		return
	}
	// The back of a monitor, a keyboard and a phone.
	box(img, x+13, y, x+27, y+8, pal['m'], k)
	fill(img, x+19, y+8, x+21, y+10, pal['d'])
	fill(img, x+5, y+7, x+10, y+10, pal['d'])
	fill(img, x+31, y+7, x+35, y+10, pal['r'])
}

func drawChair(img *image.NRGBA, x, y int) {
	k, d := pal['k'], pal['d']
	box(img, x+1, y, x+13, y+8, d, k)
	fill(img, x+6, y+8, x+8, y+12, k)
}

var (
	carpetA = color.NRGBA{0x6f, 0x8f, 0x9f, 0xff}
	carpetB = color.NRGBA{0x68, 0x88, 0x98, 0xff}
	wall    = color.NRGBA{0xe8, 0xe0, 0xd0, 0xff}
	wallTop = color.NRGBA{0xb8, 0xa8, 0x90, 0xff}
	office  = color.NRGBA{0xc8, 0xb0, 0x88, 0xff}
	office2 = color.NRGBA{0xc0, 0xa8, 0x80, 0xff}
	glass   = color.NRGBA{0xa8, 0xd8, 0xf0, 0xff}
	sky     = color.NRGBA{0x88, 0xc8, 0xf0, 0xff}
	rug     = color.NRGBA{0x9a, 0x6a, 0x8a, 0xff}
)

func drawBackground(img *image.NRGBA) {
	k := pal['k']
	// Carpet tiles.
	for ty := 0; ty < 264; ty += 8 {
		for tx := 0; tx < 400; tx += 8 {
			c := carpetA
			if (tx/8+ty/8)%2 == 1 {
				c = carpetB
			}
			fill(img, tx, ty, tx+8, ty+8, c)
		}
	}
	// The office: wooden floor, glass partition.
	for ty := 22; ty < 110; ty += 4 {
		c := office
		if (ty/4)%2 == 1 {
			c = office2
		}
		fill(img, 0, ty, 92, ty+4, c)
	}
	fill(img, 92, 22, 94, 110, glass)
	fill(img, 0, 108, 70, 110, glass)
	fill(img, 92, 22, 93, 110, k)
	// The back wall with windows.
	fill(img, 0, 0, 400, 22, wall)
	fill(img, 0, 20, 400, 22, wallTop)
	for wx := 110; wx+30 < 400; wx += 48 {
		if wx > 170 && wx < 260 {
			continue // the whiteboard's place
		}
		box(img, wx, 3, wx+30, 16, sky, k)
		fill(img, wx+15, 4, wx+16, 15, k)
	}
	box(img, 10, 3, 40, 16, sky, k)
	// The whiteboard.
	box(img, 188, 2, 252, 19, pal['w'], pal['G'])
	fill(img, 194, 6, 220, 7, pal['u'])
	fill(img, 194, 10, 236, 11, pal['r'])
	fill(img, 194, 14, 212, 15, pal['p'])
	// The player's desk in the office.
	box(img, 22, 66, 62, 80, pal['B'], k)
	box(img, 36, 62, 50, 70, pal['m'], k)
	fill(img, 38, 64, 48, 68, pal['M'])
	// The hot desk where the player makes calls, with a sign.
	box(img, 20, 184, 60, 198, pal['b'], k)
	box(img, 34, 180, 48, 188, pal['m'], k)
	fill(img, 24, 188, 29, 191, pal['r'])
	// A rug in the middle, for celebrations.
	box(img, 214, 142, 282, 166, rug, k)
	// Plants and a water cooler.
	for _, p := range [][2]int{{4, 114}, {100, 24}, {386, 24}, {386, 240}, {4, 240}} {
		drawPlant(img, p[0], p[1])
	}
	box(img, 70, 226, 80, 246, pal['g'], k)
	box(img, 71, 222, 79, 230, color.NRGBA{0x90, 0xd0, 0xf8, 0xff}, k)
}

func drawPlant(img *image.NRGBA, x, y int) {
	k := pal['k']
	for _, p := range [][3]int{{2, 0, 5}, {0, 3, 10}, {1, 6, 9}} {
		fill(img, x+p[0], y+p[1], x+p[2], y+p[1]+3, pal['p'])
	}
	fill(img, x+3, y+2, x+6, y+8, pal['P'])
	box(img, x+1, y+9, x+9, y+15, pal['o'], k)
}

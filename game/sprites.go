package game

import (
	"bytes"
	"image"
	"image/png"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/assets"
	"salesfloor/game/art"
)

// Sprites are the sub-images of the embedded sheet.
type Sprites struct {
	Sheet      *ebiten.Image
	Background *ebiten.Image
	Rep        [art.Variants][2]*ebiten.Image
	Avatar     [2]*ebiten.Image
	Desk       *ebiten.Image
	DeskEmpty  *ebiten.Image
	Bubble     [art.NumIcons]*ebiten.Image
	Face       [3]*ebiten.Image
	Flame      *ebiten.Image
	Chair      *ebiten.Image
}

// loadSprites decodes the embedded sheet (drawn by package art) and cuts it.
func loadSprites() (*Sprites, error) {
	var img image.Image
	data, err := assets.Sprites.ReadFile("sprites/sheet.png")
	if err == nil {
		img, err = png.Decode(bytes.NewReader(data))
	}
	if err != nil {
		// The sheet is generated; draw it if the file is missing.
		img, _ = art.Sheet()
	}
	_, r := art.Sheet()
	sh := ebiten.NewImageFromImage(img)
	sub := func(rc image.Rectangle) *ebiten.Image { return sh.SubImage(rc).(*ebiten.Image) }
	s := &Sprites{Sheet: sh, Background: sub(r.Background), Desk: sub(r.Desk), DeskEmpty: sub(r.DeskEmpty),
		Flame: sub(r.Flame), Chair: sub(r.Chair)}
	for v := range s.Rep {
		for f := range s.Rep[v] {
			s.Rep[v][f] = sub(r.Rep[v][f])
		}
	}
	for i := range s.Avatar {
		s.Avatar[i] = sub(r.Avatar[i])
	}
	for i := range s.Bubble {
		s.Bubble[i] = sub(r.Bubble[i])
	}
	for i := range s.Face {
		s.Face[i] = sub(r.Face[i])
	}
	return s, nil
}

package art_test

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"testing"

	"salesfloor/assets"
	"salesfloor/game/art"
)

// The committed sheet must be what the generator draws: run
// `go generate ./game/art` after changing the art.
func TestCommittedSheetIsGenerated(t *testing.T) {
	data, err := assets.Sprites.ReadFile("sprites/sheet.png")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	got := image.NewNRGBA(img.Bounds())
	draw.Draw(got, got.Bounds(), img, image.Point{}, draw.Src)
	want, _ := art.Sheet()
	if !bytes.Equal(got.Pix, want.Pix) {
		t.Fatal("assets/sprites/sheet.png is stale: run go generate ./game/art")
	}
}

func TestSpritesInsideSheet(t *testing.T) {
	img, r := art.Sheet()
	b := img.Bounds()
	all := []image.Rectangle{r.Background, r.Desk, r.DeskEmpty, r.Flame, r.Chair}
	for v := range r.Rep {
		all = append(all, r.Rep[v][:]...)
	}
	all = append(all, r.Avatar[:]...)
	all = append(all, r.Bubble[:]...)
	all = append(all, r.Face[:]...)
	for i, a := range all {
		if a.Empty() || !a.In(b) {
			t.Errorf("sprite %d at %v is empty or outside the sheet", i, a)
		}
		for j := i + 1; j < len(all); j++ {
			if a.Overlaps(all[j]) {
				t.Errorf("sprites %d %v and %d %v overlap", i, a, j, all[j])
			}
		}
	}
}

package game

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// The atlas places each image once, on shelves that never overlap, says
// when it is full or an image can never fit, and after a reset starts
// again with the white pixel in place.
func TestAtlasPlacesOnShelves(t *testing.T) {
	a := newAtlas()
	if a.white.Dx() != 1 || a.white.Dy() != 1 {
		t.Fatalf("white pixel %v", a.white)
	}
	var placed []image.Rectangle
	imgs := map[*ebiten.Image]image.Rectangle{}
	for _, size := range []image.Point{{900, 40}, {900, 60}, {400, 30}, {300, 300}, {1500, 200}, {2046, 900}} {
		img := ebiten.NewImage(size.X, size.Y)
		r, ok := a.find(img)
		if !ok {
			// Only the last cannot fit: the shelves above it are taken.
			if size.X != 2046 {
				t.Fatalf("%v did not fit", size)
			}
			continue
		}
		if r.Dx() != size.X || r.Dy() != size.Y || !r.In(image.Rect(0, 0, atlasSize, atlasSize)) {
			t.Errorf("%v placed at %v", size, r)
		}
		for _, q := range append(placed, a.white) {
			if r.Overlaps(q.Inset(-atlasPad + 1)) {
				t.Errorf("%v at %v overlaps %v", size, r, q)
			}
		}
		placed = append(placed, r)
		imgs[img] = r
	}
	for img, r := range imgs {
		if again, ok := a.find(img); !ok || again != r {
			t.Errorf("found again at %v, first at %v", again, r)
		}
	}
	if _, ok := a.find(ebiten.NewImage(atlasSize, 4)); ok {
		t.Error("an image as wide as the atlas fitted beside its padding")
	}
	big := ebiten.NewImage(2046, 900)
	a.reset()
	if len(a.at) != 1 || a.white.Dx() != 1 {
		t.Fatalf("after reset: %d placed, white %v", len(a.at), a.white)
	}
	if _, ok := a.find(big); !ok {
		t.Error("after reset a large image does not fit")
	}
}

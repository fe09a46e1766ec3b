package game

import (
	"testing"

	"salesfloor/game/ui"
)

// A release the page saw and the frame did not (press and release between
// two frames) is a click; one the frame saw itself, or a button still held,
// is not counted twice.
func TestLostClick(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		pressed, clicked, down bool
		ups                    int
		want                   bool
	}{
		{"no release anywhere", false, false, false, 0, false},
		{"press and release between frames", false, false, false, 1, true},
		{"two quick clicks between frames", false, false, false, 2, true},
		{"the frame saw the release", false, true, false, 1, false},
		{"the frame saw the press", true, false, true, 0, false},
		{"released, then pressed again and held", false, false, true, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := &ui.Input{Pressed: tc.pressed, Clicked: tc.clicked, Down: tc.down}
			if got := lostClick(in, tc.ups); got != tc.want {
				t.Errorf("lostClick = %v, want %v", got, tc.want)
			}
		})
	}
}

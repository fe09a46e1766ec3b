package game

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

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

// A key the page saw go down and the frame did not (pressed and released
// between two frames) is a press; one the frame saw itself, or a key still
// held, is not counted twice; a code the game has no key for is nothing.
func TestLostKeys(t *testing.T) {
	for _, tc := range []struct {
		name  string
		codes []string
		seen  bool
		want  []ui.Key
	}{
		{"none", nil, false, nil},
		{"a letter tapped between frames", []string{"KeyX"}, false, []ui.Key{'x'}},
		{"a digit and an arrow", []string{"Digit1", "ArrowUp"}, false, []ui.Key{'1', ui.KeyUp}},
		{"the keypad's Enter", []string{"NumpadEnter"}, false, []ui.Key{ui.KeyEnter}},
		{"the frame saw it", []string{"KeyX"}, true, nil},
		{"a key the game does not read", []string{"F9", "ShiftLeft"}, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var in ui.Input
			lostKeys(&in, tc.codes, func(ebiten.Key) bool { return tc.seen })
			var got []ui.Key
			for _, k := range []ui.Key{'x', '1', ui.KeyUp, ui.KeyEnter, ui.KeyF11} {
				if in.Key(k) {
					got = append(got, k)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("keys %v, want %v", got, tc.want)
			}
		})
	}
}

package session

import (
	"testing"

	"salesfloor/sim"
)

// Every cause the sim can book a change to has the player's words for it,
// up and down: a cause added to sim without them fails here rather than
// showing the player an empty line.
func TestCauseTexts(t *testing.T) {
	for c := sim.Cause(0); c < sim.NumCauses; c++ {
		for _, tc := range []struct {
			up, momentum bool
		}{{true, false}, {false, false}, {true, true}, {false, true}} {
			if CauseLabel(c, tc.up, tc.momentum) == "" {
				t.Errorf("cause %q (up %v, momentum %v) has no label", c, tc.up, tc.momentum)
			}
		}
	}
}

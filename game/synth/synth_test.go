package synth_test

import (
	"testing"

	"salesfloor/game/synth"
)

func TestSynth(t *testing.T) {
	for s := synth.Sound(0); s < synth.NumSounds; s++ {
		b := synth.Synth(s)
		if len(b) == 0 || len(b)%4 != 0 {
			t.Fatalf("sound %d: %d bytes", s, len(b))
		}
	}
}

package game

import (
	"testing"

	"salesfloor/sim"
)

// A cause's amount is the actual change of a 0..1 reading, so it shows as
// points of 100, the bars' scale.
func TestCausePoints(t *testing.T) {
	for _, tc := range []struct {
		d    sim.Fixed
		want string
	}{
		{sim.F(31, 1000), "+3.1"},
		{-sim.F(4, 1000), "-0.4"},
		{sim.F(911, 1000), "+91.1"},
		{0, "+0.0"},
	} {
		if got := string(appendSigned(nil, tc.d)); got != tc.want {
			t.Errorf("appendSigned(%v) = %q, want %q", tc.d.Float(), got, tc.want)
		}
	}
	if got := string(appendPoints(nil, sim.F(42, 100))); got != "42" {
		t.Errorf("appendPoints(0.42) = %q", got)
	}
}

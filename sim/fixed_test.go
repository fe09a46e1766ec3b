package sim_test

import (
	"testing"

	"salesfloor/sim"
)

func TestParseFixed(t *testing.T) {
	tests := []struct {
		in   string
		want sim.Fixed
		err  bool
	}{
		{"0", 0, false},
		{"1", sim.One, false},
		{"0.5", sim.One / 2, false},
		{"-0.25", -sim.One / 4, false},
		{"0.16", sim.F(16, 100), false},
		{"2.5", sim.F(5, 2), false},
		{"1e3", 0, true},
		{"", 0, true},
		{"-", 0, true},
		{".", 0, true},
		{"abc", 0, true},
		{"40000", 0, true},
	}
	for _, tt := range tests {
		got, err := sim.ParseFixed(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseFixed(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && got != tt.want {
			t.Errorf("ParseFixed(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFixedArithmetic(t *testing.T) {
	half, quarter := sim.One/2, sim.One/4
	if got := half.Mul(half); got != quarter {
		t.Errorf("0.5*0.5 = %v", got)
	}
	if got := quarter.Div(half); got != half {
		t.Errorf("0.25/0.5 = %v", got)
	}
	if got := half.Div(0); got != 0 {
		t.Errorf("x/0 = %v, want 0", got)
	}
	if got := sim.I(3).Floor(); got != 3 {
		t.Errorf("floor(3) = %d", got)
	}
	if got := (-half).Floor(); got != -1 {
		t.Errorf("floor(-0.5) = %d", got)
	}
	if got := sim.I(2).Clamp01(); got != sim.One {
		t.Errorf("clamp01(2) = %v", got)
	}
}

// Every Fixed value must survive a JSON round trip exactly, or a save or
// replay could drift.
func TestFixedJSONRoundTrip(t *testing.T) {
	for v := sim.Fixed(-3 * sim.One); v <= 3*sim.One; v += 97 {
		b, err := v.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var back sim.Fixed
		if err := back.UnmarshalJSON(b); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if back != v {
			t.Fatalf("%d -> %s -> %d", v, b, back)
		}
	}
}

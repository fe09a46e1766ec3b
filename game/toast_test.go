package game

import (
	"testing"

	"salesfloor/sim"
)

// An event's toast is news for two game hours of the same day: at 8x a
// play-test read "The VP stops by" the morning after the visit.
func TestEventToastGoesStale(t *testing.T) {
	thu15 := int32(3*sim.TicksPerDay + 6*sim.TicksPerHour) // Thursday 15:00
	for _, tc := range []struct {
		name  string
		at    int32
		now   int32
		stale bool
	}{
		{"the moment it came", thu15, thu15, false},
		{"an hour on", thu15, thu15 + sim.TicksPerHour, false},
		{"the day's end", thu15, 4*sim.TicksPerDay - 1, false},
		{"the next morning", thu15, 4 * sim.TicksPerDay, true},
		{"two hours on, the same day", 2 * sim.TicksPerDay, 2*sim.TicksPerDay + 2*sim.TicksPerHour, true},
		{"a new quarter's first tick", thu15, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ts toasts
			ts.sayEvent("The VP stops by", tc.at)
			if got := ts.stale(tc.now); got != tc.stale {
				t.Errorf("stale at %s: %v, want %v", sim.ClockAt(int(tc.now)), got, tc.stale)
			}
		})
	}
}

package sim

import "testing"

// An event about "the lowest-energy rep" on a morning when everyone is
// equally rested is about any of them, chosen by the day's roll; a clear
// lowest is chosen whatever the roll; and a rep who left is never chosen.
func TestPickRepBreaksTiesByTheRoll(t *testing.T) {
	w := testWorld(t)
	for i := range w.Reps {
		w.Reps[i].Energy, w.Reps[i].Morale = One, F(60, 100)
	}
	w.Reps[0].Gone = true
	picked := map[int32]bool{}
	for roll := uint32(0); roll < 64; roll++ {
		i := w.pickRep(pickLowestEnergy, roll)
		if i <= 0 {
			t.Fatalf("roll %d picked %d: the first desk has left", roll, i)
		}
		picked[i] = true
	}
	if len(picked) != len(w.Reps)-1 {
		t.Errorf("level energy: %d different reps picked over 64 rolls, want all %d still here", len(picked), len(w.Reps)-1)
	}
	for _, tc := range []struct {
		name string
		pick repPick
		set  func(r *Rep)
	}{
		{"lowest energy", pickLowestEnergy, func(r *Rep) { r.Energy = F(20, 100) }},
		{"lowest morale", pickLowestMorale, func(r *Rep) { r.Morale = F(10, 100) }},
		{"highest momentum", pickHighestMomentum, func(r *Rep) { r.Momentum = F(50, 100) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := w.Clone()
			tc.set(&c.Reps[3])
			for roll := uint32(0); roll < 16; roll++ {
				if i := c.pickRep(tc.pick, roll); i != 3 {
					t.Fatalf("roll %d picked rep %d, want 3", roll, i)
				}
			}
		})
	}
	if i := w.pickRep(pickNone, 7); i != -1 {
		t.Errorf("pickNone picked %d", i)
	}
}

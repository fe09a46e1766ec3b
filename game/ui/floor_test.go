package ui

import (
	"testing"

	"salesfloor/game/art"
	"salesfloor/sim"
)

// A rep keeps their look when the desks change: a campaign's new quarter
// drops those who left and reseats the rest, and a hire takes a desk.
func TestRepLookFollowsThePerson(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	looks := map[string]int{}
	seen := map[int]bool{}
	for i := range w.Reps {
		looks[w.Reps[i].Name] = RepLook(w, i, art.Variants)
		seen[looks[w.Reps[i].Name]] = true
	}
	if len(w.Reps) >= art.Variants && len(seen) != art.Variants {
		t.Errorf("the scenario's %d reps wear %d looks of %d", len(w.Reps), len(seen), art.Variants)
	}
	// The first two leave; everyone moves up two desks, and a hire sits last.
	w.Reps = append(w.Reps[2:], sim.Rep{Name: "Priya"})
	for i := range w.Reps[:len(w.Reps)-1] {
		if got, want := RepLook(w, i, art.Variants), looks[w.Reps[i].Name]; got != want {
			t.Errorf("%s at desk %d wears look %d, had %d", w.Reps[i].Name, i, got, want)
		}
	}
	hire := RepLook(w, len(w.Reps)-1, art.Variants)
	w.Reps = append([]sim.Rep{{Name: "Priya"}}, w.Reps[:len(w.Reps)-1]...)
	if got := RepLook(w, 0, art.Variants); got != hire || got < 0 || got >= art.Variants {
		t.Errorf("the hire wears look %d at the first desk and %d at the last", got, hire)
	}
}

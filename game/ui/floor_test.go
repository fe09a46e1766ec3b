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
		looks[w.Reps[i].Name] = RepLook(w, i, art.StartVariants, art.Variants)
		seen[looks[w.Reps[i].Name]] = true
	}
	if len(w.Reps) >= art.StartVariants && len(seen) != art.StartVariants {
		t.Errorf("the scenario's %d reps wear %d looks of %d", len(w.Reps), len(seen), art.StartVariants)
	}
	// The first two leave; everyone moves up two desks, and a hire sits last.
	w.Reps = append(w.Reps[2:], sim.Rep{Name: "Priya"})
	for i := range w.Reps[:len(w.Reps)-1] {
		if got, want := RepLook(w, i, art.StartVariants, art.Variants), looks[w.Reps[i].Name]; got != want {
			t.Errorf("%s at desk %d wears look %d, had %d", w.Reps[i].Name, i, got, want)
		}
	}
	hire := RepLook(w, len(w.Reps)-1, art.StartVariants, art.Variants)
	w.Reps = append([]sim.Rep{{Name: "Priya"}}, w.Reps[:len(w.Reps)-1]...)
	if got := RepLook(w, 0, art.StartVariants, art.Variants); got != hire || got < 0 || got >= art.Variants {
		t.Errorf("the hire wears look %d at the first desk and %d at the last", got, hire)
	}
	// A hire never wears a starting rep's look, whatever their name.
	for _, name := range []string{"Priya", "Quinn", "Quinn 2", "Rosa", "Sam", "Tariq", "Uma", "Viktor", "Wen", "Xiu", "Yara", "Zane"} {
		w.Reps[0].Name = name
		if got := RepLook(w, 0, art.StartVariants, art.Variants); got < art.StartVariants || got >= art.Variants {
			t.Errorf("hire %s wears look %d, not one of the joiners' %d..%d", name, got, art.StartVariants, art.Variants-1)
		}
	}
}

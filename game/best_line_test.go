package game

import (
	"strings"
	"testing"

	"salesfloor/game/store"
	"salesfloor/sim"
)

// What the report says of a result's place on the player's table: the
// first result on record is the one to beat, not a cheer; a later best is
// one; a result below the best says where the best stands.
func TestBestLine(t *testing.T) {
	sc, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: sc, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	entry := func(score float64, seed uint64) store.BestEntry {
		return store.BestEntry{Scenario: "default", Difficulty: w.Difficulty.String(), Kind: store.BestQuarter, Score: score, Grade: "C", Seed: seed}
	}
	tests := []struct {
		name    string
		before  []store.BestEntry
		score   float64
		want    string
		wantNew bool
	}{
		{"the first on record", nil, 12, "first quarter on record", false},
		{"a new best", []store.BestEntry{entry(40, 2)}, 55, "A new best quarter", true},
		{"below the best", []store.BestEntry{entry(60, 2)}, 30, "Your #2 quarter here; the best: 60", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b store.Best
			for _, e := range tt.before {
				b.Record(e)
			}
			rank := b.Record(entry(tt.score, 9))
			full, short, isNew := bestLine(&b, w, rank, 0)
			if !strings.Contains(full, tt.want) || isNew != tt.wantNew || short == "" {
				t.Errorf("rank %d: %q / %q (new %v), want %q (new %v)", rank, full, short, isNew, tt.want, tt.wantNew)
			}
		})
	}
}

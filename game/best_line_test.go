package game

import (
	"strings"
	"testing"

	"salesfloor/game/session"
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

// A score kept to a tenth reads the same on the report and on the table:
// halves round up (fmt's %.0f rounds them to even, so 18.5 read 18 on the
// table beside a report's 19).
func TestShownScore(t *testing.T) {
	for _, tt := range []struct {
		tenth float64
		want  int
	}{{0, 0}, {18.4, 18}, {18.5, 19}, {17.5, 18}, {99.5, 100}, {100, 100}} {
		if got := shownScore(tt.tenth); got != tt.want {
			t.Errorf("shownScore(%v) = %d, want %d", tt.tenth, got, tt.want)
		}
	}
}

// A year played idle misses its quota, and the next quota follows the
// result down: the break and the report say so ("down from"), and a new
// best quarter against the lower quota says it was lower.
func TestQuotaWordsFollowTheResult(t *testing.T) {
	sc, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: sc, Seed: 1, Quarters: 4})
	if err != nil {
		t.Fatal(err)
	}
	w.Step(sim.TicksPerQuarter)
	if !w.InBreak() {
		t.Fatal("no break after the first quarter")
	}
	last := w.Year.Results[0].Quota
	if got, want := nextQuotaWords(w, true), "down from "+session.Money(last)+": it follows the result"; !strings.Contains(got, want) {
		t.Errorf("after an idle quarter: %q, want it to say %q", got, want)
	}
	if got, want := nextQuotaWords(w, false), "(was "+session.Money(last)+")"; !strings.HasSuffix(got, want) {
		t.Errorf("after an idle quarter, short: %q, want it to end %q", got, want)
	}
	if got := easierQuota(w); got != "" {
		t.Errorf("the first quarter had no quarter before: %q", got)
	}
	if err := w.Apply(sim.Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: sim.ActNextQuarter, Target: sim.TeamTarget}); err != nil {
		t.Fatal(err)
	}
	w.Step(sim.TicksPerQuarter)
	if got, want := easierQuota(w), "down from "+session.Money(last); !strings.Contains(got, want) {
		t.Errorf("the second quarter's best: %q, want it to say %q", got, want)
	}
}

package store_test

import (
	"strings"
	"testing"

	"salesfloor/game/store"
)

// The table keeps the best three per scenario, difficulty and kind, ranks a
// new result, and does not count the same result twice.
func TestBestRecord(t *testing.T) {
	var b store.Best
	q := func(score float64, seed uint64) store.BestEntry {
		return store.BestEntry{Scenario: "default", Difficulty: "normal", Kind: store.BestQuarter, Score: score, Seed: seed}
	}
	for _, tc := range []struct {
		e    store.BestEntry
		rank int
	}{
		{q(60, 1), 1},
		{q(70, 2), 1},
		{q(65, 3), 2},
		{q(50, 4), 0}, // fourth of three
		{q(80, 5), 1},
		{q(80, 5), 0}, // the same result again
		{store.BestEntry{Scenario: "default", Difficulty: "normal", Kind: store.BestYear, Score: 40, Seed: 6}, 1},
		{store.BestEntry{Scenario: "crunch", Difficulty: "hard", Kind: store.BestQuarter, Score: 30, Seed: 7}, 1},
	} {
		if got := b.Record(tc.e); got != tc.rank {
			t.Errorf("%+v: rank %d, want %d", tc.e, got, tc.rank)
		}
	}
	if top, ok := b.Top("default", "normal", store.BestQuarter); !ok || top.Score != 80 {
		t.Errorf("top quarter %+v", top)
	}
	if len(b.Entries) != 5 {
		t.Errorf("%d entries: %+v", len(b.Entries), b.Entries)
	}
}

// The table round-trips; a damaged one is reported with the file and the
// problem, and the backup (the version before the last write) is used; with
// no good backup the table starts empty, and says so.
func TestBestDamaged(t *testing.T) {
	f := store.NewMem()
	if b, p := store.LoadBest(f); p != nil || len(b.Entries) != 0 {
		t.Fatalf("a missing table: %+v %v", b, p)
	}
	var b store.Best
	b.Record(store.BestEntry{Scenario: "default", Difficulty: "normal", Kind: store.BestQuarter, Score: 61, Seed: 1})
	if err := store.SaveBest(f, b); err != nil {
		t.Fatal(err)
	}
	b.Record(store.BestEntry{Scenario: "default", Difficulty: "normal", Kind: store.BestQuarter, Score: 72, Seed: 2})
	if err := store.SaveBest(f, b); err != nil {
		t.Fatal(err)
	}
	if got, p := store.LoadBest(f); p != nil || len(got.Entries) != 2 {
		t.Fatalf("round trip: %+v %v", got, p)
	}
	for _, tc := range []struct {
		name, data string
		says       string
	}{
		{"truncated", `{"version": 1, "entries": [{"scenario": "def`, "best.json"},
		{"a bad kind", `{"version": 1, "entries": [{"scenario": "default", "kind": "decade", "score": 5}]}`, "entries[0].kind"},
		{"a score out of range", `{"version": 1, "entries": [{"scenario": "default", "kind": "year", "score": 500}]}`, "entries[0].score"},
		{"another version", `{"version": 9, "entries": []}`, "version: 9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f.Files["best.json"] = []byte(tc.data)
			got, p := store.LoadBest(f)
			if p == nil || !p.UsedBackup || !strings.Contains(p.Error(), tc.says) {
				t.Fatalf("problem %v", p)
			}
			if len(got.Entries) != 1 || got.Entries[0].Score != 61 {
				t.Errorf("the backup's table: %+v", got.Entries)
			}
		})
	}
	f.Files["best.json.bak"] = []byte("garbage")
	if got, p := store.LoadBest(f); p == nil || p.UsedBackup || len(got.Entries) != 0 || !strings.Contains(p.Error(), "starts empty") {
		t.Fatalf("no good copy: %+v %v", got, p)
	}
}

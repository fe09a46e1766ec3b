package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
)

// Best is the player's table of best results, kept beside the saves in
// bestFile: for each scenario and difficulty, the best quarters and the
// best years. Like every file here it is written atomically with the
// previous version kept as a backup, so a damaged table (a crash in the
// middle of a write on a file system without atomic renames, a hand edit)
// falls back to the backup, and says so.
type Best struct {
	Version int         `json:"version"`
	Entries []BestEntry `json:"entries"`
}

// BestEntry is one result on the table.
type BestEntry struct {
	Scenario   string  `json:"scenario"`
	Difficulty string  `json:"difficulty"`
	Kind       string  `json:"kind"`  // BestQuarter or BestYear
	Score      float64 `json:"score"` // out of 100, to a tenth
	Revenue    int64   `json:"revenue"`
	Grade      string  `json:"grade,omitempty"` // a quarter's letter
	Title      string  `json:"title,omitempty"` // a year's title
	Seed       uint64  `json:"seed"`
	Date       string  `json:"date"` // when it was made, YYYY-MM-DD
}

// The kinds of result on the table.
const (
	BestQuarter = "quarter"
	BestYear    = "year"
)

// bestKeep is how many results the table keeps per scenario, difficulty and
// kind.
const bestKeep = 3

const bestFile = "best.json"

const bestVersion = 1

// BestProblem says the table could not be read as it was, and what was used
// instead; the game shows it once.
type BestProblem struct {
	File       string
	Err        error
	UsedBackup bool
}

func (p *BestProblem) Error() string {
	if p.UsedBackup {
		return fmt.Sprintf("Your best results (%s) were damaged (%v); the copy from before the last change is used.", p.File, p.Err)
	}
	return fmt.Sprintf("Your best results (%s) were damaged (%v) and no good copy was kept: the table starts empty.", p.File, p.Err)
}

func (p *BestProblem) Unwrap() error { return p.Err }

// LoadBest reads the table. A missing table is empty, without a problem. A
// damaged one is reported with the file and what is wrong, and the backup
// is used when it reads; the damaged file is left as it is until the next
// result is recorded.
func LoadBest(f FS) (Best, *BestProblem) {
	b, err := readBest(f, bestFile)
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return b, nil
	}
	p := &BestProblem{File: bestFile, Err: err}
	if bb, berr := readBest(f, BackupName(bestFile)); berr == nil {
		p.UsedBackup = true
		return bb, p
	}
	return Best{Version: bestVersion}, p
}

func readBest(f FS, name string) (Best, error) {
	b := Best{Version: bestVersion}
	data, err := f.ReadFile(name)
	if err != nil {
		return b, err
	}
	if err := json.Unmarshal(data, &b); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return Best{Version: bestVersion}, fmt.Errorf("%s: byte %d: %w", name, se.Offset, err)
		}
		return Best{Version: bestVersion}, fmt.Errorf("%s: %w", name, err)
	}
	if b.Version != bestVersion {
		return Best{Version: bestVersion}, fmt.Errorf("%s: version: %d, this game reads %d", name, b.Version, bestVersion)
	}
	for i, e := range b.Entries {
		switch {
		case e.Kind != BestQuarter && e.Kind != BestYear:
			return Best{Version: bestVersion}, fmt.Errorf("%s: entries[%d].kind: %q is neither %q nor %q", name, i, e.Kind, BestQuarter, BestYear)
		case e.Score < 0 || e.Score > 100 || e.Score != e.Score:
			return Best{Version: bestVersion}, fmt.Errorf("%s: entries[%d].score: %v is not 0 to 100", name, i, e.Score)
		case e.Scenario == "":
			return Best{Version: bestVersion}, fmt.Errorf("%s: entries[%d].scenario: empty", name, i)
		}
	}
	return b, nil
}

// SaveBest writes the table.
func SaveBest(f FS, b Best) error {
	b.Version = bestVersion
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return f.WriteFile(bestFile, append(data, '\n'))
}

// Record puts a result on the table if it is among the best kept for its
// scenario, difficulty and kind, and reports its rank there (1 for a new
// best), or 0 when it did not make the table. The same result recorded
// again (a finished game loaded twice) is not added twice.
func (b *Best) Record(e BestEntry) int {
	for _, o := range b.Entries {
		if o.Scenario == e.Scenario && o.Difficulty == e.Difficulty && o.Kind == e.Kind && o.Seed == e.Seed && o.Score == e.Score && o.Revenue == e.Revenue {
			return 0
		}
	}
	b.Entries = append(b.Entries, e)
	b.sort()
	rank, kept := 0, 0
	out := b.Entries[:0]
	for _, o := range b.Entries {
		same := o.Scenario == e.Scenario && o.Difficulty == e.Difficulty && o.Kind == e.Kind
		if same {
			kept++
			if kept > bestKeep {
				continue
			}
			if o == e {
				rank = kept
			}
		}
		out = append(out, o)
	}
	b.Entries = out
	return rank
}

// Top is the best result kept for a scenario, difficulty and kind.
func (b *Best) Top(scenario, difficulty, kind string) (BestEntry, bool) {
	for _, o := range b.Entries {
		if o.Scenario == scenario && o.Difficulty == difficulty && o.Kind == kind {
			return o, true // sorted: the first is the best
		}
	}
	return BestEntry{}, false
}

// Count is how many results the table keeps for a scenario, difficulty and
// kind.
func (b *Best) Count(scenario, difficulty, kind string) int {
	n := 0
	for _, o := range b.Entries {
		if o.Scenario == scenario && o.Difficulty == difficulty && o.Kind == kind {
			n++
		}
	}
	return n
}

// sort orders the table by scenario, difficulty and kind, best first.
func (b *Best) sort() {
	sort.SliceStable(b.Entries, func(i, j int) bool {
		x, y := &b.Entries[i], &b.Entries[j]
		if x.Scenario != y.Scenario {
			return x.Scenario < y.Scenario
		}
		if x.Difficulty != y.Difficulty {
			return x.Difficulty < y.Difficulty
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		return x.Revenue > y.Revenue
	})
}

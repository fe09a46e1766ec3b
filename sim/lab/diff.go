package lab

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"slices"
	"strconv"
	"strings"

	"salesfloor/sim"
)

// A diff is what a designer reads before shipping a change: two lab runs on
// the same seeds (two parameter sets, or two versions of the code) compared
// run by run. Because the lab uses common random numbers, seed k of A and
// seed k of B face the same events, so the per-seed difference B−A cancels
// most of the noise two independent samples would carry, and its interval is
// far narrower than the overlap of the two means' intervals would suggest.

// LabFile is a lab JSON output (-format json, with runs) read back: its
// header and every cell's runs, with the simulation's raw integers, so that
// sums are exact as in the lab itself.
type LabFile struct {
	Path       string
	SimVersion string
	Seed       uint64
	Seeds      int
	Set        []string // -set overrides, key=value, in order
	Cells      []LabCell
	Weeks      bool // every run has its revenue per week
}

// LabCell is one scenario × policy of a lab file.
type LabCell struct {
	Scenario, Policy string
	Runs             []LabRun // in file order (seed order)
}

// LabRun is one run row.
type LabRun struct {
	Seed uint64
	Hash string
	// Vals holds the run metrics (below NumContract) and, when the row has
	// them, the revenue of each week (MWeek on); raw: a sim.Fixed's bits or
	// a count. The summary-only metrics stay 0.
	Vals  [NumMetrics]int64
	Weeks bool // the row has revenue_weeks
}

// key names the cell as "scenario/policy".
func (c *LabCell) key() string { return c.Scenario + "/" + c.Policy }

// ReadLabFile reads a lab JSON output.
func ReadLabFile(path string) (*LabFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("diff: %w", err)
	}
	return ParseLabFile(path, data)
}

// labJSON is the shape of the lab's JSON output; pointers tell a missing
// key from an empty one, which is how other JSON files are refused.
type labJSON struct {
	Format     *string         `json:"format"`
	SimVersion *string         `json:"sim_version"`
	Seed       uint64          `json:"seed"`
	Seeds      int             `json:"seeds"`
	Set        json.RawMessage `json:"set"`
	Results    *[]struct {
		Scenario string                        `json:"scenario"`
		Policy   string                        `json:"policy"`
		Runs     *[]map[string]json.RawMessage `json:"runs"`
	} `json:"results"`
	// Keys of the lab's other outputs, to say what a refused file is.
	Sweep  json.RawMessage `json:"sweep"`
	Checks json.RawMessage `json:"checks"`
	Step   json.RawMessage `json:"step"`
}

// ParseLabFile parses a lab JSON output. It refuses, naming the file, what
// is not one (a shard file, a balance report, a sweep, any other JSON) and
// an output without runs (-runs=false), which cannot be paired.
func ParseLabFile(path string, data []byte) (*LabFile, error) {
	var doc labJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, &sim.FileError{File: path, Offset: syn.Offset, Err: fmt.Errorf("not lab JSON: %w", err)}
		}
		return nil, &sim.FileError{File: path, Offset: -1, Err: fmt.Errorf("not lab JSON: %w", err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &sim.FileError{File: path, Offset: dec.InputOffset(), Err: errors.New("not lab JSON: unexpected data after the JSON value")}
	}
	switch {
	case doc.Format != nil && *doc.Format == ShardFormat:
		return nil, ferr(path, "", "a shard file, not lab JSON: merge the shards first (simulate merge FILE... > merged.json)")
	case doc.SimVersion == nil:
		return nil, ferr(path, "", "not lab JSON: no sim_version (make one with simulate -format json)")
	case doc.Results == nil && doc.Sweep != nil:
		return nil, ferr(path, "", "a sweep, not lab JSON with runs (make one with simulate -format json, without -sweep)")
	case doc.Results == nil && doc.Checks != nil:
		return nil, ferr(path, "", "a balance report, not lab JSON with runs (make one with simulate -format json, without -report)")
	case doc.Results == nil && doc.Step != nil:
		return nil, ferr(path, "", "a sensitivity report, not lab JSON with runs (make one with simulate -format json)")
	case doc.Results == nil:
		return nil, ferr(path, "", "not lab JSON: no results (make one with simulate -format json)")
	case len(*doc.Results) == 0:
		return nil, ferr(path, "results", "no scenario × policy results")
	}
	lf := &LabFile{Path: path, SimVersion: *doc.SimVersion, Seed: doc.Seed, Seeds: doc.Seeds}
	set, err := orderedSet(doc.Set)
	if err != nil {
		return nil, ferr(path, "set", "%v", err)
	}
	lf.Set = set
	lf.Weeks = true
	seen := map[string]bool{}
	for i, r := range *doc.Results {
		field := fmt.Sprintf("results[%d]", i)
		if r.Scenario == "" || r.Policy == "" {
			return nil, ferr(path, field, "not lab JSON: a result without a scenario and a policy")
		}
		if r.Runs == nil {
			return nil, ferr(path, field, "%s/%s has no runs (written with -runs=false?): a diff pairs runs by seed, so rerun with -format json and runs", r.Scenario, r.Policy)
		}
		c := LabCell{Scenario: r.Scenario, Policy: r.Policy}
		if seen[c.key()] {
			return nil, ferr(path, field, "%s appears twice", c.key())
		}
		seen[c.key()] = true
		seeds := map[uint64]bool{}
		for j, row := range *r.Runs {
			run, err := parseRunRow(row)
			if err != nil {
				return nil, ferr(path, fmt.Sprintf("%s.runs[%d]%s", field, j, err.field), "%v", err.err)
			}
			if seeds[run.Seed] {
				return nil, ferr(path, fmt.Sprintf("%s.runs[%d].seed", field, j), "seed %d appears twice in %s", run.Seed, c.key())
			}
			seeds[run.Seed] = true
			lf.Weeks = lf.Weeks && run.Weeks
			c.Runs = append(c.Runs, run)
		}
		if len(c.Runs) == 0 {
			return nil, ferr(path, field+".runs", "%s has no runs", c.key())
		}
		lf.Cells = append(lf.Cells, c)
	}
	return lf, nil
}

type rowError struct {
	field string
	err   error
}

// parseRunRow reads one run row exactly: a sim.Fixed metric through
// sim.ParseFixed (the row holds the shortest decimal that reads back to the
// same bits), a count as an integer.
func parseRunRow(row map[string]json.RawMessage) (LabRun, *rowError) {
	var run LabRun
	raw, ok := row["seed"]
	if !ok {
		return run, &rowError{"", errors.New("no seed")}
	}
	s, err := strconv.ParseUint(string(raw), 10, 64)
	if err != nil {
		return run, &rowError{".seed", fmt.Errorf("%s is not a seed", raw)}
	}
	run.Seed = s
	if h, ok := row["hash"]; ok {
		if err := json.Unmarshal(h, &run.Hash); err != nil {
			return run, &rowError{".hash", errors.New("not a string")}
		}
	}
	for i := 0; i < NumContract; i++ {
		m := Metrics[i]
		raw, ok := row[m.Name]
		if !ok {
			return run, &rowError{"", fmt.Errorf("no %s", m.Name)}
		}
		if m.Kind == KindFixed {
			f, err := sim.ParseFixed(string(raw))
			if err != nil {
				return run, &rowError{"." + m.Name, err}
			}
			run.Vals[i] = int64(f)
			continue
		}
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil {
			return run, &rowError{"." + m.Name, fmt.Errorf("%s is not a whole number", raw)}
		}
		run.Vals[i] = n
	}
	if raw, ok := row["revenue_weeks"]; ok {
		var weeks []int64
		if err := json.Unmarshal(raw, &weeks); err != nil || len(weeks) != sim.WeeksPerQuarter {
			return run, &rowError{".revenue_weeks", fmt.Errorf("is not %d whole numbers", sim.WeeksPerQuarter)}
		}
		copy(run.Vals[MWeek:], weeks)
		run.Weeks = true
	}
	return run, nil
}

// orderedSet reads the "set" object as key=value strings in file order.
func orderedSet(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("not an object")
	}
	var out []string
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v string
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("%v: the value is not a string", k)
		}
		out = append(out, fmt.Sprint(k)+"="+v)
	}
	return out, nil
}

// DiffConfig are a diff's options.
type DiffConfig struct {
	// Metrics are the metric indices to compare: run metrics (below
	// NumContract) or weeks' revenue (MWeek on, when both files have it);
	// nil compares every run metric.
	Metrics []int
	// AllowVersions compares files from different sim versions, for a
	// deliberate comparison of two versions of the code.
	AllowVersions bool
}

// DiffMetric is one metric's paired comparison in one cell.
type DiffMetric struct {
	Metric       int
	MeanA, MeanB float64
	// Diff summarises the per-seed differences B−A: its mean, standard
	// deviation and 95% interval (mean ± 1.96·sd/√n), from exact sums.
	Diff Stats
	// Rel is (mean B − mean A) / mean A, or NaN when mean A is zero.
	Rel float64
	// Significant: the interval excludes 0 (never with a single seed).
	Significant bool
}

// DiffCell is one scenario × policy present in both files.
type DiffCell struct {
	Scenario, Policy string
	N                int
	// Unchanged counts the seeds whose runs have every run metric equal in
	// both files; Identical those that also ended in the same state hash.
	// The hash covers the model parameters too, so after a -set change no
	// run is identical, though a policy the change does not touch is
	// unchanged.
	Unchanged, Identical int
	Metrics              []DiffMetric
}

// DiffSide describes one of the two files.
type DiffSide struct {
	Path       string
	SimVersion string
	Set        []string
}

// DiffReport is the paired comparison of two lab files.
type DiffReport struct {
	A, B           DiffSide
	FirstSeed      uint64
	Seeds          int
	VersionsDiffer bool
	Cells          []DiffCell
	OnlyA, OnlyB   []string // cells in one file only, as scenario/policy
}

// Runs is the number of paired runs.
func (r *DiffReport) Runs() int {
	n := 0
	for _, c := range r.Cells {
		n += c.N
	}
	return n
}

// UnchangedRuns is how many of them have the same outcome in both.
func (r *DiffReport) UnchangedRuns() int {
	n := 0
	for _, c := range r.Cells {
		n += c.Unchanged
	}
	return n
}

// Diff pairs the runs of every cell present in both files by seed and
// compares each metric. It refuses files from different sim versions
// (unless cfg.AllowVersions), with no cell in common, or whose seed lists
// differ: a paired comparison on different seeds would measure the seeds.
func Diff(a, b *LabFile, cfg DiffConfig) (*DiffReport, error) {
	if a.SimVersion != b.SimVersion && !cfg.AllowVersions {
		return nil, fmt.Errorf("diff: %s is sim version %s and %s is sim version %s; outcomes change between versions by design, "+
			"so pass -allow-versions to compare two versions on purpose", a.Path, a.SimVersion, b.Path, b.SimVersion)
	}
	metrics := cfg.Metrics
	if metrics == nil {
		for i := 0; i < NumContract; i++ {
			metrics = append(metrics, i)
		}
	}
	for _, m := range metrics {
		switch {
		case m >= MWeek && m < MWeekEnd:
			for _, f := range []*LabFile{a, b} {
				if !f.Weeks {
					return nil, fmt.Errorf("diff: %s has no revenue per week (revenue_weeks) to compare %s on; rerun it with this version",
						f.Path, Metrics[m].Name)
				}
			}
		case m < 0 || m >= NumContract:
			return nil, fmt.Errorf("diff: metric %d is not a run metric", m)
		}
	}
	rep := &DiffReport{
		A:         DiffSide{Path: a.Path, SimVersion: a.SimVersion, Set: a.Set},
		B:         DiffSide{Path: b.Path, SimVersion: b.SimVersion, Set: b.Set},
		FirstSeed: a.Seed, Seeds: a.Seeds, VersionsDiffer: a.SimVersion != b.SimVersion,
	}
	inB := map[string]*LabCell{}
	for i := range b.Cells {
		inB[b.Cells[i].key()] = &b.Cells[i]
	}
	inA := map[string]bool{}
	var pairs [][2]*LabCell
	for i := range a.Cells {
		ca := &a.Cells[i]
		inA[ca.key()] = true
		if cb, ok := inB[ca.key()]; ok {
			pairs = append(pairs, [2]*LabCell{ca, cb})
		} else {
			rep.OnlyA = append(rep.OnlyA, ca.key())
		}
	}
	for i := range b.Cells {
		if !inA[b.Cells[i].key()] {
			rep.OnlyB = append(rep.OnlyB, b.Cells[i].key())
		}
	}
	if len(pairs) == 0 {
		return nil, fmt.Errorf("diff: %s and %s have no scenario × policy in common (%s has %s; %s has %s)",
			a.Path, b.Path, a.Path, cellList(a), b.Path, cellList(b))
	}
	if a.Seed != b.Seed || a.Seeds != b.Seeds {
		return nil, fmt.Errorf("diff: the seed lists differ: %s has seeds %s and %s has seeds %s; a paired comparison needs the same -seed and -seeds",
			a.Path, seedRange(a.Seed, a.Seeds), b.Path, seedRange(b.Seed, b.Seeds))
	}
	for _, p := range pairs {
		c, err := diffCell(p[0], p[1], metrics)
		if err != nil {
			return nil, fmt.Errorf("diff: %s (%s) and %s (%s): %w", a.Path, describeSeeds(p[0]), b.Path, describeSeeds(p[1]), err)
		}
		rep.Cells = append(rep.Cells, c)
	}
	return rep, nil
}

// diffCell pairs one cell's runs by seed. The per-seed differences are
// summed exactly (Acc), so the mean and interval do not depend on the order
// of the rows.
func diffCell(a, b *LabCell, metrics []int) (DiffCell, error) {
	sa, sb := sortedSeeds(a), sortedSeeds(b)
	if !slices.Equal(sa, sb) {
		return DiffCell{}, fmt.Errorf("%s: the seed lists differ", a.key())
	}
	bySeed := make(map[uint64]*LabRun, len(b.Runs))
	for i := range b.Runs {
		bySeed[b.Runs[i].Seed] = &b.Runs[i]
	}
	c := DiffCell{Scenario: a.Scenario, Policy: a.Policy, N: len(a.Runs)}
	accA := make([]Acc, len(metrics))
	accB := make([]Acc, len(metrics))
	accD := make([]Acc, len(metrics))
	for i := range a.Runs {
		ra := &a.Runs[i]
		rb := bySeed[ra.Seed]
		if ra.Vals == rb.Vals {
			c.Unchanged++
			if ra.Hash != "" && ra.Hash == rb.Hash {
				c.Identical++
			}
		}
		for k, m := range metrics {
			accA[k].Add(ra.Vals[m])
			accB[k].Add(rb.Vals[m])
			accD[k].Add(rb.Vals[m] - ra.Vals[m])
		}
	}
	for k, m := range metrics {
		scale := Metrics[m].Scale()
		d := DiffMetric{Metric: m, MeanA: accA[k].Summarise(scale).Mean, MeanB: accB[k].Summarise(scale).Mean,
			Diff: accD[k].Summarise(scale), Rel: relChange(accA[k].Sum, accB[k].Sum)}
		d.Significant = d.Diff.N > 1 && (d.Diff.CILo > 0 || d.Diff.CIHi < 0)
		c.Metrics = append(c.Metrics, d)
	}
	return c, nil
}

// relChange is ΣB/ΣA − 1, computed exactly and rounded once (the runs
// pair one to one, so the sums' ratio is the means' ratio).
func relChange(sumA, sumB Int128) float64 {
	a := sumA.Big()
	if a.Sign() == 0 {
		return math.NaN()
	}
	r := new(big.Rat).SetFrac(new(big.Int).Sub(sumB.Big(), a), a)
	f, _ := r.Float64()
	return f
}

func sortedSeeds(c *LabCell) []uint64 {
	s := make([]uint64, len(c.Runs))
	for i, r := range c.Runs {
		s[i] = r.Seed
	}
	slices.Sort(s)
	return s
}

// describeSeeds says which seeds a cell holds, briefly.
func describeSeeds(c *LabCell) string {
	s := sortedSeeds(c)
	if s[len(s)-1]-s[0] == uint64(len(s)-1) {
		return "seeds " + seedRange(s[0], len(s))
	}
	return fmt.Sprintf("%d seeds from %d to %d, with gaps", len(s), s[0], s[len(s)-1])
}

func seedRange(first uint64, n int) string {
	return fmt.Sprintf("%d..%d", first, first+uint64(n)-1)
}

func cellList(f *LabFile) string {
	var names []string
	for i := range f.Cells {
		names = append(names, f.Cells[i].key())
	}
	return strings.Join(names, ", ")
}

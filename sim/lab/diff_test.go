package lab

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"regexp"
	"strings"
	"testing"

	"salesfloor/sim"
)

// labFile runs a small batch and reads its JSON output back.
func labFile(t *testing.T, name string, seeds int, set ...string) *LabFile {
	t.Helper()
	return labFileOf(t, name, "adaptive,commander", seeds, set...)
}

func labFileOf(t *testing.T, name, policies string, seeds int, set ...string) *LabFile {
	t.Helper()
	p := testPlan(t, "default", policies, seeds)
	for i := range p.Scenarios {
		if err := applySets(&p.Scenarios[i].Params, set); err != nil {
			t.Fatal(err)
		}
	}
	lf, err := ParseLabFile(name, runJSON(t, p))
	if err != nil {
		t.Fatal(err)
	}
	return lf
}

func metricOf(t *testing.T, c DiffCell, name string) DiffMetric {
	t.Helper()
	m, _ := MetricByName(name)
	for _, d := range c.Metrics {
		if d.Metric == m {
			return d
		}
	}
	t.Fatalf("no %s in %s/%s", name, c.Scenario, c.Policy)
	return DiffMetric{}
}

// A better close rate books more revenue on the same seeds: the diff finds
// it, flags it, and reads the means exactly as the lab summarised them.
func TestDiffFindsAKnownChange(t *testing.T) {
	a := labFile(t, "a.json", 10)
	b := labFile(t, "b.json", 10, "close_rate=0.45")
	rep, err := Diff(a, b, DiffConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Cells) != 2 || rep.Runs() != 20 || rep.UnchangedRuns() != 0 {
		t.Fatalf("%d cells, %d runs, %d identical", len(rep.Cells), rep.Runs(), rep.UnchangedRuns())
	}
	// The means agree with the lab's own summary of the same runs.
	p := testPlan(t, "default", "adaptive,commander", 10)
	cells, err := Execute(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range rep.Cells {
		for _, name := range []string{"score", "revenue", "deals"} {
			d := metricOf(t, c, name)
			if !d.Significant || d.Diff.Mean <= 0 || d.Rel <= 0 || d.Diff.CILo <= 0 {
				t.Errorf("%s %s: %+v, want a significant rise", c.Policy, name, d)
			}
			m, _ := MetricByName(name)
			if want := cells[i].Acc[m].Summarise(Metrics[m].Scale()).Mean; d.MeanA != want {
				t.Errorf("%s %s: mean A %v, the lab says %v", c.Policy, name, d.MeanA, want)
			}
			if got := (d.MeanB - d.MeanA) / d.MeanA; math.Abs(got-d.Rel) > 1e-9 {
				t.Errorf("%s %s: rel %v, means say %v", c.Policy, name, d.Rel, got)
			}
			if math.Abs(d.MeanB-d.MeanA-d.Diff.Mean) > 1e-6*math.Max(1, math.Abs(d.MeanA)) {
				t.Errorf("%s %s: mean of differences %v is not the difference of means %v", c.Policy, name, d.Diff.Mean, d.MeanB-d.MeanA)
			}
		}
	}
	// Only the chosen metrics, in the chosen order.
	rep, err = Diff(a, b, DiffConfig{Metrics: []int{MRevenue, MScore}})
	if err != nil {
		t.Fatal(err)
	}
	if got := rep.Cells[0].Metrics; len(got) != 2 || got[0].Metric != MRevenue || got[1].Metric != MScore {
		t.Errorf("metrics %+v", got)
	}
	// The revenue of each week is in the rows, and compares too.
	var weeks []int
	for m := MWeek; m < MWeekEnd; m++ {
		weeks = append(weeks, m)
	}
	if rep, err = Diff(a, b, DiffConfig{Metrics: weeks}); err != nil {
		t.Fatal(err)
	}
	var sumA float64
	for _, d := range rep.Cells[0].Metrics {
		sumA += d.MeanA
	}
	if len(rep.Cells[0].Metrics) != sim.WeeksPerQuarter || sumA <= 0 {
		t.Errorf("weeks: %+v", rep.Cells[0].Metrics)
	}
}

// A file against itself: every run identical, every difference exactly 0.
func TestDiffOfAFileWithItself(t *testing.T) {
	a := labFile(t, "a.json", 10)
	rep, err := Diff(a, a, DiffConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.UnchangedRuns() != rep.Runs() || rep.Runs() != 20 {
		t.Errorf("%d of %d runs identical", rep.UnchangedRuns(), rep.Runs())
	}
	for _, c := range rep.Cells {
		if c.Identical != c.N || c.Unchanged != c.N {
			t.Errorf("%s: %d identical, %d unchanged of %d", c.Policy, c.Identical, c.Unchanged, c.N)
		}
		if len(c.Metrics) != NumContract {
			t.Errorf("%d metrics", len(c.Metrics))
		}
		for _, d := range c.Metrics {
			if d.Diff.Mean != 0 || d.Diff.Std != 0 || d.Diff.CILo != 0 || d.Diff.CIHi != 0 || d.Significant || d.MeanA != d.MeanB {
				t.Errorf("%s %s: %+v", c.Policy, Metrics[d.Metric].Name, d)
			}
			if d.Rel != 0 && !math.IsNaN(d.Rel) {
				t.Errorf("%s %s: rel %v", c.Policy, Metrics[d.Metric].Name, d.Rel)
			}
		}
	}
	var tb, jb bytes.Buffer
	if err := WriteDiffTable(&tb, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tb.String(), "all 20 paired runs have the same outcome") || strings.Contains(tb.String(), "*\n") {
		t.Errorf("table:\n%s", tb.String())
	}
	if err := WriteDiffJSON(&jb, rep); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(jb.Bytes(), &doc); err != nil {
		t.Fatalf("diff JSON: %v\n%s", err, jb.String())
	}
}

// A change that a policy never meets leaves its outcomes unchanged, though
// the state hashes differ (they cover the parameters).
func TestDiffUnchangedRuns(t *testing.T) {
	a := labFileOf(t, "a.json", "exemplar,commander", 4)
	b := labFileOf(t, "b.json", "exemplar,commander", 4, "review_morale=0.4")
	rep, err := Diff(a, b, DiffConfig{})
	if err != nil {
		t.Fatal(err)
	}
	ex, cmd := rep.Cells[0], rep.Cells[1]
	if ex.Unchanged != 4 || ex.Identical != 0 || cmd.Unchanged != 0 {
		t.Errorf("exemplar %d unchanged, %d identical; commander %d unchanged", ex.Unchanged, ex.Identical, cmd.Unchanged)
	}
	if d := metricOf(t, cmd, "morale"); !d.Significant || d.Diff.Mean >= 0 {
		t.Errorf("reviews that cost more morale do not lower commander's: %+v", d)
	}
}

// Runs pair by seed, not by position, and the sums are exact: shuffling
// the rows changes nothing.
func TestDiffPairsBySeed(t *testing.T) {
	a := labFile(t, "a.json", 10)
	b := labFile(t, "b.json", 10, "close_rate=0.45")
	want, err := Diff(a, b, DiffConfig{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range b.Cells {
		for i, j := 0, len(c.Runs)-1; i < j; i, j = i+1, j-1 {
			c.Runs[i], c.Runs[j] = c.Runs[j], c.Runs[i]
		}
	}
	got, err := Diff(a, b, DiffConfig{})
	if err != nil {
		t.Fatal(err)
	}
	// (Compared as printed: a relative change from 0 is NaN, unequal to itself.)
	var g, w bytes.Buffer
	WriteDiffJSON(&g, got)
	WriteDiffJSON(&w, want)
	if !bytes.Equal(g.Bytes(), w.Bytes()) {
		t.Errorf("reversing B's rows changed the diff:\n%s\nwant:\n%s", g.String(), w.String())
	}
}

func TestDiffRefusals(t *testing.T) {
	good := runJSON(t, testPlan(t, "default", "adaptive", 3))
	edit := func(old, new string) []byte { return bytes.Replace(good, []byte(old), []byte(new), 1) }
	noRuns := func() []byte {
		p := testPlan(t, "default", "adaptive", 3)
		p.Runs = false
		return runJSON(t, p)
	}()
	// Files that are not lab JSON with runs are refused when read.
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"text.json", []byte("score 1\n"), "not lab JSON"},
		{"other.json", []byte(`{"name": "counter", "rules": []}`), "no sim_version"},
		{"shard.json", []byte(`{"format": "salesfloor-lab-shard", "sim_version": "1", "cells": []}`), "merge the shards first"},
		{"balance.json", []byte(`{"sim_version": "1", "seed": 1, "seeds": 3, "scenarios": [], "checks": [], "pass": true}`), "balance report"},
		{"empty.json", []byte(`{"sim_version": "1", "seed": 1, "seeds": 3, "results": []}`), "no scenario × policy"},
		{"noruns.json", noRuns, "has no runs"},
		{"twice.json", append(append([]byte{}, good...), good...), "unexpected data"},
		{"badrow.json", edit(`"seed": 2,`, `"seed": 1,`), "seed 1 appears twice"},
		{"badscore.json", edit(`"score": `, `"score": "x", "x": `), "score"},
	} {
		_, err := ParseLabFile(c.name, c.data)
		var fe *sim.FileError
		if err == nil || !errors.As(err, &fe) || fe.File != c.name || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a FileError naming the file and saying %q", c.name, err, c.want)
		}
	}
	// Pairs that cannot be compared are refused by Diff.
	read := func(name string, data []byte) *LabFile {
		lf, err := ParseLabFile(name, data)
		if err != nil {
			t.Fatal(err)
		}
		return lf
	}
	a := read("a.json", good)
	other := read("crunch.json", runJSON(t, testPlan(t, "crunch", "adaptive", 3)))
	more := read("more.json", runJSON(t, testPlan(t, "default", "adaptive", 4)))
	v2 := read("v2.json", edit(`"sim_version": "`+sim.Version+`"`, `"sim_version": "v-next"`))
	for _, c := range []struct {
		b    *LabFile
		cfg  DiffConfig
		want string
	}{
		{other, DiffConfig{}, "no scenario × policy in common"},
		{more, DiffConfig{}, "seed lists differ: a.json has seeds 1..3 and more.json has seeds 1..4"},
		{v2, DiffConfig{}, "pass -allow-versions"},
	} {
		_, err := Diff(a, c.b, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.b.Path) {
			t.Errorf("%s: %v, want an error naming it and saying %q", c.b.Path, err, c.want)
		}
	}
	// A file written before the revenue per week has none to compare.
	old := read("old.json", regexp.MustCompile(`, "revenue_weeks": \[[0-9, ]*\]`).ReplaceAll(good, nil))
	if _, err := Diff(old, a, DiffConfig{}); err != nil {
		t.Errorf("an old file against a new one: %v", err)
	}
	if _, err := Diff(old, a, DiffConfig{Metrics: []int{MWeek}}); err == nil || !strings.Contains(err.Error(), "old.json has no revenue per week") {
		t.Errorf("weeks of an old file: %v", err)
	}
	// With -allow-versions, two versions compare, and the report says so.
	rep, err := Diff(a, v2, DiffConfig{AllowVersions: true})
	if err != nil || !rep.VersionsDiffer {
		t.Fatalf("allow versions: %v", err)
	}
	var tb bytes.Buffer
	WriteDiffTable(&tb, rep)
	if !strings.Contains(tb.String(), "comparing two sim versions (-allow-versions)") {
		t.Errorf("table header:\n%s", tb.String())
	}
}

package lab

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
)

// diffDecimals is how many decimals a metric's means and differences are
// printed with in the table: enough to show a change the size of the
// metric's usual noise, and no more.
func diffDecimals(m int) int {
	switch {
	case m == MScore || m == MRepsLost:
		return 2
	case m == MRevenue || m == MDials || m >= MWeek: // dollars, dials
		return 0
	case m == MAdvice || m == MDeals:
		return 1
	}
	return 4 // the 0..1 quantities
}

// signed prints v with a sign, and a rounded zero as plain 0.
func signed(v float64, dec int) string {
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if r, _ := strconv.ParseFloat(s, 64); r == 0 {
		return strconv.FormatFloat(0, 'f', dec, 64)
	}
	if v > 0 {
		return "+" + s
	}
	return s
}

func setText(s []string) string {
	if len(s) == 0 {
		return "no -set"
	}
	return "set " + strings.Join(s, " ")
}

// WriteDiffTable prints the comparison: a line per cell and metric with
// both means, the paired difference and its interval, the relative change,
// and a * where the interval excludes 0.
func WriteDiffTable(out io.Writer, r *DiffReport) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "diff: B − A, paired by seed over seeds %s (%d per cell)\n", seedRange(r.FirstSeed, r.Seeds), r.Seeds)
	fmt.Fprintf(w, "  A  %s  sim %s  %s\n", r.A.Path, r.A.SimVersion, setText(r.A.Set))
	fmt.Fprintf(w, "  B  %s  sim %s  %s\n", r.B.Path, r.B.SimVersion, setText(r.B.Set))
	if r.VersionsDiffer {
		fmt.Fprintf(w, "comparing two sim versions (-allow-versions): %s against %s\n", r.A.SimVersion, r.B.SimVersion)
	}
	if len(r.OnlyA) > 0 {
		fmt.Fprintf(w, "only in A, not compared: %s\n", strings.Join(r.OnlyA, ", "))
	}
	if len(r.OnlyB) > 0 {
		fmt.Fprintf(w, "only in B, not compared: %s\n", strings.Join(r.OnlyB, ", "))
	}
	if same, runs := r.UnchangedRuns(), r.Runs(); same == runs {
		fmt.Fprintf(w, "all %d paired runs have the same outcome in both files: no differences\n", runs)
	}
	w.WriteString("\n")
	var tb bytes.Buffer
	tw := tabwriter.NewWriter(&tb, 0, 0, 2, ' ', tabwriter.AlignRight)
	ws, wp, wm := len("scenario"), len("policy"), len("metric")
	for _, c := range r.Cells {
		ws, wp = max(ws, len(c.Scenario)), max(wp, len(c.Policy))
		for _, m := range c.Metrics {
			wm = max(wm, len(Metrics[m.Metric].Name))
		}
	}
	fmt.Fprintf(tw, "%-*s\t%-*s\tsame\t%-*s\tmean A\tmean B\tB − A\t95%% interval\trel\t \t\n", ws, "scenario", wp, "policy", wm, "metric")
	prev := ""
	for _, c := range r.Cells {
		sc := c.Scenario
		if sc == prev {
			sc = ""
		}
		prev = c.Scenario
		for i, m := range c.Metrics {
			pol, same := c.Policy, fmt.Sprintf("%d/%d", c.Unchanged, c.N)
			if i > 0 {
				sc, pol, same = "", "", ""
			}
			dec := diffDecimals(m.Metric)
			ci := "-"
			if m.Diff.N > 1 {
				ci = signed(m.Diff.CILo, dec) + " .. " + signed(m.Diff.CIHi, dec)
			}
			rel := "-"
			if !math.IsNaN(m.Rel) {
				rel = signed(100*m.Rel, 1) + "%"
			}
			mark := " "
			if m.Significant {
				mark = "*"
			}
			fmt.Fprintf(tw, "%-*s\t%-*s\t%s\t%-*s\t%.*f\t%.*f\t%s\t%s\t%s\t%s\t\n", ws, sc, wp, pol, same, wm, Metrics[m.Metric].Name,
				dec, m.MeanA, dec, m.MeanB, signed(m.Diff.Mean, dec), ci, rel, mark)
		}
	}
	tw.Flush()
	w.Write(trimLines(tb.Bytes()))
	w.WriteString("\nB − A is the mean of the per-seed differences, with its paired 95% interval (mean ± 1.96·sd/√n);\n" +
		"* marks an interval that excludes 0; rel is (mean B − mean A) / mean A; same counts the seeds whose\n" +
		"runs have the same outcome (every run metric equal) in both files.\n")
	return w.Flush()
}

// WriteDiffJSON prints the comparison as JSON:
//
//	{"a": {"file": "a.json", "sim_version": "1", "set": {}}, "b": {…},
//	 "seed": 1, "seeds": 10, "versions_differ": false, "only_a": [], "only_b": [],
//	 "cells": [{"scenario": "default", "policy": "adaptive", "n": 10, "unchanged_runs": 0, "identical_runs": 0,
//	   "metrics": {"score": {"mean_a": …, "mean_b": …, "diff": …, "std": …, "ci95": [lo, hi],
//	                         "rel": …, "significant": true}, …}}]}
//
// diff, std and ci95 describe the per-seed differences B−A; rel is null
// when mean A is 0, ci95 when there is a single seed. unchanged_runs counts
// the seeds with every run metric equal in both files, identical_runs
// those that also end in the same state hash (which covers the model
// parameters, so a -set change leaves no run identical).
func WriteDiffJSON(out io.Writer, r *DiffReport) error {
	w := bufio.NewWriter(out)
	side := func(s DiffSide) string {
		return fmt.Sprintf(`{"file": %s, "sim_version": %s, "set": %s}`, strconv.Quote(s.Path), strconv.Quote(s.SimVersion), setJSON(s.Set))
	}
	fmt.Fprintf(w, "{\"a\": %s,\n \"b\": %s,\n \"seed\": %d, \"seeds\": %d, \"versions_differ\": %t, \"only_a\": [%s], \"only_b\": [%s],\n \"cells\": [",
		side(r.A), side(r.B), r.FirstSeed, r.Seeds, r.VersionsDiffer, quoteList(r.OnlyA), quoteList(r.OnlyB))
	for i, c := range r.Cells {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"scenario\": %s, \"policy\": %s, \"n\": %d, \"unchanged_runs\": %d, \"identical_runs\": %d, \"metrics\": {",
			strconv.Quote(c.Scenario), strconv.Quote(c.Policy), c.N, c.Unchanged, c.Identical)
		for j, m := range c.Metrics {
			if j > 0 {
				w.WriteString(",")
			}
			ci := "null"
			if m.Diff.N > 1 {
				ci = "[" + Num(m.Diff.CILo) + ", " + Num(m.Diff.CIHi) + "]"
			}
			fmt.Fprintf(w, "\n   %s: {\"mean_a\": %s, \"mean_b\": %s, \"diff\": %s, \"std\": %s, \"ci95\": %s, \"rel\": %s, \"significant\": %t}",
				strconv.Quote(Metrics[m.Metric].Name), Num(m.MeanA), Num(m.MeanB), Num(m.Diff.Mean), Num(m.Diff.Std), ci, Num(m.Rel), m.Significant)
		}
		w.WriteString("}}")
	}
	w.WriteString("\n]}\n")
	return w.Flush()
}

// setJSON writes -set overrides as the lab's JSON output does.
func setJSON(set []string) string {
	var b strings.Builder
	b.WriteString("{")
	for i, kv := range set {
		k, v, _ := strings.Cut(kv, "=")
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(k) + ": " + strconv.Quote(v))
	}
	b.WriteString("}")
	return b.String()
}

// trimLines drops the spaces a tabwriter leaves at the ends of lines.
func trimLines(b []byte) []byte {
	lines := bytes.Split(b, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimRight(l, " ")
	}
	return bytes.Join(lines, []byte("\n"))
}

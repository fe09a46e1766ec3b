package lab

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"salesfloor/sim"
)

// Header describes a batch for its output.
type Header struct {
	SimVersion string
	FirstSeed  uint64
	Seeds      int
	Set        []string // -set overrides, key=value, in order
	Quarters   int      // a campaign's quarters (-quarters), 0 or 1 for one
}

// JSONStream writes the JSON contract as the runs arrive, so that a run of
// any size prints in constant memory:
//
//	{"sim_version": "1", "seed": 1, "seeds": 100, "results": [
//	 {"scenario": "default", "policy": "balanced", "runs": [
//	  {"seed": 1, "hash": "…", "score": 61.2, …},
//	  …],
//	  "n": 100,
//	  "summary": {"score": {"mean": …, "std": …, "ci95": [lo, hi], "p10": …, "p50": …, "p90": …}, …},
//	  "actions": {"reports": 0.5, …}}]}
//
// Without runs (-runs=false), the "runs" key is left out. The summary has
// every run metric, plus command_share (and skipped, for a policy file);
// "actions" is the mean number of times per quarter each action was taken.
// A "set" object after "seeds" records -set overrides.
type JSONStream struct {
	w       *bufio.Writer
	runs    bool
	ncells  int
	runsOut int
}

// NewJSONStream writes the header.
func NewJSONStream(w io.Writer, h Header, runs bool) *JSONStream {
	j := &JSONStream{w: bufio.NewWriterSize(w, 64<<10), runs: runs}
	fmt.Fprintf(j.w, `{"sim_version": %s, "seed": %d, "seeds": %d`, strconv.Quote(h.SimVersion), h.FirstSeed, h.Seeds)
	if h.Quarters > 1 {
		fmt.Fprintf(j.w, `, "quarters": %d`, h.Quarters)
	}
	if len(h.Set) > 0 {
		j.w.WriteString(`, "set": {`)
		for i, kv := range h.Set {
			k, v, _ := strings.Cut(kv, "=")
			if i > 0 {
				j.w.WriteString(", ")
			}
			fmt.Fprintf(j.w, "%s: %s", strconv.Quote(k), strconv.Quote(v))
		}
		j.w.WriteString("}")
	}
	j.w.WriteString(`, "results": [`)
	return j
}

// CellStart implements Sink.
func (j *JSONStream) CellStart(c *Cell) {
	if j.ncells > 0 {
		j.w.WriteString(",")
	}
	j.ncells++
	fmt.Fprintf(j.w, "\n {\"scenario\": %s, \"policy\": %s", strconv.Quote(c.Scenario), strconv.Quote(c.Policy))
	if j.runs {
		j.w.WriteString(`, "runs": [`)
	}
	j.runsOut = 0
}

// Run implements Sink: it writes the run's prepared row.
func (j *JSONStream) Run(_ *Cell, r *Result) {
	if !j.runs {
		return
	}
	if j.runsOut > 0 {
		j.w.WriteString(",")
	}
	j.runsOut++
	j.w.WriteString("\n  ")
	j.w.Write(r.Row)
}

// CellEnd implements Sink: it writes the cell's summary.
func (j *JSONStream) CellEnd(c *Cell) {
	if j.runs {
		j.w.WriteString("]")
	}
	fmt.Fprintf(j.w, ",\n  \"n\": %d,\n  \"summary\": {", c.N())
	first := true
	for i := range c.Acc {
		if i == MSkipped && !c.File || YearMetric(i) && c.Quarters <= 1 {
			continue
		}
		if !first {
			j.w.WriteString(",")
		}
		first = false
		s := c.Acc[i].Summarise(Metrics[i].Scale())
		fmt.Fprintf(j.w, "\n   %s: %s", strconv.Quote(Metrics[i].Name), statsJSON(s))
	}
	j.w.WriteString("},\n  \"actions\": {")
	for a := 0; a < sim.NumPlayActions; a++ {
		if a > 0 {
			j.w.WriteString(", ")
		}
		fmt.Fprintf(j.w, "%s: %s", strconv.Quote(sim.Actions[a].Name), Num(c.MeanUses(a)))
	}
	j.w.WriteString("}}")
}

// Close ends the document and flushes it.
func (j *JSONStream) Close() error {
	j.w.WriteString("\n]}\n")
	return j.w.Flush()
}

func statsJSON(s Stats) string {
	return fmt.Sprintf(`{"mean": %s, "std": %s, "ci95": [%s, %s], "p10": %s, "p50": %s, "p90": %s}`,
		Num(s.Mean), Num(s.Std), Num(s.CILo), Num(s.CIHi), Num(s.P10), Num(s.P50), Num(s.P90))
}

// WriteTable prints one line per scenario × policy: the mean of every
// metric, the score's 95% interval and spread, and the command share.
func WriteTable(out io.Writer, h Header, cells []*Cell) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "sim %s · seeds %d..%d (%d per cell)", h.SimVersion, h.FirstSeed, h.FirstSeed+uint64(h.Seeds)-1, h.Seeds)
	if len(h.Set) > 0 {
		fmt.Fprintf(w, " · set %s", strings.Join(h.Set, " "))
	}
	if h.Quarters > 1 {
		fmt.Fprintf(w, " · campaigns of %d quarters", h.Quarters)
	}
	w.WriteString("\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ws, wp := columnWidths(cells)
	fmt.Fprintf(tw, "%-*s\t%-*s\tscore\t±95%%\tp10\tp50\tp90\trevenue\tattain\tmorale\tmoment\tculture\tclarity\tprocess\tvisib\tadvice\tdials\tdeals\tlost\tcmd%%\tskipped\t\n", ws, "scenario", wp, "policy")
	prev := ""
	for _, c := range cells {
		sc := c.Scenario
		if sc == prev {
			sc = ""
		}
		prev = c.Scenario
		st := func(i int) Stats { return c.Acc[i].Summarise(Metrics[i].Scale()) }
		score := st(MScore)
		skipped := "-"
		if c.File {
			skipped = fmt.Sprintf("%.1f", st(MSkipped).Mean)
		}
		fmt.Fprintf(tw, "%-*s\t%-*s\t%.2f\t%.2f\t%.1f\t%.1f\t%.1f\t%.0f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.1f\t%.0f\t%.1f\t%.2f\t%.0f%%\t%s\t\n",
			ws, sc, wp, c.Policy, score.Mean, score.CIHi-score.Mean, score.P10, score.P50, score.P90,
			st(MRevenue).Mean, st(MAttainment).Mean, st(MMorale).Mean, st(MMomentum).Mean,
			st(MCulture).Mean, st(MClarity).Mean, st(MProcess).Mean, st(MVisibility).Mean,
			st(MAdvice).Mean, st(MDials).Mean, st(MDeals).Mean, st(MRepsLost).Mean,
			100*st(MCommandShare).Mean, skipped)
	}
	tw.Flush()
	if h.Quarters > 1 {
		writeYearTable(w, h, cells)
	}
	w.WriteString("\nmeans over the runs; ±95% is the half-width of the score's 95% confidence interval; morale and momentum are\n" +
		"the team's mean over the quarter, culture..visib the end-of-quarter values (0..1); cmd% is the share of the\n" +
		"player's action time spent on command actions; skipped counts a policy file's actions that could not be taken.\n")
	return w.Flush()
}

// writeYearTable prints a campaign's quarters side by side: each quarter's
// mean score, revenue and command share, and how many quarters were
// played (under the campaign's length: players were replaced).
func writeYearTable(w *bufio.Writer, h Header, cells []*Cell) {
	w.WriteString("\nby quarter (score · revenue · command share); the year's score is the mean of its quarters', a quarter not played counting 0:\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	ws, wp := columnWidths(cells)
	fmt.Fprintf(tw, "%-*s\t%-*s\tplayed\t", ws, "scenario", wp, "policy")
	for q := 1; q <= h.Quarters; q++ {
		fmt.Fprintf(tw, "q%d score\tq%d revenue\tq%d cmd%%\t", q, q, q)
	}
	tw.Write([]byte("\n"))
	prev := ""
	for _, c := range cells {
		sc := c.Scenario
		if sc == prev {
			sc = ""
		}
		prev = c.Scenario
		st := func(i int) Stats { return c.Acc[i].Summarise(Metrics[i].Scale()) }
		fmt.Fprintf(tw, "%-*s\t%-*s\t%.2f\t", ws, sc, wp, c.Policy, st(MPlayed).Mean)
		for q := 0; q < h.Quarters; q++ {
			fmt.Fprintf(tw, "%.1f\t%.0f\t%.0f%%\t", st(MQScore+q).Mean, st(MQRevenue+q).Mean, 100*st(MQCommand+q).Mean)
		}
		tw.Write([]byte("\n"))
	}
	tw.Flush()
}

// columnWidths are the widths of the tables' scenario and policy columns.
func columnWidths(cells []*Cell) (ws, wp int) {
	ws, wp = len("scenario"), len("policy")
	for _, c := range cells {
		ws, wp = max(ws, len(c.Scenario)), max(wp, len(c.Policy))
	}
	return ws, wp
}

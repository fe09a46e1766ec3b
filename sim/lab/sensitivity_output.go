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

// sensTargetLabel says what a target quantity is, with the trio's names.
func sensTargetLabel(t int, trio Trio) string {
	switch t {
	case TGapAllCommand:
		return fmt.Sprintf("mean(%s)/mean(%s) − 1", trio.All, trio.Command)
	case TGapAllExample:
		return fmt.Sprintf("mean(%s)/mean(%s) − 1", trio.All, trio.Example)
	case TGapCommandExample:
		return fmt.Sprintf("mean(%s)/mean(%s) − 1", trio.Command, trio.Example)
	}
	return fmt.Sprintf("mean score of %s", trio.All)
}

// sensValueText prints a target's value: a gap as a percentage, a score in
// points.
func sensValueText(t int, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "-"
	}
	if t == TScoreAll {
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return signed(100*v, 1) + "%"
}

// sensEffectText prints a change: percentage points for a gap, points for a
// score.
func sensEffectText(t int, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "-"
	}
	if t == TScoreAll {
		return signed(v, 2)
	}
	return signed(100*v, 1) + "pp"
}

// sensNoiseText prints an interval's half-width in the effect's units.
func sensNoiseText(t int, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "-"
	}
	if t == TScoreAll {
		return "±" + strconv.FormatFloat(v, 'f', 2, 64)
	}
	return "±" + strconv.FormatFloat(100*v, 'f', 1, 64) + "pp"
}

// budgetText names the expert's budget, when the trio has experts.
func budgetText(b int) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf(" at budget %d", b)
}

func stepText(step float64) string {
	return fmt.Sprintf("×%s and ×%s", strconv.FormatFloat(1-step, 'f', -1, 64), strconv.FormatFloat(1+step, 'f', -1, 64))
}

// skipText lists the skipped parameters, one line each.
func skipText(sk []Skip) []string {
	var out []string
	for _, s := range sk {
		where := "in every scenario"
		if !s.Every {
			where = "in " + strings.Join(s.Scenarios, ", ")
		}
		out = append(out, fmt.Sprintf("%s: %s %s", s.Param, s.Reason, where))
	}
	return out
}

// WriteSensitivityTable prints, per scenario and target quantity, the
// parameters ranked by the larger effect of their two moves, with the
// parameter's values and the target's at −, base and +. top limits each
// ranking (0: every parameter).
func WriteSensitivityTable(out io.Writer, h Header, r *SensitivityReport, top int) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "sensitivity · sim %s · seeds %s (%d per cell)", h.SimVersion, seedRange(h.FirstSeed, h.Seeds), h.Seeds)
	if len(h.Set) > 0 {
		fmt.Fprintf(w, " · set %s", strings.Join(h.Set, " "))
	}
	fmt.Fprintf(w, "\neach of %d parameters moved to %s of its base value, one at a time · trio %s (all), %s (command), %s (example)%s · %d runs\n",
		len(r.Params), stepText(r.Step), r.Trio.All, r.Trio.Command, r.Trio.Example, budgetText(r.Budget), r.Runs)
	for _, s := range skipText(r.Skipped) {
		fmt.Fprintf(w, "skipped %s\n", s)
	}
	for _, st := range r.Targets {
		fmt.Fprintf(w, "\n%s · %s = %s · base %s\n", st.Scenario, TargetNames[st.Target], sensTargetLabel(st.Target, r.Trio), sensValueText(st.Target, st.Base))
		var tb bytes.Buffer
		tw := tabwriter.NewWriter(&tb, 0, 0, 2, ' ', tabwriter.AlignRight)
		wp := len("parameter")
		for _, row := range st.Rows {
			wp = max(wp, len(row.Param))
		}
		fmt.Fprintf(tw, "  %-*s\t−\tbase\t+\tat −\tat +\tΔ −  \tΔ +  \t±95%%\t\n", wp, "parameter")
		for i, row := range st.Rows {
			if top > 0 && i >= top {
				fmt.Fprintf(tw, "  %-*s\t\t\t\t\t\t\t\t\t\n", wp, fmt.Sprintf("(%d more)", len(st.Rows)-top))
				break
			}
			mark := func(i int) string {
				if row.Clear(i) {
					return " *"
				}
				return "  "
			}
			fmt.Fprintf(tw, "  %-*s\t%s\t%s\t%s\t%s\t%s\t%s%s\t%s%s\t%s\t\n", wp, row.Param, row.Values[0], row.Values[1], row.Values[2],
				sensValueText(st.Target, row.At[0]), sensValueText(st.Target, row.At[2]),
				sensEffectText(st.Target, row.Effect(0)), mark(0), sensEffectText(st.Target, row.Effect(1)), mark(1),
				sensNoiseText(st.Target, math.Max(row.Noise[0], row.Noise[1])))
		}
		tw.Flush()
		w.Write(trimLines(tb.Bytes()))
	}
	w.WriteString("\n−, base, + are the parameter's values; at − and at + the target's value with the parameter moved; Δ the change\n" +
		"from base (pp: percentage points of a gap), ranked by the larger |Δ| of the two moves; ±95% the larger half-width of\n" +
		"the two Δs' paired 95% intervals over the seeds (the noise), and * a Δ whose interval excludes 0. Moving a score\n" +
		"weight rescales the other weights so that the four still add up to 100.\n")
	return w.Flush()
}

// WriteSensitivityJSON prints the report as JSON:
//
//	{"sim_version": "1", "seed": 1, "seeds": 3, "set": {}, "step": 0.2,
//	 "trio": {"all": "adaptive", "command": "commander", "example": "exemplar"}, ("budget": 4, for experts)
//	 "runs": 63, "parameters": 70, "skipped": [{"parameter": …, "scenarios": […], "reason": …}],
//	 "targets": [{"scenario": "default", "target": "gap_all_command", "base": 1.32,
//	   "parameters": [{"parameter": "close_rate", "values": [0.28, 0.35, 0.42],
//	                   "at": [1.2, 1.32, 1.4], "effect": [-0.12, 0.08], "noise": [0.02, 0.03]}, …]}, …]}
//
// Gaps are fractions (0.1 is 10%); "values" are the parameter at −, base,
// +; "at" the target there; "effect" the change from base of each move;
// "noise" the half-width of each effect's paired 95% interval (null with a
// single seed). A
// score weight's row adds "also": the other weights' overrides of each
// move, as -set takes them.
// top limits each ranking (0: every parameter).
func WriteSensitivityJSON(out io.Writer, h Header, r *SensitivityReport, top int) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "{\"sim_version\": %s, \"seed\": %d, \"seeds\": %d, \"set\": %s, \"step\": %s,\n", strconv.Quote(h.SimVersion), h.FirstSeed, h.Seeds,
		setJSON(h.Set), Num(r.Step))
	fmt.Fprintf(w, " \"trio\": {\"all\": %s, \"command\": %s, \"example\": %s},", strconv.Quote(r.Trio.All), strconv.Quote(r.Trio.Command), strconv.Quote(r.Trio.Example))
	if r.Budget > 0 {
		fmt.Fprintf(w, " \"budget\": %d,", r.Budget)
	}
	fmt.Fprintf(w, "\n \"runs\": %d, \"parameters\": %d,\n \"skipped\": [", r.Runs, len(r.Params))
	for i, s := range r.Skipped {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"parameter\": %s, \"scenarios\": [%s], \"reason\": %s}", strconv.Quote(s.Param), quoteList(s.Scenarios), strconv.Quote(s.Reason))
	}
	w.WriteString("],\n \"targets\": [")
	for i, st := range r.Targets {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"scenario\": %s, \"target\": %s, \"base\": %s, \"parameters\": [",
			strconv.Quote(st.Scenario), strconv.Quote(TargetNames[st.Target]), Num(st.Base))
		for j, row := range st.Rows {
			if top > 0 && j >= top {
				break
			}
			if j > 0 {
				w.WriteString(",")
			}
			fmt.Fprintf(w, "\n   {\"parameter\": %s, \"values\": [%s, %s, %s], \"at\": [%s, %s, %s], \"effect\": [%s, %s], \"noise\": [%s, %s]",
				strconv.Quote(row.Param), row.Values[0], row.Values[1], row.Values[2],
				Num(row.At[0]), Num(row.At[1]), Num(row.At[2]), Num(row.Effect(0)), Num(row.Effect(1)), Num(row.Noise[0]), Num(row.Noise[1]))
			if len(row.Also[0])+len(row.Also[1]) > 0 {
				fmt.Fprintf(w, ", \"also\": [[%s], [%s]]", quoteList(row.Also[0]), quoteList(row.Also[1]))
			}
			w.WriteString("}")
		}
		w.WriteString("]}")
	}
	w.WriteString("\n]}\n")
	return w.Flush()
}

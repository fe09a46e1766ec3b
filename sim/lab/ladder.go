package lab

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// The skill ladder: the expert at doubling budgets beside the heuristic
// policies, all on the same seeds. A game with depth keeps rewarding more
// search: the ladder keeps rising. A flat ladder says the game is solved;
// a ladder that tops out says great play is rewarded no more than good.

// LadderStep is one rung: a policy (the expert at a budget, or a baseline)
// and its scores.
type LadderStep struct {
	Policy string
	Budget int // 0 for a baseline
	Score  Stats
	Cmd    float64
}

// Ladder is one scenario's ladder.
type Ladder struct {
	Scenario  string
	Expert    string
	Steps     []LadderStep // the expert's, by budget
	Baselines []LadderStep
	// Rising: the top two steps' 95% intervals do not overlap.
	Rising bool
}

// RunLadder plays the plan's scenarios with the expert at each budget and
// with each baseline policy, on the plan's seeds.
func RunLadder(plan Plan, expert string, budgets []int, baselines []PolicySpec, progress func(done, total int)) ([]Ladder, error) {
	var pols []PolicySpec
	for _, b := range budgets {
		pols = append(pols, PolicySpec{Name: expert, Budget: b})
	}
	pols = append(pols, baselines...)
	var out []Ladder
	for _, s := range plan.Scenarios {
		l := Ladder{Scenario: s.Name, Expert: expert}
		for i, p := range pols {
			one := plan
			one.Scenarios = []ScenarioRun{s}
			one.Policies = []PolicySpec{p}
			cells, err := Execute(&one, nil, progress)
			if err != nil {
				return nil, err
			}
			c := cells[0]
			st := LadderStep{Policy: p.Name, Score: c.Acc[MScore].Summarise(Metrics[MScore].Scale()),
				Cmd: c.Acc[MCommandShare].Summarise(Metrics[MCommandShare].Scale()).Mean}
			if i < len(budgets) {
				st.Budget = p.Budget
				l.Steps = append(l.Steps, st)
			} else {
				l.Baselines = append(l.Baselines, st)
			}
		}
		if n := len(l.Steps); n >= 2 {
			a, b := l.Steps[n-2].Score, l.Steps[n-1].Score
			l.Rising = b.CILo > a.CIHi
		}
		out = append(out, l)
	}
	return out, nil
}

// ParseBudgets reads "1,2,4,8": at least two budgets, rising, each in
// 1..max.
func ParseBudgets(s string, max int) ([]int, error) {
	var out []int
	for _, part := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 1 || n > max {
			return nil, fmt.Errorf("budget %q is not a whole number in 1..%d", strings.TrimSpace(part), max)
		}
		if len(out) > 0 && n <= out[len(out)-1] {
			return nil, fmt.Errorf("budgets must rise: %d after %d", n, out[len(out)-1])
		}
		out = append(out, n)
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("a ladder needs at least two budgets, got %q", s)
	}
	return out, nil
}

// WriteLadderTable prints the ladders.
func WriteLadderTable(out io.Writer, h Header, ls []Ladder) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "skill ladder · sim %s · seeds %d..%d\n", h.SimVersion, h.FirstSeed, h.FirstSeed+uint64(h.Seeds)-1)
	for _, l := range ls {
		fmt.Fprintf(w, "\n%s\n", l.Scenario)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprint(tw, "policy\tbudget\tscore\t95% interval\tcmd%\t\n")
		for _, st := range append(append([]LadderStep{}, l.Steps...), l.Baselines...) {
			b := "-"
			if st.Budget > 0 {
				b = strconv.Itoa(st.Budget)
			}
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f–%.2f\t%.0f%%\t\n", st.Policy, b, st.Score.Mean, st.Score.CILo, st.Score.CIHi, 100*st.Cmd)
		}
		tw.Flush()
		verdict := "rising: the top two steps' 95% intervals are apart"
		if !l.Rising {
			verdict = "flat at the top: the top two steps' 95% intervals overlap"
		}
		fmt.Fprintf(w, "%s\n", verdict)
	}
	return w.Flush()
}

// WriteLadderJSON prints the ladders as JSON.
func WriteLadderJSON(out io.Writer, h Header, ls []Ladder) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, `{"sim_version": %s, "seed": %d, "seeds": %d, "ladders": [`, strconv.Quote(h.SimVersion), h.FirstSeed, h.Seeds)
	step := func(st LadderStep) string {
		return fmt.Sprintf(`{"policy": %s, "budget": %d, "score": %s, "command_share": %s}`, strconv.Quote(st.Policy), st.Budget, statsJSON(st.Score), Num(st.Cmd))
	}
	for i, l := range ls {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n {\"scenario\": %s, \"expert\": %s, \"rising\": %t, \"steps\": [", strconv.Quote(l.Scenario), strconv.Quote(l.Expert), l.Rising)
		for j, st := range l.Steps {
			if j > 0 {
				w.WriteString(", ")
			}
			w.WriteString(step(st))
		}
		w.WriteString("], \"baselines\": [")
		for j, st := range l.Baselines {
			if j > 0 {
				w.WriteString(", ")
			}
			w.WriteString(step(st))
		}
		w.WriteString("]}")
	}
	w.WriteString("\n]}\n")
	return w.Flush()
}

// ladderChart draws one scenario's ladder: the expert's mean score by
// budget (log scale) with its 95% interval, and each baseline as a
// horizontal line.
func ladderChart(l Ladder) ([]byte, error) {
	p := plot.New()
	p.Title.Text = l.Scenario + ": " + l.Expert + " by search budget"
	p.X.Label.Text = "budget"
	p.Y.Label.Text = "mean score (95% interval)"
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = plot.LogTicks{Prec: -1}
	xy := make(plotter.XYs, len(l.Steps))
	errs := make(plotter.YErrors, len(l.Steps))
	for i, st := range l.Steps {
		xy[i] = plotter.XY{X: float64(st.Budget), Y: st.Score.Mean}
		errs[i].Low, errs[i].High = st.Score.Mean-st.Score.CILo, st.Score.CIHi-st.Score.Mean
	}
	line, points, err := plotter.NewLinePoints(xy)
	if err != nil {
		return nil, err
	}
	line.Color, points.Color = policyColor(0), policyColor(0)
	line.Width = vg.Points(2)
	bars, err := plotter.NewYErrorBars(struct {
		plotter.XYs
		plotter.YErrors
	}{xy, errs})
	if err != nil {
		return nil, err
	}
	bars.Color = policyColor(0)
	p.Add(line, points, bars)
	p.Legend.Add(l.Expert, line)
	lo, hi := float64(l.Steps[0].Budget), float64(l.Steps[len(l.Steps)-1].Budget)
	for i, b := range l.Baselines {
		bl, err := plotter.NewLine(plotter.XYs{{X: lo, Y: b.Score.Mean}, {X: hi, Y: b.Score.Mean}})
		if err != nil {
			return nil, err
		}
		bl.Color = policyColor(i + 1)
		bl.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(bl)
		p.Legend.Add(b.Policy, bl)
	}
	p.Legend.Top = false
	p.Legend.Left = false
	return render(p)
}

// WriteLadderHTML writes one self-contained page with a ladder chart per
// scenario, through a temporary file renamed into place.
func WriteLadderHTML(path string, h Header, ls []Ladder) error {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><meta charset=utf-8><title>Salesfloor skill ladder</title><style>body{font-family:sans-serif;margin:2em}img{max-width:100%%}</style><h1>Skill ladder</h1><p>sim %s · seeds %d..%d. The expert at doubling search budgets beside the heuristic policies, on the same seeds. A game with depth keeps rising.</p>",
		h.SimVersion, h.FirstSeed, h.FirstSeed+uint64(h.Seeds)-1)
	for _, l := range ls {
		png, err := ladderChart(l)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "<h2>%s</h2>%s", l.Scenario, chartImg(l.Scenario+" ladder", png))
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".ladder-*.html")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(b.String()); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

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

// Sweep is a parameter range: -sweep key=lo:hi:steps.
type Sweep struct {
	Key    string
	Values []string // the values, as -set would take them
}

// ParseSweep reads key=lo:hi:steps. Fixed-point parameters step exactly in
// 1/65536 units; whole-number parameters round down.
func ParseSweep(s string) (*Sweep, error) {
	key, rng, ok := strings.Cut(s, "=")
	parts := strings.Split(rng, ":")
	if !ok || key == "" || len(parts) != 3 {
		return nil, fmt.Errorf("-sweep %q is not key=lo:hi:steps", s)
	}
	steps, err := strconv.Atoi(parts[2])
	if err != nil || steps < 2 || steps > 1000 {
		return nil, fmt.Errorf("-sweep %q: steps must be a whole number 2..1000", s)
	}
	var field *sim.ParamField
	p := sim.DefaultParams()
	for _, f := range p.Fields() {
		if f.Name == key {
			f := f
			field = &f
		}
	}
	if field == nil {
		return nil, fmt.Errorf("-sweep: no model parameter %q (see -params)", key)
	}
	sw := &Sweep{Key: key}
	var lo, hi int64
	if field.Fixed {
		a, err1 := sim.ParseFixed(parts[0])
		b, err2 := sim.ParseFixed(parts[1])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("-sweep %q: lo and hi must be decimal numbers", s)
		}
		lo, hi = int64(a), int64(b)
	} else {
		a, err1 := strconv.ParseInt(parts[0], 10, 32)
		b, err2 := strconv.ParseInt(parts[1], 10, 32)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("-sweep %q: %s takes whole numbers", s, key)
		}
		lo, hi = a, b
	}
	for i := 0; i < steps; i++ {
		v := lo + (hi-lo)*int64(i)/int64(steps-1)
		if field.Fixed {
			b, _ := sim.Fixed(v).MarshalJSON()
			sw.Values = append(sw.Values, string(b))
		} else {
			sw.Values = append(sw.Values, strconv.FormatInt(v, 10))
		}
	}
	return sw, nil
}

// SweepPoint is the balance at one value.
type SweepPoint struct {
	Value  string
	Report *BalanceReport
}

// RunSweep runs the plan once per value, with the parameter set in every
// scenario, and computes the balance at each.
func RunSweep(plan *Plan, sw *Sweep, opt BalanceOptions, progress func(done, total int)) ([]SweepPoint, error) {
	var out []SweepPoint
	for vi, v := range sw.Values {
		p := *plan
		p.Runs, p.Series = false, false
		p.Scenarios = append([]ScenarioRun(nil), plan.Scenarios...)
		for i := range p.Scenarios {
			if err := p.Scenarios[i].Params.Set(sw.Key, v); err != nil {
				return nil, err
			}
		}
		var prog func(int, int)
		if progress != nil {
			prog = func(d, t int) { progress(vi*t+d, t*len(sw.Values)) }
		}
		cells, err := Execute(&p, nil, prog)
		if err != nil {
			return nil, fmt.Errorf("%s=%s: %v", sw.Key, v, err)
		}
		out = append(out, SweepPoint{Value: v, Report: Balance(cells, opt)})
	}
	return out, nil
}

func passed(r *BalanceReport) int {
	n := 0
	for _, c := range r.Checks {
		if c.OK {
			n++
		}
	}
	return n
}

// WriteSweepTable prints how the gaps move across the range.
func WriteSweepTable(out io.Writer, h Header, sw *Sweep, pts []SweepPoint) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "sweep %s over %s..%s (%d values) · sim %s · seeds %d..%d (%d per cell)", sw.Key, sw.Values[0], sw.Values[len(sw.Values)-1],
		len(sw.Values), h.SimVersion, h.FirstSeed, h.FirstSeed+uint64(h.Seeds)-1, h.Seeds)
	if len(h.Set) > 0 {
		fmt.Fprintf(w, " · set %s", strings.Join(h.Set, " "))
	}
	w.WriteString("\ngaps are \"best mixed policy beats X by\"; skill is best over random; checks counts balance targets met\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\tscenario\tbest\tscore\tvs commander\tvs exemplar\tcmd vs ex\tskill\tdead\tok\tchecks\t\n", sw.Key)
	for _, pt := range pts {
		for i, sb := range pt.Report.Scenarios {
			val, checks := pt.Value, fmt.Sprintf("%d/%d", passed(pt.Report), len(pt.Report.Checks))
			if i > 0 {
				val, checks = "", ""
			}
			var score float64
			for _, l := range sb.Policies {
				if l.Policy == sb.Best {
					score = l.Score.Mean
				}
			}
			ok := "yes"
			if !sb.OK {
				ok = "no"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t\n", val, sb.Scenario, sb.Best, score,
				gapShort(sb.Commander), gapShort(sb.Exemplar), gapShort(sb.CommanderVsExemplar), gapShort(sb.SkillCeiling), len(sb.Dead), ok, checks)
		}
	}
	tw.Flush()
	return w.Flush()
}

func gapShort(g *Gap) string {
	if g == nil {
		return "-"
	}
	return fmt.Sprintf("%+.1f%%", 100*g.Pct)
}

// WriteSweepJSON prints the sweep as JSON.
func WriteSweepJSON(out io.Writer, h Header, sw *Sweep, pts []SweepPoint) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "{\"sim_version\": %s, \"seed\": %d, \"seeds\": %d, \"sweep\": %s, \"points\": [", strconv.Quote(h.SimVersion), h.FirstSeed, h.Seeds, strconv.Quote(sw.Key))
	for i, pt := range pts {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n {\"value\": %s, \"pass\": %t, \"checks_passed\": %d, \"scenarios\": [", pt.Value, pt.Report.Pass, passed(pt.Report))
		for j, sb := range pt.Report.Scenarios {
			if j > 0 {
				w.WriteString(",")
			}
			fmt.Fprintf(w, "\n  {\"scenario\": %s, \"best\": %s, \"best_mixed\": %s, \"commander_gap\": %s, \"exemplar_gap\": %s, \"commander_vs_exemplar\": %s, \"skill_ceiling\": %s, \"dead_actions\": [%s], \"ok\": %t}",
				strconv.Quote(sb.Scenario), strconv.Quote(sb.Best), jsonStrOrNull(sb.BestMixed), gapJSON(sb.Commander), gapJSON(sb.Exemplar),
				gapJSON(sb.CommanderVsExemplar), gapJSON(sb.SkillCeiling), quoteList(sb.Dead), sb.OK)
		}
		w.WriteString("]}")
	}
	w.WriteString("\n]}\n")
	return w.Flush()
}

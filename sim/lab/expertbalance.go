package lab

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"salesfloor/sim"
)

// The balance judged against the expert: the design holds only if its
// targets survive the strongest player the lab can build, so the
// restricted-play gaps are measured between the expert with every action
// and the expert restricted to one style, not between heuristics.

// ExpertTargets are the balance targets against the expert.
type ExpertTargets struct {
	// The unrestricted expert spends MixLo..MixHi of its action time on
	// command in every scenario.
	MixLo, MixHi float64
	// It beats each restricted expert by at least MinGap (A/B − 1).
	MinGap float64
	// Each restricted expert beats the other by at least MinStyleGap, with
	// non-overlapping 95% intervals, in at least one scenario.
	MinStyleGap float64
	// A ceiling to climb: the expert's mean score is at most MaxScore,
	// and the built-in balanced policy (when run) scores BalancedLo..BalancedHi.
	MaxScore               float64
	BalancedLo, BalancedHi float64
	// Nothing dominates: no action takes more than MaxActionShare of the
	// expert's action time in any scenario, every action takes at least
	// MinActionShare somewhere, and the expert's action mix differs between
	// every two scenarios by at least MinPlanDistance (total variation).
	MaxActionShare, MinActionShare, MinPlanDistance float64
	// RevenueCap is the attainment at which the score stops counting
	// revenue; the expert's mean attainment must stay below it.
	RevenueCap float64
}

// DefaultExpertTargets are the expert issue's targets.
var DefaultExpertTargets = ExpertTargets{MixLo: 0.20, MixHi: 0.80, MinGap: 0.15, MinStyleGap: 0.05,
	MaxScore: 90, BalancedLo: 40, BalancedHi: 75, MaxActionShare: 0.40, MinActionShare: 0.02,
	MinPlanDistance: 0.10, RevenueCap: defaultRevenueFull}

// defaultRevenueFull is the model's revenue_full: where the score's
// revenue part is full (no built-in scenario overrides it).
var defaultRevenueFull = func() float64 { p := sim.DefaultParams(); return p.RevenueFull.Float() }()

// ExpertLine is one expert's (or balanced's) standing in a scenario.
type ExpertLine struct {
	Policy       string
	Score        Stats
	CommandShare float64
	Attainment   float64
	Early, Late  Stats // revenue over weeks 1–3 and 10–13
	// A campaign's (Year): the first and last quarters' revenue, and
	// the quarters played.
	Year        bool
	First, Last Stats
	Played      float64
	ActionShare [sim.NumPlayActions]float64 // share of action time by action
}

// ExpertScenario is one scenario's balance against the expert.
type ExpertScenario struct {
	Scenario                        string
	All, Command, Example, Balanced *ExpertLine
	AllVsCommand, AllVsExample      *Gap
	CommandVsExample                *Gap
}

// ExpertReport is the balance report against the expert.
type ExpertReport struct {
	Targets   ExpertTargets
	Scenarios []ExpertScenario
	Checks    []Check
	Pass      bool
}

// ExpertPolicies are the policies an expert balance report needs.
var ExpertPolicies = []string{"expert", "expert-command", "expert-example"}

func expertLine(c *Cell) *ExpertLine {
	if c == nil {
		return nil
	}
	st := func(i int) Stats { return c.Acc[i].Summarise(Metrics[i].Scale()) }
	l := &ExpertLine{Policy: c.Policy, Score: st(MScore), CommandShare: st(MCommandShare).Mean, Attainment: st(MAttainment).Mean}
	l.Early = sumWeeks(c, 0, 3)
	l.Late = sumWeeks(c, 9, 13)
	if c.Quarters > 1 {
		// The campaign's last quarter, played or not: a player replaced
		// before it sold nothing in it.
		l.Year = true
		l.First = st(MQRevenue)
		l.Last = st(MQRevenue + min(c.Quarters, sim.MaxQuarters) - 1)
		l.Played = st(MPlayed).Mean
	}
	var total float64
	for a := 0; a < sim.NumPlayActions; a++ {
		l.ActionShare[a] = float64(c.Actions[a]) * float64(sim.Actions[a].Cost)
		total += l.ActionShare[a]
	}
	if total > 0 {
		for a := range l.ActionShare {
			l.ActionShare[a] /= total
		}
	}
	return l
}

// sumWeeks summarises the revenue of weeks [from, to) from the per-week
// means (the interval treats the weeks as independent, a close enough
// bound for comparing two policies on the same seeds).
func sumWeeks(c *Cell, from, to int) Stats {
	var s Stats
	var v float64
	for wk := from; wk < to; wk++ {
		w := c.Acc[MWeek+wk].Summarise(1)
		s.Mean += w.Mean
		v += w.Std * w.Std
		s.N = w.N
	}
	s.Std = math.Sqrt(v)
	h := 0.0
	if s.N > 0 {
		h = 1.96 * s.Std / math.Sqrt(float64(s.N))
	}
	s.CILo, s.CIHi = s.Mean-h, s.Mean+h
	return s
}

// ExpertBalance computes the report from a batch's cells.
func ExpertBalance(cells []*Cell, t ExpertTargets) *ExpertReport {
	rep := &ExpertReport{Targets: t}
	var order []string
	by := map[string]map[string]*Cell{}
	for _, c := range cells {
		if by[c.Scenario] == nil {
			by[c.Scenario] = map[string]*Cell{}
			order = append(order, c.Scenario)
		}
		by[c.Scenario][c.Policy] = c
	}
	for _, sn := range order {
		m := by[sn]
		es := ExpertScenario{Scenario: sn, All: expertLine(m["expert"]), Command: expertLine(m["expert-command"]),
			Example: expertLine(m["expert-example"]), Balanced: expertLine(m["balanced"])}
		pl := func(l *ExpertLine) *PolicyLine {
			if l == nil {
				return nil
			}
			return &PolicyLine{Policy: l.Policy, Score: l.Score}
		}
		es.AllVsCommand = gap(pl(es.All), pl(es.Command))
		es.AllVsExample = gap(pl(es.All), pl(es.Example))
		es.CommandVsExample = gap(pl(es.Command), pl(es.Example))
		rep.Scenarios = append(rep.Scenarios, es)
	}
	rep.Checks = expertChecks(rep)
	rep.Pass = len(rep.Checks) > 0
	for _, c := range rep.Checks {
		rep.Pass = rep.Pass && c.OK
	}
	return rep
}

func expertChecks(rep *ExpertReport) []Check {
	t := rep.Targets
	var checks []Check
	add := func(name string, ok bool, detail string) {
		checks = append(checks, Check{Name: name, OK: ok, Detail: detail})
	}
	var missing []string
	for _, es := range rep.Scenarios {
		if es.All == nil || es.Command == nil || es.Example == nil {
			missing = append(missing, es.Scenario)
		}
	}
	if len(rep.Scenarios) == 0 || len(missing) > 0 {
		add("expert, expert-command and expert-example were run in every scenario", false, orDetail(missing, "missing in: "))
		return checks
	}
	if rep.Scenarios[0].All.Year {
		yearChecks(rep, add)
		return checks
	}
	var notMixed, short, cmdEarly, exLate, high, balOut, capped, dominant []string
	var cmdWins, exWins []string
	used := make([]float64, sim.NumPlayActions)
	for _, es := range rep.Scenarios {
		s := es.Scenario
		if es.All.CommandShare < t.MixLo || es.All.CommandShare > t.MixHi {
			notMixed = append(notMixed, fmt.Sprintf("%s %.0f%%", s, 100*es.All.CommandShare))
		}
		for _, g := range []*Gap{es.AllVsCommand, es.AllVsExample} {
			if g.Pct < t.MinGap {
				short = append(short, fmt.Sprintf("%s: over %s %s", s, g.B, pct(g.Pct)))
			}
		}
		c, e := es.Command, es.Example
		if c.Score.Mean >= e.Score.Mean*(1+t.MinStyleGap) && c.Score.CILo > e.Score.CIHi {
			cmdWins = append(cmdWins, fmt.Sprintf("%s %s", s, pct(es.CommandVsExample.Pct)))
		}
		if e.Score.Mean >= c.Score.Mean*(1+t.MinStyleGap) && e.Score.CILo > c.Score.CIHi {
			exWins = append(exWins, fmt.Sprintf("%s %s", s, pct(1/(1+es.CommandVsExample.Pct)-1)))
		}
		if !(c.Early.Mean > e.Early.Mean) {
			cmdEarly = append(cmdEarly, fmt.Sprintf("%s: $%.0f vs $%.0f", s, c.Early.Mean, e.Early.Mean))
		}
		if !(e.Late.Mean > c.Late.Mean) {
			exLate = append(exLate, fmt.Sprintf("%s: $%.0f vs $%.0f", s, e.Late.Mean, c.Late.Mean))
		}
		if es.All.Score.Mean > t.MaxScore {
			high = append(high, fmt.Sprintf("%s %.1f", s, es.All.Score.Mean))
		}
		if b := es.Balanced; b != nil && (b.Score.Mean < t.BalancedLo || b.Score.Mean > t.BalancedHi) {
			balOut = append(balOut, fmt.Sprintf("%s %.1f", s, b.Score.Mean))
		}
		if es.All.Attainment >= t.RevenueCap {
			capped = append(capped, fmt.Sprintf("%s %.0f%%", s, 100*es.All.Attainment))
		}
		for a, sh := range es.All.ActionShare {
			if sh > t.MaxActionShare {
				dominant = append(dominant, fmt.Sprintf("%s: %s %.0f%%", s, sim.Actions[a].Name, 100*sh))
			}
			used[a] = math.Max(used[a], sh)
		}
	}
	add(fmt.Sprintf("neither wins alone: the expert spends %.0f–%.0f%% of its action time on command in every scenario", 100*t.MixLo, 100*t.MixHi),
		len(notMixed) == 0, orDetail(notMixed, "outside: "))
	add(fmt.Sprintf("neither wins alone: the expert beats expert-command and expert-example by at least %s in every scenario", pct(t.MinGap)),
		len(short) == 0, orDetail(short, "short: "))
	add(fmt.Sprintf("command is the better half somewhere: expert-command beats expert-example by %s+ (95%% intervals apart)", pct(t.MinStyleGap)),
		len(cmdWins) > 0, "in "+listOrNone(cmdWins))
	add(fmt.Sprintf("example is the better half somewhere: expert-example beats expert-command by %s+ (95%% intervals apart)", pct(t.MinStyleGap)),
		len(exWins) > 0, "in "+listOrNone(exWins))
	add("command wins the present: expert-command out-earns expert-example over weeks 1–3 in every scenario",
		len(cmdEarly) == 0, orDetail(cmdEarly, "not in "))
	add("example wins the future: expert-example out-earns expert-command over weeks 10–13 in every scenario",
		len(exLate) == 0, orDetail(exLate, "not in "))
	add(fmt.Sprintf("a ceiling to climb: the expert's mean score is at most %.0f in every scenario", t.MaxScore),
		len(high) == 0, orDetail(high, "above: "))
	balRun := false
	for _, es := range rep.Scenarios {
		balRun = balRun || es.Balanced != nil
	}
	if balRun {
		add(fmt.Sprintf("balanced scores %.0f–%.0f in every scenario", t.BalancedLo, t.BalancedHi), len(balOut) == 0, orDetail(balOut, "outside: "))
	}
	add(fmt.Sprintf("strong play does not end at the revenue cap: the expert's mean attainment is below %.0f%%", 100*t.RevenueCap),
		len(capped) == 0, orDetail(capped, "at the cap: "))
	add(fmt.Sprintf("nothing dominates: no action takes over %.0f%% of the expert's action time in any scenario", 100*t.MaxActionShare),
		len(dominant) == 0, orDetail(dominant, "dominant: "))
	var dead []string
	for a, u := range used {
		if u < t.MinActionShare {
			dead = append(dead, fmt.Sprintf("%s %.1f%%", sim.Actions[a].Name, 100*u))
		}
	}
	add(fmt.Sprintf("no dead action: every action takes at least %.0f%% of the expert's action time in some scenario", 100*t.MinActionShare),
		len(dead) == 0, orDetail(dead, "dead: "))
	var alike []string
	for i := range rep.Scenarios {
		for j := i + 1; j < len(rep.Scenarios); j++ {
			a, b := rep.Scenarios[i].All, rep.Scenarios[j].All
			var d float64
			for k := range a.ActionShare {
				d += math.Abs(a.ActionShare[k] - b.ActionShare[k])
			}
			if d/2 < t.MinPlanDistance {
				alike = append(alike, fmt.Sprintf("%s ~ %s (%.2f)", rep.Scenarios[i].Scenario, rep.Scenarios[j].Scenario, d/2))
			}
		}
	}
	if len(rep.Scenarios) > 1 {
		add(fmt.Sprintf("the expert's plans differ by scenario (action mixes at least %.2f apart)", t.MinPlanDistance),
			len(alike) == 0, orDetail(alike, "alike: "))
	}
	return checks
}

// yearChecks are the campaign's targets (-quarters): command wins the first
// quarter, example the last, and neither wins the year alone.
func yearChecks(rep *ExpertReport, add func(string, bool, string)) {
	t := rep.Targets
	var first, last, short []string
	for _, es := range rep.Scenarios {
		s := es.Scenario
		c, e := es.Command, es.Example
		if !(c.First.Mean > e.First.Mean) {
			first = append(first, fmt.Sprintf("%s: $%.0fk vs $%.0fk", s, c.First.Mean/1000, e.First.Mean/1000))
		}
		if !(e.Last.Mean > c.Last.Mean) {
			last = append(last, fmt.Sprintf("%s: $%.0fk vs $%.0fk", s, e.Last.Mean/1000, c.Last.Mean/1000))
		}
		for _, g := range []*Gap{es.AllVsCommand, es.AllVsExample} {
			if g.Pct < t.MinGap {
				short = append(short, fmt.Sprintf("%s: over %s %s", s, g.B, pct(g.Pct)))
			}
		}
	}
	add("command wins the present: expert-command out-earns expert-example in the first quarter in every scenario",
		len(first) == 0, orDetail(first, "not in "))
	add("example wins the future: expert-example out-earns expert-command in the last quarter in every scenario",
		len(last) == 0, orDetail(last, "not in "))
	add(fmt.Sprintf("neither wins the year alone: the expert's year beats expert-command's and expert-example's by at least %s in every scenario", pct(t.MinGap)),
		len(short) == 0, orDetail(short, "short: "))
}

// WriteExpertTable prints the expert balance report.
func WriteExpertTable(out io.Writer, h Header, r *ExpertReport) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "balance against the expert · sim %s · seeds %d..%d\n\n", h.SimVersion, h.FirstSeed, h.FirstSeed+uint64(h.Seeds)-1)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if h.Quarters > 1 {
		fmt.Fprintf(w, "campaigns of %d quarters: scores are the year's (the mean of its quarters'); the last columns are the first and last quarters' revenue\n\n", h.Quarters)
		fmt.Fprint(tw, "scenario\texpert\tcmd%\texpert-command\texpert-example\tbalanced\tall/cmd\tall/ex\tcmd/ex\tquarter 1 cmd/ex\tlast quarter cmd/ex\t\n")
	} else {
		fmt.Fprint(tw, "scenario\texpert\tcmd%\texpert-command\texpert-example\tbalanced\tall/cmd\tall/ex\tcmd/ex\tweeks 1–3 cmd/ex\tweeks 10–13 cmd/ex\t\n")
	}
	for _, es := range r.Scenarios {
		sc := func(l *ExpertLine) string {
			if l == nil {
				return "-"
			}
			return fmt.Sprintf("%.1f ±%.1f", l.Score.Mean, l.Score.CIHi-l.Score.Mean)
		}
		g := func(g *Gap) string {
			if g == nil {
				return "-"
			}
			return pct(g.Pct)
		}
		cmd, early, late := "-", "-", "-"
		if es.All != nil {
			cmd = fmt.Sprintf("%.0f%%", 100*es.All.CommandShare)
		}
		if es.Command != nil && es.Example != nil {
			early = fmt.Sprintf("$%.0fk / $%.0fk", es.Command.Early.Mean/1000, es.Example.Early.Mean/1000)
			late = fmt.Sprintf("$%.0fk / $%.0fk", es.Command.Late.Mean/1000, es.Example.Late.Mean/1000)
		}
		if es.All != nil && es.All.Year && es.Command != nil && es.Example != nil {
			// A campaign: the first and last quarters' revenue, and the
			// quarters played, in place of the weeks.
			early = fmt.Sprintf("$%.0fk / $%.0fk", es.Command.First.Mean/1000, es.Example.First.Mean/1000)
			late = fmt.Sprintf("$%.0fk / $%.0fk (played %.1f / %.1f)", es.Command.Last.Mean/1000, es.Example.Last.Mean/1000, es.Command.Played, es.Example.Played)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", es.Scenario, sc(es.All), cmd, sc(es.Command), sc(es.Example),
			sc(es.Balanced), g(es.AllVsCommand), g(es.AllVsExample), g(es.CommandVsExample), early, late)
	}
	tw.Flush()
	w.WriteString("\nthe expert's action time by action:\n")
	tw = tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "scenario\t")
	for a := 0; a < sim.NumPlayActions; a++ {
		fmt.Fprintf(tw, "%s\t", sim.Actions[a].Name)
	}
	fmt.Fprint(tw, "\n")
	for _, es := range r.Scenarios {
		if es.All == nil {
			continue
		}
		fmt.Fprintf(tw, "%s\t", es.Scenario)
		for _, sh := range es.All.ActionShare {
			fmt.Fprintf(tw, "%.0f%%\t", 100*sh)
		}
		fmt.Fprint(tw, "\n")
	}
	tw.Flush()
	writeChecks(w, r.Checks)
	verdict := "PASS: the design holds against the expert"
	if !r.Pass {
		verdict = "FAIL: the design does not hold against the expert"
	}
	fmt.Fprintf(w, "\n%s\n", verdict)
	return w.Flush()
}

// WriteExpertJSON prints the expert balance report as JSON.
func WriteExpertJSON(out io.Writer, h Header, r *ExpertReport) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, `{"sim_version": %s, "seed": %d, "seeds": %d, "against": "expert", "scenarios": [`, strconv.Quote(h.SimVersion), h.FirstSeed, h.Seeds)
	line := func(l *ExpertLine) string {
		if l == nil {
			return "null"
		}
		var b strings.Builder
		fmt.Fprintf(&b, `{"policy": %s, "score": %s, "command_share": %s, "attainment": %s, "revenue_weeks_1_3": %s, "revenue_weeks_10_13": %s, "action_share": {`,
			strconv.Quote(l.Policy), statsJSON(l.Score), Num(l.CommandShare), Num(l.Attainment), Num(l.Early.Mean), Num(l.Late.Mean))
		for a, sh := range l.ActionShare {
			if a > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s: %s", strconv.Quote(sim.Actions[a].Name), Num(sh))
		}
		b.WriteString("}}")
		return b.String()
	}
	for i, es := range r.Scenarios {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n {\"scenario\": %s, \"expert\": %s, \"expert_command\": %s, \"expert_example\": %s, \"balanced\": %s, \"all_vs_command\": %s, \"all_vs_example\": %s, \"command_vs_example\": %s}",
			strconv.Quote(es.Scenario), line(es.All), line(es.Command), line(es.Example), line(es.Balanced),
			gapJSON(es.AllVsCommand), gapJSON(es.AllVsExample), gapJSON(es.CommandVsExample))
	}
	w.WriteString("],\n \"checks\": [")
	for i, c := range r.Checks {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"name\": %s, \"ok\": %t, \"detail\": %s}", strconv.Quote(c.Name), c.OK, strconv.Quote(c.Detail))
	}
	fmt.Fprintf(w, "],\n \"pass\": %t}\n", r.Pass)
	return w.Flush()
}

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

// BalanceOptions are the balance targets.
type BalanceOptions struct {
	// A policy mixes both styles when the mean share of its action time
	// spent on command actions (Outcome.CommandShare) is within
	// [MixLo, MixHi]. The default floor is 10% of the hours: command
	// actions are short (an order for status reports or a dial quota takes
	// 15 minutes, a lead reassignment 30, where a player's own calls take
	// two hours), so a tenth of the hours is about a quarter of the actions.
	MixLo, MixHi float64
	// MinGap: the best policy must beat commander and exemplar by at least
	// this fraction of their score (best/restricted − 1).
	MinGap float64
	// MinSkill: adaptive must beat random by at least this fraction.
	MinSkill float64
	// DeadBelow: an action a policy uses fewer than this many times per
	// quarter on average counts as unused.
	DeadBelow float64
}

// DefaultBalance are the targets of the balance-lab issue.
var DefaultBalance = BalanceOptions{MixLo: 0.10, MixHi: 0.90, MinGap: 0.10, MinSkill: 0.25, DeadBelow: 1}

// PolicyLine is one policy's standing in a scenario.
type PolicyLine struct {
	Policy       string
	Score        Stats
	CommandShare float64
	Mixed        bool
}

// Gap compares two policies' mean scores: how much higher A's is than B's,
// as a fraction of B's (A/B − 1), with the half-width of its 95%
// confidence interval (delta method, runs treated as independent).
type Gap struct {
	A, B string
	Pct  float64 // A/B − 1, as a fraction
	CI   float64
}

func gap(a, b *PolicyLine) *Gap {
	if a == nil || b == nil {
		return nil
	}
	g := &Gap{A: a.Policy, B: b.Policy}
	if b.Score.Mean == 0 {
		g.Pct = math.Inf(1)
		return g
	}
	r := a.Score.Mean / b.Score.Mean
	g.Pct = r - 1
	rel := func(s Stats) float64 {
		if s.Mean == 0 || s.N == 0 {
			return 0
		}
		return s.Std / math.Sqrt(float64(s.N)) / s.Mean
	}
	g.CI = 1.96 * r * math.Hypot(rel(a.Score), rel(b.Score))
	return g
}

// ScenarioBalance is the balance report for one scenario.
type ScenarioBalance struct {
	Scenario  string
	Policies  []PolicyLine
	Best      string
	BestMixed string // "" when no policy mixes both styles
	// Restricted play: how far the best mixed policy is ahead of each
	// style alone (nil when that policy was not run).
	Commander, Exemplar *Gap
	// CommanderVsExemplar: commander's score over exemplar's, − 1.
	CommanderVsExemplar *Gap
	SkillCeiling        *Gap // best over random
	AdaptiveVsRandom    *Gap
	RandomVsIdle        *Gap
	Dead                []string // actions the best policy (almost) never uses
	OK                  bool
	Verdict             string
}

// Check is one balance target.
type Check struct {
	Name   string
	OK     bool
	Detail string
}

// BalanceReport is the whole report.
type BalanceReport struct {
	Options   BalanceOptions
	Scenarios []ScenarioBalance
	Checks    []Check
	Pass      bool
}

// Balance computes the report from a batch's cells (scenario-major).
func Balance(cells []*Cell, opt BalanceOptions) *BalanceReport {
	rep := &BalanceReport{Options: opt}
	var order []string
	by := map[string][]*Cell{}
	for _, c := range cells {
		if _, ok := by[c.Scenario]; !ok {
			order = append(order, c.Scenario)
		}
		by[c.Scenario] = append(by[c.Scenario], c)
	}
	used := make([]bool, sim.NumPlayActions)
	for _, sn := range order {
		sb := ScenarioBalance{Scenario: sn}
		lines := map[string]*PolicyLine{}
		var best, bestMixed *PolicyLine
		var bestCell *Cell
		for _, c := range by[sn] {
			l := PolicyLine{Policy: c.Policy, Score: c.Acc[MScore].Summarise(Metrics[MScore].Scale()),
				CommandShare: c.Acc[MCommandShare].Summarise(Metrics[MCommandShare].Scale()).Mean}
			l.Mixed = l.CommandShare >= opt.MixLo && l.CommandShare <= opt.MixHi
			sb.Policies = append(sb.Policies, l)
		}
		for i, c := range by[sn] {
			l := &sb.Policies[i]
			lines[l.Policy] = l
			if best == nil || l.Score.Mean > best.Score.Mean {
				best, bestCell = l, c
			}
			if l.Mixed && (bestMixed == nil || l.Score.Mean > bestMixed.Score.Mean) {
				bestMixed = l
			}
		}
		sb.Best = best.Policy
		if bestMixed != nil {
			sb.BestMixed = bestMixed.Policy
			sb.Commander = gap(bestMixed, lines["commander"])
			sb.Exemplar = gap(bestMixed, lines["exemplar"])
		}
		sb.CommanderVsExemplar = gap(lines["commander"], lines["exemplar"])
		sb.SkillCeiling = gap(best, lines["random"])
		sb.AdaptiveVsRandom = gap(lines["adaptive"], lines["random"])
		sb.RandomVsIdle = gap(lines["random"], lines["idle"])
		for a := 0; a < sim.NumPlayActions; a++ {
			if bestCell.MeanUses(a) < opt.DeadBelow {
				sb.Dead = append(sb.Dead, sim.Actions[a].Name)
			} else {
				used[a] = true
			}
		}
		sb.OK, sb.Verdict = verdict(&sb, best, opt)
		rep.Scenarios = append(rep.Scenarios, sb)
	}
	rep.Checks = globalChecks(rep, used, opt)
	rep.Pass = true
	for _, c := range rep.Checks {
		rep.Pass = rep.Pass && c.OK
	}
	return rep
}

func pct(f float64) string {
	if math.IsInf(f, 0) {
		return "∞%"
	}
	return fmt.Sprintf("%.1f%%", 100*f)
}

func verdict(sb *ScenarioBalance, best *PolicyLine, opt BalanceOptions) (bool, string) {
	var miss []string
	if !best.Mixed {
		style := "example"
		if best.CommandShare > opt.MixHi {
			style = "command"
		}
		miss = append(miss, fmt.Sprintf("the best policy, %s, plays %s only (%.0f%% command)", best.Policy, style, 100*best.CommandShare))
	}
	for _, g := range []struct {
		name string
		g    *Gap
	}{{"commander", sb.Commander}, {"exemplar", sb.Exemplar}} {
		switch {
		case sb.BestMixed == "":
		case g.g == nil:
			miss = append(miss, g.name+" not run")
		case g.g.Pct < opt.MinGap:
			miss = append(miss, fmt.Sprintf("%s is only %s behind %s (target %s)", g.name, pct(g.g.Pct), sb.BestMixed, pct(opt.MinGap)))
		}
	}
	if g := sb.AdaptiveVsRandom; g != nil && g.Pct < opt.MinSkill {
		miss = append(miss, fmt.Sprintf("adaptive beats random by only %s (target %s)", pct(g.Pct), pct(opt.MinSkill)))
	}
	if g := sb.RandomVsIdle; g != nil && g.Pct <= 0 {
		miss = append(miss, "random does not beat idle")
	}
	if len(miss) > 0 {
		return false, "MISSED: " + strings.Join(miss, "; ")
	}
	half := ""
	if g := sb.CommanderVsExemplar; g != nil {
		if g.Pct > 0 {
			half = fmt.Sprintf("; command is the better half here (commander beats exemplar by %s)", pct(g.Pct))
		} else {
			half = fmt.Sprintf("; example is the better half here (exemplar beats commander by %s)", pct(gapInv(g)))
		}
	}
	return true, fmt.Sprintf("balanced: %s mixes both styles (%.0f%% command) and beats each style alone by %s or more%s",
		best.Policy, 100*best.CommandShare, pct(min(sb.Commander.Pct, sb.Exemplar.Pct)), half)
}

// gapInv is B/A − 1 for a gap A/B − 1.
func gapInv(g *Gap) float64 { return 1/(1+g.Pct) - 1 }

func globalChecks(rep *BalanceReport, used []bool, opt BalanceOptions) []Check {
	var checks []Check
	add := func(name string, ok bool, detail string) {
		checks = append(checks, Check{name, ok, detail})
	}
	var notMixed, smallGap []string
	cmdWins, exWins := []string{}, []string{}
	var weakSkill, idleWins []string
	missing := map[string]bool{}
	for _, sb := range rep.Scenarios {
		if sb.BestMixed == "" || sb.BestMixed != sb.Best {
			notMixed = append(notMixed, sb.Scenario+" ("+sb.Best+")")
		}
		for _, g := range []struct {
			n string
			g *Gap
		}{{"commander", sb.Commander}, {"exemplar", sb.Exemplar}} {
			if g.g == nil {
				if sb.BestMixed != "" {
					missing[g.n] = true
				}
				smallGap = append(smallGap, sb.Scenario+": "+g.n+" not compared")
			} else if g.g.Pct < opt.MinGap {
				smallGap = append(smallGap, fmt.Sprintf("%s: %s %s", sb.Scenario, g.n, pct(g.g.Pct)))
			}
		}
		if g := sb.CommanderVsExemplar; g != nil {
			if g.Pct > 0 {
				cmdWins = append(cmdWins, sb.Scenario)
			} else if g.Pct < 0 {
				exWins = append(exWins, sb.Scenario)
			}
		} else {
			missing["commander"], missing["exemplar"] = true, true
		}
		if g := sb.AdaptiveVsRandom; g == nil {
			missing["adaptive"], missing["random"] = true, true
		} else if g.Pct < opt.MinSkill {
			weakSkill = append(weakSkill, fmt.Sprintf("%s: %s", sb.Scenario, pct(g.Pct)))
		}
		if g := sb.RandomVsIdle; g == nil {
			missing["random"], missing["idle"] = true, true
		} else if g.Pct <= 0 {
			idleWins = append(idleWins, fmt.Sprintf("%s: %s", sb.Scenario, pct(g.Pct)))
		}
	}
	list := func(s []string) string {
		if len(s) == 0 {
			return "all scenarios"
		}
		return strings.Join(s, ", ")
	}
	notRun := func(names ...string) string {
		var m []string
		for _, n := range names {
			if missing[n] {
				m = append(m, n)
			}
		}
		if len(m) == 0 {
			return ""
		}
		return "not run: " + strings.Join(m, ", ")
	}
	add(fmt.Sprintf("the best policy mixes both styles (%.0f%%..%.0f%% command) in every scenario", 100*opt.MixLo, 100*opt.MixHi),
		len(notMixed) == 0, orDetail(notMixed, "not mixed: "))
	add(fmt.Sprintf("the best policy beats commander and exemplar by at least %s in every scenario", pct(opt.MinGap)),
		len(notMixed) == 0 && len(smallGap) == 0, orDetail(smallGap, "short: "))
	if nr := notRun("commander", "exemplar"); nr != "" {
		add("commander beats exemplar in at least one scenario", false, nr)
		add("exemplar beats commander in at least one scenario", false, nr)
	} else {
		add("commander beats exemplar in at least one scenario", len(cmdWins) > 0, "in "+listOrNone(cmdWins))
		add("exemplar beats commander in at least one scenario", len(exWins) > 0, "in "+listOrNone(exWins))
	}
	if nr := notRun("adaptive", "random"); nr != "" {
		add(fmt.Sprintf("adaptive beats random by at least %s in every scenario", pct(opt.MinSkill)), false, nr)
	} else {
		add(fmt.Sprintf("adaptive beats random by at least %s in every scenario", pct(opt.MinSkill)), len(weakSkill) == 0, orDetail(weakSkill, "short: "))
	}
	if nr := notRun("random", "idle"); nr != "" {
		add("random beats idle in every scenario", false, nr)
	} else {
		add("random beats idle in every scenario", len(idleWins) == 0, orDetail(idleWins, "not in "))
	}
	var dead []string
	for a, u := range used {
		if !u {
			dead = append(dead, sim.Actions[a].Name)
		}
	}
	_ = list
	add(fmt.Sprintf("every action is used (at least %s a quarter) by the best policy of some scenario", strconv.FormatFloat(opt.DeadBelow, 'f', -1, 64)),
		len(dead) == 0, orDetail(dead, "dead: "))
	return checks
}

func orDetail(s []string, prefix string) string {
	if len(s) == 0 {
		return ""
	}
	return prefix + strings.Join(s, "; ")
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "no scenario"
	}
	return strings.Join(s, ", ")
}

// WriteBalanceTable prints the report for people.
func WriteBalanceTable(out io.Writer, h Header, r *BalanceReport) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "balance report · sim %s · seeds %d..%d (%d per cell)", h.SimVersion, h.FirstSeed, h.FirstSeed+uint64(h.Seeds)-1, h.Seeds)
	if len(h.Set) > 0 {
		fmt.Fprintf(w, " · set %s", strings.Join(h.Set, " "))
	}
	fmt.Fprintf(w, "\na policy mixes both styles when %.0f%%..%.0f%% of its action time is command; \"A beats B by x%%\" means A's mean score is (1+x) × B's\n",
		100*r.Options.MixLo, 100*r.Options.MixHi)
	for _, sb := range r.Scenarios {
		fmt.Fprintf(w, "\n%s\n", sb.Scenario)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  policy\tscore\t±95%\tcmd%\tmixed\tbest beats it by\t")
		var bestLine *PolicyLine
		for i := range sb.Policies {
			if sb.Policies[i].Policy == sb.Best {
				bestLine = &sb.Policies[i]
			}
		}
		for i := range sb.Policies {
			l := &sb.Policies[i]
			mixed := "no"
			if l.Mixed {
				mixed = "yes"
			}
			vs := "best"
			if l.Policy != sb.Best {
				g := gap(bestLine, l)
				vs = fmt.Sprintf("%s ±%.1f", pct(g.Pct), 100*g.CI)
			}
			fmt.Fprintf(tw, "  %s\t%.2f\t%.2f\t%.0f%%\t%s\t%s\t\n", l.Policy, l.Score.Mean, l.Score.CIHi-l.Score.Mean, 100*l.CommandShare, mixed, vs)
		}
		tw.Flush()
		fmt.Fprintf(w, "  best: %s", sb.Best)
		if sb.BestMixed != "" && sb.BestMixed != sb.Best {
			fmt.Fprintf(w, "; best mixed: %s", sb.BestMixed)
		}
		w.WriteString("\n")
		if sb.BestMixed == "" {
			w.WriteString("  restricted-play gap: no policy mixes both styles\n")
		} else {
			fmt.Fprintf(w, "  restricted-play gap: %s beats commander by %s, exemplar by %s\n", sb.BestMixed, gapText(sb.Commander), gapText(sb.Exemplar))
		}
		if sb.SkillCeiling != nil {
			fmt.Fprintf(w, "  skill ceiling: %s beats random by %s", sb.Best, gapText(sb.SkillCeiling))
			if sb.RandomVsIdle != nil {
				fmt.Fprintf(w, "; random beats idle by %s", gapText(sb.RandomVsIdle))
			}
			w.WriteString("\n")
		}
		dead := "none"
		if len(sb.Dead) > 0 {
			dead = strings.Join(sb.Dead, ", ")
		}
		fmt.Fprintf(w, "  dead actions (%s uses fewer than %s a quarter): %s\n", sb.Best, strconv.FormatFloat(r.Options.DeadBelow, 'f', -1, 64), dead)
		fmt.Fprintf(w, "  verdict: %s\n", sb.Verdict)
	}
	writeChecks(w, r.Checks)
	if r.Pass {
		w.WriteString("balance: PASS\n")
	} else {
		w.WriteString("balance: FAIL\n")
	}
	return w.Flush()
}

// writeChecks prints a report's checks, one a line, marked ok or FAIL.
func writeChecks(w *bufio.Writer, checks []Check) {
	w.WriteString("\nchecks\n")
	for _, c := range checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(w, "  [%s] %s", mark, c.Name)
		if c.Detail != "" {
			fmt.Fprintf(w, ": %s", c.Detail)
		}
		w.WriteString("\n")
	}
}

func gapText(g *Gap) string {
	if g == nil {
		return "(not run)"
	}
	return fmt.Sprintf("%s ±%.1f", pct(g.Pct), 100*g.CI)
}

// WriteBalanceJSON prints the report as JSON.
func WriteBalanceJSON(out io.Writer, h Header, r *BalanceReport) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "{\"sim_version\": %s, \"seed\": %d, \"seeds\": %d,\n", strconv.Quote(h.SimVersion), h.FirstSeed, h.Seeds)
	fmt.Fprintf(w, " \"targets\": {\"mix_lo\": %s, \"mix_hi\": %s, \"min_gap\": %s, \"min_skill\": %s, \"dead_below\": %s},\n",
		Num(r.Options.MixLo), Num(r.Options.MixHi), Num(r.Options.MinGap), Num(r.Options.MinSkill), Num(r.Options.DeadBelow))
	w.WriteString(" \"scenarios\": [")
	for i, sb := range r.Scenarios {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"scenario\": %s, \"best\": %s, \"best_mixed\": %s,\n   \"policies\": [", strconv.Quote(sb.Scenario), strconv.Quote(sb.Best), jsonStrOrNull(sb.BestMixed))
		for j, l := range sb.Policies {
			if j > 0 {
				w.WriteString(",")
			}
			fmt.Fprintf(w, "\n    {\"policy\": %s, \"score\": %s, \"command_share\": %s, \"mixed\": %t}",
				strconv.Quote(l.Policy), statsJSON(l.Score), Num(l.CommandShare), l.Mixed)
		}
		w.WriteString("],\n")
		fmt.Fprintf(w, "   \"commander_gap\": %s, \"exemplar_gap\": %s, \"commander_vs_exemplar\": %s,\n",
			gapJSON(sb.Commander), gapJSON(sb.Exemplar), gapJSON(sb.CommanderVsExemplar))
		fmt.Fprintf(w, "   \"skill_ceiling\": %s, \"adaptive_vs_random\": %s, \"random_vs_idle\": %s,\n",
			gapJSON(sb.SkillCeiling), gapJSON(sb.AdaptiveVsRandom), gapJSON(sb.RandomVsIdle))
		fmt.Fprintf(w, "   \"dead_actions\": [%s], \"ok\": %t, \"verdict\": %s}", quoteList(sb.Dead), sb.OK, strconv.Quote(sb.Verdict))
	}
	w.WriteString("],\n \"checks\": [")
	for i, c := range r.Checks {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"check\": %s, \"ok\": %t, \"detail\": %s}", strconv.Quote(c.Name), c.OK, strconv.Quote(c.Detail))
	}
	fmt.Fprintf(w, "],\n \"pass\": %t}\n", r.Pass)
	return w.Flush()
}

func gapJSON(g *Gap) string {
	if g == nil {
		return "null"
	}
	return fmt.Sprintf(`{"a": %s, "b": %s, "pct": %s, "ci95": %s}`, strconv.Quote(g.A), strconv.Quote(g.B), Num(100*g.Pct), Num(100*g.CI))
}

func jsonStrOrNull(s string) string {
	if s == "" {
		return "null"
	}
	return strconv.Quote(s)
}

func quoteList(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, ", ")
}

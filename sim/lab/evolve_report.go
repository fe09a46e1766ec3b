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

// EvolveReport is what "simulate evolve" prints: how the search went, and
// how the evolved policy does on seeds it never trained on, beside the
// policies it is compared with on those same seeds. Training scores flatter
// a searched policy (it was picked for them); the held-out scores are the
// honest ones.
type EvolveReport struct {
	SimVersion  string
	Config      *EvolveConfig
	Result      *EvolveResult
	HoldoutSeed uint64
	Holdout     int
	Cells       []*Cell // the evolved policy's first, then the comparisons
}

// WriteEvolveTable prints the report as text.
func WriteEvolveTable(out io.Writer, r *EvolveReport) error {
	w := bufio.NewWriter(out)
	c, res := r.Config, r.Result
	fmt.Fprintf(w, "%s · sim %s · scenario %s · actions %s\n", res.Best.Name, r.SimVersion, c.Scenario.Name,
		strings.Join(c.Allowed.Names(), ", "))
	fmt.Fprintf(w, "search: population %d, %d generations, search seed %d, %d quarters played\n",
		c.Population, c.Generations, c.SearchSeed, res.Runs)
	fmt.Fprintf(w, "training seeds %d..%d: score %.2f with %d rules (%d removed as unhelpful)\n",
		c.FirstSeed, c.FirstSeed+uint64(c.Seeds)-1, res.Score, len(res.Best.Rules), res.Removed)
	fmt.Fprintf(w, "held-out seeds %d..%d (%d per policy):\n\n", r.HoldoutSeed, r.HoldoutSeed+uint64(r.Holdout)-1, r.Holdout)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	wp := len("policy")
	for _, cell := range r.Cells {
		wp = max(wp, len(cell.Policy))
	}
	fmt.Fprintf(tw, "%-*s\tscore\t±95%%\tcmd%%\t", wp, "policy")
	for a := 0; a < sim.NumPlayActions; a++ {
		fmt.Fprintf(tw, "%s\t", sim.Actions[a].Name)
	}
	fmt.Fprintln(tw)
	for _, cell := range r.Cells {
		s := cell.Acc[MScore].Summarise(Metrics[MScore].Scale())
		cmd := cell.Acc[MCommandShare].Summarise(Metrics[MCommandShare].Scale())
		fmt.Fprintf(tw, "%-*s\t%.2f\t%.2f\t%.0f%%\t", wp, cell.Policy, s.Mean, s.CIHi-s.Mean, 100*cmd.Mean)
		for a := 0; a < sim.NumPlayActions; a++ {
			fmt.Fprintf(tw, "%.1f\t", cell.MeanUses(a))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	w.WriteString("\nscore is the mean over the held-out seeds, ±95% the half-width of its 95% confidence interval; cmd% is the\n" +
		"share of the player's action time spent on command actions; the action columns are mean uses per quarter.\n")
	return w.Flush()
}

// WriteEvolveJSON prints the report as JSON:
//
//	{"sim_version": "1", "policy": "evolved-default-example", "scenario": "default",
//	 "restrict": ["calls", ...],
//	 "search": {"population": 24, "generations": 15, "search_seed": 1, "max_rules": 12, "runs": 6480},
//	 "train": {"seed": 1, "seeds": 20, "score": 74.1, "rules": 7, "removed": 2},
//	 "progress": [{"generation": 1, "best": 70.2, "mean": 41.9, "rules": 8, "new": 24}, ...],
//	 "holdout": {"seed": 1000001, "seeds": 50},
//	 "results": [{"policy": "evolved-default-example", "n": 50,
//	   "score": {"mean": ..., "std": ..., "ci95": [lo, hi], "p10": ..., "p50": ..., "p90": ...},
//	   "command_share": 0, "actions": {"reports": 0, ...}}, ...]}
func WriteEvolveJSON(out io.Writer, r *EvolveReport) error {
	w := bufio.NewWriter(out)
	c, res := r.Config, r.Result
	q := strconv.Quote
	fmt.Fprintf(w, "{\"sim_version\": %s, \"policy\": %s, \"scenario\": %s,\n \"restrict\": [%s],\n",
		q(r.SimVersion), q(res.Best.Name), q(c.Scenario.Name), quoteList(c.Allowed.Names()))
	maxRules := c.MaxRules
	if maxRules == 0 {
		maxRules = DefaultMaxRules
	}
	fmt.Fprintf(w, " \"search\": {\"population\": %d, \"generations\": %d, \"search_seed\": %d, \"max_rules\": %d, \"runs\": %d},\n",
		c.Population, c.Generations, c.SearchSeed, maxRules, res.Runs)
	fmt.Fprintf(w, " \"train\": {\"seed\": %d, \"seeds\": %d, \"score\": %s, \"rules\": %d, \"removed\": %d},\n",
		c.FirstSeed, c.Seeds, Num(res.Score), len(res.Best.Rules), res.Removed)
	w.WriteString(" \"progress\": [")
	for i, g := range res.Generations {
		if i > 0 {
			w.WriteString(",")
		}
		fmt.Fprintf(w, "\n  {\"generation\": %d, \"best\": %s, \"mean\": %s, \"rules\": %d, \"new\": %d}",
			g.Generation, Num(g.Best), Num(g.Mean), g.BestRules, g.New)
	}
	fmt.Fprintf(w, "],\n \"holdout\": {\"seed\": %d, \"seeds\": %d},\n \"results\": [", r.HoldoutSeed, r.Holdout)
	for i, cell := range r.Cells {
		if i > 0 {
			w.WriteString(",")
		}
		s := cell.Acc[MScore].Summarise(Metrics[MScore].Scale())
		cmd := cell.Acc[MCommandShare].Summarise(Metrics[MCommandShare].Scale())
		fmt.Fprintf(w, "\n  {\"policy\": %s, \"n\": %d, \"score\": %s, \"command_share\": %s, \"actions\": {",
			q(cell.Policy), cell.N(), statsJSON(s), Num(cmd.Mean))
		for a := 0; a < sim.NumPlayActions; a++ {
			if a > 0 {
				w.WriteString(", ")
			}
			fmt.Fprintf(w, "%s: %s", q(sim.Actions[a].Name), Num(cell.MeanUses(a)))
		}
		w.WriteString("}}")
	}
	w.WriteString("]}\n")
	return w.Flush()
}

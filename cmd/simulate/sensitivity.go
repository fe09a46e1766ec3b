package main

import (
	"fmt"
	"io"
	"strings"

	"salesfloor/sim"
	"salesfloor/sim/lab"
)

// sensitivityConfig are the flags of simulate sensitivity.
type sensitivityConfig struct {
	scenario string
	policy   string
	trio     string
	seed     uint64
	seeds    int
	budget   int
	step     float64
	params   string
	sets     setFlags
	html     string
	format   string
	top      int
	workers  int
	progress bool
}

const sensitivityUsage = `usage: simulate sensitivity [-scenario S] [-policy P1,P2,...] [-trio ALL,COMMAND,EXAMPLE] [-seeds N] [-budget N]
                            [-step 0.2] [-params a,b,c] [-set key=value] [-html FILE] [-format table|json] [-workers N]

Moves every model parameter (or those of -params) to ×(1−step) and ×(1+step) of its base value, one at a
time, replays the same seeds, and ranks the parameters by their effect on each scenario's balance gaps
(gap_all_command, gap_all_example, gap_command_example) and on the mean score of the strongest policy.
The trio is expert,expert-command,expert-example when all three are in -policy, else
adaptive,commander,exemplar; only the trio is run. It costs (2 × parameters + 1) × scenarios × 3 × seeds
runs, which it prints on stderr before it starts (the expert costs about a thousand times a heuristic).

  simulate sensitivity -scenario all -seeds 10 -html sensitivity.html
  simulate sensitivity -scenario crunch -seeds 20 -params close_rate,report_morale,vision_gain

Flags:
`

// sensitivityCmd runs simulate sensitivity.
func sensitivityCmd(args []string, stdout, stderr io.Writer) error {
	var c sensitivityConfig
	fs := subcommandFlags("simulate sensitivity", sensitivityUsage, stderr)
	fs.StringVar(&c.scenario, "scenario", "all", "scenarios: a built-in name, a scenario file, all, or a comma list")
	fs.StringVar(&c.policy, "policy", "adaptive,commander,exemplar", "policies: the trio must be among them (only the trio is run)")
	fs.StringVar(&c.trio, "trio", "", "the policies the gaps compare, ALL,COMMAND,EXAMPLE (default: the expert trio if listed, else adaptive,commander,exemplar)")
	fs.Uint64Var(&c.seed, "seed", 1, "first seed")
	fs.IntVar(&c.seeds, "seeds", 10, "seeds per scenario × policy × parameter setting")
	fs.IntVar(&c.budget, "budget", sim.DefaultExpertBudget, fmt.Sprintf("the expert's search budget, 1..%d (the expert trio only)", sim.MaxExpertBudget))
	fs.Float64Var(&c.step, "step", 0.2, "move each parameter to ×(1−step) and ×(1+step); 0 < step < 1")
	fs.StringVar(&c.params, "params", "", "move only these parameters, a comma list (default: every one; simulate -params lists them)")
	fs.Var(&c.sets, "set", "override a model parameter before moving any, key=value, in every scenario (repeatable)")
	fs.StringVar(&c.html, "html", "", "also write a self-contained page of tornado charts to this file")
	fs.StringVar(&c.format, "format", "table", "output format: table or json")
	fs.IntVar(&c.top, "top", 0, "show only the top N parameters of each ranking (0: all)")
	fs.IntVar(&c.workers, "workers", 0, "parallel workers (0: all cores); the output is the same for any number")
	fs.BoolVar(&c.progress, "progress", true, "show a progress bar on stderr when it is a terminal and the run takes over a second")
	if err := fs.Parse(args); err != nil {
		return parseErr(err)
	}
	if fs.NArg() > 0 {
		return usagef("sensitivity: unexpected argument %q", fs.Arg(0))
	}
	if c.format != "table" && c.format != "json" {
		return usagef("sensitivity: -format %q is not table or json", c.format)
	}
	if c.seeds < 1 {
		return usagef("sensitivity: -seeds %d: need at least one seed", c.seeds)
	}
	if c.seed+uint64(c.seeds) < c.seed {
		return usagef("sensitivity: -seed %d with -seeds %d overflows", c.seed, c.seeds)
	}
	if !(c.step > 0 && c.step < 1) {
		return usagef("sensitivity: -step %v: must be above 0 and below 1", c.step)
	}
	if c.budget < 1 || c.budget > sim.MaxExpertBudget {
		return usagef("sensitivity: -budget %d is not in 1..%d", c.budget, sim.MaxExpertBudget)
	}
	if c.workers < 0 || c.top < 0 {
		return usagef("sensitivity: -workers and -top must be 0 or more")
	}
	scen, err := lab.ResolveScenarios(c.scenario)
	if err != nil {
		return asUsage(err)
	}
	if err := applySets(scen, c.sets); err != nil {
		return err
	}
	pols, err := lab.ResolvePolicies(c.policy)
	if err != nil {
		return asUsage(err)
	}
	for i := range pols {
		pols[i].Budget = c.budget
	}
	trio := lab.DefaultTrio(pols)
	if c.trio != "" {
		if trio, err = lab.ParseTrio(c.trio); err != nil {
			return usagef("sensitivity: %v", err)
		}
	}
	cfg := lab.SensitivityConfig{Scenarios: scen, Policies: pols, Trio: trio, FirstSeed: c.seed, Seeds: c.seeds,
		Step: c.step, Workers: c.workers}
	if c.params != "" {
		for _, p := range strings.Split(c.params, ",") {
			cfg.Params = append(cfg.Params, strings.TrimSpace(p))
		}
	}
	plan, err := lab.PlanSensitivity(cfg)
	if err != nil {
		return usagef("sensitivity: %v", err)
	}
	var unused []string
	for _, p := range pols {
		if p.Name != trio.All && p.Name != trio.Command && p.Name != trio.Example {
			unused = append(unused, p.Name)
		}
	}
	if len(unused) > 0 {
		fmt.Fprintf(stderr, "simulate: sensitivity: only the trio is run; not running %s\n", strings.Join(unused, ", "))
	}
	fmt.Fprintf(stderr, "simulate: sensitivity: %s\n", plan.Describe())
	prog := newProgress(stderr, c.progress)
	defer prog.done()
	rep, err := lab.RunSensitivity(plan, prog.update)
	prog.done()
	if err != nil {
		return err
	}
	h := lab.Header{SimVersion: sim.Version, FirstSeed: c.seed, Seeds: c.seeds, Set: c.sets}
	if c.format == "json" {
		err = lab.WriteSensitivityJSON(stdout, h, rep, c.top)
	} else {
		err = lab.WriteSensitivityTable(stdout, h, rep, c.top)
	}
	if err != nil {
		return err
	}
	if c.html != "" {
		if err := lab.WriteSensitivityHTMLFile(c.html, h, rep); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "simulate: wrote %s\n", c.html)
	}
	return nil
}

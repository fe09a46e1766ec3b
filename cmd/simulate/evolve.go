package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"salesfloor/sim"
	"salesfloor/sim/lab"
	"salesfloor/sim/policyfile"
)

// evolveConfig holds the flags of "simulate evolve".
type evolveConfig struct {
	scenario    string
	restrict    string
	seed        uint64
	seeds       int
	holdoutSeed uint64
	holdout     int
	population  int
	generations int
	searchSeed  uint64
	maxRules    int
	out         string
	workers     int
	format      string
	compare     string
}

const evolveUsage = `usage: simulate evolve -out FILE [flags]

Searches for a strong policy file by evolution: a population of rule lists in
the policy-file language is played on the training seeds, the best are kept,
and the rest are bred by crossover and mutation. The best is written to -out
(atomically: the old file stays until the new one is complete) and scored on
held-out seeds, beside the policies of -compare, on stdout. Progress goes to
stderr. The same flags give the same file and output, for any -workers.

Example:
  simulate evolve -scenario default -restrict example -population 24 -generations 15 \
      -seeds 20 -holdout 50 -out evolved.json
  simulate -scenario default -policy evolved.json,exemplar -seeds 200

Flags:
`

func evolveFlagSet(c *evolveConfig, stderr io.Writer) *flag.FlagSet {
	fs := subcommandFlags("simulate evolve", evolveUsage, stderr)
	fs.StringVar(&c.scenario, "scenario", "default", "the one scenario to train on: a built-in name ("+strings.Join(sim.ScenarioNames, ", ")+") or a scenario file")
	fs.StringVar(&c.restrict, "restrict", "all", "actions the policy may use: all, command, example, or a comma list of action names (and styles)")
	fs.Uint64Var(&c.seed, "seed", 1, "first training seed")
	fs.IntVar(&c.seeds, "seeds", 20, "number of training seeds (each genome's fitness is its mean score on them)")
	fs.Uint64Var(&c.holdoutSeed, "holdout-seed", 1000001, "first held-out seed (must not overlap the training seeds)")
	fs.IntVar(&c.holdout, "holdout", 50, "number of held-out seeds the best policy is scored on")
	fs.IntVar(&c.population, "population", 24, "genomes per generation (2.."+fmt.Sprint(lab.MaxPopulation)+")")
	fs.IntVar(&c.generations, "generations", 15, "generations scored, the seeded first one included (1.."+fmt.Sprint(lab.MaxGenerations)+")")
	fs.Uint64Var(&c.searchSeed, "search-seed", 1, "seed of the search's own random choices")
	fs.IntVar(&c.maxRules, "max-rules", lab.DefaultMaxRules, "most rules in a genome")
	fs.StringVar(&c.out, "out", "", "write the best policy file here (required)")
	fs.IntVar(&c.workers, "workers", 0, "parallel workers (0: all cores); the result is the same for any number")
	fs.StringVar(&c.format, "format", "table", "output format: table or json")
	fs.StringVar(&c.compare, "compare", "auto", "policies scored beside it on the held-out seeds: auto (idle, and adaptive, commander or exemplar for all, command or example), none, or a -policy list")
	return fs
}

// evolve runs "simulate evolve".
func evolve(args []string, stdout, stderr io.Writer) error {
	var c evolveConfig
	fs := evolveFlagSet(&c, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usagef("evolve: unexpected argument %q", fs.Arg(0))
	}
	cfg, compare, err := c.check()
	if err != nil {
		return err
	}
	start := time.Now()
	cfg.Progress = func(g lab.GenerationStats) {
		fmt.Fprintf(stderr, "evolve: generation %*d/%d  best %6.2f  mean %6.2f  (%d rules; %d new)\n",
			len(fmt.Sprint(cfg.Generations)), g.Generation, cfg.Generations, g.Best, g.Mean, g.BestRules, g.New)
	}
	res, err := lab.Evolve(*cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "evolve: best %.2f on the training seeds with %d rules (%d removed as unhelpful); %d quarters in %s\n",
		res.Score, len(res.Best.Rules), res.Removed, res.Runs, time.Since(start).Round(100*time.Millisecond))
	if err := lab.WriteFileAtomic(c.out, policyfile.FormatPolicyFile(res.Best)); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "evolve: wrote %s\n", c.out)
	// Score the file as written: what a designer runs is what is reported.
	pf, err := policyfile.LoadPolicyFile(c.out)
	if err != nil {
		return fmt.Errorf("evolve: reading back %s: %w", c.out, err)
	}
	pols := append([]lab.PolicySpec{{Name: pf.Name, File: pf}}, compare...)
	plan := &lab.Plan{Scenarios: []lab.ScenarioRun{cfg.Scenario}, Policies: pols, FirstSeed: c.holdoutSeed,
		Seeds: c.holdout, Workers: c.workers}
	cells, err := lab.Execute(plan, nil, nil)
	if err != nil {
		return err
	}
	rep := &lab.EvolveReport{SimVersion: sim.Version, Config: cfg, Result: res, HoldoutSeed: c.holdoutSeed,
		Holdout: c.holdout, Cells: cells}
	if c.format == "json" {
		return lab.WriteEvolveJSON(stdout, rep)
	}
	return lab.WriteEvolveTable(stdout, rep)
}

// check validates the flags before any work, so that a mistake costs
// nothing, and returns the search and the comparison policies.
func (c *evolveConfig) check() (*lab.EvolveConfig, []lab.PolicySpec, error) {
	switch {
	case c.out == "":
		return nil, nil, usagef("evolve: -out is required: the file to write the best policy to")
	case c.format != "table" && c.format != "json":
		return nil, nil, usagef("evolve: -format %q is not table or json", c.format)
	case c.population < 2:
		return nil, nil, usagef("evolve: -population %d: need at least 2", c.population)
	case c.population > lab.MaxPopulation:
		return nil, nil, usagef("evolve: -population %d: at most %d", c.population, lab.MaxPopulation)
	case c.generations < 1:
		return nil, nil, usagef("evolve: -generations %d: need at least 1", c.generations)
	case c.generations > lab.MaxGenerations:
		return nil, nil, usagef("evolve: -generations %d: at most %d", c.generations, lab.MaxGenerations)
	case c.seeds < 1 || c.seeds > lab.MaxSeeds:
		return nil, nil, usagef("evolve: -seeds %d: must be 1..%d", c.seeds, lab.MaxSeeds)
	case c.holdout < 1 || c.holdout > lab.MaxSeeds:
		return nil, nil, usagef("evolve: -holdout %d: must be 1..%d", c.holdout, lab.MaxSeeds)
	case c.seed+uint64(c.seeds) < c.seed:
		return nil, nil, usagef("evolve: -seed %d with -seeds %d overflows", c.seed, c.seeds)
	case c.holdoutSeed+uint64(c.holdout) < c.holdoutSeed:
		return nil, nil, usagef("evolve: -holdout-seed %d with -holdout %d overflows", c.holdoutSeed, c.holdout)
	case c.seed < c.holdoutSeed+uint64(c.holdout) && c.holdoutSeed < c.seed+uint64(c.seeds):
		return nil, nil, usagef("evolve: the held-out seeds %d..%d overlap the training seeds %d..%d: held-out seeds must be unseen",
			c.holdoutSeed, c.holdoutSeed+uint64(c.holdout)-1, c.seed, c.seed+uint64(c.seeds)-1)
	case c.maxRules < 1 || c.maxRules > 100:
		return nil, nil, usagef("evolve: -max-rules %d: must be 1..100", c.maxRules)
	case c.workers < 0:
		return nil, nil, usagef("evolve: -workers %d: must be 0 (all cores) or more", c.workers)
	}
	allowed, err := sim.ParseActionSet(c.restrict)
	if err != nil {
		return nil, nil, usagef("evolve: -restrict: %v", err)
	}
	if strings.Contains(c.scenario, ",") || c.scenario == "all" {
		return nil, nil, usagef("evolve: -scenario %q: evolve trains on one scenario", c.scenario)
	}
	scen, err := lab.ResolveScenarios(c.scenario)
	if err != nil {
		var fe *sim.FileError
		if errors.As(err, &fe) {
			return nil, nil, err
		}
		return nil, nil, usagef("evolve: -scenario: %v", err)
	}
	plan := &lab.Plan{Scenarios: scen, Policies: []lab.PolicySpec{{Name: "idle"}}, FirstSeed: c.seed, Seeds: 1}
	if err := plan.Check(); err != nil {
		return nil, nil, usagef("evolve: -scenario: %v", err)
	}
	compare, err := c.comparisons(allowed)
	if err != nil {
		return nil, nil, err
	}
	if err := lab.CheckWritable(c.out); err != nil {
		return nil, nil, usagef("evolve: -out %s: %v", c.out, err)
	}
	cfg := &lab.EvolveConfig{Scenario: scen[0], Allowed: allowed, FirstSeed: c.seed, Seeds: c.seeds,
		Population: c.population, Generations: c.generations, SearchSeed: c.searchSeed, Workers: c.workers,
		MaxRules: c.maxRules, Name: policyName("evolved-" + scen[0].Name + "-" + allowed.Label())}
	return cfg, compare, nil
}

// comparisons resolves -compare. "auto" is idle (the floor) and the
// built-in playing the same actions, where there is one: what the search
// has to beat to be worth reading.
func (c *evolveConfig) comparisons(allowed sim.ActionSet) ([]lab.PolicySpec, error) {
	arg := c.compare
	switch arg {
	case "none", "":
		return nil, nil
	case "auto":
		arg = "idle"
		switch allowed {
		case sim.AllActions:
			arg += ",adaptive"
		case sim.CommandActions:
			arg += ",commander"
		case sim.ExampleActions:
			arg += ",exemplar"
		}
	}
	pols, err := lab.ResolvePolicies(arg)
	if err != nil {
		var fe *sim.FileError
		if errors.As(err, &fe) {
			return nil, err
		}
		return nil, usagef("evolve: -compare: %v", err)
	}
	return pols, nil
}

// policyName makes a name a policy file accepts (no commas, quotes,
// backslashes or newlines), from a scenario's name.
func policyName(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ',', '"', '\\', '\n', '\r', ' ':
			return '-'
		}
		return r
	}, s)
}

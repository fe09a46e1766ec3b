package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"salesfloor/sim"
	"salesfloor/sim/lab"
)

const ladderUsage = `usage: simulate ladder [-scenario NAME|FILE|all] [-expert NAME] [-budgets 1,2,4,8]
                       [-policy random,balanced,adaptive] [-seed FIRST] [-seeds N]
                       [-format table|json] [-html FILE] [-check] [-workers N]

Plays the expert at each search budget beside the baseline policies, all on
the same seeds, and prints the mean score with its 95% interval at each step.
A game with depth keeps rising; a flat ladder says the game is solved.
-check exits 1 when the top two steps' intervals overlap in some scenario.

`

// ladder runs the skill ladder.
func ladder(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("simulate ladder", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenario := fs.String("scenario", "all", "scenario: a built-in name, a file, all, or a comma list")
	expert := fs.String("expert", "expert", "the expert to climb: expert, expert-command, expert-example or expert[a+b+...]")
	budgets := fs.String("budgets", "1,2,4,8", "the budgets, rising, comma-separated")
	policy := fs.String("policy", "random,balanced,adaptive", "baseline policies (built-ins or files), comma-separated")
	seed := fs.Uint64("seed", 1, "first seed")
	seeds := fs.Int("seeds", 20, "number of seeds")
	format := fs.String("format", "table", "output format: table or json")
	html := fs.String("html", "", "also write the ladder charts to this HTML file")
	check := fs.Bool("check", false, "exit 1 when the ladder is flat at the top in some scenario")
	workers := fs.Int("workers", 0, "parallel workers (0: all cores); the output is the same for any number")
	fs.Usage = func() {
		fmt.Fprint(stderr, ladderUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usagef("ladder: unexpected argument %q", fs.Arg(0))
	}
	if *format != "table" && *format != "json" {
		return usagef("ladder: -format %q is not table or json", *format)
	}
	if *seeds < 1 {
		return usagef("ladder: -seeds %d: need at least one seed", *seeds)
	}
	if *workers < 0 {
		return usagef("ladder: -workers %d: must be 0 (all cores) or more", *workers)
	}
	if !sim.IsExpertName(*expert) {
		return usagef("ladder: -expert %q is not expert, expert-command, expert-example or expert[a+b+...]", *expert)
	}
	if _, err := sim.NewPolicy(*expert, 1); err != nil {
		return usagef("ladder: -expert: %v", err)
	}
	bs, err := lab.ParseBudgets(*budgets, sim.MaxExpertBudget)
	if err != nil {
		return usagef("ladder: -budgets: %v", err)
	}
	scen, err := lab.ResolveScenarios(*scenario)
	if err != nil {
		return asUsage(err)
	}
	var base []lab.PolicySpec
	if strings.TrimSpace(*policy) != "" {
		if base, err = lab.ResolvePolicies(*policy); err != nil {
			return asUsage(err)
		}
	}
	plan := lab.Plan{Scenarios: scen, FirstSeed: *seed, Seeds: *seeds, Workers: *workers}
	prog := newProgress(stderr, true)
	ls, err := lab.RunLadder(plan, *expert, bs, base, prog.update)
	prog.done()
	if err != nil {
		return err
	}
	h := lab.Header{SimVersion: sim.Version, FirstSeed: *seed, Seeds: *seeds}
	if *format == "json" {
		err = lab.WriteLadderJSON(stdout, h, ls)
	} else {
		err = lab.WriteLadderTable(stdout, h, ls)
	}
	if err != nil {
		return err
	}
	if *html != "" {
		if err := lab.WriteLadderHTML(*html, h, ls); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "simulate: wrote %s\n", *html)
	}
	if *check {
		for _, l := range ls {
			if !l.Rising {
				fmt.Fprintf(stderr, "simulate: -check: the ladder is flat at the top in %s\n", l.Scenario)
				return errFailed
			}
		}
	}
	return nil
}

package main

import (
	"errors"
	"flag"
	"io"
	"strings"

	"salesfloor/sim"
	"salesfloor/sim/lab"
)

// diffConfig are the flags of simulate diff.
type diffConfig struct {
	format        string
	metrics       string
	allowVersions bool
}

const diffUsage = `usage: simulate diff [-format table|json] [-metric score,revenue,...] [-allow-versions] A.json B.json

Compares two lab runs on the same seeds (simulate -format json, with runs): for
every scenario × policy in both and every metric, the means of A and B, the
paired difference B − A with its 95% interval, and the relative change; a *
marks a difference whose interval excludes 0.

  simulate -scenario all -policy all -seeds 200 -format json > a.json
  simulate -scenario all -policy all -seeds 200 -format json -set close_rate=0.4 > b.json
  simulate diff a.json b.json

Flags (before or after the files):
`

// diffCmd runs simulate diff.
func diffCmd(args []string, stdout, stderr io.Writer) error {
	var c diffConfig
	fs := subcommandFlags("simulate diff", diffUsage, stderr)
	fs.StringVar(&c.format, "format", "table", "output format: table or json")
	fs.StringVar(&c.metrics, "metric", "", "compare only these metrics, a comma list (default: every run metric; revenue_week_N or revenue_weeks for the weeks)")
	fs.BoolVar(&c.allowVersions, "allow-versions", false, "compare files from different sim versions (two versions of the code, on purpose)")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 2 {
		return usagef("diff: need two lab JSON files, A and B (got %d)", len(files))
	}
	if c.format != "table" && c.format != "json" {
		return usagef("diff: -format %q is not table or json", c.format)
	}
	cfg := lab.DiffConfig{AllowVersions: c.allowVersions}
	if c.metrics != "" {
		for _, name := range strings.Split(c.metrics, ",") {
			name = strings.TrimSpace(name)
			if name == "revenue_weeks" {
				for m := lab.MWeek; m < lab.MWeekEnd; m++ {
					cfg.Metrics = append(cfg.Metrics, m)
				}
				continue
			}
			m, ok := lab.MetricByName(name)
			if !ok || (m >= lab.NumContract && m < lab.MWeek) {
				return usagef("diff: -metric %q is not a run metric (%s, revenue_week_1..%d, or revenue_weeks for every week)",
					name, runMetricNames(), sim.WeeksPerQuarter)
			}
			cfg.Metrics = append(cfg.Metrics, m)
		}
	}
	var in [2]*lab.LabFile
	for i, f := range files {
		if in[i], err = lab.ReadLabFile(f); err != nil {
			return err
		}
	}
	rep, err := lab.Diff(in[0], in[1], cfg)
	if err != nil {
		return err
	}
	if c.format == "json" {
		return lab.WriteDiffJSON(stdout, rep)
	}
	return lab.WriteDiffTable(stdout, rep)
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments, which it returns.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, parseErr(err)
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// parseErr makes a flag error a usage error (exit 2), except -h.
func parseErr(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return &usageError{err.Error()}
}

func runMetricNames() string {
	var names []string
	for i := 0; i < lab.NumContract; i++ {
		names = append(names, lab.Metrics[i].Name)
	}
	return strings.Join(names, ", ")
}

// Command simulate is Salesfloor's headless balance lab: it plays many seeded
// quarters with built-in or scripted policies, on all cores, and reports
// summaries, a balance report with pass/fail checks, parameter sweeps and
// charts. Its output is byte-identical for any number of workers and any
// split into shards.
//
//	simulate -scenario default -policy balanced -seeds 100 -format json
//	simulate -scenario all -policy all -seeds 1000 -report balance -check
//	simulate -scenario all -policy all -seeds 200 -sweep report_morale=0.004:0.02:5
//	simulate -scenario all -policy all -seeds 500 -html report.html
//	simulate -scenario all -policy all -seeds 1000 -shard 0/4 > s0.json  (… 3/4), then
//	simulate merge s0.json s1.json s2.json s3.json
//	simulate evolve -scenario default -restrict example -out evolved.json
//	simulate -replay game.json
//
// Exit status: 0 on success, 1 when -check finds a balance target missed or
// a replay does not reproduce its recorded hashes, 2 for bad flags or input.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"salesfloor/sim"
	"salesfloor/sim/lab"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// subcommandFlags is a command's flag set: errors and -h go to stderr, the
// usage text first, then the flags.
func subcommandFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// usageError is a bad flag or bad input: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// failure is a result that should fail a script: exit status 1.
var errFailed = errors.New("failed")

type setFlags []string

func (s *setFlags) String() string     { return strings.Join(*s, " ") }
func (s *setFlags) Set(v string) error { *s = append(*s, v); return nil }

// options are the flags that shape the output: recorded in shard files, so
// that merging prints exactly what the unsharded run would have.
type options struct {
	Format  string  `json:"format"`
	Report  string  `json:"report"`
	Runs    bool    `json:"runs"`
	Check   bool    `json:"check"`
	HTML    string  `json:"html"`
	MixLo   float64 `json:"mix_lo"`
	MixHi   float64 `json:"mix_hi"`
	MinGap  float64 `json:"min_gap"`
	MinSkil float64 `json:"min_skill"`
	Dead    float64 `json:"dead_below"`
	// Against is "expert" for the balance report judged against the
	// expert (expert, expert-command, expert-example), "" for heuristics.
	Against string `json:"against,omitempty"`
	// Budget is the expert's search budget.
	Budget int `json:"budget,omitempty"`
	// Quarters is the campaign each run plays (-quarters); 0 or 1 a
	// single quarter.
	Quarters int `json:"quarters,omitempty"`
}

type config struct {
	opt      options
	scenario string
	policy   string
	seed     uint64
	seeds    int
	workers  int
	progress bool
	sets     setFlags
	sweep    string
	shard    string
	replay   string
	record   string
	params   bool
}

const shortUsage = `usage: simulate [-scenario NAME|FILE|all] [-policy NAME|FILE|all] [-seed FIRST] [-seeds N]
                [-format table|json] [-report balance] [-check] [-set key=value] [-sweep key=lo:hi:steps]
                [-quarters N] [-html FILE] [-shard i/n] [-workers N] [-record FILE | -replay FILE]
       simulate merge [-html FILE] SHARD_FILE...
       simulate ladder [-scenario ...] [-budgets 1,2,4,8] [-seeds N] [-html FILE] [-check]
       simulate evolve -out FILE [-scenario NAME|FILE] [-restrict all|command|example|ACTION,...] [-population N] [-generations N]
       simulate diff [-format table|json] [-metric M,...] [-allow-versions] A.json B.json
       simulate sensitivity [-scenario S] [-policy P,...] [-seeds N] [-step 0.2] [-params a,b] [-html FILE]
run 'simulate -h' for every flag; 'simulate evolve -h', 'ladder -h', 'diff -h', 'sensitivity -h' for theirs
`

const usageText = `usage: simulate [flags]
       simulate merge [-html FILE] SHARD_FILE...
       simulate evolve -out FILE [flags]   (search for a strong policy file; 'simulate evolve -h')
       simulate diff [flags] A.json B.json (paired comparison of two runs; 'simulate diff -h')
       simulate sensitivity [flags]        (which parameters move the balance; 'simulate sensitivity -h')

Plays seeded quarters of Salesfloor and reports how the policies do.

Examples:
  simulate -scenario default -policy balanced -seeds 100 -format json
  simulate -scenario all -policy all -seeds 1000 -report balance -check
  simulate -scenario all -policy balanced,adaptive -seeds 100 -quarters 4
  simulate -scenario all -policy adaptive,my-policy.json -seeds 200
  simulate -scenario all -policy all -seeds 200 -sweep report_morale=0.004:0.02:5
  simulate -scenario all -policy all -seeds 500 -html report.html
  simulate -scenario all -policy all -seeds 1000 -shard 0/2 > s0.json
  simulate -scenario all -policy all -seeds 1000 -shard 1/2 > s1.json
  simulate merge s0.json s1.json
  simulate evolve -scenario default -restrict example -out evolved.json
  simulate diff before.json after.json
  simulate sensitivity -scenario all -seeds 10 -html sensitivity.html
  simulate -record game.json -scenario crunch -policy adaptive -seed 7
  simulate -replay game.json

Exit status: 0 ok, 1 a -check target missed or a replay mismatch, 2 bad flags or input.

Flags:
`

func newFlagSet(c *config, stderr io.Writer) *flag.FlagSet {
	fs := subcommandFlags("simulate", usageText, stderr)
	fs.StringVar(&c.scenario, "scenario", "default", "scenario: a built-in name ("+strings.Join(sim.ScenarioNames, ", ")+"), a campaign ("+strings.Join(sim.CampaignNames, ", ")+"; play it with -quarters 4), a scenario file, all (the quarters), campaigns, or a comma list")
	fs.StringVar(&c.policy, "policy", "balanced", "policy: a built-in name ("+strings.Join(sim.PolicyNames, ", ")+"), a policy file (JSON rules), all (every built-in), or a comma list")
	fs.Uint64Var(&c.seed, "seed", 1, "first seed")
	fs.IntVar(&c.seeds, "seeds", 100, "number of seeds (runs per scenario × policy)")
	fs.StringVar(&c.opt.Format, "format", "table", "output format: table or json")
	fs.BoolVar(&c.opt.Runs, "runs", true, "with -format json, print every run (false: summaries only, for big runs)")
	fs.StringVar(&c.opt.Report, "report", "", "report: balance (the balance report instead of the summary)")
	fs.BoolVar(&c.opt.Check, "check", false, "check the balance targets (implies -report balance); exit status 1 if one is missed")
	fs.StringVar(&c.opt.HTML, "html", "", "also write a self-contained HTML page of charts to this file")
	fs.IntVar(&c.workers, "workers", 0, "parallel workers (0: all cores); the output is the same for any number")
	fs.BoolVar(&c.progress, "progress", true, "show a progress bar on stderr when it is a terminal and the run takes over a second")
	fs.Var(&c.sets, "set", "override a model parameter, key=value, in every scenario (repeatable; -params lists them)")
	fs.StringVar(&c.sweep, "sweep", "", "rerun across a parameter range, key=lo:hi:steps, and report how the balance gaps move")
	fs.StringVar(&c.shard, "shard", "", "run shard i/n of the seeds (0 <= i < n) and print a shard file for 'simulate merge'")
	fs.StringVar(&c.replay, "replay", "", "replay a recorded game file, print its outcome and verify its recorded hashes")
	fs.StringVar(&c.record, "record", "", "play one game (first scenario, policy and seed) and write its replay to this file")
	fs.BoolVar(&c.params, "params", false, "list the model parameters of the scenarios, with their values, and exit")
	fs.StringVar(&c.opt.Against, "against", "", "with -report balance: expert judges the balance with the expert (expert, expert-command, expert-example are added to -policy)")
	fs.IntVar(&c.opt.Quarters, "quarters", 1, fmt.Sprintf("quarters each run plays: 1, or up to %d for a campaign (a year), the breaks' hiring and promotion decided by the policy", sim.MaxQuarters))
	fs.IntVar(&c.opt.Budget, "budget", sim.DefaultExpertBudget, fmt.Sprintf("the expert's search budget, 1..%d: rollouts per finalist move, and how far it looks ahead", sim.MaxExpertBudget))
	fs.Float64Var(&c.opt.MixLo, "mix-lo", lab.DefaultBalance.MixLo, "balance: least command share of a policy that mixes both styles")
	fs.Float64Var(&c.opt.MixHi, "mix-hi", lab.DefaultBalance.MixHi, "balance: greatest command share of a policy that mixes both styles")
	fs.Float64Var(&c.opt.MinGap, "min-gap", lab.DefaultBalance.MinGap, "balance: the best policy must beat commander and exemplar by this fraction")
	fs.Float64Var(&c.opt.MinSkil, "min-skill", lab.DefaultBalance.MinSkill, "balance: adaptive must beat random by this fraction")
	fs.Float64Var(&c.opt.Dead, "dead-below", lab.DefaultBalance.DeadBelow, "balance: an action used fewer times a quarter than this is unused")
	return fs
}

func run(args []string, stdout, stderr io.Writer) int {
	err := runErr(args, stdout, stderr)
	var ue *usageError
	var fe *sim.FileError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errFailed):
		return 1
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "simulate: %v\n", err)
		fmt.Fprint(stderr, shortUsage)
		return 2
	case errors.As(err, &fe):
		fmt.Fprintf(stderr, "simulate: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "simulate: %v\n", err)
	return 2
}

func runErr(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "merge" {
		return merge(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "ladder" {
		return ladder(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "evolve" {
		return evolve(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "diff" {
		return diffCmd(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "sensitivity" {
		return sensitivityCmd(args[1:], stdout, stderr)
	}
	var c config
	fs := newFlagSet(&c, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if c.replay != "" {
		return replay(&c, stdout)
	}
	if c.opt.Format != "table" && c.opt.Format != "json" {
		return usagef("-format %q is not table or json", c.opt.Format)
	}
	if c.opt.Report != "" && c.opt.Report != "balance" {
		return usagef("-report %q is not balance", c.opt.Report)
	}
	if c.opt.Against != "" && c.opt.Against != "expert" {
		return usagef("-against %q is not expert", c.opt.Against)
	}
	if c.opt.Against != "" {
		c.opt.Report = "balance"
	}
	if c.opt.Check {
		c.opt.Report = "balance"
	}
	if c.opt.Budget < 1 || c.opt.Budget > sim.MaxExpertBudget {
		return usagef("-budget %d is not in 1..%d", c.opt.Budget, sim.MaxExpertBudget)
	}
	if c.seeds < 1 {
		return usagef("-seeds %d: need at least one seed", c.seeds)
	}
	if c.opt.Quarters < 1 || c.opt.Quarters > sim.MaxQuarters {
		return usagef("-quarters %d is not in 1..%d", c.opt.Quarters, sim.MaxQuarters)
	}
	if c.opt.Quarters == 1 {
		c.opt.Quarters = 0 // a single quarter, as before: not recorded in shard files
	}
	if c.seed+uint64(c.seeds) < c.seed {
		return usagef("-seed %d with -seeds %d overflows", c.seed, c.seeds)
	}
	if c.workers < 0 {
		return usagef("-workers %d: must be 0 (all cores) or more", c.workers)
	}
	if !(c.opt.MixLo >= 0 && c.opt.MixLo <= c.opt.MixHi && c.opt.MixHi <= 1) {
		return usagef("-mix-lo and -mix-hi must satisfy 0 <= lo <= hi <= 1")
	}
	scen, err := lab.ResolveScenarios(c.scenario)
	if err != nil {
		return asUsage(err)
	}
	if err := applySets(scen, c.sets); err != nil {
		return err
	}
	for i := range scen {
		scen[i].Quarters = c.opt.Quarters
	}
	if c.params {
		return listParams(scen, stdout)
	}
	polArg := c.policy
	if c.opt.Against == "expert" {
		polArg = strings.Join(lab.ExpertPolicies, ",")
		for _, p := range strings.Split(c.policy, ",") {
			if p = strings.TrimSpace(p); p != "" && !slices.Contains(lab.ExpertPolicies, p) {
				polArg += "," + p
			}
		}
	}
	pols, err := lab.ResolvePolicies(polArg)
	if err != nil {
		return asUsage(err)
	}
	for i := range pols {
		pols[i].Budget = c.opt.Budget
	}
	plan := &lab.Plan{Scenarios: scen, Policies: pols, FirstSeed: c.seed, Seeds: c.seeds, Workers: c.workers,
		Series: c.opt.HTML != "", Runs: c.opt.Format == "json" && c.opt.Report == "" && c.opt.Runs}
	if err := plan.Check(); err != nil {
		return usagef("%v", err)
	}
	h := lab.Header{SimVersion: sim.Version, FirstSeed: c.seed, Seeds: c.seeds, Set: c.sets, Quarters: c.opt.Quarters}
	if c.record != "" {
		return record(&c, plan, stdout)
	}
	if c.shard != "" {
		if c.sweep != "" {
			return usagef("-shard and -sweep do not combine")
		}
		i, n, err := parseShard(c.shard)
		if err != nil {
			return err
		}
		plan.Shard, plan.Shards = i, n
	}
	prog := newProgress(stderr, c.progress)
	defer prog.done()
	if c.sweep != "" {
		if c.opt.HTML != "" {
			return usagef("-sweep and -html do not combine")
		}
		sw, err := lab.ParseSweep(c.sweep)
		if err != nil {
			return asUsage(err)
		}
		pts, err := lab.RunSweep(plan, sw, balanceOptions(&c.opt), prog.update)
		prog.done()
		if err != nil {
			return err
		}
		if c.opt.Format == "json" {
			err = lab.WriteSweepJSON(stdout, h, sw, pts)
		} else {
			err = lab.WriteSweepTable(stdout, h, sw, pts)
		}
		if err != nil {
			return err
		}
		if c.opt.Check {
			for _, pt := range pts {
				if !pt.Report.Pass {
					fmt.Fprintf(stderr, "simulate: -check: balance targets missed at %s=%s\n", sw.Key, pt.Value)
					return errFailed
				}
			}
		}
		return nil
	}
	if plan.Shards > 1 {
		o, _ := json.Marshal(c.opt)
		ss, err := lab.NewShardStream(stdout, lab.ShardMeta{SimVersion: sim.Version, Shard: plan.Shard, Shards: plan.Shards,
			Seed: c.seed, Seeds: c.seeds, Set: c.sets, Series: plan.Series, Runs: plan.Runs, Options: o})
		if err != nil {
			return err
		}
		if _, err := lab.Execute(plan, ss, prog.update); err != nil {
			return err
		}
		prog.done()
		return ss.Close()
	}
	var stream *lab.JSONStream
	var sink lab.Sink
	if c.opt.Format == "json" && c.opt.Report == "" {
		stream = lab.NewJSONStream(stdout, h, c.opt.Runs)
		sink = stream
	}
	cells, err := lab.Execute(plan, sink, prog.update)
	prog.done()
	if err != nil {
		return err
	}
	return finish(&c.opt, h, cells, stream, stdout, stderr)
}

// finish prints what the cells make, given the options: shared by a run
// and by merge, which is how merge reproduces the unsharded output.
func finish(opt *options, h lab.Header, cells []*lab.Cell, stream *lab.JSONStream, stdout, stderr io.Writer) error {
	var err error
	var rep *lab.BalanceReport
	switch {
	case opt.Report == "balance" && opt.Against == "expert":
		er := lab.ExpertBalance(cells, lab.DefaultExpertTargets)
		if opt.Format == "json" {
			err = lab.WriteExpertJSON(stdout, h, er)
		} else {
			err = lab.WriteExpertTable(stdout, h, er)
		}
		if err != nil {
			return err
		}
		if opt.Check && !er.Pass {
			fmt.Fprintln(stderr, "simulate: -check: balance targets against the expert missed")
			return errFailed
		}
		return nil
	case opt.Report == "balance":
		rep = lab.Balance(cells, balanceOptions(opt))
		if opt.Format == "json" {
			err = lab.WriteBalanceJSON(stdout, h, rep)
		} else {
			err = lab.WriteBalanceTable(stdout, h, rep)
		}
	case stream != nil:
		err = stream.Close()
	default:
		err = lab.WriteTable(stdout, h, cells)
	}
	if err != nil {
		return err
	}
	if opt.HTML != "" {
		if rep == nil {
			rep = lab.Balance(cells, balanceOptions(opt))
		}
		if err := lab.WriteHTMLFile(opt.HTML, h, cells, rep); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "simulate: wrote %s\n", opt.HTML)
	}
	if opt.Check && !rep.Pass {
		fmt.Fprintln(stderr, "simulate: -check: balance targets missed")
		return errFailed
	}
	return nil
}

func balanceOptions(o *options) lab.BalanceOptions {
	return lab.BalanceOptions{MixLo: o.MixLo, MixHi: o.MixHi, MinGap: o.MinGap, MinSkill: o.MinSkil, DeadBelow: o.Dead}
}

// applySets applies -set key=value overrides to every scenario's
// parameters: a bad pair is a usage error naming it.
func applySets(scen []lab.ScenarioRun, sets []string) error {
	for _, kv := range sets {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return usagef("-set %q is not key=value", kv)
		}
		for i := range scen {
			if err := scen[i].Params.Set(k, v); err != nil {
				return usagef("-set %s: %v", kv, err)
			}
		}
	}
	return nil
}

func asUsage(err error) error {
	var fe *sim.FileError
	if errors.As(err, &fe) {
		return err
	}
	return &usageError{err.Error()}
}

func parseShard(s string) (int, int, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return 0, 0, usagef("-shard %q is not i/n with 0 <= i < n", s)
	}
	return i, n, nil
}

func listParams(scen []lab.ScenarioRun, stdout io.Writer) error {
	var b bytes.Buffer
	for _, s := range scen {
		fmt.Fprintf(&b, "%s:\n", s.Name)
		for _, f := range s.Params.Fields() {
			if f.Fixed {
				v, _ := f.Value.MarshalJSON()
				fmt.Fprintf(&b, "  %-18s %s\n", f.Name, v)
			} else {
				fmt.Fprintf(&b, "  %-18s %d\n", f.Name, int32(f.Value))
			}
		}
	}
	_, err := stdout.Write(b.Bytes())
	return err
}

func merge(args []string, stdout, stderr io.Writer) error {
	fs := subcommandFlags("simulate merge", "usage: simulate merge [-html FILE] SHARD_FILE...\n\nCombines the shard files of one batch (simulate ... -shard i/n) into exactly\nwhat the unsharded run prints.\n\n", stderr)
	html := fs.String("html", "", "write the HTML charts here (default: the path the shards were run with)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{err.Error()}
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("merge: no shard files")
	}
	files := fs.Args()
	var shards []*lab.ShardFile
	for _, f := range files {
		sf, err := lab.ReadShard(f)
		if err != nil {
			return asUsage(err)
		}
		shards = append(shards, sf)
	}
	m, err := lab.MergeShards(files, shards)
	if err != nil {
		return asUsage(err)
	}
	var opt options
	if err := json.Unmarshal(m.Meta.Options, &opt); err != nil {
		return usagef("merge: %s: options: %v", files[0], err)
	}
	if *html != "" {
		opt.HTML = *html
	}
	if opt.HTML != "" && !m.Meta.Series {
		return usagef("merge: -html needs shards run with -html (they hold no series)")
	}
	h := lab.Header{SimVersion: m.Meta.SimVersion, FirstSeed: m.Meta.Seed, Seeds: m.Meta.Seeds, Set: m.Meta.Set, Quarters: opt.Quarters}
	if len(h.Set) == 0 {
		h.Set = nil
	}
	var stream *lab.JSONStream
	if opt.Format == "json" && opt.Report == "" {
		stream = lab.NewJSONStream(stdout, h, opt.Runs)
		m.Replay(stream)
	}
	return finish(&opt, h, m.Cells, stream, stdout, stderr)
}

// progress draws a bar on stderr when it is a terminal and the run has
// taken more than a second.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, enabled bool) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok && enabled {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) update(done, total int) {
	if !p.on || total == 0 {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < time.Second || (now.Sub(p.last) < 100*time.Millisecond && done < total) {
		return
	}
	p.last = now
	const width = 30
	frac := float64(done) / float64(total)
	fill := int(frac * width)
	el := now.Sub(p.start)
	eta := time.Duration(float64(el) * (1 - frac) / max(frac, 1e-9))
	fmt.Fprintf(p.w, "\r[%s%s] %3.0f%% %d/%d runs  %s elapsed, ~%s left ", strings.Repeat("#", fill), strings.Repeat(".", width-fill),
		100*frac, done, total, el.Round(time.Second), eta.Round(time.Second))
	p.drawn = true
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 79))
		p.drawn = false
	}
}

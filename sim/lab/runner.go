package lab

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// PolicySpec is a policy to run: a built-in by name, or a policy file.
type PolicySpec struct {
	Name string
	File *policyfile.PolicyFile // nil for a built-in
	// Budget is the expert's search budget (0: the default); other
	// policies ignore it.
	Budget int
}

// ResolvePolicies turns the -policy argument into policies: "all" (every
// built-in), a built-in name, a policy file, or a comma-separated list of
// them. Names must be unique.
func ResolvePolicies(arg string) ([]PolicySpec, error) {
	var out []PolicySpec
	seen := map[string]bool{}
	add := func(p PolicySpec) error {
		if seen[p.Name] {
			return fmt.Errorf("policy %q is listed twice", p.Name)
		}
		seen[p.Name] = true
		out = append(out, p)
		return nil
	}
	if strings.TrimSpace(arg) == "" {
		return nil, fmt.Errorf("no policy given")
	}
	for _, part := range strings.Split(arg, ",") {
		part = strings.TrimSpace(part)
		switch {
		case part == "all":
			for _, n := range sim.PolicyNames {
				if err := add(PolicySpec{Name: n}); err != nil {
					return nil, err
				}
			}
		case isBuiltinPolicy(part):
			if err := add(PolicySpec{Name: part}); err != nil {
				return nil, err
			}
		default:
			pf, err := policyfile.LoadPolicyFile(part)
			if err != nil {
				if _, ok := err.(*sim.FileError); ok {
					return nil, err
				}
				return nil, fmt.Errorf("policy %q is neither built in (%s, or all) nor a readable policy file: %v",
					part, strings.Join(sim.PolicyNames, ", "), err)
			}
			if isBuiltinPolicy(pf.Name) {
				return nil, fmt.Errorf("%s: name %q is a built-in policy's; give the file another name", part, pf.Name)
			}
			if err := add(PolicySpec{Name: pf.Name, File: pf}); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func isBuiltinPolicy(n string) bool {
	for _, b := range sim.PolicyNames {
		if b == n {
			return true
		}
	}
	return sim.IsExpertName(n)
}

// ScenarioRun is a scenario with the model parameters to run it with.
type ScenarioRun struct {
	Name     string
	Scenario *sim.Scenario
	Params   sim.Params
	// Quarters is the campaign each run plays: 0 or 1 for a quarter, up
	// to sim.MaxQuarters for a year (-quarters).
	Quarters int
}

// ResolveScenarios turns the -scenario argument into scenarios: "all" (the
// built-in quarters, in their fixed order), "campaigns" (the built-in
// campaigns; run them with -quarters 4), a built-in name, a file, or a
// comma-separated list. Each runs with its own parameters.
func ResolveScenarios(arg string) ([]ScenarioRun, error) {
	var out []ScenarioRun
	seen := map[string]bool{}
	add := func(s *sim.Scenario) error {
		if seen[s.Name] {
			return fmt.Errorf("scenario %q is listed twice", s.Name)
		}
		seen[s.Name] = true
		out = append(out, ScenarioRun{Name: s.Name, Scenario: s, Params: s.ModelParams()})
		return nil
	}
	if strings.TrimSpace(arg) == "" {
		return nil, fmt.Errorf("no scenario given")
	}
	for _, part := range strings.Split(arg, ",") {
		part = strings.TrimSpace(part)
		names := []string{part}
		switch part {
		case "all":
			names = sim.ScenarioNames
		case "campaigns":
			names = sim.CampaignNames
		}
		for _, n := range names {
			s, err := sim.LoadScenario(n)
			if err != nil {
				return nil, err
			}
			if err := add(s); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// Plan is a batch of runs: every scenario × policy, over a range of seeds.
type Plan struct {
	Scenarios []ScenarioRun
	Policies  []PolicySpec
	FirstSeed uint64
	Seeds     int // seeds per cell in the whole (unsharded) run
	// Shard and Shards select a deterministic slice of the seeds: shard i
	// of n runs seeds [first + i·N/n, first + (i+1)·N/n). Shards 0 means 1.
	Shard, Shards int
	Series        bool // collect the daily team series (for charts)
	Runs          bool // render each run's JSON row
	Workers       int  // 0: all cores
}

// SeedRange returns the first seed and the number of seeds this shard runs.
func (p *Plan) SeedRange() (uint64, int) {
	n := p.Shards
	if n <= 1 {
		return p.FirstSeed, p.Seeds
	}
	lo := p.Seeds * p.Shard / n
	hi := p.Seeds * (p.Shard + 1) / n
	return p.FirstSeed + uint64(lo), hi - lo
}

// Check validates the plan: every scenario can start with its parameters.
func (p *Plan) Check() error {
	if len(p.Scenarios) == 0 || len(p.Policies) == 0 {
		return fmt.Errorf("nothing to run")
	}
	if p.Seeds < 1 {
		return fmt.Errorf("seeds must be at least 1")
	}
	if p.Shards > 1 && (p.Shard < 0 || p.Shard >= p.Shards) {
		return fmt.Errorf("shard %d is not in 0..%d", p.Shard, p.Shards-1)
	}
	for i := range p.Scenarios {
		s := &p.Scenarios[i]
		params := s.Params
		if _, err := sim.NewWorld(sim.Config{Scenario: s.Scenario, Seed: p.FirstSeed, Params: &params, Quarters: s.Quarters}); err != nil {
			return fmt.Errorf("scenario %s: %v", s.Name, err)
		}
	}
	return nil
}

// Cell is the summary of one scenario × policy.
type Cell struct {
	Scenario string
	Policy   string
	File     bool // a policy file: its skipped actions are reported
	Quarters int  // a campaign's quarters (-quarters); over 1, the per-quarter metrics are reported
	Acc      [NumMetrics]Acc
	Actions  [sim.NumPlayActions]int64 // total uses over the cell's runs
	Series   *[SeriesDays][NumSeries]Band
}

// N is the number of runs summarised.
func (c *Cell) N() int64 { return c.Acc[MScore].N }

// NewCell returns an empty cell.
func NewCell(scenario, policy string, file, series bool) *Cell {
	c := &Cell{Scenario: scenario, Policy: policy, File: file}
	for i := range c.Acc {
		c.Acc[i] = NewAcc(true)
	}
	if series {
		c.Series = new([SeriesDays][NumSeries]Band)
		for d := range c.Series {
			for s := range c.Series[d] {
				c.Series[d][s] = NewBand(s != SOutput)
			}
		}
	}
	return c
}

// Add records one run.
func (c *Cell) Add(r *Result) {
	for i := range c.Acc {
		c.Acc[i].Add(r.Vals[i])
	}
	for i, n := range r.Actions {
		c.Actions[i] += int64(n)
	}
	if c.Series != nil && r.Days != nil {
		for d := range r.Days {
			for s := range r.Days[d] {
				c.Series[d][s].Add(int64(r.Days[d][s]))
			}
		}
	}
}

// Merge adds o's runs to c.
func (c *Cell) Merge(o *Cell) {
	for i := range c.Acc {
		c.Acc[i].Merge(&o.Acc[i])
	}
	for i := range c.Actions {
		c.Actions[i] += o.Actions[i]
	}
	if c.Series != nil && o.Series != nil {
		for d := range c.Series {
			for s := range c.Series[d] {
				c.Series[d][s].Merge(&o.Series[d][s])
			}
		}
	}
}

// MeanUses is the mean number of times per quarter the cell's policy took
// action a.
func (c *Cell) MeanUses(a int) float64 {
	if c.N() == 0 {
		return 0
	}
	return float64(c.Actions[a]) / float64(c.N())
}

// Sink receives a plan's runs in order: for each cell in turn (scenarios in
// order, and policies in order within each), CellStart, then every run by
// seed, then CellEnd with the cell's summary complete.
type Sink interface {
	CellStart(c *Cell)
	Run(c *Cell, r *Result)
	CellEnd(c *Cell)
}

// Workers returns the number of workers to use for n.
func Workers(n int) int {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return n
}

// RunOne plays one quarter and measures it.
func RunOne(s *ScenarioRun, pol PolicySpec, seed uint64, series, row bool) (Result, error) {
	params := s.Params
	cfg := sim.Config{Scenario: s.Scenario, Seed: seed, Params: &params, Quarters: s.Quarters}
	var p sim.Policy
	var fp *policyfile.FilePolicy
	if pol.File != nil {
		fp = pol.File.Policy()
		p = fp
	} else {
		var err error
		if p, err = sim.NewPolicyWith(pol.Name, seed, sim.PolicyOptions{Budget: pol.Budget}); err != nil {
			return Result{}, err
		}
	}
	w, _, err := sim.Run(cfg, p)
	if err != nil {
		return Result{}, err
	}
	skipped := 0
	if fp != nil {
		skipped = fp.Skipped
	}
	r := Measure(w, skipped, series)
	if row {
		r.Row = r.AppendRunJSON(make([]byte, 0, 400))
	}
	return r, nil
}

// Execute runs the plan on its workers and returns the cells, in order.
// Runs are handed to sink (which may be nil) in seed order whatever the
// number of workers, and at most a bounded window of finished runs waits
// to be handed over, so memory does not grow with the number of seeds.
// progress, if not nil, is called from the calling goroutine after each run.
func Execute(plan *Plan, sink Sink, progress func(done, total int)) ([]*Cell, error) {
	if err := plan.Check(); err != nil {
		return nil, err
	}
	first, nseeds := plan.SeedRange()
	np := len(plan.Policies)
	cells := make([]*Cell, 0, len(plan.Scenarios)*np)
	for _, s := range plan.Scenarios {
		for _, p := range plan.Policies {
			c := NewCell(s.Name, p.Name, p.File != nil, plan.Series)
			c.Quarters = max(s.Quarters, 1)
			cells = append(cells, c)
		}
	}
	total := len(cells) * nseeds
	workers := Workers(plan.Workers)
	if workers > total {
		workers = max(total, 1)
	}
	window := 64 * workers
	type done struct {
		job int
		res Result
		err error
	}
	jobs := make(chan int, window)
	results := make(chan done, window)
	tokens := make(chan struct{}, window)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	go func() {
		defer close(jobs)
		for j := 0; j < total; j++ {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return
			}
			jobs <- j
		}
	}()
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				ci, si := j/nseeds, j%nseeds
				s := &plan.Scenarios[ci/np]
				r, err := RunOne(s, plan.Policies[ci%np], first+uint64(si), plan.Series, plan.Runs)
				select {
				case results <- done{j, r, err}:
				case <-stop:
					return
				}
			}
		}()
	}
	defer func() {
		close(stop)
		wg.Wait()
	}()
	if nseeds == 0 && sink != nil {
		// An empty shard still lists every cell, so that merging lines up.
		for _, c := range cells {
			sink.CellStart(c)
			sink.CellEnd(c)
		}
	}
	ring := make([]*done, window)
	next := 0
	for next < total {
		for ring[next%window] == nil {
			d := <-results
			ring[d.job%window] = &d
		}
		d := ring[next%window]
		ring[next%window] = nil
		if d.err != nil {
			return nil, d.err
		}
		c := cells[next/nseeds]
		if next%nseeds == 0 && sink != nil {
			sink.CellStart(c)
		}
		c.Add(&d.res)
		if sink != nil {
			sink.Run(c, &d.res)
		}
		if next%nseeds == nseeds-1 && sink != nil {
			sink.CellEnd(c)
		}
		next++
		<-tokens
		if progress != nil {
			progress(next, total)
		}
	}
	return cells, nil
}

package lab

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// Limits on a search's size, so that a typo does not start a week-long run.
const (
	MaxPopulation   = 10000
	MaxGenerations  = 10000
	MaxSeeds        = 100000
	DefaultMaxRules = 12
)

// EvolveConfig is one search.
type EvolveConfig struct {
	Scenario    ScenarioRun
	Allowed     sim.ActionSet // the actions the evolved policy may use
	FirstSeed   uint64        // training seeds FirstSeed .. FirstSeed+Seeds-1
	Seeds       int
	Population  int
	Generations int // generations scored, the first (seeded) one included
	SearchSeed  uint64
	Workers     int    // 0: all cores; the result does not depend on it
	Name        string // the evolved policy file's name
	MaxRules    int    // 0: DefaultMaxRules
	// Progress, if not nil, is called after each generation is scored.
	Progress func(GenerationStats)
}

// Check reports a configuration the search cannot run, naming the field.
func (c *EvolveConfig) Check() error {
	switch {
	case c.Scenario.Scenario == nil:
		return errors.New("no scenario")
	case c.Allowed&sim.AllActions == 0:
		return errors.New("allowed: no actions")
	case c.Seeds < 1 || c.Seeds > MaxSeeds:
		return fmt.Errorf("seeds %d: must be 1..%d", c.Seeds, MaxSeeds)
	case c.FirstSeed+uint64(c.Seeds) < c.FirstSeed:
		return fmt.Errorf("seeds %d from %d overflow", c.Seeds, c.FirstSeed)
	case c.Population < 2 || c.Population > MaxPopulation:
		return fmt.Errorf("population %d: must be 2..%d", c.Population, MaxPopulation)
	case c.Generations < 1 || c.Generations > MaxGenerations:
		return fmt.Errorf("generations %d: must be 1..%d", c.Generations, MaxGenerations)
	case c.MaxRules < 0 || c.MaxRules > 100:
		return fmt.Errorf("max rules %d: must be 0 (the default, %d) to 100", c.MaxRules, DefaultMaxRules)
	case c.Name == "" || strings.ContainsAny(c.Name, ",\"\\\n"):
		return fmt.Errorf("name %q: must be non-empty, without commas, quotes or newlines", c.Name)
	}
	return nil
}

// GenerationStats is one generation's progress, in score points.
type GenerationStats struct {
	Generation int     // 1 is the seeded first generation
	Best       float64 // the best genome's mean training score
	Mean       float64 // the population's mean training score
	BestRules  int     // the best genome's number of rules
	New        int     // genomes played for the first time (the rest were known)
}

// EvolveResult is a finished search.
type EvolveResult struct {
	Best        *policyfile.PolicyFile // named Config.Name, events "best"
	Score       float64                // its mean training score
	Generations []GenerationStats
	// Removed counts the rules the final pass took out because the
	// training score did not fall without them.
	Removed int
	Runs    int // quarters played
}

// Evolve searches for a strong policy file by evolution: a population of
// genomes (lists of policy-file rules) is played on the training seeds,
// the best are kept unchanged (elitism), and the rest of the next
// generation is bred from parents picked by tournament, by crossover and
// mutation. Designers get a strategy they can open and read, in the same
// language they write their own in, and the lab gets a reference player
// that is not written by the hands that tuned the model.
//
// A search is a pure function of its configuration: the only randomness is
// a sim.Rng seeded with SearchSeed and drawn from one goroutine, and every
// score is an exact integer sum from the lab's runner (Execute), so the
// result is the same for any number of workers and on every platform.
func Evolve(cfg EvolveConfig) (*EvolveResult, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxRules == 0 {
		cfg.MaxRules = DefaultMaxRules
	}
	b := &breeder{rng: sim.NewRng(cfg.SearchSeed, evolveStream), allowed: cfg.Allowed.List(), set: cfg.Allowed,
		reps: len(cfg.Scenario.Scenario.Reps), maxRules: cfg.MaxRules}
	ev := &evaluator{cfg: &cfg, known: map[string]int64{}}
	pop, err := b.firstGeneration(cfg.Population)
	if err != nil {
		return nil, err
	}
	res := &EvolveResult{}
	for g := 1; ; g++ {
		fresh, err := ev.score(pop)
		if err != nil {
			return nil, err
		}
		rank(pop)
		var total int64
		for _, x := range pop {
			total += x.sum
		}
		st := GenerationStats{Generation: g, Best: ev.mean(pop[0].sum), BestRules: len(pop[0].rules), New: fresh,
			Mean: ev.mean(total) / float64(len(pop))}
		res.Generations = append(res.Generations, st)
		if cfg.Progress != nil {
			cfg.Progress(st)
		}
		if g == cfg.Generations {
			break
		}
		if pop, err = b.nextGeneration(pop); err != nil {
			return nil, err
		}
	}
	best, removed, err := simplify(b, ev, pop[0])
	if err != nil {
		return nil, err
	}
	res.Best = &policyfile.PolicyFile{Name: cfg.Name, Events: "best", Rules: best.rules}
	res.Score = ev.mean(best.sum)
	res.Removed = removed
	res.Runs = ev.runs
	return res, nil
}

// evolveStream is the generator stream of the search, apart from the
// simulation's own streams.
const evolveStream = 0xe7017e

// rank orders a population best first: by training score, then by fewer
// rules (the easier read), then by text, so that ties break the same way
// whatever order the genomes were bred in.
func rank(pop []*genome) {
	sort.SliceStable(pop, func(i, j int) bool {
		a, b := pop[i], pop[j]
		if a.sum != b.sum {
			return a.sum > b.sum
		}
		if len(a.rules) != len(b.rules) {
			return len(a.rules) < len(b.rules)
		}
		return a.key < b.key
	})
}

// elites is how many of the best carry over unchanged.
func elites(pop int) int { return max(1, pop/8) }

// tournament picks the best of three drawn at random from a ranked
// population.
func (b *breeder) tournament(pop []*genome) *genome {
	best := len(pop)
	for k := 0; k < 3; k++ {
		best = min(best, b.rng.Intn(len(pop)))
	}
	return pop[best]
}

// nextGeneration keeps the elites and breeds the rest from a ranked
// population. A child that repeats a genome already in the generation is
// mutated again (a few times), to keep the population diverse.
func (b *breeder) nextGeneration(pop []*genome) ([]*genome, error) {
	next := append([]*genome(nil), pop[:elites(len(pop))]...)
	seen := map[string]bool{}
	for _, g := range next {
		seen[g.key] = true
	}
	for tries := 0; len(next) < len(pop); {
		p := b.tournament(pop)
		rules := p.rules
		if b.coin(60) {
			rules = b.crossover(rules, b.tournament(pop).rules)
		}
		rules = b.mutate(rules)
		for b.coin(50) {
			rules = b.mutate(rules)
		}
		child, err := b.build(rules)
		if err != nil {
			return nil, err
		}
		if seen[child.key] && tries < 10 {
			tries++
			continue
		}
		tries = 0
		seen[child.key] = true
		next = append(next, child)
	}
	return next, nil
}

// seedRoutines start the search from strategies a sensible new manager
// might write (the balanced policy's week, the adaptive policy's watch
// list, a leader's day, a manager's week, and just working), each cut
// down to the allowed actions; random rule sets fill the rest of the
// first generation.
var seedRoutines = []string{
	`{"rules": [
	  {"at": "09:00", "every": "65d", "do": "quota", "args": {"dials": 60}},
	  {"if": {"metric": "rep.threat", "above": 0}, "do": "mentor", "target": "highest:threat"},
	  {"at": "09:00", "days": ["mon"], "do": "vision"},
	  {"at": "09:00", "days": ["tue"], "do": "procedure"},
	  {"if": {"metric": "team.morale", "below": 0.45}, "do": "floor"},
	  {"if": {"metric": "rep.leads", "below": 5}, "do": "scrub", "target": "lowest:leads"},
	  {"if": {"metric": "rep.skill", "below": 0.55}, "do": "mentor", "target": "lowest:skill"},
	  {"do": "calls"}]}`,
	`{"rules": [
	  {"at": "09:00", "days": ["mon"], "do": "vision"},
	  {"at": "09:00", "days": ["tue"], "do": "procedure"},
	  {"at": "09:00", "days": ["wed"], "do": "floor"},
	  {"at": "09:00", "days": ["thu", "fri"], "do": "forecast"},
	  {"at": "11:00", "days": ["mon", "wed", "fri"], "do": "mentor", "target": "lowest:skill"},
	  {"at": "11:00", "days": ["tue", "thu"], "do": "scrub", "target": "lowest:lead_quality"},
	  {"at": "13:00", "do": "calls"},
	  {"at": "15:00", "days": ["mon"], "do": "reassign"},
	  {"at": "15:00", "days": ["wed"], "do": "review", "target": "lowest:drive"},
	  {"at": "15:00", "days": ["thu", "fri"], "do": "celebrate"}]}`,
	`{"rules": [
	  {"at": "09:00", "do": "vision"},
	  {"at": "10:00", "do": "mentor", "target": "lowest:skill"},
	  {"at": "16:00", "do": "celebrate"},
	  {"do": "calls"}]}`,
	`{"rules": [
	  {"at": "09:00", "every": "65d", "do": "quota", "args": {"dials": 60}},
	  {"at": "09:00", "days": ["tue"], "do": "procedure"},
	  {"at": "10:00", "do": "reassign"},
	  {"at": "11:00", "days": ["thu"], "do": "forecast"},
	  {"at": "14:00", "days": ["fri"], "do": "review", "target": "lowest:drive"}]}`,
	`{"rules": [{"do": "calls"}]}`,
}

// firstGeneration is the seed routines that still have a rule once cut
// down to the allowed actions, then random genomes of one to five rules.
func (b *breeder) firstGeneration(n int) ([]*genome, error) {
	var pop []*genome
	seen := map[string]bool{}
	// add adds the genome unless it is a repeat, or repeats are allowed.
	add := func(rs []policyfile.Rule, repeat bool) error {
		g, err := b.build(rs)
		if err != nil {
			return err
		}
		if repeat || !seen[g.key] {
			seen[g.key] = true
			pop = append(pop, g)
		}
		return nil
	}
	for i, src := range seedRoutines {
		pf, err := policyfile.ParsePolicyFile(fmt.Sprintf("seed routine %d", i), []byte(src))
		if err != nil {
			return nil, err
		}
		var rs []policyfile.Rule
		for _, r := range pf.Rules {
			if b.set.Has(r.Action) {
				rs = append(rs, r)
			}
		}
		if len(rs) > b.maxRules {
			rs = rs[:b.maxRules]
		}
		if len(rs) > 0 && len(pop) < n {
			if err := add(rs, false); err != nil {
				return nil, err
			}
		}
	}
	for tries := 0; len(pop) < n; tries++ {
		rs := make([]policyfile.Rule, 1+b.rng.Intn(min(5, b.maxRules)))
		for i := range rs {
			rs[i] = b.rule()
		}
		// A tiny action set has few distinct genomes: in the end, allow
		// repeats.
		if err := add(rs, tries > 100*n); err != nil {
			return nil, err
		}
	}
	return pop, nil
}

// evaluator scores genomes on the training seeds with the lab's runner,
// remembering every score by the genome's text: elites and repeats are
// not played again.
type evaluator struct {
	cfg   *EvolveConfig
	known map[string]int64
	runs  int
}

// score fills in each genome's training score and returns how many were
// played for the first time.
func (e *evaluator) score(gs []*genome) (int, error) {
	var specs []PolicySpec
	var keys []string
	queued := map[string]bool{}
	for _, g := range gs {
		if _, ok := e.known[g.key]; ok || queued[g.key] {
			continue
		}
		queued[g.key] = true
		name := fmt.Sprintf("genome-%d", len(specs))
		specs = append(specs, PolicySpec{Name: name, File: &policyfile.PolicyFile{Name: name, Events: "best", Rules: g.rules}})
		keys = append(keys, g.key)
	}
	if len(specs) > 0 {
		plan := &Plan{Scenarios: []ScenarioRun{e.cfg.Scenario}, Policies: specs, FirstSeed: e.cfg.FirstSeed,
			Seeds: e.cfg.Seeds, Workers: e.cfg.Workers}
		cells, err := Execute(plan, nil, nil)
		if err != nil {
			return 0, err
		}
		for i, c := range cells {
			e.known[keys[i]] = c.Acc[MScore].Sum.Big().Int64()
		}
		e.runs += len(specs) * e.cfg.Seeds
	}
	for _, g := range gs {
		g.sum = e.known[g.key]
	}
	return len(specs), nil
}

// mean turns a sum of raw scores over the training seeds into score points.
func (e *evaluator) mean(sum int64) float64 {
	return float64(sum) / float64(e.cfg.Seeds) / float64(sim.One)
}

// simplify drops, last first, each rule the best genome scores no worse
// without: rules that never fire or do not help only make the file harder
// to read.
func simplify(b *breeder, ev *evaluator, best *genome) (*genome, int, error) {
	removed := 0
	for i := len(best.rules) - 1; i >= 0 && len(best.rules) > 1; i-- {
		rs := append(cloneRules(best.rules[:i]), cloneRules(best.rules[i+1:])...)
		cand, err := b.build(rs)
		if err != nil {
			return nil, 0, err
		}
		if _, err := ev.score([]*genome{cand}); err != nil {
			return nil, 0, err
		}
		if cand.sum >= best.sum {
			best = cand
			removed++
		}
	}
	return best, removed, nil
}

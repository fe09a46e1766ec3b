package lab

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"salesfloor/sim"
)

// Sensitivity answers "which knob moves the balance?" before a designer
// turns one: every model parameter is moved down and up by a fraction (one
// at a time, the rest at their base values), the same seeds are replayed,
// and the parameters are ranked by how far each balance gap and the
// strongest policy's score move. Runs use common random numbers, so a
// parameter that does not matter moves nothing by chance alone.

// Trio names the three policies the balance gaps compare: the unrestricted
// player and its restrictions to one style.
type Trio struct {
	All, Command, Example string
}

// Names lists the trio in order.
func (t Trio) Names() []string { return []string{t.All, t.Command, t.Example} }

// String writes the trio as -trio takes it.
func (t Trio) String() string { return strings.Join(t.Names(), ",") }

// ExpertTrio is the search-based reference player and its restrictions;
// HeuristicTrio the built-in heuristics, used when the experts are not run.
var (
	ExpertTrio    = Trio{All: "expert", Command: "expert-command", Example: "expert-example"}
	HeuristicTrio = Trio{All: "adaptive", Command: "commander", Example: "exemplar"}
)

// DefaultTrio is the expert trio when all three are among the policies,
// otherwise the heuristic one: the balance verdict is only as strong as
// the players it is measured with.
func DefaultTrio(pols []PolicySpec) Trio {
	have := map[string]bool{}
	for _, p := range pols {
		have[p.Name] = true
	}
	for _, n := range ExpertTrio.Names() {
		if !have[n] {
			return HeuristicTrio
		}
	}
	return ExpertTrio
}

// ParseTrio reads "all,command,example": three distinct policy names.
func ParseTrio(s string) (Trio, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return Trio{}, fmt.Errorf("-trio %q is not three policies ALL,COMMAND,EXAMPLE", s)
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
		if parts[i] == "" {
			return Trio{}, fmt.Errorf("-trio %q names an empty policy", s)
		}
	}
	if parts[0] == parts[1] || parts[0] == parts[2] || parts[1] == parts[2] {
		return Trio{}, fmt.Errorf("-trio %q names a policy twice", s)
	}
	return Trio{All: parts[0], Command: parts[1], Example: parts[2]}, nil
}

// Target quantities, per scenario.
const (
	TGapAllCommand     = iota // mean(ALL)/mean(COMMAND) − 1
	TGapAllExample            // mean(ALL)/mean(EXAMPLE) − 1
	TGapCommandExample        // mean(COMMAND)/mean(EXAMPLE) − 1
	TScoreAll                 // mean score of ALL, the strongest policy
	NumTargets
)

// TargetNames name the target quantities in output.
var TargetNames = [NumTargets]string{"gap_all_command", "gap_all_example", "gap_command_example", "score_all"}

// SensitivityConfig are the options of a sensitivity run.
type SensitivityConfig struct {
	Scenarios []ScenarioRun // with -set applied: the base values
	Policies  []PolicySpec  // -policy: the trio must be among them
	Trio      Trio
	FirstSeed uint64
	Seeds     int
	// Step moves each parameter to ×(1−Step) and ×(1+Step); 0 < Step < 1.
	Step float64
	// Params are the parameters to move, by name; nil moves every one.
	Params  []string
	Workers int // 0: all cores
}

// Move is one parameter's two values around its base in one scenario, in
// raw units (a sim.Fixed's bits, or a whole number).
type Move struct {
	Param          string
	Fixed          bool
	Down, Base, Up int64
	// Also are the further overrides each move (down, up) needs: the four
	// score weights must add up to 100, so moving one rescales the others.
	Also [2][]string
}

// sets lists the overrides of move k (0 down, 1 up), key=value.
func (m *Move) sets(k int) []string {
	v := m.Down
	if k == 1 {
		v = m.Up
	}
	return append([]string{m.Param + "=" + m.Text(v)}, m.Also[k]...)
}

// Text writes a raw value as -set takes it.
func (m *Move) Text(v int64) string {
	if m.Fixed {
		return formatFixedRaw(v)
	}
	return strconv.FormatInt(v, 10)
}

func formatFixedRaw(v int64) string {
	b, _ := sim.Fixed(v).MarshalJSON()
	return string(b)
}

// Skip is a parameter left unmoved, and why.
type Skip struct {
	Param     string
	Scenarios []string // where; all of them when Every
	Every     bool
	Reason    string
}

// SensitivityPlan is a checked configuration with every move worked out.
type SensitivityPlan struct {
	Config   SensitivityConfig
	Policies []PolicySpec // the trio, in All, Command, Example order: only these are run
	Params   []string     // the parameters considered, in declaration order
	Moves    [][]Move     // per scenario
	Skipped  []Skip
}

// PlanSensitivity checks the configuration and works out each move. A
// fixed-point value scales the decimal a designer reads (0.35 × 1.2 is
// 0.42, what -set close_rate=0.42 gives), rounded to the nearest 1/65536; a
// whole number rounds to the nearest; either moves by at least one unit. A
// score weight's move rescales the other weights to keep their total. A
// parameter that is zero in a scenario cannot scale and is skipped there,
// as is a move that the scenario refuses (say close_days 0).
func PlanSensitivity(cfg SensitivityConfig) (*SensitivityPlan, error) {
	if !(cfg.Step > 0 && cfg.Step < 1) {
		return nil, fmt.Errorf("-step %v: must be above 0 and below 1", cfg.Step)
	}
	if cfg.Seeds < 1 {
		return nil, fmt.Errorf("-seeds %d: need at least one seed", cfg.Seeds)
	}
	if len(cfg.Scenarios) == 0 {
		return nil, fmt.Errorf("no scenario given")
	}
	p := &SensitivityPlan{Config: cfg}
	byName := map[string]PolicySpec{}
	for _, ps := range cfg.Policies {
		byName[ps.Name] = ps
	}
	for _, n := range cfg.Trio.Names() {
		ps, ok := byName[n]
		if !ok {
			return nil, fmt.Errorf("the trio %s needs policy %q, which is not in -policy (add it, or pass -trio ALL,COMMAND,EXAMPLE)", cfg.Trio, n)
		}
		p.Policies = append(p.Policies, ps)
	}
	base := sim.DefaultParams()
	known := map[string]bool{}
	for _, f := range base.Fields() {
		known[f.Name] = true
	}
	want := map[string]bool{}
	for _, n := range cfg.Params {
		if !known[n] {
			return nil, fmt.Errorf("-params: no model parameter %q (simulate -params lists them)", n)
		}
		want[n] = true
	}
	for _, f := range base.Fields() {
		if cfg.Params == nil || want[f.Name] {
			p.Params = append(p.Params, f.Name)
		}
	}
	step, ok := new(big.Rat).SetString(strconv.FormatFloat(cfg.Step, 'g', -1, 64))
	if !ok {
		return nil, fmt.Errorf("-step %v is not a number", cfg.Step)
	}
	down := new(big.Rat).Sub(big.NewRat(1, 1), step)
	up := new(big.Rat).Add(big.NewRat(1, 1), step)
	skips := map[string]*Skip{}
	var skipOrder []string
	skip := func(param, scenario, reason string) {
		k := param + "\x00" + reason
		s, ok := skips[k]
		if !ok {
			s = &Skip{Param: param, Reason: reason}
			skips[k] = s
			skipOrder = append(skipOrder, k)
		}
		s.Scenarios = append(s.Scenarios, scenario)
	}
	p.Moves = make([][]Move, len(cfg.Scenarios))
	for si := range cfg.Scenarios {
		s := &cfg.Scenarios[si]
		if err := tryParams(s, cfg.FirstSeed, s.Params); err != nil {
			return nil, fmt.Errorf("scenario %s: %w", s.Name, err)
		}
		fields := map[string]sim.ParamField{}
		for _, f := range s.Params.Fields() {
			fields[f.Name] = f
		}
		for _, name := range p.Params {
			m, err := planMove(s, fields[name], down, up, cfg.FirstSeed)
			if err != nil {
				skip(name, s.Name, err.Error())
				continue
			}
			p.Moves[si] = append(p.Moves[si], m)
		}
	}
	for _, k := range skipOrder {
		s := skips[k]
		s.Every = len(s.Scenarios) == len(cfg.Scenarios)
		p.Skipped = append(p.Skipped, *s)
	}
	return p, nil
}

// planMove works out one parameter's move in one scenario, or says why it
// cannot move there.
func planMove(s *ScenarioRun, f sim.ParamField, down, up *big.Rat, seed uint64) (Move, error) {
	m := Move{Param: f.Name, Fixed: f.Fixed, Base: int64(f.Value)}
	if m.Base == 0 {
		return m, errors.New("zero, so it cannot scale")
	}
	m.Down, m.Up = scaleValue(m.Base, f.Fixed, down), scaleValue(m.Base, f.Fixed, up)
	if m.Down == m.Base {
		m.Down -= sign(m.Base)
	}
	if m.Up == m.Base {
		m.Up += sign(m.Base)
	}
	for k, v := range []int64{m.Down, m.Up} {
		if strings.HasPrefix(f.Name, weightPrefix) {
			also, err := rebalanceWeights(s.Params.Fields(), f.Name, v)
			if err != nil {
				return m, fmt.Errorf("refused: %s=%s: %w", f.Name, m.Text(v), err)
			}
			m.Also[k] = also
		}
		params := s.Params
		if err := applySets(&params, m.sets(k)); err != nil {
			return m, fmt.Errorf("refused: %w", err)
		}
		if err := tryParams(s, seed, params); err != nil {
			return m, fmt.Errorf("refused: %s: %w", strings.Join(m.sets(k), " "), err)
		}
	}
	return m, nil
}

// tryParams checks that the scenario starts with these parameters.
func tryParams(s *ScenarioRun, seed uint64, params sim.Params) error {
	_, err := sim.NewWorld(sim.Config{Scenario: s.Scenario, Seed: seed, Params: &params})
	return err
}

// scaleValue scales a raw value by f, exactly, rounding once: a whole
// number as it is, a fixed-point value as the shortest decimal it prints
// as (the value a designer reads and types), back in 1/65536 units.
func scaleValue(v int64, fixed bool, f *big.Rat) int64 {
	x := new(big.Rat).SetInt64(v)
	if fixed {
		x.SetString(formatFixedRaw(v))
		x.Mul(x, big.NewRat(int64(sim.One), 1))
	}
	return roundRat(x.Mul(x, f))
}

// roundRat rounds to the nearest integer, halves away from zero (as
// sim.ParseFixed rounds).
func roundRat(r *big.Rat) int64 {
	num, den := new(big.Int).Set(r.Num()), r.Denom()
	neg := num.Sign() < 0
	num.Abs(num)
	num.Mul(num, big.NewInt(2)).Add(num, den)
	q := num.Quo(num, new(big.Int).Mul(den, big.NewInt(2)))
	if neg {
		q.Neg(q)
	}
	return q.Int64()
}

func sign(v int64) int64 {
	if v < 0 {
		return -1
	}
	return 1
}

const weightPrefix = "weight_"

// rebalanceWeights rescales the score weights other than name in
// proportion, so that with name at v they keep their total (the largest
// remainders take the rounding, ties in declaration order), and returns
// them as key=value overrides.
func rebalanceWeights(fields []sim.ParamField, name string, v int64) ([]string, error) {
	var others []sim.ParamField
	var total, rest int64
	for _, f := range fields {
		if !strings.HasPrefix(f.Name, weightPrefix) {
			continue
		}
		total += int64(f.Value)
		if f.Name != name {
			others = append(others, f)
			rest += int64(f.Value)
		}
	}
	left := total - v
	switch {
	case left < 0:
		return nil, fmt.Errorf("leaves %d for the other weights", left)
	case rest == 0 && left > 0:
		return nil, fmt.Errorf("the other weights are all zero, so none can take up %d", left)
	case rest == 0:
		return nil, nil
	}
	vals := make([]int64, len(others))
	rems := make([]int64, len(others))
	sum := int64(0)
	for i, f := range others {
		vals[i] = int64(f.Value) * left / rest
		rems[i] = int64(f.Value) * left % rest
		sum += vals[i]
	}
	order := make([]int, len(others))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rems[order[a]] > rems[order[b]] })
	for i := 0; sum < left; i++ {
		vals[order[i]]++
		sum++
	}
	out := make([]string, len(others))
	for i, f := range others {
		out[i] = f.Name + "=" + strconv.FormatInt(vals[i], 10)
	}
	return out, nil
}

// applySets applies key=value overrides.
func applySets(p *sim.Params, sets []string) error {
	for _, kv := range sets {
		k, v, _ := strings.Cut(kv, "=")
		if err := p.Set(k, v); err != nil {
			return err
		}
	}
	return nil
}

// variant is one parameter set to run a scenario with.
type variant struct {
	scenario int
	params   sim.Params
}

// variants lists what runs: per scenario the base, then each move down and
// up, in the order of p.Moves.
func (p *SensitivityPlan) variants() []variant {
	var out []variant
	for si := range p.Config.Scenarios {
		s := &p.Config.Scenarios[si]
		out = append(out, variant{scenario: si, params: s.Params})
		for _, m := range p.Moves[si] {
			for k := 0; k < 2; k++ {
				params := s.Params
				_ = applySets(&params, m.sets(k)) // checked by PlanSensitivity
				out = append(out, variant{scenario: si, params: params})
			}
		}
	}
	return out
}

// Runs is the number of quarters the plan plays: the base and two moves
// per parameter, for each scenario, trio policy and seed.
func (p *SensitivityPlan) Runs() int {
	n := 0
	for si := range p.Config.Scenarios {
		n += 1 + 2*len(p.Moves[si])
	}
	return n * len(p.Policies) * p.Config.Seeds
}

// Describe says what the plan costs, for stderr before it starts.
func (p *SensitivityPlan) Describe() string {
	moves := 0
	for _, ms := range p.Moves {
		moves += len(ms)
	}
	return fmt.Sprintf("(2 moves × %d parameter-scenario pairs + %d base) × %d policies × %d seeds = %d runs",
		moves, len(p.Config.Scenarios), len(p.Policies), p.Config.Seeds, p.Runs())
}

// SensRow is one parameter's effect on one target quantity.
type SensRow struct {
	Param  string
	Values [3]string   // the parameter at −, base, + (as -set takes it)
	At     [3]float64  // the target at −, base, +
	Also   [2][]string // further overrides of the moves (other score weights)
	// Noise is the half-width of each effect's paired 95% interval over the
	// seeds (NaN with one seed): how far the effect could be chance.
	Noise [2]float64
}

// Clear says whether effect i's interval excludes 0.
func (r *SensRow) Clear(i int) bool { return math.Abs(r.Effect(i)) > r.Noise[i] }

// Effect is the change from base of the move down (0) or up (1).
func (r *SensRow) Effect(i int) float64 { return r.At[2*i] - r.At[1] }

// Size is the larger |effect| of the two moves; an undefined effect (a
// gap over a zero score) counts as the largest.
func (r *SensRow) Size() float64 {
	a, b := math.Abs(r.Effect(0)), math.Abs(r.Effect(1))
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.Inf(1)
	}
	return math.Max(a, b)
}

// SensTarget ranks the parameters by their effect on one target quantity
// in one scenario.
type SensTarget struct {
	Scenario string
	Target   int // a T* index
	Base     float64
	Rows     []SensRow // largest effect first; ties in declaration order
}

// SensitivityReport is a sensitivity run's result.
type SensitivityReport struct {
	Step      float64
	Trio      Trio
	Budget    int // the expert's search budget, when the trio has experts; else 0
	FirstSeed uint64
	Seeds     int
	Runs      int
	Params    []string
	Skipped   []Skip
	Targets   []SensTarget // scenario-major, then T* order
}

// RunSensitivity plays the plan on its workers and ranks the parameters.
// Each run reduces to one score, kept by its place in the plan and summed
// exactly afterwards, so the report is the same for any number of workers.
// progress, if not nil, is called from the calling goroutine after each run.
func RunSensitivity(p *SensitivityPlan, progress func(done, total int)) (*SensitivityReport, error) {
	vars := p.variants()
	np, ns := len(p.Policies), p.Config.Seeds
	total := len(vars) * np * ns
	scores := make([]int64, total)
	errs := make([]error, total)
	var next atomic.Int64
	var failed atomic.Bool
	done := make(chan struct{}, 256)
	var wg sync.WaitGroup
	for k := 0; k < min(Workers(p.Config.Workers), max(total, 1)); k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				j := int(next.Add(1) - 1)
				if j >= total {
					return
				}
				v := &vars[j/(np*ns)]
				s := ScenarioRun{Name: p.Config.Scenarios[v.scenario].Name, Scenario: p.Config.Scenarios[v.scenario].Scenario, Params: v.params}
				r, err := RunOne(&s, p.Policies[j/ns%np], p.Config.FirstSeed+uint64(j%ns), false, false)
				if err != nil {
					errs[j] = err
					failed.Store(true)
				}
				scores[j] = r.Vals[MScore]
				done <- struct{}{}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()
	n := 0
	for range done {
		n++
		if progress != nil {
			progress(n, total)
		}
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	// sums[v][policy] is the exact sum of the variant's scores.
	sums := make([][]Int128, len(vars))
	for v := range vars {
		sums[v] = make([]Int128, np)
		for pi := 0; pi < np; pi++ {
			for k := 0; k < ns; k++ {
				sums[v][pi] = sums[v][pi].Add(Int128From(scores[(v*np+pi)*ns+k]))
			}
		}
	}
	rep := &SensitivityReport{Step: p.Config.Step, Trio: p.Config.Trio, FirstSeed: p.Config.FirstSeed, Seeds: ns,
		Runs: total, Params: p.Params, Skipped: p.Skipped}
	for _, ps := range p.Policies {
		if ps.File == nil && sim.IsExpertName(ps.Name) {
			b := ps.Budget
			if b == 0 {
				b = sim.DefaultExpertBudget
			}
			rep.Budget = max(rep.Budget, b)
		}
	}
	baseVar := 0
	for si := range p.Config.Scenarios {
		for t := 0; t < NumTargets; t++ {
			st := SensTarget{Scenario: p.Config.Scenarios[si].Name, Target: t, Base: targetValue(t, sums[baseVar], ns)}
			perSeed := func(v int) []float64 { return linearised(t, scores[v*np*ns:(v+1)*np*ns], sums[v], ns) }
			base := perSeed(baseVar)
			for mi, m := range p.Moves[si] {
				down := baseVar + 1 + 2*mi
				st.Rows = append(st.Rows, SensRow{Param: m.Param,
					Values: [3]string{m.Text(m.Down), m.Text(m.Base), m.Text(m.Up)},
					At:     [3]float64{targetValue(t, sums[down], ns), st.Base, targetValue(t, sums[down+1], ns)}, Also: m.Also,
					Noise: [2]float64{pairedHalfWidth(perSeed(down), base), pairedHalfWidth(perSeed(down+1), base)}})
			}
			sort.SliceStable(st.Rows, func(i, j int) bool { return st.Rows[i].Size() > st.Rows[j].Size() })
			rep.Targets = append(rep.Targets, st)
		}
		baseVar += 1 + 2*len(p.Moves[si])
	}
	return rep, nil
}

// linearised gives each seed's contribution to a target (scores holds a
// variant's runs, policy-major): for the score, the seed's score; for a
// gap R = ΣA/ΣB − 1, the delta method's (A_k − (1+R)·B_k) / mean(B), whose
// mean is 0 and whose spread is the gap's. A move's effect then has the
// paired interval of these per-seed values' differences. Floats suffice:
// this only sizes the noise, and it runs in seed order, so it is the same
// for any number of workers.
func linearised(t int, scores []int64, sums []Int128, n int) []float64 {
	one := float64(sim.One)
	at := func(pol, k int) float64 { return float64(scores[pol*n+k]) / one }
	out := make([]float64, n)
	a, b := 0, 1
	switch t {
	case TScoreAll:
		for k := range out {
			out[k] = at(0, k)
		}
		return out
	case TGapAllExample:
		b = 2
	case TGapCommandExample:
		a, b = 1, 2
	}
	sa, _ := new(big.Float).SetInt(sums[a].Big()).Float64()
	sb, _ := new(big.Float).SetInt(sums[b].Big()).Float64()
	ratio, meanB := sa/sb, sb/one/float64(n)
	for k := range out {
		out[k] = (at(a, k) - ratio*at(b, k)) / meanB
	}
	return out
}

// pairedHalfWidth is 1.96·sd(x−y)/√n, or NaN for a single seed.
func pairedHalfWidth(x, y []float64) float64 {
	n := len(x)
	if n < 2 {
		return math.NaN()
	}
	var sum, sq float64
	for k := range x {
		sum += x[k] - y[k]
	}
	mean := sum / float64(n)
	for k := range x {
		d := x[k] - y[k] - mean
		sq += d * d
	}
	return 1.96 * math.Sqrt(sq/float64(n-1)/float64(n))
}

// targetValue computes a target from the trio's exact score sums over n
// seeds (All, Command, Example), rounding once.
func targetValue(t int, sums []Int128, n int) float64 {
	ratio := func(a, b Int128) float64 { // a/b − 1
		d := b.Big()
		if d.Sign() == 0 {
			return math.NaN()
		}
		f, _ := new(big.Rat).SetFrac(new(big.Int).Sub(a.Big(), d), d).Float64()
		return f
	}
	switch t {
	case TGapAllCommand:
		return ratio(sums[0], sums[1])
	case TGapAllExample:
		return ratio(sums[0], sums[2])
	case TGapCommandExample:
		return ratio(sums[1], sums[2])
	}
	f, _ := new(big.Rat).SetFrac(sums[0].Big(), big.NewInt(int64(n)*int64(sim.One))).Float64()
	return f
}

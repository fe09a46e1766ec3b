package lab

import (
	"fmt"
	"slices"
	"strings"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// A genome is one candidate strategy of an evolutionary search: a list of
// policy-file rules. The search changes rules only in ways the policy-file
// language can say, and every genome is printed as policy-file JSON and
// compiled back before it is played, so what is scored is exactly what the
// written file will do.
type genome struct {
	rules []policyfile.Rule
	key   string // the rules as policy-file JSON: two genomes with one key play alike
	sum   int64  // exact sum of the training scores, in 1/65536 units
}

// condGrid is a metric the search may put in a condition, and the grid its
// thresholds lie on (multiples of num/den, from lo to hi steps), so that an
// evolved file says "below 0.45" rather than "below 0.4471".
type condGrid struct {
	rep      bool
	metric   int
	num, den int64
	lo, hi   int
}

func (g *condGrid) limit(k int) int64 { return int64(sim.F(int64(k)*g.num, g.den)) }

// step returns the grid step nearest to a threshold.
func (g *condGrid) step(limit int64) int {
	k := (limit*g.den + g.num*int64(sim.One)/2) / (g.num * int64(sim.One))
	return min(max(int(k), g.lo), g.hi)
}

// condGrids are the conditions the search draws from: the states a manager
// watches (morale, clarity, the executive's trust, a rep's leads or threat
// to leave), not the running counters, whose meaning changes over the
// quarter.
var condGrids = func() []condGrid {
	var gs []condGrid
	frac := func(rep bool, names ...string) {
		for _, n := range names {
			list := policyfile.TeamMetricNames
			if rep {
				list = policyfile.RepMetricNames
			}
			gs = append(gs, condGrid{rep: rep, metric: slices.Index(list, n), num: 1, den: 20, lo: 0, hi: 20})
		}
	}
	frac(false, "morale", "momentum", "culture", "clarity", "process", "visibility", "command_share",
		"exec_trust", "authority", "influence", "energy")
	gs = append(gs,
		condGrid{metric: slices.Index(policyfile.TeamMetricNames, "quota_attainment"), num: 1, den: 20, lo: 0, hi: 30},
		condGrid{metric: slices.Index(policyfile.TeamMetricNames, "score"), num: 5, den: 1, lo: 0, hi: 20},
		condGrid{metric: slices.Index(policyfile.TeamMetricNames, "lead_pool"), num: 25, den: 1, lo: 0, hi: 32})
	frac(true, "morale", "momentum", "skill", "energy", "trust", "autonomy", "drive", "lead_quality")
	gs = append(gs,
		condGrid{rep: true, metric: slices.Index(policyfile.RepMetricNames, "leads"), num: 1, den: 1, lo: 0, hi: 40},
		condGrid{rep: true, metric: slices.Index(policyfile.RepMetricNames, "meetings_today"), num: 1, den: 1, lo: 0, hi: 6},
		condGrid{rep: true, metric: slices.Index(policyfile.RepMetricNames, "threat"), num: 1, den: 1, lo: 0, hi: 1})
	return gs
}()

// gridOf finds a condition's grid; nil for a metric the search does not
// draw (a seed routine may still use one: it keeps its threshold).
func gridOf(c *policyfile.Cond) *condGrid {
	for i := range condGrids {
		if g := &condGrids[i]; g.rep == c.Rep && g.metric == c.Metric {
			return g
		}
	}
	return nil
}

// breeder draws and changes genomes for one search. Its generator is the
// search's only source of randomness, used from one goroutine in a fixed
// order, so a search seed gives the same genomes on every platform.
type breeder struct {
	rng      sim.Rng
	allowed  []sim.ActionID
	set      sim.ActionSet
	reps     int // rep:<index> targets are drawn below this
	maxRules int
}

func (b *breeder) coin(pct int) bool { return b.rng.Intn(100) < pct }

// slot draws a time of day, mostly on the hour.
func (b *breeder) slot() int {
	if b.coin(75) {
		return sim.TicksPerHour * b.rng.Intn(sim.HoursPerDay)
	}
	return b.rng.Intn(sim.TicksPerDay)
}

// days draws one to three weekdays.
func (b *breeder) days() uint8 {
	var m uint8
	for n := 1 + b.rng.Intn(3); n > 0; n-- {
		m |= 1 << b.rng.Intn(sim.DaysPerWeek)
	}
	return m
}

// timing gives r a new timing: standing, daily at a time, on some weekdays,
// every few hours or every few days.
func (b *breeder) timing(r *policyfile.Rule) {
	r.At, r.EveryTicks, r.EveryDays, r.Days = -1, 0, 0, 0
	switch b.rng.Intn(10) {
	case 0, 1, 2:
	case 3, 4, 5:
		r.At = b.slot()
	case 6, 7:
		r.At, r.Days = b.slot(), b.days()
	case 8:
		r.EveryTicks = int32((1 + b.rng.Intn(sim.HoursPerDay)) * sim.TicksPerHour)
	default:
		r.EveryDays = int32(2 + b.rng.Intn(9))
		if b.coin(50) {
			r.At = b.slot()
		}
	}
	r.Timed = r.At >= 0 || r.EveryTicks > 0 || r.EveryDays > 0 || r.Days != 0
}

// target draws a target fit for action a.
func (b *breeder) target(a sim.ActionID) policyfile.Target {
	switch a.Spec().Target {
	case sim.TargetTeam:
		return policyfile.Target{Kind: policyfile.TTeam}
	case sim.TargetRepOrAll:
		if b.coin(40) {
			return policyfile.Target{Kind: policyfile.TAll}
		}
	}
	switch n := b.rng.Intn(100); {
	case n < 60:
		return policyfile.Target{Kind: policyfile.TLowest, Metric: b.rng.Intn(len(policyfile.RepMetricNames))}
	case n < 85 || b.reps == 0:
		return policyfile.Target{Kind: policyfile.THighest, Metric: b.rng.Intn(len(policyfile.RepMetricNames))}
	default:
		return policyfile.Target{Kind: policyfile.TRep, Rep: int32(b.rng.Intn(b.reps))}
	}
}

// arg draws an action's argument: reports on (mostly) or off, a dial quota
// of 0 to 160.
func (b *breeder) arg(a sim.ActionID) int32 {
	switch a {
	case sim.ActReports:
		if b.coin(75) {
			return 1
		}
		return 0
	case sim.ActQuota:
		return int32(10 * b.rng.Intn(17))
	}
	return 0
}

// cond draws a condition; a rep condition only when the rule targets one
// rep (it is read on that rep).
func (b *breeder) cond(repOK bool) *policyfile.Cond {
	for {
		g := &condGrids[b.rng.Intn(len(condGrids))]
		if g.rep && !repOK {
			continue
		}
		return &policyfile.Cond{Rep: g.rep, Metric: g.metric, Above: b.coin(50), Limit: g.limit(g.lo + b.rng.Intn(g.hi-g.lo+1))}
	}
}

func oneRep(t policyfile.Target) bool {
	return t.Kind == policyfile.TRep || t.Kind == policyfile.TLowest || t.Kind == policyfile.THighest
}

// rule draws a new rule with an allowed action.
func (b *breeder) rule() policyfile.Rule {
	a := b.allowed[b.rng.Intn(len(b.allowed))]
	r := policyfile.Rule{At: -1, Action: a, Target: b.target(a), Arg: b.arg(a)}
	b.timing(&r)
	if (!r.Timed && b.coin(70)) || (r.Timed && b.coin(20)) {
		r.Cond = b.cond(oneRep(r.Target))
	}
	return r
}

// fit makes r consistent after its action or target changed: a target the
// action takes, no rep condition without one rep, an argument the action
// takes.
func (b *breeder) fit(r *policyfile.Rule) {
	switch r.Action.Spec().Target {
	case sim.TargetTeam:
		r.Target = policyfile.Target{Kind: policyfile.TTeam}
	case sim.TargetRep:
		if !oneRep(r.Target) {
			r.Target = b.target(r.Action)
		}
	case sim.TargetRepOrAll:
		if r.Target.Kind == policyfile.TTeam {
			r.Target = b.target(r.Action)
		}
	}
	if r.Cond != nil && r.Cond.Rep && !oneRep(r.Target) {
		r.Cond = nil
	}
}

func cloneRules(rs []policyfile.Rule) []policyfile.Rule {
	out := make([]policyfile.Rule, len(rs))
	copy(out, rs)
	for i := range out {
		if out[i].Cond != nil {
			c := *out[i].Cond
			out[i].Cond = &c
		}
	}
	return out
}

// mutation is one way to change a genome; it reports false when it does
// not apply (removing the only rule), and another is drawn.
type mutation struct {
	weight int
	apply  func(b *breeder, rs []policyfile.Rule) ([]policyfile.Rule, bool)
}

var mutations = []mutation{
	{14, (*breeder).addRule},
	{10, (*breeder).removeRule},
	{10, (*breeder).changeAction},
	{8, (*breeder).changeTarget},
	{20, (*breeder).changeTiming},
	{18, (*breeder).changeCond},
	{10, (*breeder).moveRule},
	{4, (*breeder).changeArg},
	{6, (*breeder).copyRule},
}

// mutate applies one mutation to a copy of rs.
func (b *breeder) mutate(rs []policyfile.Rule) []policyfile.Rule {
	total := 0
	for _, m := range mutations {
		total += m.weight
	}
	for tries := 0; tries < 100; tries++ {
		n := b.rng.Intn(total)
		for _, m := range mutations {
			if n -= m.weight; n < 0 {
				if out, ok := m.apply(b, cloneRules(rs)); ok {
					return out
				}
				break
			}
		}
	}
	return rs
}

func (b *breeder) addRule(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(rs) >= b.maxRules {
		return rs, false
	}
	i := b.rng.Intn(len(rs) + 1)
	return append(rs[:i], append([]policyfile.Rule{b.rule()}, rs[i:]...)...), true
}

func (b *breeder) removeRule(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(rs) < 2 {
		return rs, false
	}
	i := b.rng.Intn(len(rs))
	return append(rs[:i], rs[i+1:]...), true
}

// copyRule repeats a rule at another time: "calls at 09:00" grows a
// "calls at 13:00".
func (b *breeder) copyRule(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(rs) >= b.maxRules || len(rs) == 0 {
		return rs, false
	}
	k := b.rng.Intn(len(rs))
	r := cloneRules(rs[k : k+1])[0]
	b.timing(&r)
	i := b.rng.Intn(len(rs) + 1)
	return append(rs[:i], append([]policyfile.Rule{r}, rs[i:]...)...), true
}

func (b *breeder) changeAction(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(b.allowed) < 2 || len(rs) == 0 {
		return rs, false
	}
	r := &rs[b.rng.Intn(len(rs))]
	for {
		a := b.allowed[b.rng.Intn(len(b.allowed))]
		if a != r.Action {
			r.Action, r.Arg = a, b.arg(a)
			b.fit(r)
			return rs, true
		}
	}
}

func (b *breeder) changeTarget(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	var idx []int
	for i := range rs {
		if rs[i].Action.Spec().Target != sim.TargetTeam {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return rs, false
	}
	r := &rs[idx[b.rng.Intn(len(idx))]]
	r.Target = b.target(r.Action)
	b.fit(r)
	return rs, true
}

func (b *breeder) changeTiming(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(rs) == 0 {
		return rs, false
	}
	r := &rs[b.rng.Intn(len(rs))]
	switch b.rng.Intn(5) {
	case 0:
		b.timing(r)
	case 1: // a little earlier or later
		if r.At < 0 {
			r.At = b.slot()
		} else {
			d := 1 + b.rng.Intn(4)
			if b.coin(50) {
				d = -d
			}
			r.At = min(max(r.At+d, 0), sim.TicksPerDay-1)
		}
	case 2: // another weekday in or out
		if r.Days == 0 {
			r.Days = 1 << b.rng.Intn(sim.DaysPerWeek)
		} else {
			r.Days ^= 1 << b.rng.Intn(sim.DaysPerWeek)
		}
	case 3: // more or less often
		switch {
		case r.EveryTicks > 0:
			h := int(r.EveryTicks)/sim.TicksPerHour + 1 - 2*b.rng.Intn(2)
			r.EveryTicks = int32(min(max(h, 1), sim.HoursPerDay) * sim.TicksPerHour)
		case r.EveryDays > 0:
			r.EveryDays = int32(min(max(int(r.EveryDays)+1-2*b.rng.Intn(2), 1), 20))
		case b.coin(50):
			r.EveryDays = int32(2 + b.rng.Intn(9))
		default:
			r.EveryTicks = int32((1 + b.rng.Intn(sim.HoursPerDay)) * sim.TicksPerHour)
			r.At, r.Days = -1, 0
		}
	default: // standing: whenever the player is free
		r.At, r.EveryTicks, r.EveryDays, r.Days = -1, 0, 0, 0
	}
	r.Timed = r.At >= 0 || r.EveryTicks > 0 || r.EveryDays > 0 || r.Days != 0
	return rs, true
}

func (b *breeder) changeCond(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(rs) == 0 {
		return rs, false
	}
	r := &rs[b.rng.Intn(len(rs))]
	if r.Cond == nil {
		r.Cond = b.cond(oneRep(r.Target))
		return rs, true
	}
	c, g := r.Cond, gridOf(r.Cond)
	switch n := b.rng.Intn(100); {
	case n < 50 && g != nil: // nudge the threshold
		d := 1 + b.rng.Intn(2)
		if b.coin(50) {
			d = -d
		}
		c.Limit = g.limit(min(max(g.step(c.Limit)+d, g.lo), g.hi))
	case n < 65:
		c.Above = !c.Above
	case n < 85:
		r.Cond = b.cond(oneRep(r.Target))
	default:
		r.Cond = nil
	}
	return rs, true
}

// moveRule moves a rule to another place in the order: earlier rules act
// first when several are due.
func (b *breeder) moveRule(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	if len(rs) < 2 {
		return rs, false
	}
	i, j := b.rng.Intn(len(rs)), b.rng.Intn(len(rs)-1)
	r := rs[i]
	rs = append(rs[:i], rs[i+1:]...)
	return append(rs[:j], append([]policyfile.Rule{r}, rs[j:]...)...), true
}

func (b *breeder) changeArg(rs []policyfile.Rule) ([]policyfile.Rule, bool) {
	var idx []int
	for i := range rs {
		if a := rs[i].Action; a == sim.ActReports || a == sim.ActQuota {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return rs, false
	}
	r := &rs[idx[b.rng.Intn(len(idx))]]
	if r.Action == sim.ActReports {
		r.Arg = 1 - min(max(r.Arg, 0), 1)
	} else {
		r.Arg = min(max(r.Arg+int32(10-20*b.rng.Intn(2)), 0), 400)
	}
	return rs, true
}

// crossover joins the head of one parent to the tail of the other: rules
// are read in order, so a run of rules travels together.
func (b *breeder) crossover(x, y []policyfile.Rule) []policyfile.Rule {
	i, j := b.rng.Intn(len(x)+1), b.rng.Intn(len(y)+1)
	out := append(cloneRules(x[:i]), cloneRules(y[j:])...)
	if len(out) == 0 {
		if len(x) == 0 {
			return cloneRules(y[:1])
		}
		out = cloneRules(x[:1])
	}
	if len(out) > b.maxRules {
		out = out[:b.maxRules]
	}
	return out
}

// build prints rules as a policy file and compiles them back: the genome
// plays the compiled rules, which are exactly what its file says. Rules
// with an action outside the allowed set are an error (the operators never
// make one).
func (b *breeder) build(rs []policyfile.Rule) (*genome, error) {
	if len(rs) == 0 {
		return nil, fmt.Errorf("a genome needs at least one rule")
	}
	var sb strings.Builder
	buf := make([]byte, 0, 128)
	for i := range rs {
		if !b.set.Has(rs[i].Action) {
			return nil, fmt.Errorf("rule %d uses %s, which is not allowed", i, rs[i].Action)
		}
		if i > 0 {
			sb.WriteByte('\n')
		}
		buf = policyfile.AppendRuleJSON(buf[:0], &rs[i])
		sb.Write(buf)
	}
	pf, err := policyfile.ParsePolicyFile("genome", policyfile.FormatPolicyFile(&policyfile.PolicyFile{Name: "genome", Rules: rs}))
	if err != nil {
		return nil, fmt.Errorf("genome does not compile: %w", err)
	}
	return &genome{rules: pf.Rules, key: sb.String()}, nil
}

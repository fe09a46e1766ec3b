package sim

import (
	"fmt"
	"sort"
	"strings"
)

// Policy plays the game: each tick it may return commands for the world to
// apply. Built-in policies are deterministic functions of the world (random
// draws from its own generator, never the world's), so a run is a pure
// function of scenario, seed and policy.
//
// A policy may keep state between ticks (the random policy's generator, a
// policy file's rules due and waiting), so resuming one from a copy of the
// world needs a copy of the policy too: Fork. A search that clones the
// world forks the policy with it, and both then play on independently.
type Policy interface {
	Name() string
	// Decide appends this tick's commands to buf, stamped with w.Tick.
	Decide(w *World, buf []Command) []Command
	// Fork returns a policy in this one's state that plays on
	// independently of it. A policy without state may return itself.
	Fork() Policy
}

// PolicyNames lists the built-in policies in their fixed order.
var PolicyNames = []string{"idle", "commander", "exemplar", "balanced", "adaptive", "random"}

// ExpertPolicyNames are the search-based built-ins: the expert with every
// action, and restricted to one style. They are not in PolicyNames ("all")
// because they cost a thousand times more per run.
var ExpertPolicyNames = []string{"expert", "expert-command", "expert-example"}

// IsExpertName reports whether name is an expert built-in: one of
// ExpertPolicyNames, or "expert[a+b+...]", the expert restricted to a list
// of actions (for example "expert[calls+vision+mentor]").
func IsExpertName(name string) bool {
	for _, n := range ExpertPolicyNames {
		if n == name {
			return true
		}
	}
	_, ok := expertList(name)
	return ok
}

func expertList(name string) (string, bool) {
	if strings.HasPrefix(name, "expert[") && strings.HasSuffix(name, "]") {
		return name[len("expert[") : len(name)-1], true
	}
	return "", false
}

// PolicyOptions tune a built-in policy.
type PolicyOptions struct {
	// Budget is the expert's search budget; 0 means DefaultExpertBudget.
	Budget int
}

// NewPolicy returns a fresh built-in policy for one run. seed feeds the
// random policy's own generator and the expert's rollouts.
func NewPolicy(name string, seed uint64) (Policy, error) {
	return NewPolicyWith(name, seed, PolicyOptions{})
}

// NewPolicyWith is NewPolicy with options.
func NewPolicyWith(name string, seed uint64, opt PolicyOptions) (Policy, error) {
	budget := opt.Budget
	if budget == 0 {
		budget = DefaultExpertBudget
	}
	switch name {
	case "expert":
		return NewExpert(ExpertConfig{Budget: budget, Allow: AllActions, Seed: seed})
	case "expert-command":
		return NewExpert(ExpertConfig{Budget: budget, Allow: CommandActions, Seed: seed})
	case "expert-example":
		return NewExpert(ExpertConfig{Budget: budget, Allow: ExampleActions, Seed: seed})
	}
	if list, ok := expertList(name); ok {
		allow, err := ParseActionSet(strings.ReplaceAll(list, "+", ","))
		if err != nil {
			return nil, fmt.Errorf("policy %q: %w", name, err)
		}
		return NewExpert(ExpertConfig{Budget: budget, Allow: allow, Seed: seed, Name: name})
	}
	switch name {
	case "idle":
		return idlePolicy{}, nil
	case "commander":
		return &adaptivePolicy{name: name, allow: styleMask(StyleCommand)}, nil
	case "exemplar":
		return &adaptivePolicy{name: name, allow: styleMask(StyleExample)}, nil
	case "adaptive":
		return &adaptivePolicy{name: name, allow: styleMask(StyleCommand) | styleMask(StyleExample)}, nil
	case "balanced":
		return &balancedPolicy{}, nil
	case "random":
		return &randomPolicy{rng: NewRng(seed, 7)}, nil
	}
	return nil, fmt.Errorf("no built-in policy %q (have %s, %s)", name, strings.Join(PolicyNames, ", "), strings.Join(ExpertPolicyNames, ", "))
}

// actionMask is a set of actions a policy may use.
type actionMask = ActionSet

func styleMask(s Style) actionMask {
	var m actionMask
	for i := 0; i < NumPlayActions; i++ {
		if Actions[i].Style == s {
			m |= 1 << i
		}
	}
	return m
}

func (m actionMask) has(a ActionID) bool { return m&(1<<a) != 0 }

type idlePolicy struct{}

func (idlePolicy) Name() string                             { return "idle" }
func (idlePolicy) Decide(_ *World, buf []Command) []Command { return buf }
func (p idlePolicy) Fork() Policy                           { return p }

// try appends c if the world would accept it now.
func try(w *World, buf []Command, a ActionID, target, arg int32) ([]Command, bool) {
	c := Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: a, Target: target, Arg: arg}
	if !w.Allowed(c) {
		return buf, false
	}
	return append(buf, c), true
}

// adaptivePolicy reads the state and does what the situation calls for:
// answers events, counts before the executive's check-in, rebuilds morale
// when it sags, fixes lead shortages, develops the weakest, and otherwise
// works. The commander and exemplar policies are this same logic restricted
// to one style's six actions (restricted play), so the gap between them and
// adaptive measures the worth of the missing style, not a weaker strategy.
type adaptivePolicy struct {
	name  string
	allow actionMask
}

func (p *adaptivePolicy) Name() string { return p.name }

// Fork implements Policy: adaptive decides from the world alone.
func (p *adaptivePolicy) Fork() Policy { return p }

func (p *adaptivePolicy) Decide(w *World, buf []Command) []Command {
	if _, d, ok := w.PendingEvent(); ok {
		buf, _ = try(w, buf, ActChoose, TeamTarget, chooseFor(w, d, p.allow))
	}
	if w.Player.Busy > 0 {
		return buf
	}
	var ok bool
	do := func(a ActionID, target, arg int32) bool {
		if ok || !p.allow.has(a) {
			return ok
		}
		buf, ok = try(w, buf, a, target, arg)
		return ok
	}
	t := &w.Team
	clk := w.Clock()
	morale := w.TeamMorale()

	// Standing orders, set once: a manager measures.
	if clk.Day == 0 && clk.Slot == 0 {
		do(ActQuota, TeamTarget, 60)
	}
	// The executive's check-in needs a view of the pipeline.
	if checkinSoon(w) && t.Visibility < F(55, 100) && clk.Slot >= 12 {
		do(ActForecast, TeamTarget, 0)
		if !p.allow.has(ActForecast) {
			do(ActFloor, TeamTarget, 0)
		}
	}
	// Standing reports break momentum all day long: worth it only while the
	// executive has lost faith and needs to see the numbers.
	et := w.Company.ExecTrust
	if p.allow.has(ActReports) {
		if !t.ReportsAll && et < F(40, 100) && t.Visibility < F(40, 100) {
			do(ActReports, AllReps, 1)
		} else if t.ReportsAll && et > F(70, 100) {
			do(ActReports, AllReps, 0)
		}
		// A novice who wants direction is better for having the work
		// checked; take it off once they have grown.
		for i := range w.Reps {
			r := &w.Reps[i]
			if t.ReportsAll || r.Gone {
				continue
			}
			novice := r.Skill < F(40, 100) && r.Autonomy < F(35, 100)
			if novice != r.Reports {
				do(ActReports, int32(i), boolArg(novice))
			}
		}
	}
	// Once an action is taken every later do is a no-op, so the scans
	// that would only feed one are skipped.
	if ok {
		return buf
	}
	// Morale: a quota that is grinding people down comes off.
	if t.DialQuota > 0 && morale < F(30, 100) {
		do(ActQuota, TeamTarget, 0)
	} else if t.DialQuota == 0 && morale > F(50, 100) && clk.Slot == 0 {
		do(ActQuota, TeamTarget, 60)
	}
	if ok {
		return buf
	}
	// Someone about to leave.
	if i := worstRep(w, func(r *Rep) bool { return r.Threat }); i >= 0 {
		do(ActMentor, i, 0)
		do(ActFloor, TeamTarget, 0)
	}
	// The week starts with where we are going, and how.
	if clk.Slot == 0 {
		if t.Clarity < F(70, 100) && (clk.Weekday == 0 || t.Clarity < F(50, 100)) {
			do(ActVision, TeamTarget, 0)
		}
		if t.Process+t.ProcessPending < F(55, 100) && clk.Weekday == 1 {
			do(ActProcedure, TeamTarget, 0)
		}
	}
	if t.WinsToday > 0 && t.CelebrateDay != int32(clk.Day) && morale < F(75, 100) {
		do(ActCelebrate, TeamTarget, 0)
	}
	if morale < F(45, 100) {
		do(ActFloor, TeamTarget, 0)
	}
	if ok {
		return buf
	}
	// Leads: a rep with an empty queue while others have plenty.
	if i := worstRep(w, func(r *Rep) bool { return r.Leads < 5 }); i >= 0 {
		if t.LeadPool < 50 && t.ReassignDay != int32(clk.Day) {
			do(ActReassign, TeamTarget, 0)
		}
		do(ActScrub, i, 0)
	}
	if ok {
		return buf
	}
	// Develop the weakest rep; push the one who is coasting.
	if i := lowest(w, func(r *Rep) Fixed { return r.Skill + r.SkillPending }); i >= 0 && w.Reps[i].Skill+w.Reps[i].SkillPending < F(55, 100) {
		do(ActMentor, i, 0)
	}
	// An afternoon with nothing booked, from someone who trusts you enough
	// to hear it: a review.
	if clk.Slot >= 16 {
		if i := worstRep(w, func(r *Rep) bool {
			return r.MeetingsToday == 0 && r.Drive < F(10, 100) && r.Trust > F(50, 100)
		}); i >= 0 {
			do(ActReview, i, 0)
		}
	}
	// Otherwise, work: dial yourself, sharpen someone's leads, or hold the
	// rep who has coasted longest to account.
	if do(ActCalls, TeamTarget, 0) {
		return buf
	}
	if i := lowest(w, func(r *Rep) Fixed { return r.LeadQuality }); i >= 0 {
		do(ActScrub, i, 0)
	}
	// Authority spent on routine orders is not there when it matters.
	if w.Player.Authority > F(35, 100) {
		if i := lowest(w, func(r *Rep) Fixed { return r.Drive }); i >= 0 && w.Reps[i].Drive < F(15, 100) {
			do(ActReview, i, 0)
		}
	}
	// Keep the leads routed, once a day.
	if t.ReassignDay != int32(clk.Day) && clk.Slot >= 8 {
		do(ActReassign, TeamTarget, 0)
	}
	return buf
}

func boolArg(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// checkinSoon reports whether a scheduled check-in event fires today.
func checkinSoon(w *World) bool {
	ev := &w.Events
	for i := int32(0); i < ev.NToday; i++ {
		s := &ev.Today[i]
		if !s.Done && w.Scenario.Events[s.Def].kind == kindCheckin {
			return true
		}
	}
	return false
}

// chooseFor picks an answer to an event: the one whose effects help morale
// and trust most, or the default.
func chooseFor(w *World, d *EventDef, allow ActionSet) int32 {
	best, bestScore := int32(0), Fixed(-1<<30)
	for i, c := range d.Choices {
		if !c.AllowedBy(allow) {
			continue
		}
		var s Fixed
		for _, e := range c.Effects {
			switch {
			case e.op == opAdd && (e.field == FieldRepMorale || e.field == FieldRepTrust || e.field == FieldRepEnergy):
				s += e.Amount
			case e.op == opAdd && e.field == FieldCompanyExecTrust:
				s += e.Amount * 2
			case e.op == opDeal:
				s += e.Amount / 10
			case e.op == opLeads && w.Team.LeadPool < 100:
				s += F(1, 10)
			}
		}
		if s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	return best
}

// lowest returns the active rep with the lowest key, or -1.
func lowest(w *World, key func(*Rep) Fixed) int32 {
	best := int32(-1)
	var bk Fixed
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone {
			continue
		}
		if k := key(r); best < 0 || k < bk {
			best, bk = int32(i), k
		}
	}
	return best
}

// worstRep returns the lowest-morale active rep matching cond, or -1.
func worstRep(w *World, cond func(*Rep) bool) int32 {
	best := int32(-1)
	for i := range w.Reps {
		r := &w.Reps[i]
		if !r.Gone && cond(r) && (best < 0 || r.Morale < w.Reps[best].Morale) {
			best = int32(i)
		}
	}
	return best
}

// balancedPolicy is a fixed weekly routine that mixes both styles without
// reading much of the state: the kind of plan a sensible new manager writes
// on day one.
type balancedPolicy struct{}

func (*balancedPolicy) Name() string { return "balanced" }

// Fork implements Policy: balanced decides from the world alone.
func (p *balancedPolicy) Fork() Policy { return p }

func (*balancedPolicy) Decide(w *World, buf []Command) []Command {
	if _, d, ok := w.PendingEvent(); ok {
		buf, _ = try(w, buf, ActChoose, TeamTarget, chooseFor(w, d, AllActions))
	}
	if w.Player.Busy > 0 {
		return buf
	}
	clk := w.Clock()
	var plan [4]ActionID
	switch clk.Weekday {
	case 0:
		plan = [4]ActionID{ActVision, ActMentor, ActCalls, ActReassign}
	case 1:
		plan = [4]ActionID{ActProcedure, ActScrub, ActCalls, ActFloor}
	case 2:
		plan = [4]ActionID{ActFloor, ActMentor, ActCalls, ActReview}
	case 3:
		plan = [4]ActionID{ActForecast, ActScrub, ActCalls, ActCelebrate}
	case 4:
		plan = [4]ActionID{ActForecast, ActMentor, ActCalls, ActCelebrate}
	}
	slot := clk.Slot / 8 // four two-hour blocks
	if clk.Slot%8 != 0 && !(clk.Slot%8 == 4 && plan[slot] != ActCalls) {
		return buf
	}
	if w.ActiveReps() == 0 {
		return buf
	}
	if clk.Slot%8 == 4 {
		// The second hour of a block: walk the floor or celebrate.
		if w.Team.WinsToday > 0 && w.Team.CelebrateDay != int32(clk.Day) {
			buf, _ = try(w, buf, ActCelebrate, TeamTarget, 0)
		} else {
			buf, _ = try(w, buf, ActFloor, TeamTarget, 0)
		}
		return buf
	}
	a := plan[slot]
	target := int32(TeamTarget)
	if Actions[a].Target == TargetRep {
		// The reps take turns, a day each.
		target = nthActive(w, int32(clk.Day%w.ActiveReps()))
	}
	buf, _ = try(w, buf, a, target, 0)
	if clk.Day == 0 && clk.Slot == 0 {
		buf, _ = try(w, buf, ActQuota, TeamTarget, 50)
	}
	return buf
}

func nthActive(w *World, n int32) int32 {
	for i := range w.Reps {
		if !w.Reps[i].Gone {
			if n == 0 {
				return int32(i)
			}
			n--
		}
	}
	return 0
}

// randomPolicy picks a random affordable action about once an hour: the
// skill floor the balance lab measures the others against.
type randomPolicy struct{ rng Rng }

func (*randomPolicy) Name() string { return "random" }

// Fork implements Policy: the copy draws what this one would have drawn.
func (p *randomPolicy) Fork() Policy { c := *p; return &c }

func (p *randomPolicy) Decide(w *World, buf []Command) []Command {
	if _, d, ok := w.PendingEvent(); ok {
		buf, _ = try(w, buf, ActChoose, TeamTarget, int32(p.rng.Intn(len(d.Choices))))
	}
	if w.Player.Busy > 0 || p.rng.Intn(4) != 0 {
		return buf
	}
	a := ActionID(p.rng.Intn(NumPlayActions))
	target := int32(TeamTarget)
	var arg int32
	switch Actions[a].Target {
	case TargetRep, TargetRepOrAll:
		target = nthActive(w, int32(p.rng.Intn(w.ActiveReps())))
	}
	switch a {
	case ActReports:
		arg = int32(p.rng.Intn(2))
	case ActQuota:
		arg = int32(p.rng.Intn(3)) * 40
	}
	buf, _ = try(w, buf, a, target, arg)
	return buf
}

// Run plays one quarter with a policy and returns the final world and the
// commands it applied.
func Run(cfg Config, pol Policy) (*World, []Command, error) {
	w, err := NewWorld(cfg)
	if err != nil {
		return nil, nil, err
	}
	d := NewDriver(DriverConfig{World: w, Quiet: true})
	d.PlayCampaign(pol)
	return w, d.Log(), nil
}

// SortedPolicyNames is PolicyNames sorted, for help texts.
func SortedPolicyNames() []string {
	s := append([]string(nil), PolicyNames...)
	sort.Strings(s)
	return s
}

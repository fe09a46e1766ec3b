// Package policyfile is the policy language: a strategy written as data (a
// policy file), compiled once and played as a sim.Policy. The lab plays
// policy files ("simulate -policy FILE") and its searches write them; the
// game's routines are policy files too, so a plan travels between the two.
package policyfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"salesfloor/sim"
)

// A policy file is a strategy as data, so a designer can test a hypothesis
// without writing Go:
//
//	{"name": "counter",
//	 "events": "best",
//	 "rules": [
//	   {"at": "09:00", "every": "1d", "do": "vision", "target": "team"},
//	   {"every": "2h", "do": "forecast"},
//	   {"if": {"metric": "team.morale", "below": 0.4}, "do": "celebrate", "target": "team"},
//	   {"if": {"metric": "rep.trust", "below": 0.5}, "do": "mentor", "target": "lowest:trust"},
//	   {"at": "09:00", "days": ["mon"], "do": "reports", "target": "all", "args": {"on": true}},
//	   {"do": "calls"}]}
//
// Rules are checked every tick, in order. A rule's timing fields combine
// (all must hold):
//
//   - "at": "HH:MM", a time of day on a quarter hour, 09:00..16:45;
//   - "every": "Nh" (ticks where the hours since the quarter began are a
//     multiple of N) or "Nd" (days of the quarter that are a multiple of N,
//     at 09:00 unless "at" says otherwise);
//   - "days": weekdays, ["mon", "tue", "wed", "thu", "fri"] (at 09:00 unless
//     "at" or "every" says otherwise);
//   - "if": {"metric": M, "below": x} or {"metric": M, "above": x}, where M
//     is "team.<metric>" or "rep.<metric>" (see TeamMetricNames and
//     RepMetricNames). A rep condition is read on the rule's target rep.
//
// A rule with "at", "every" or "days" is timed: it is due once, at the
// tick its timing matches (and its "if" holds then). If the player is busy
// with an earlier action it waits until the player is free, the same day.
// A rule with only "if" (or nothing) is standing: whenever the player is
// free and its condition holds, it acts; "{"do": "calls"}" as the last rule
// fills every free hour. The first rule that acts takes the player's time;
// the rest wait.
//
// An action the player cannot take when it is due (no hours left today, a
// target who has left, a timed rule still waiting at the end of the day) is
// skipped and counted: the "skipped" summary metric. A standing rule counts
// at most one skip a day.
//
// "target" is "team" (the default for team actions), "all" (every rep, for
// reports), "rep:<index>", "lowest:<rep metric>" or "highest:<rep metric>".
// "args" is {"on": true|false} for reports (default true) and
// {"dials": N} for quota (N dials per rep per day, 0 turns it off; default
// 60). "events": "best" (the default) answers each event as the built-in
// policies do; "first" always takes the first choice.
type PolicyFile struct {
	Name   string
	File   string
	Events string
	Rules  []Rule
}

// Rule is one compiled rule.
type Rule struct {
	At         int   // slot of the day, -1 none
	EveryTicks int32 // 0 none
	EveryDays  int32 // 0 none
	Days       uint8 // weekday mask, 0 any
	Cond       *Cond
	Action     sim.ActionID
	Target     Target
	Arg        int32
	Timed      bool
}

// Cond is a rule's "if".
type Cond struct {
	Rep    bool // rep.<metric>, else team.<metric>
	Metric int  // index into TeamMetricNames or RepMetricNames
	Above  bool // else below
	// Limit is the threshold in 1/65536 units of the metric (counts too),
	// so comparisons are exact integers.
	Limit int64
}

// TargetKind is how a rule picks its target.
type TargetKind uint8

const (
	TTeam TargetKind = iota
	TAll
	TRep
	TLowest
	THighest
)

// Target is a rule's compiled target.
type Target struct {
	Kind   TargetKind
	Rep    int32 // TRep
	Metric int   // TLowest, THighest: index into RepMetricNames
}

var weekdays = []string{"mon", "tue", "wed", "thu", "fri"}

type policyJSON struct {
	Name   string            `json:"name"`
	Events string            `json:"events"`
	Rules  []json.RawMessage `json:"rules"`
}

type ruleJSON struct {
	At     *string                    `json:"at"`
	Every  *string                    `json:"every"`
	Days   []string                   `json:"days"`
	If     *condJSON                  `json:"if"`
	Do     string                     `json:"do"`
	Target *string                    `json:"target"`
	Args   map[string]json.RawMessage `json:"args"`
}

type condJSON struct {
	Metric string       `json:"metric"`
	Below  *json.Number `json:"below"`
	Above  *json.Number `json:"above"`
}

// LoadPolicyFile reads and compiles a policy file.
func LoadPolicyFile(file string) (*PolicyFile, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParsePolicyFile(file, data)
}

func ferr(file, field string, format string, args ...any) error {
	return &sim.FileError{File: file, Field: field, Offset: -1, Err: fmt.Errorf(format, args...)}
}

// decode decodes strictly (no unknown fields, nothing after the value),
// reporting where it went wrong.
func decode(file, field string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	err := dec.Decode(v)
	if err == nil {
		if _, e := dec.Token(); e != io.EOF {
			return &sim.FileError{File: file, Field: field, Offset: dec.InputOffset(), Err: errors.New("unexpected data after the JSON value")}
		}
		return nil
	}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &sim.FileError{File: file, Field: field, Offset: syn.Offset, Err: errors.New(syn.Error())}
	case errors.As(err, &typ):
		f := field
		if typ.Field != "" {
			f = joinField(field, typ.Field)
		}
		return &sim.FileError{File: file, Field: f, Offset: -1,
			Err: fmt.Errorf("expected %s, found %s", typ.Type, typ.Value)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &sim.FileError{File: file, Field: field, Offset: int64(len(data)), Err: errors.New("unexpected end of file")}
	}
	return &sim.FileError{File: file, Field: field, Offset: -1, Err: err}
}

func joinField(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// ParsePolicyFile compiles a policy file; errors name the file, the rule
// (rules[i]) and the problem.
func ParsePolicyFile(file string, data []byte) (*PolicyFile, error) {
	var pj policyJSON
	if err := decode(file, "", data, &pj); err != nil {
		return nil, err
	}
	pf := &PolicyFile{Name: pj.Name, File: file, Events: pj.Events}
	if pf.Name == "" {
		base := filepath.Base(file)
		pf.Name = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if strings.ContainsAny(pf.Name, ",\"\\\n") {
		return nil, ferr(file, "name", "%q may not contain commas, quotes or newlines", pf.Name)
	}
	switch pf.Events {
	case "":
		pf.Events = "best"
	case "best", "first":
	default:
		return nil, ferr(file, "events", "%q is not \"best\" or \"first\"", pf.Events)
	}
	if pj.Rules == nil {
		return nil, ferr(file, "rules", "missing: a policy needs a list of rules (an empty list is the idle policy)")
	}
	for i, raw := range pj.Rules {
		r, err := compileRule(file, fmt.Sprintf("rules[%d]", i), raw)
		if err != nil {
			return nil, err
		}
		pf.Rules = append(pf.Rules, r)
	}
	return pf, nil
}

func compileRule(file, f string, raw json.RawMessage) (Rule, error) {
	var rj ruleJSON
	r := Rule{At: -1}
	if err := decode(file, f, raw, &rj); err != nil {
		return r, err
	}
	bad := func(field, format string, args ...any) (Rule, error) {
		return r, ferr(file, joinField(f, field), format, args...)
	}
	if rj.Do == "" {
		return bad("do", "missing: which action (%s)", actionList())
	}
	a, ok := sim.ActionByName(rj.Do)
	if !ok || a >= sim.ActChoose {
		return bad("do", "%q is not an action (%s)", rj.Do, actionList())
	}
	r.Action = a
	spec := a.Spec()
	if rj.At != nil {
		slot, err := sim.ParseTimeOfDay(*rj.At)
		if err != nil {
			return bad("at", "%v", err)
		}
		r.At = slot
		r.Timed = true
	}
	if rj.Every != nil {
		s := *rj.Every
		if len(s) < 2 || (s[len(s)-1] != 'h' && s[len(s)-1] != 'd') {
			return bad("every", "%q is not Nh or Nd (for example \"2h\" or \"1d\")", s)
		}
		n, err := strconv.Atoi(s[:len(s)-1])
		if err != nil || n < 1 || n > sim.HoursPerQuarter {
			return bad("every", "%q is not Nh or Nd with N a positive whole number", s)
		}
		if s[len(s)-1] == 'h' {
			r.EveryTicks = int32(n * sim.TicksPerHour)
		} else {
			r.EveryDays = int32(n)
		}
		r.Timed = true
	}
	if rj.Days != nil {
		if len(rj.Days) == 0 {
			return bad("days", "an empty list: leave it out for every day")
		}
		for j, d := range rj.Days {
			k := -1
			for i, w := range weekdays {
				if strings.EqualFold(d, w) || (len(d) > 3 && strings.HasPrefix(strings.ToLower(d), w) && isWeekdayName(strings.ToLower(d))) {
					k = i
				}
			}
			if k < 0 {
				return bad(fmt.Sprintf("days[%d]", j), "%q is not a weekday (mon, tue, wed, thu, fri)", d)
			}
			r.Days |= 1 << k
		}
		r.Timed = true
	}
	if rj.If != nil {
		c, err := compileCond(rj.If)
		if err != nil {
			return bad("if", "%v", err)
		}
		r.Cond = c
	}
	// Target.
	tgt := ""
	if rj.Target != nil {
		tgt = *rj.Target
	}
	switch {
	case tgt == "" && spec.Target == sim.TargetTeam, tgt == "team":
		r.Target = Target{Kind: TTeam}
	case tgt == "":
		return bad("target", "missing: %s needs a rep (rep:<index>, lowest:<metric> or highest:<metric>)", spec.Name)
	case tgt == "all":
		r.Target = Target{Kind: TAll}
	case strings.HasPrefix(tgt, "rep:"):
		n, err := strconv.Atoi(tgt[4:])
		if err != nil || n < 0 || n >= sim.MaxReps {
			return bad("target", "%q is not rep:0..rep:%d", tgt, sim.MaxReps-1)
		}
		r.Target = Target{Kind: TRep, Rep: int32(n)}
	case strings.HasPrefix(tgt, "lowest:"), strings.HasPrefix(tgt, "highest:"):
		kind, name := TLowest, strings.TrimPrefix(tgt, "lowest:")
		if strings.HasPrefix(tgt, "highest:") {
			kind, name = THighest, strings.TrimPrefix(tgt, "highest:")
		}
		m := indexOf(RepMetricNames, name)
		if m < 0 {
			return bad("target", "%q: no rep metric %q (have %s)", tgt, name, strings.Join(RepMetricNames, ", "))
		}
		r.Target = Target{Kind: kind, Metric: m}
	default:
		return bad("target", "%q is not team, all, rep:<index>, lowest:<metric> or highest:<metric>", tgt)
	}
	switch spec.Target {
	case sim.TargetTeam:
		if r.Target.Kind != TTeam {
			return bad("target", "%s is for the whole team: target must be \"team\", not %q", spec.Name, tgt)
		}
	case sim.TargetRep:
		if r.Target.Kind == TTeam || r.Target.Kind == TAll {
			return bad("target", "%s is for one rep: target must be rep:<index>, lowest:<metric> or highest:<metric>, not %q", spec.Name, tgt)
		}
	case sim.TargetRepOrAll:
		if r.Target.Kind == TTeam {
			return bad("target", "%s is for one rep or all: target must be all, rep:<index>, lowest:<metric> or highest:<metric>, not %q", spec.Name, tgt)
		}
	}
	if r.Cond != nil && r.Cond.Rep && (r.Target.Kind == TTeam || r.Target.Kind == TAll) {
		return bad("if.metric", "a rep.* condition is read on the rule's target rep, and the target is %q: use rep:<index>, lowest:<metric> or highest:<metric>", tgt)
	}
	// Arguments.
	switch a {
	case sim.ActReports:
		r.Arg = 1
		for k, v := range rj.Args {
			if k != "on" {
				return bad("args."+k, "reports takes only \"on\" (true or false)")
			}
			switch strings.TrimSpace(string(v)) {
			case "true":
				r.Arg = 1
			case "false":
				r.Arg = 0
			default:
				return bad("args.on", "%s is not true or false", v)
			}
		}
	case sim.ActQuota:
		r.Arg = 60
		for k, v := range rj.Args {
			if k != "dials" {
				return bad("args."+k, "quota takes only \"dials\" (dials per rep per day, 0 turns it off)")
			}
			n, err := strconv.Atoi(strings.TrimSpace(string(v)))
			if err != nil || n < 0 || n > 400 {
				return bad("args.dials", "%s is not a whole number 0..400", v)
			}
			r.Arg = int32(n)
		}
	default:
		for k := range rj.Args {
			return bad("args."+k, "%s takes no arguments", spec.Name)
		}
	}
	return r, nil
}

func isWeekdayName(s string) bool {
	switch s {
	case "monday", "tuesday", "wednesday", "thursday", "friday":
		return true
	}
	return false
}

func actionList() string {
	names := make([]string, 0, sim.NumPlayActions)
	for i := 0; i < sim.NumPlayActions; i++ {
		names = append(names, sim.Actions[i].Name)
	}
	return strings.Join(names, ", ")
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func compileCond(cj *condJSON) (*Cond, error) {
	c := &Cond{}
	scope, name, ok := strings.Cut(cj.Metric, ".")
	switch {
	case cj.Metric == "":
		return nil, fmt.Errorf("missing metric (team.<metric> or rep.<metric>)")
	case !ok || (scope != "team" && scope != "rep"):
		return nil, fmt.Errorf("metric %q is not team.<metric> or rep.<metric>", cj.Metric)
	case scope == "team":
		c.Metric = indexOf(TeamMetricNames, name)
		if c.Metric < 0 {
			return nil, fmt.Errorf("no team metric %q (have %s)", name, strings.Join(TeamMetricNames, ", "))
		}
	default:
		c.Rep = true
		c.Metric = indexOf(RepMetricNames, name)
		if c.Metric < 0 {
			return nil, fmt.Errorf("no rep metric %q (have %s)", name, strings.Join(RepMetricNames, ", "))
		}
	}
	if (cj.Below == nil) == (cj.Above == nil) {
		return nil, fmt.Errorf("needs exactly one of \"below\" and \"above\"")
	}
	num := cj.Below
	if cj.Above != nil {
		num, c.Above = cj.Above, true
	}
	rat, ok := new(big.Rat).SetString(num.String())
	if !ok {
		return nil, fmt.Errorf("%s is not a number", num)
	}
	rat.Mul(rat, big.NewRat(int64(sim.One), 1))
	// Round to the nearest 1/65536, exactly.
	q := new(big.Int).Quo(rat.Num(), rat.Denom())
	rem := new(big.Rat).Sub(rat, new(big.Rat).SetInt(q))
	if rem.Cmp(big.NewRat(1, 2)) >= 0 {
		q.Add(q, big.NewInt(1))
	} else if rem.Cmp(big.NewRat(-1, 2)) <= 0 {
		q.Sub(q, big.NewInt(1))
	}
	if !q.IsInt64() || q.BitLen() > 62 {
		return nil, fmt.Errorf("%s is out of range", num)
	}
	c.Limit = q.Int64()
	return c, nil
}

// Policy returns a fresh policy playing the file, for one run.
func (pf *PolicyFile) Policy() *FilePolicy {
	return &FilePolicy{pf: pf, pending: make([]bool, len(pf.Rules)), skipDay: make([]int32, len(pf.Rules)), day: -1}
}

// FilePolicy plays a policy file. It implements sim.Policy.
type FilePolicy struct {
	pf      *PolicyFile
	pending []bool  // timed rules due and waiting for the player
	skipDay []int32 // last day a standing rule counted a skip, plus one
	day     int32
	// Skipped counts the actions that were due but could not be taken.
	Skipped int
	outcome *sim.Outcome // this tick's outcome, computed on demand
	otick   int32
}

// Name is the policy file's name.
func (p *FilePolicy) Name() string { return p.pf.Name }

// Fork implements sim.Policy: a copy with its own rules due and waiting,
// its own skip counts, and no cached outcome, so a search can resume the
// file from a copy of the world mid-day.
func (p *FilePolicy) Fork() sim.Policy {
	f := *p
	f.pending = append([]bool(nil), p.pending...)
	f.skipDay = append([]int32(nil), p.skipDay...)
	f.outcome, f.otick = nil, 0
	return &f
}

// Decide implements sim.Policy.
func (p *FilePolicy) Decide(w *sim.World, buf []sim.Command) []sim.Command {
	if _, d, ok := w.PendingEvent(); ok {
		choice := int32(0)
		if p.pf.Events == "best" {
			choice = sim.ChooseFor(w, d)
		}
		c := sim.Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: sim.ActChoose, Target: sim.TeamTarget, Arg: choice}
		if w.Allowed(c) {
			buf = append(buf, c)
		}
	}
	clk := w.Clock()
	// The campaign's day, not the quarter's: the clock starts again each
	// quarter, and a rule skipped on a quarter's last day must not count
	// as skipped on the next quarter's.
	day := w.Year.Quarter*sim.DaysPerQuarter + int32(clk.Day)
	if day != p.day {
		p.flush()
		p.day = day
	}
	if clk.Slot == sim.TicksPerDay-1 {
		// Timed rules still waiting when the day ends are skipped.
		defer p.flush()
	}
	p.outcome = nil
	// Timed rules whose moment has come.
	for i := range p.pf.Rules {
		r := &p.pf.Rules[i]
		if !r.Timed || !r.matches(clk) {
			continue
		}
		if r.Cond != nil && !p.holds(w, r) {
			continue
		}
		if p.pending[i] {
			p.Skipped++ // the previous occurrence never ran
		}
		p.pending[i] = true
	}
	if w.Player.Busy > 0 {
		return buf
	}
	for i := range p.pf.Rules {
		r := &p.pf.Rules[i]
		if r.Timed {
			if !p.pending[i] {
				continue
			}
			p.pending[i] = false
		} else if r.Cond != nil && !p.holds(w, r) {
			continue
		}
		c := sim.Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: r.Action, Target: p.target(w, r), Arg: r.Arg}
		if w.Allowed(c) {
			return append(buf, c)
		}
		if r.Timed {
			p.Skipped++
		} else if p.skipDay[i] != day+1 {
			p.skipDay[i] = day + 1
			p.Skipped++
		}
	}
	return buf
}

// Waiting is the first timed rule that came due and waits for the player
// to be free, or nil: what a routine will do as soon as it can.
func (p *FilePolicy) Waiting() *Rule {
	for i, w := range p.pending {
		if w {
			return &p.pf.Rules[i]
		}
	}
	return nil
}

// flush drops the timed rules still waiting, counting them skipped.
func (p *FilePolicy) flush() {
	for i := range p.pending {
		if p.pending[i] {
			p.pending[i] = false
			p.Skipped++
		}
	}
}

// matches reports whether the rule's timing holds at clk.
func (r *Rule) matches(clk sim.Clock) bool {
	if r.At >= 0 {
		if clk.Slot != r.At {
			return false
		}
	} else if r.EveryTicks == 0 && clk.Slot != 0 {
		// "every Nd" or "days" alone act at the start of the day.
		return false
	}
	if r.EveryTicks > 0 && int32(clk.Tick)%r.EveryTicks != 0 {
		return false
	}
	if r.EveryDays > 0 && int32(clk.Day)%r.EveryDays != 0 {
		return false
	}
	if r.Days != 0 && r.Days&(1<<clk.Weekday) == 0 {
		return false
	}
	return true
}

// holds evaluates the rule's condition now.
func (p *FilePolicy) holds(w *sim.World, r *Rule) bool {
	c := r.Cond
	var v int64
	if c.Rep {
		i := p.target(w, r)
		if i < 0 || int(i) >= len(w.Reps) || w.Reps[i].Gone {
			return false
		}
		v = repMetric(&w.Reps[i], c.Metric)
	} else {
		v = p.teamMetric(w, c.Metric)
	}
	if c.Above {
		return v > c.Limit
	}
	return v < c.Limit
}

// target resolves the rule's target now; -3 when no rep qualifies.
func (p *FilePolicy) target(w *sim.World, r *Rule) int32 {
	switch r.Target.Kind {
	case TTeam:
		return sim.TeamTarget
	case TAll:
		return sim.AllReps
	case TRep:
		return r.Target.Rep
	}
	best := int32(-3)
	var bv int64
	for i := range w.Reps {
		rep := &w.Reps[i]
		if rep.Gone {
			continue
		}
		v := repMetric(rep, r.Target.Metric)
		if best < 0 || (r.Target.Kind == TLowest && v < bv) || (r.Target.Kind == THighest && v > bv) {
			best, bv = int32(i), v
		}
	}
	return best
}

// Package routine is the player's week as a calendar: what to do at each
// hour of each weekday, who it is aimed at, and what fills the hours left.
// It is a view of a policy file (the lab's language), so a routine travels
// both ways: the game writes it as a policy file that "simulate -policy"
// plays, and any policy file opens as a routine, the rules the calendar
// cannot show kept and run as they are.
package routine

import (
	"fmt"
	"slices"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// The calendar: five weekdays of eight hours, 09:00 to 16:00.
const (
	Days  = sim.DaysPerWeek
	Hours = sim.HoursPerDay
)

// Aim is who a slot's action is aimed at.
type Aim uint8

const (
	AimTeam Aim = iota // a team action
	AimAll             // every rep (status reports)
	AimLowestMorale
	AimLowestTrust
	AimLowestSkill
	AimLowestMomentum
	AimLowestLeads
	AimLeastExperienced
	AimHighestMomentum
	AimRep // one rep, by index
	numAims
)

// aims says how each Aim is written in a policy file and in the game.
var aims = [numAims]struct {
	kind   policyfile.TargetKind
	metric string // lowest/highest: the rep metric
	words  string // for the player
}{
	AimTeam:             {kind: policyfile.TTeam, words: "the team"},
	AimAll:              {kind: policyfile.TAll, words: "everyone"},
	AimLowestMorale:     {kind: policyfile.TLowest, metric: "morale", words: "lowest morale"},
	AimLowestTrust:      {kind: policyfile.TLowest, metric: "trust", words: "lowest trust"},
	AimLowestSkill:      {kind: policyfile.TLowest, metric: "skill", words: "least skilled"},
	AimLowestMomentum:   {kind: policyfile.TLowest, metric: "momentum", words: "coldest streak"},
	AimLowestLeads:      {kind: policyfile.TLowest, metric: "leads", words: "fewest leads"},
	AimLeastExperienced: {kind: policyfile.TLowest, metric: "experience", words: "newest"},
	AimHighestMomentum:  {kind: policyfile.THighest, metric: "momentum", words: "hottest streak"},
	AimRep:              {kind: policyfile.TRep, words: "one rep"},
}

// Slot is one hour of the calendar.
type Slot struct {
	Set    bool
	Action sim.ActionID
	Aim    Aim
	Rep    int32 // AimRep: the rep's index
	Arg    int32 // status reports: 1 on, 0 off; dial quota: dials a day
}

// Week is a routine.
type Week struct {
	Name   string
	Events string // the file's "events", kept for the lab; in the game the player answers
	Slots  [Days][Hours]Slot
	// Fill is what the free hours go to (calls, walking the floor), or
	// NoFill.
	Fill sim.ActionID
	// Extra are a file's rules the calendar cannot show (conditions,
	// "every 2h", half hours), run after the calendar's, as written.
	Extra []policyfile.Rule

	// source is the file the week was opened from, while unchanged: it is
	// played as written, its rules in their own order (which decides
	// between rules due together). Any edit drops it.
	source *policyfile.PolicyFile
}

// SetSlot changes one hour of the calendar.
func (w *Week) SetSlot(day, hour int, s Slot) {
	w.Slots[day][hour] = s
	w.source = nil
}

// SetFill changes what the free hours go to.
func (w *Week) SetFill(a sim.ActionID) {
	w.Fill = a
	w.source = nil
}

// Empty reports whether the week does nothing.
func (w *Week) Empty() bool {
	if w.Fill != NoFill || len(w.Extra) > 0 {
		return false
	}
	for d := range w.Slots {
		for h := range w.Slots[d] {
			if w.Slots[d][h].Set {
				return false
			}
		}
	}
	return true
}

// NoFill leaves the free hours free.
const NoFill = sim.ActChoose

// New is an empty week.
func New(name string) *Week { return &Week{Name: name, Events: "best", Fill: NoFill} }

// Aims lists the aims an action can take, first the default.
func Aims(a sim.ActionID) []Aim {
	switch {
	case a == sim.ActReports:
		return []Aim{AimAll, AimLowestMorale, AimLeastExperienced, AimLowestSkill, AimHighestMomentum, AimRep}
	case a == sim.ActScrub:
		return []Aim{AimLowestLeads, AimLowestMorale, AimLeastExperienced, AimHighestMomentum, AimRep}
	case sim.Actions[a].Target == sim.TargetRep:
		return []Aim{AimLowestMorale, AimLowestTrust, AimLowestSkill, AimLowestMomentum, AimLowestLeads,
			AimLeastExperienced, AimHighestMomentum, AimRep}
	}
	return []Aim{AimTeam}
}

// DefaultArg is a new slot's argument: reports on, a quota of 40.
func DefaultArg(a sim.ActionID) int32 {
	switch a {
	case sim.ActReports:
		return 1
	case sim.ActQuota:
		// The floor's first level (ui.QuotaLevels): Q sets the same quota
		// on the calendar as on the floor, and again cycles 60, 80, off. A
		// play-test's first Q here set 60 where the floor's sets 40.
		return 40
	}
	return 0
}

// Words says whom a slot aims at, for the player ("lowest morale", "Ana");
// "" for what the player does alone (calls, walking the floor).
func (s *Slot) Words(names []string) string {
	if s.Aim == AimTeam && (s.Action == sim.ActCalls || s.Action == sim.ActFloor) {
		return ""
	}
	if s.Aim == AimRep {
		if int(s.Rep) < len(names) {
			return names[s.Rep]
		}
		return fmt.Sprintf("rep %d", s.Rep)
	}
	return aims[s.Aim].words
}

func (s *Slot) target() policyfile.Target {
	a := aims[s.Aim]
	t := policyfile.Target{Kind: a.kind, Rep: s.Rep}
	if a.metric != "" {
		t.Metric = slices.Index(policyfile.RepMetricNames, a.metric)
	}
	return t
}

// same reports whether two slots do the same thing.
func (s Slot) same(o Slot) bool { return s == o }

// File is the week as a policy file: one timed rule for each hour's
// action, the weekdays that share it in one rule; the extra rules; then
// the fill, a standing rule.
func (w *Week) File() *policyfile.PolicyFile {
	if w.source != nil {
		return w.source
	}
	pf := &policyfile.PolicyFile{Name: w.Name, Events: w.Events}
	for h := 0; h < Hours; h++ {
		var done [Days]bool
		for d := 0; d < Days; d++ {
			s := w.Slots[d][h]
			if !s.Set || done[d] {
				continue
			}
			var mask uint8
			for e := d; e < Days; e++ {
				if w.Slots[e][h].Set && w.Slots[e][h].same(s) {
					mask |= 1 << e
					done[e] = true
				}
			}
			if mask == 1<<Days-1 {
				mask = 0 // every day
			}
			pf.Rules = append(pf.Rules, policyfile.Rule{At: h * sim.TicksPerHour, Days: mask, Timed: true,
				Action: s.Action, Target: s.target(), Arg: s.Arg})
		}
	}
	pf.Rules = append(pf.Rules, w.Extra...)
	if w.Fill != NoFill {
		pf.Rules = append(pf.Rules, policyfile.Rule{At: -1, Action: w.Fill, Target: policyfile.Target{Kind: policyfile.TTeam}})
	}
	return pf
}

// JSON is the week as a policy file's text.
func (w *Week) JSON() []byte { return policyfile.FormatPolicyFile(w.File()) }

// FromFile opens a policy file as a week: timed rules on the hour with no
// condition go on the calendar (a later rule for an hour already taken
// stays an extra rule), a last standing "calls" or "floor" for the team is
// the fill, and the rest are kept as extra rules.
func FromFile(pf *policyfile.PolicyFile) *Week {
	w := New(pf.Name)
	w.Events = pf.Events
	defer func() { w.source = pf }()
	rules := pf.Rules
	if n := len(rules); n > 0 {
		r := rules[n-1]
		if !r.Timed && r.Cond == nil && r.Target.Kind == policyfile.TTeam && (r.Action == sim.ActCalls || r.Action == sim.ActFloor) {
			w.Fill = r.Action
			rules = rules[:n-1]
		}
	}
	for _, r := range rules {
		if !w.place(r) {
			w.Extra = append(w.Extra, r)
		}
	}
	return w
}

// place puts a rule on the calendar if it is one the calendar can show.
func (w *Week) place(r policyfile.Rule) bool {
	if !r.Timed || r.Cond != nil || r.At < 0 || r.At%sim.TicksPerHour != 0 || r.EveryTicks != 0 || r.EveryDays > 1 {
		return false
	}
	s := Slot{Set: true, Action: r.Action, Arg: r.Arg, Rep: r.Target.Rep}
	s.Aim = numAims
	for a := Aim(0); a < numAims; a++ {
		x := aims[a]
		if x.kind == r.Target.Kind && (x.metric == "" || slices.Index(policyfile.RepMetricNames, x.metric) == r.Target.Metric) {
			s.Aim = a
			break
		}
	}
	if s.Aim == numAims {
		return false
	}
	if s.Aim != AimRep {
		s.Rep = 0
	}
	h := r.At / sim.TicksPerHour
	for d := 0; d < Days; d++ {
		if (r.Days == 0 || r.Days&(1<<d) != 0) && w.Slots[d][h].Set {
			return false // taken: the rule keeps its place among the extras
		}
	}
	for d := 0; d < Days; d++ {
		if r.Days == 0 || r.Days&(1<<d) != 0 {
			w.Slots[d][h] = s
		}
	}
	return true
}

// Parse reads a policy file's text as a week. A malformed file gets the
// policy file's error: the file, the field and the problem.
func Parse(file string, data []byte) (*Week, error) {
	pf, err := policyfile.ParsePolicyFile(file, data)
	if err != nil {
		return nil, err
	}
	return FromFile(pf), nil
}

// Check compiles the week as the lab would read it, once: the routine that
// runs is the file's own policy.
func (w *Week) Check() (*policyfile.PolicyFile, error) {
	return policyfile.ParsePolicyFile(w.Name+".json", w.JSON())
}

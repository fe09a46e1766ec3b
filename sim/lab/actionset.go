package lab

import (
	"fmt"
	"strings"

	"salesfloor/sim"
)

// ActionSet is a set of the twelve play actions: the actions a searched
// policy may use. Restricting a search to one style is how the lab asks
// what that style alone can do, the same question the commander and
// exemplar policies answer for the built-in heuristics.
type ActionSet uint16

// AllActions holds every play action.
const AllActions = ActionSet(1<<sim.NumPlayActions - 1)

// StyleActions is the set of one style's actions.
func StyleActions(s sim.Style) ActionSet {
	var set ActionSet
	for a := 0; a < sim.NumPlayActions; a++ {
		if sim.Actions[a].Style == s {
			set |= 1 << a
		}
	}
	return set
}

// Has reports whether a is in the set.
func (s ActionSet) Has(a sim.ActionID) bool { return a < sim.ActChoose && s&(1<<a) != 0 }

// List is the set's actions in action order.
func (s ActionSet) List() []sim.ActionID {
	var out []sim.ActionID
	for a := sim.ActionID(0); a < sim.ActChoose; a++ {
		if s.Has(a) {
			out = append(out, a)
		}
	}
	return out
}

// Names is the set's action names in action order.
func (s ActionSet) Names() []string {
	var out []string
	for _, a := range s.List() {
		out = append(out, a.Spec().Name)
	}
	return out
}

// Label names the set briefly: "all", "command", "example", or its actions
// joined by "+" (a policy name may not hold commas).
func (s ActionSet) Label() string {
	switch s {
	case AllActions:
		return "all"
	case StyleActions(sim.StyleCommand):
		return "command"
	case StyleActions(sim.StyleExample):
		return "example"
	}
	return strings.Join(s.Names(), "+")
}

// ParseActionSet reads a restriction: "all", "command", "example", an
// action name, or a comma list of any of them (their union). An unknown
// name or an empty result is an error saying which.
func ParseActionSet(arg string) (ActionSet, error) {
	var set ActionSet
	for _, part := range strings.Split(arg, ",") {
		part = strings.TrimSpace(part)
		switch part {
		case "":
			continue
		case "all":
			set |= AllActions
		case "command":
			set |= StyleActions(sim.StyleCommand)
		case "example":
			set |= StyleActions(sim.StyleExample)
		default:
			a, ok := sim.ActionByName(part)
			if !ok || a == sim.ActChoose {
				return 0, fmt.Errorf("%q is not an action (have all, command, example, %s)", part, actionList())
			}
			set |= 1 << a
		}
	}
	if set == 0 {
		return 0, fmt.Errorf("%q leaves no actions: name all, command, example or some of %s", arg, actionList())
	}
	return set, nil
}

// PolicyActions is the set of actions a policy file's rules use.
func PolicyActions(pf *PolicyFile) ActionSet {
	var set ActionSet
	for i := range pf.Rules {
		set |= 1 << pf.Rules[i].Action
	}
	return set
}

package lab

import (
	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// PolicyActions is the set of actions a policy file's rules use: what an
// evolved file may be checked against its restriction with.
func PolicyActions(pf *policyfile.PolicyFile) sim.ActionSet {
	var set sim.ActionSet
	for i := range pf.Rules {
		set |= 1 << pf.Rules[i].Action
	}
	return set
}

package session

import (
	"salesfloor/sim"
)

// A routine is the player's plan for the week, written in the lab's policy
// language (a policy file). It runs as ordinary commands: at each tick,
// before the world steps, it decides once, and what it decides goes
// through the driver, checked, logged and hashed like the player's own
// clicks, so a replay needs no routine to reproduce it. The player's
// actions come first: while they are busy the routine's due items wait
// (the policy file's own rule: until the player is free, the same day).

// Routine is the routine running in a session.
type Routine struct {
	Policy sim.Policy
	Label  string // the routine's name
	// Off pauses it: it decides nothing until it is on again.
	Off bool
	// AnswersEvents lets it answer the events' questions too, as the lab
	// does; in the game the player answers them.
	AnswersEvents bool
	// Skip drops the next n actions it takes (not its answers).
	Skip int
	// Taken counts the actions it took; Skipped those the player skipped.
	Taken, Skipped int
	// Last is the last action it took; Dropped the last it skipped.
	Last, Dropped sim.Command

	decidedAt int32 // the tick it last decided at: once a tick, as in the lab
}

var _ sim.Policy = (*Routine)(nil)

// DecidedAt reports whether the routine has decided at the tick given: an
// hour's slot at the tick the world stands at is still to come until it
// has.
func (r *Routine) DecidedAt(tick int32) bool { return r.decidedAt == tick }

// SetRoutine runs r from now on (nil: none).
func (s *Session) SetRoutine(r *Routine) {
	if r != nil {
		r.decidedAt = -1
	}
	s.Routine = r
	s.Version++
	s.QueueVer++
}

// runRoutine lets the routine decide at this tick, if it has not yet,
// through the driver's one decide-and-apply loop.
func (s *Session) runRoutine() {
	r := s.Routine
	if r == nil || r.Off || r.decidedAt == s.W.Tick || s.W.Done() {
		return
	}
	r.decidedAt = s.W.Tick
	n, skipped := len(s.d.Log()), r.Skipped
	_ = s.d.Decide(r) // a refused command is skipped, as in the lab
	if r.Skipped != skipped {
		s.Version++
		s.QueueVer++
		s.frame.Skipped++
	}
	for _, c := range s.d.Log()[n:] {
		s.Version++
		if c.Action != sim.ActChoose {
			r.Taken++
			r.Last = c
			s.frame.Routine++
		}
	}
}

// Name implements sim.Policy.
func (r *Routine) Name() string { return r.Label }

// Decide implements sim.Policy: the file's decisions, less the answers
// the player gives and the actions the player skipped.
func (r *Routine) Decide(w *sim.World, buf []sim.Command) []sim.Command {
	start := len(buf)
	buf = r.Policy.Decide(w, buf)
	out := buf[:start]
	for _, c := range buf[start:] {
		switch {
		case c.Action == sim.ActChoose && !r.AnswersEvents:
		case c.Action != sim.ActChoose && r.Skip > 0:
			r.Skip--
			r.Skipped++
			r.Dropped = c
		default:
			out = append(out, c)
		}
	}
	return out
}

// Fork implements sim.Policy.
func (r *Routine) Fork() sim.Policy {
	f := *r
	f.Policy = r.Policy.Fork()
	return &f
}

package session

import "salesfloor/sim"

// A campaign's quarters follow each other on one world. Between two the
// world stands in a break: the player hires, promotes and lets go with
// Do (sim.ActHire, sim.ActPromote, sim.ActLetGo), and NextQuarter starts
// the next quarter with the team as they left it.

// NextQuarter ends the break and starts the next quarter.
func (s *Session) NextQuarter() error {
	return s.Do(sim.ActNextQuarter, sim.TeamTarget, 0)
}

// newQuarter starts the game's record of a new quarter: the notices, talks
// and floating texts were about the last quarter's floor (whose reps may
// have left, so their indices name others now), and the queue was for its
// hours. The routine, if any, carries on: it decides again from the first
// tick.
func (s *Session) newQuarter() {
	s.Notices = s.Notices[:0]
	s.Feedback = s.Feedback[:0]
	s.threatKnocks = [sim.MaxReps][2]sim.CauseAmount{}
	s.lowThreat = [sim.MaxReps]bool{}
	s.talks = [len(s.talks)]talkSeen{}
	s.nTalks = 0
	s.Queue = s.Queue[:0]
	s.QueueVer++
	s.QuarterLog = s.W.Events.NLog
	if s.Routine != nil {
		s.Routine.decidedAt = -1
	}
	s.noteCalendar()
}

// Campaign reports whether the game is a campaign of more than one quarter.
func (s *Session) Campaign() bool { return s.W.Year.Quarters > 1 }

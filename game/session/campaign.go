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

// JoinKind says how a rep came to join the team after the year began.
type JoinKind uint8

const (
	JoinEvent  JoinKind = iota // an event's new hire, during a quarter (sim.HapHire)
	JoinBreak                  // hired at a break, from its candidates
	JoinSeason                 // came with a campaign's season as a quarter began (a merger's floor)
)

// Joined is one rep who joined the team after the year began.
type Joined struct {
	Name    string
	Quarter int32 // the quarter they joined in, 0-based
	How     JoinKind
}

// TeamRecord is what the game saw of the team's comings and goings that
// the world does not keep: a new quarter drops the reps who left and those
// let go, and the count of a quarter's event hires starts again, so the
// world alone cannot say who joined over a year.
type TeamRecord struct {
	Joined []Joined // everyone who joined after the year began, in order
	LetGo  int      // the reps let go at the breaks
	// Known: the record covers the whole game. A session made from a world
	// already under way (a replay's) knows only what it saw; a loaded save
	// recalls its past (LoadSession).
	Known bool
}

// Count is how many joined in each way.
func (t *TeamRecord) Count(how JoinKind) int {
	n := 0
	for _, j := range t.Joined {
		if j.How == how {
			n++
		}
	}
	return n
}

// breakRoster is the break as it stands before a command: how many reps
// stay (a new quarter keeps them first, in order), whom the break hired,
// and how many are let go.
type breakRoster struct {
	staying int
	hired   []string
	letGo   int
}

func (s *Session) breakRoster() breakRoster {
	w := s.W
	var b breakRoster
	if !w.Year.Planning {
		return b
	}
	for i := range w.Reps {
		switch r := &w.Reps[i]; {
		case r.Gone:
		case r.LetGo:
			b.letGo++
		default:
			b.staying++
		}
	}
	for i := int32(0); i < w.Year.NCandidates; i++ {
		if c := &w.Year.Candidates[i]; c.Hired {
			b.hired = append(b.hired, c.Name)
		}
	}
	return b
}

// apply applies a command and follows a new quarter: the break's hires and
// a season's joiners are the reps after those who stayed.
func (s *Session) apply(c sim.Command) error {
	q := s.W.Year.Quarter
	b := s.breakRoster()
	if err := s.d.Apply(c); err != nil {
		return err
	}
	if s.W.Year.Quarter == q {
		return nil
	}
	s.Team.LetGo += b.letGo
	for i := b.staying; i < len(s.W.Reps); i++ {
		j := Joined{Name: s.W.Reps[i].Name, Quarter: s.W.Year.Quarter, How: JoinSeason}
		for _, h := range b.hired {
			if h == j.Name {
				j.How = JoinBreak
			}
		}
		s.Team.Joined = append(s.Team.Joined, j)
	}
	s.newQuarter()
	return nil
}

// Campaign reports whether the game is a campaign of more than one quarter.
func (s *Session) Campaign() bool { return s.W.Year.Quarters > 1 }

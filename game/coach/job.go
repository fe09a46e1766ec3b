package coach

import (
	"fmt"

	"salesfloor/sim"
)

// DefaultBudget is the expert's search budget on the report: budget 1 plays
// a quarter in about 0.6 s of native CPU, a few seconds in a browser.
const DefaultBudget = 1

// ReplayTicksPerUnit is how many ticks of the player's replay count as one
// unit of Work, about the cost of one of the expert's rollouts.
const ReplayTicksPerUnit = 64

// Result is the report's comparison of the player's quarter with the
// expert's.
type Result struct {
	You, Expert Facts
	// Diffs are the three largest differences in what it did.
	Diffs []Difference
	// Err says why the player's quarter could not be replayed (a save from
	// an older game, say); You is then read from the final world alone and
	// there are no Diffs.
	Err error
	// NoExpert: the replay stopped before the quarter's start, so the
	// expert had no team to take over and did not play.
	NoExpert bool
}

// Job computes the report's comparison a slice at a time: first the
// player's play is replayed from its log (the final world forgets the
// check-ins and how long standing orders stayed on), then the expert plays
// the same quarter. In a campaign the expert takes over the team the
// player brought to the quarter: the replay's world at the quarter's start.
type Job struct {
	you    *Replay
	expert *ExpertQuarter // nil until the replay reaches the quarter's start
	ecfg   sim.ExpertConfig
	start  int64      // the campaign position of the quarter's start
	final  *sim.World // the player's final world
	want   uint64     // and its hash
	result *Result
}

// NewJob starts the comparison for the player's finished (or current)
// world w and its command log, with an expert of the given search budget.
func NewJob(w *sim.World, log []sim.Command, budget int) (*Job, error) {
	cfg := ConfigOf(w)
	you, err := NewReplay(cfg, log)
	if err != nil {
		return nil, err
	}
	ecfg := sim.ExpertConfig{Budget: budget, Allow: sim.AllActions, Seed: w.Seed}
	if _, err := sim.NewExpert(ecfg); err != nil {
		return nil, err
	}
	return &Job{you: you, ecfg: ecfg, start: sim.Pos(w.Year.Quarter, 0), final: w, want: w.Hash()}, nil
}

// Work does up to n units (rollouts of the expert's search, or
// ReplayTicksPerUnit ticks of the replay) and reports whether the job is
// done.
func (j *Job) Work(n int) bool {
	if j.result != nil {
		return true
	}
	if j.expert == nil {
		if !j.you.WorkTo(j.start, n*ReplayTicksPerUnit) {
			return false
		}
		if j.you.Err() != nil {
			j.finish()
			return true
		}
		ex, err := NewExpertQuarterFrom(j.you.W.Clone(), j.ecfg)
		if err != nil {
			j.you.err = err
			j.finish()
			return true
		}
		j.expert = ex
		return false
	}
	if j.you.W.Pos() < j.final.Pos() && j.you.Err() == nil {
		if j.you.WorkTo(j.final.Pos(), n*ReplayTicksPerUnit) && j.you.Err() == nil {
			j.you.ApplyAt()
		}
		return false
	}
	if !j.expert.Work(n) {
		return false
	}
	j.finish()
	return true
}

func (j *Job) finish() {
	r := &Result{}
	if j.expert != nil {
		r.Expert = j.expert.Facts()
	}
	switch {
	case j.you.Err() != nil:
		r.Err = j.you.Err()
	case j.you.W.Hash() != j.want:
		r.Err = fmt.Errorf("replaying the quarter: it ends in another state (%s, not %s)",
			sim.HashHex(j.you.W.Hash()), sim.HashHex(j.want))
	}
	if r.Err != nil {
		var t Tracker
		t.Observe(j.final)
		r.You = FactsOf(j.final, &t)
	} else {
		r.You = j.you.Facts()
		r.Diffs = Compare(&r.Expert, &r.You, 3)
	}
	r.NoExpert = j.expert == nil
	j.result = r
}

// Done reports whether the comparison is ready.
func (j *Job) Done() bool { return j.result != nil }

// Progress is the share of the work done, 0..1: the replay is a small
// first part, the expert's quarter the rest.
func (j *Job) Progress() float64 {
	if j.result != nil {
		return 1
	}
	const replay = 0.05
	done := replay * float64(j.you.W.Pos()) / float64(max(j.final.Pos(), 1))
	if j.expert != nil {
		done += (1 - replay) * j.expert.Progress()
	}
	return done
}

// Result is the comparison, or nil until Done.
func (j *Job) Result() *Result { return j.result }

// Expert is the expert's quarter being played (for charts drawn while it
// plays, and tests).
func (j *Job) Expert() *ExpertQuarter { return j.expert }

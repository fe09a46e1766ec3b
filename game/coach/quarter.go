package coach

import (
	"fmt"

	"salesfloor/sim"
)

// ConfigOf is the configuration a world was made from, so that the expert
// plays the very quarter the player played: the same scenario, difficulty,
// seed (and so the same event calendar) and model parameters.
func ConfigOf(w *sim.World) sim.Config {
	p := w.P
	return sim.Config{Scenario: w.Scenario, Seed: w.Seed, Difficulty: w.Difficulty, Params: &p, Quarters: int(w.Year.Quarters)}
}

// ExpertQuarter plays a quarter with the expert a slice at a time, so that
// the game can compute it between frames (in a browser, where a goroutine
// doing heavy work would block the frames, as well as on the desktop). It
// decides exactly as sim.Expert.Decide does inside sim.Run, and so reaches
// the same final state.
type ExpertQuarter struct {
	W     *sim.World
	Track Tracker

	d         *sim.Driver
	e         *sim.Expert
	s         sim.Search
	searching bool
	waitUntil int32 // the expert chose to wait: it decides again at this tick
}

// NewExpertQuarter starts the expert's quarter on cfg.
func NewExpertQuarter(cfg sim.Config, ecfg sim.ExpertConfig) (*ExpertQuarter, error) {
	w, err := sim.NewWorld(cfg)
	if err != nil {
		return nil, err
	}
	e, err := sim.NewExpert(ecfg)
	if err != nil {
		return nil, err
	}
	return expertOn(w, e), nil
}

// NewExpertQuarterFrom starts the expert's play of the quarter w stands at
// the start of: in a campaign, the team the player brought to it. w becomes
// the expert's.
func NewExpertQuarterFrom(w *sim.World, ecfg sim.ExpertConfig) (*ExpertQuarter, error) {
	e, err := sim.NewExpert(ecfg)
	if err != nil {
		return nil, err
	}
	return expertOn(w, e), nil
}

func expertOn(w *sim.World, e *sim.Expert) *ExpertQuarter {
	q := &ExpertQuarter{W: w, e: e, d: sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})}
	sim.InitSearch(&q.s, e)
	q.Track.Observe(w)
	return q
}

// Log is the expert's commands so far.
func (q *ExpertQuarter) Log() []sim.Command { return q.d.Log() }

// Done reports whether the quarter is over.
func (q *ExpertQuarter) Done() bool { return q.W.Done() }

// Progress is the share of the quarter played, 0..1.
func (q *ExpertQuarter) Progress() float64 {
	return float64(q.W.Tick) / sim.TicksPerQuarter
}

// Work plays on for at most n rollouts of the search (the ticks between
// decisions cost next to nothing) and reports whether the quarter is over.
func (q *ExpertQuarter) Work(n int) bool {
	w := q.W
	for !w.Done() {
		if !q.searching {
			_, _, pending := w.PendingEvent()
			if !pending && (w.Player.Busy > 0 || w.Tick < q.waitUntil) {
				q.step()
				continue
			}
			if n <= 0 {
				return false
			}
			q.s.Start(w)
			q.searching = true
		}
		// One rollout at a time, so that the slice is charged exactly.
		done := false
		for ; n > 0 && !done; n-- {
			done = q.s.Step(1)
		}
		if !done {
			return false
		}
		q.searching = false
		sug := q.s.Result()
		if sug.Choice >= 0 {
			q.apply(sim.Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: sim.ActChoose, Target: sim.TeamTarget, Arg: sug.Choice})
		}
		if sug.Wait {
			q.waitUntil = (w.Tick/sim.TicksPerHour + 1) * sim.TicksPerHour
		} else if sug.HasAction {
			q.apply(sug.Command)
		}
		q.step()
	}
	return true
}

func (q *ExpertQuarter) apply(c sim.Command) { _ = q.d.Apply(c) }

func (q *ExpertQuarter) step() {
	q.d.Step(1)
	q.Track.Observe(q.W)
}

// Facts are the expert's quarter's facts; meaningful once Done.
func (q *ExpertQuarter) Facts() Facts { return FactsOf(q.W, &q.Track) }

// Replay replays a command log on a fresh world a slice at a time, watching
// it with a Tracker: how the game learns, for a quarter the player has
// finished (or loaded from a save), what its final world forgets. In a
// campaign it replays the quarters before and the breaks between them too;
// the Tracker watches only the quarter under way.
type Replay struct {
	W     *sim.World
	Track Tracker
	d     *sim.Driver
	log   []sim.Command
	next  int
	err   error
}

// NewReplay starts replaying log on cfg.
func NewReplay(cfg sim.Config, log []sim.Command) (*Replay, error) {
	w, err := sim.NewWorld(cfg)
	if err != nil {
		return nil, err
	}
	r := &Replay{W: w, log: log, d: sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})}
	r.Track.Observe(w)
	return r, nil
}

// WorkTo replays up to n ticks toward the campaign position until (see
// sim.Pos), applying the commands stamped before it, and reports whether
// the replay is over: at until (whose own commands are not yet applied;
// see ApplyAt), or stopped by a command the world refused (see Err).
func (r *Replay) WorkTo(until int64, n int) bool {
	w := r.W
	for r.err == nil && w.Pos() < until {
		for r.next < len(r.log) && sim.Pos(r.log[r.next].Quarter, r.log[r.next].Tick) == w.Pos() {
			if !r.apply() {
				return true
			}
			if w.Pos() >= until {
				return true
			}
		}
		if w.Done() { // the campaign's end, or a break the log does not leave
			r.err = fmt.Errorf("replaying the campaign: the log stops at the end of quarter %d", w.Year.Quarter+1)
			return true
		}
		if n <= 0 {
			return false
		}
		r.d.Step(1)
		r.Track.Observe(w)
		n--
	}
	return true
}

// Work replays up to n ticks of the quarter under way and reports whether
// it is over (or the replay stopped; see Err).
func (r *Replay) Work(n int) bool {
	return r.WorkTo(sim.Pos(r.W.Year.Quarter, sim.TicksPerQuarter), n)
}

// ApplyAt applies the log's commands stamped at the world's position (the
// player's decisions in the moment the replay stopped at).
func (r *Replay) ApplyAt() {
	w := r.W
	for r.err == nil && r.next < len(r.log) && sim.Pos(r.log[r.next].Quarter, r.log[r.next].Tick) == w.Pos() {
		r.apply()
	}
}

// apply applies the next command of the log; a new quarter starts the
// Tracker afresh.
func (r *Replay) apply() bool {
	q := r.W.Year.Quarter
	if err := r.d.Apply(r.log[r.next]); err != nil {
		r.err = fmt.Errorf("replaying the quarter: command %d (%v) refused: %w", r.next, r.log[r.next], err)
		return false
	}
	r.next++
	if r.W.Year.Quarter != q {
		r.Track = Tracker{}
		r.Track.Observe(r.W)
	}
	return true
}

// Err is why the replay stopped early, if it did.
func (r *Replay) Err() error { return r.err }

// Facts are the replayed quarter's facts.
func (r *Replay) Facts() Facts { return FactsOf(r.W, &r.Track) }

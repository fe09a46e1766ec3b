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
	return sim.Config{Scenario: w.Scenario, Seed: w.Seed, Difficulty: w.Difficulty, Params: &p}
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
	q := &ExpertQuarter{W: w, e: e, d: sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})}
	sim.InitSearch(&q.s, e)
	q.Track.Observe(w)
	return q, nil
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
// finished (or loaded from a save), what its final world forgets.
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

// Work replays up to n ticks and reports whether the replay is over: the
// quarter's end, or a command the world refused (see Err).
func (r *Replay) Work(n int) bool {
	w := r.W
	for ; n > 0 && !w.Done() && r.err == nil; n-- {
		for r.next < len(r.log) && r.log[r.next].Tick == w.Tick {
			if err := r.d.Apply(r.log[r.next]); err != nil {
				r.err = fmt.Errorf("replaying the quarter: command %d (%v) refused: %w", r.next, r.log[r.next], err)
				return true
			}
			r.next++
		}
		r.d.Step(1)
		r.Track.Observe(w)
	}
	return w.Done() || r.err != nil
}

// Err is why the replay stopped early, if it did.
func (r *Replay) Err() error { return r.err }

// Facts are the replayed quarter's facts.
func (r *Replay) Facts() Facts { return FactsOf(r.W, &r.Track) }

package game

import (
	"errors"

	"salesfloor/game/coach"
	"salesfloor/game/routine"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/synth"
	"salesfloor/sim"
)

// games owns the game in play: its session, its saves (the autosave among
// them), and what a frame of play brings besides the floor's floating
// texts: the chime for deals, the autosave at a day's end, the toast and
// ring of an event.
type games struct {
	files  store.FS
	s      *session.Session
	turbo  int    // ticks a frame for scripts; 0 plays at the session's speed
	seed   uint64 // the seed of new games, from the command line; 0: the clock
	sound  *sound
	toasts *toasts
	// week is the player's routine, kept in routineFile beside the saves,
	// and played in every game unless weekOff.
	week    *routine.Week
	weekOff bool
	// best is the player's table of best results (best.go).
	best store.Best
}

// routineFile is where the routine is kept: a policy file, so that
// "simulate -policy" plays it as it is.
const routineFile = "routine.json"

// loadWeek reads the routine. A missing file is an empty week; a bad one
// is said (file, field, problem) and leaves the routine as it was.
func (g *games) loadWeek() error {
	data, err := g.files.ReadFile(routineFile)
	if err != nil {
		if g.week == nil {
			g.week = routine.New("My week")
		}
		return nil
	}
	w, err := routine.Parse(routineFile, data)
	if err != nil {
		if g.week == nil {
			g.week = routine.New("My week")
		}
		return err
	}
	g.week = w
	g.attach()
	return nil
}

// saveWeek keeps the routine and plays it from now on.
func (g *games) saveWeek() error {
	g.attach()
	return g.files.WriteFile(routineFile, g.week.JSON())
}

// attach plays the routine in the game in play, from this tick: compiled
// once, as the lab reads it.
func (g *games) attach() {
	if g.s == nil {
		return
	}
	if g.week == nil || g.week.Empty() {
		g.s.SetRoutine(nil)
		return
	}
	pf, err := g.week.Check()
	if err != nil {
		g.toasts.say("Routine: " + err.Error())
		return
	}
	g.s.SetRoutine(&session.Routine{Policy: pf.Policy(), Label: g.week.Name, Off: g.weekOff})
}

// set makes s the game in play (nil: none).
func (g *games) set(s *session.Session) {
	g.s = s
	if s != nil {
		s.Turbo = g.turbo
		g.attach()
	}
}

func (g *games) setTurbo(n int) {
	g.turbo = n
	if g.s != nil {
		g.s.Turbo = n
	}
}

// play runs a frame of the game and marks what it brought. The game is
// saved at each day's end, the quarter's end among them.
func (g *games) play() session.Moments {
	m := g.s.Update()
	if m.Deals > 0 {
		g.sound.play(synth.SoundChime)
	}
	if m.DaysEnded > 0 || (m.Ticks > 0 && g.s.W.Done()) {
		g.autosave()
	}
	hire := newHire(g.s, m)
	switch {
	case m.Event >= 0 && hire != "":
		g.toasts.sayEvent(g.s.LastEventTitle()+": "+hire, g.s.W.Tick)
	case m.Event >= 0 && g.s.LastEventUnhired():
		// A hire with every desk taken: the title alone promised a rep.
		g.toasts.sayEvent(g.s.LastEventTitle()+": every desk is taken, nobody joins", g.s.W.Tick)
	case m.Event >= 0:
		g.toasts.sayEvent(g.s.LastEventTitle(), g.s.W.Tick)
	case hire != "":
		g.toasts.sayEvent(hire, g.s.W.Tick)
	}
	if m.Event >= 0 || hire != "" {
		g.sound.play(synth.SoundRing)
	}
	return m
}

// newHire is the title of the newest hire among the frame's notices ("Priya
// joins the team"), or "": a rep joining mid-quarter (an event's free hire)
// is news the floor announces, not only a line in Recent events.
func newHire(s *session.Session, m session.Moments) string {
	if n := s.NewestFresh(m, func(n *session.Notice) bool { return n.Kind == session.NoticeHire }); n != nil {
		return n.Title
	}
	return ""
}

// autosave writes the autosave slot, and says so if it cannot.
func (g *games) autosave() {
	if g.s == nil {
		return
	}
	if err := g.saveTo(store.AutoSlot); err != nil {
		g.toasts.say("Autosave failed: " + err.Error())
	}
}

// saveTo writes the game to a slot.
func (g *games) saveTo(slot string) error {
	data, err := g.s.SaveBytes()
	if err != nil {
		return err
	}
	return g.files.WriteFile(store.SlotFile(slot), data)
}

// stamp is the moment of the game a hint is asked at: any command or tick
// moves it.
func (g *games) stamp() coach.Stamp {
	s := g.s
	return coach.Stamp{W: s.W, Tick: s.W.Tick, Version: s.Version, Commands: len(s.Log())}
}

// LoadSlot reads a session from a slot through the store.
func LoadSlot(f store.FS, slot string, backup bool) (*session.Session, error) {
	return store.Load(f, slot, backup, session.LoadSession, func(err error) bool {
		return errors.Is(err, sim.ErrForeignSave)
	})
}

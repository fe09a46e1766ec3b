package session

import (
	"errors"
	"fmt"
	"strconv"

	"salesfloor/sim"
)

// MaxQueue bounds the actions waiting for the player to be free: a day
// holds at most eight hours of them.
const MaxQueue = 8

// Queued is an action the player chose while busy with another.
type Queued struct {
	Action sim.ActionID
	Target int32
	Arg    int32
}

// Enqueue adds an action to take as soon as the player is free. It goes
// through the driver then, checked, logged and hashed like any command, at
// the tick it is taken.
func (s *Session) Enqueue(a sim.ActionID, target, arg int32) error {
	if len(s.Queue) >= MaxQueue {
		return fmt.Errorf("the queue is full (%d actions)", MaxQueue)
	}
	if err := s.RefusedWhenFree(a, target, arg); err != nil {
		return err
	}
	s.Queue = append(s.Queue, Queued{Action: a, Target: target, Arg: arg})
	s.Version++
	s.QueueVer++
	return nil
}

// RefusedWhenFree refuses a standing order already changed today, or one there is
// no authority left to give, which the world would refuse the same way once
// the player is free ("not again today"), rather than queue it to be
// dropped: a play-test queued one, read
// "Queued: ... It starts as soon as you are free", and found it dropped.
// The check runs on a copy of the world with the player free and the
// queue's orders given, never on the world itself.
func (s *Session) RefusedWhenFree(a sim.ActionID, target, arg int32) error {
	if a >= sim.ActChoose || sim.Actions[a].Style != sim.StyleCommand {
		return nil
	}
	// The orders already queued go first, as they will: a play-test pressed
	// R twice while busy, and the second, checked against the world alone,
	// was queued and dropped "not again today" when its turn came.
	free := s.W.Clone()
	for _, q := range s.Queue {
		free.Player.Busy = 0
		_ = free.Apply(sim.Command{Tick: free.Tick, Quarter: free.Year.Quarter, Action: q.Action, Target: q.Target, Arg: q.Arg})
	}
	free.Player.Busy = 0
	c := sim.Command{Tick: free.Tick, Quarter: free.Year.Quarter, Action: a, Target: target, Arg: arg}
	err := free.Check(c)
	if !errors.Is(err, sim.ErrTooSoon) && !errors.Is(err, sim.ErrNoAuthority) {
		return nil
	}
	if q, ok := s.queuedOrder(a); ok && errors.Is(err, sim.ErrTooSoon) {
		// Refused only because an order of the queue's changes it first:
		// "reports for everyone were changed today" is false while that
		// change still waits (a play-test read it so), so say it waits.
		alone := s.W.Clone()
		alone.Player.Busy = 0
		if !errors.Is(alone.Check(sim.Command{Tick: alone.Tick, Quarter: alone.Year.Quarter, Action: a, Target: target, Arg: arg}), sim.ErrTooSoon) {
			return &sim.CommandError{Command: c, Err: sim.ErrTooSoon, Detail: fmt.Sprintf(
				"your queue already changes this order today (%s: %s); an order that changes by the hour is noise",
				sim.Actions[q.Action].Title, OrderText(s.W, q.Action, q.Target, q.Arg))}
		}
	}
	return err
}

// queuedOrder is the last queued order of the kind a (status reports or
// the dial quota), if any.
func (s *Session) queuedOrder(a sim.ActionID) (Queued, bool) {
	for i := len(s.Queue) - 1; i >= 0; i-- {
		if s.Queue[i].Action == a {
			return s.Queue[i], true
		}
	}
	return Queued{}, false
}

// OrderText says what a standing order is set to: "all on", "Ana off",
// "60 a day", "off".
func OrderText(w *sim.World, a sim.ActionID, target, arg int32) string {
	if a == sim.ActQuota {
		if arg == 0 {
			return "off"
		}
		return strconv.Itoa(int(arg)) + " a day"
	}
	who := "all"
	if target >= 0 && int(target) < len(w.Reps) {
		who = w.Reps[target].Name
	}
	if arg == 0 {
		return who + " off"
	}
	return who + " on"
}

// ClearQueue drops every queued action.
func (s *Session) ClearQueue() {
	if len(s.Queue) > 0 {
		s.Queue = s.Queue[:0]
		s.Version++
		s.QueueVer++
	}
}

// runQueue takes the first queued action if the player is free. One that
// can no longer be taken (the day is too short now, its rep has left) is
// dropped, and the player told why.
func (s *Session) runQueue() {
	for len(s.Queue) > 0 && s.W.Player.Busy == 0 && !s.Waiting() {
		q := s.Queue[0]
		s.Queue = append(s.Queue[:0], s.Queue[1:]...)
		s.Version++
		s.QueueVer++
		if err := s.Do(q.Action, q.Target, q.Arg); err != nil {
			s.notice(Notice{Tick: -1, Kind: NoticeDropped, Rep: q.Target,
				Title: "Queued " + sim.Actions[q.Action].Title + " dropped: " + Reason(err)})
			continue
		}
		s.QueueStarted = q
		s.frame.Queued++
		return
	}
}

package session

import (
	"errors"
	"fmt"

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
	if err := free.Check(c); errors.Is(err, sim.ErrTooSoon) || errors.Is(err, sim.ErrNoAuthority) {
		return err
	}
	return nil
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

package game

import (
	"time"

	"salesfloor/game/ui"
)

// A screen that closes a stretch of play (the quarter's report, the break)
// waits for Enter to be quiet before it takes it: half a second, and at
// least 30 updates, since it appeared or since the last Enter. A player
// pressing Enter on and on as the quarter closes would otherwise run
// straight through the report and the break into the next quarter,
// throwing away a hire the break offered, without reading either.
//
// Two play-tests shaped it. A fixed window per screen was not enough: six
// presses in a second outlasted two half seconds. And a count of updates
// alone was not either: a game that fell behind (a busy machine, the
// quarter's last ticks at 8x) runs its missed updates back to back to
// catch up, thirty of them in a tenth of a second, so the wait is also
// measured on the clock. A click is never held back: it is aimed.
const (
	settleFrames = 30
	settleTime   = 500 * time.Millisecond
)

// settleNow is settle's clock; tests replace it to step time with frames.
var settleNow = time.Now

// settle is a screen's wait for Enter to be quiet.
type settle struct {
	quiet int       // updates since the screen appeared or the last Enter
	since time.Time // when it appeared, or the last Enter came
	done  bool      // Enter has been quiet long enough: no more waiting
}

// hold drops Enter from in while the screen is settling, restarting the
// wait when Enter was pressed. It is called first in the screen's Update,
// before anything reads the input.
func (s *settle) hold(in *ui.Input) {
	if s.done {
		return
	}
	now := settleNow()
	if s.since.IsZero() {
		s.since = now
	}
	s.quiet++
	settled := s.quiet > settleFrames && now.Sub(s.since) >= settleTime
	if settled {
		s.done = true
		return
	}
	if in.Key(ui.NavActivate) {
		in.ConsumeKey(ui.NavActivate)
		s.quiet, s.since = 0, now
	}
}

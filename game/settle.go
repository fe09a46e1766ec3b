package game

import (
	"time"

	"salesfloor/game/ui"
)

// settleTime is how long a screen that closes a stretch of play (the
// quarter's report, the break) waits for Enter to be quiet before it takes
// it, since it appeared or since the last Enter. A player pressing Enter on
// and on as the quarter closes would otherwise run straight through the
// report and the break into the next quarter, throwing away a hire the
// break offered, without reading either.
//
// Play-tests and the browser test shaped it. A fixed window per screen was
// not enough: six presses in a second outlasted two half seconds. The wait
// is on the clock, not in updates: a game that fell behind (a busy
// machine, the quarter's last ticks at 8x) runs its missed updates back to
// back to catch up, thirty in a tenth of a second, and a browser drawing
// in software at 7 frames a second takes four seconds over thirty. A click
// is never held back: it is aimed.
const settleTime = 500 * time.Millisecond

// settleNow is settle's clock; tests replace it to step time with frames.
var settleNow = time.Now

// noticeSettle is a notice's shorter wait (see noticeDialog): it
// interrupts play rather than closing it, and a player who has read its
// title in a quarter of a second may take it with a single Enter.
const noticeSettle = 250 * time.Millisecond

// settle is a screen's wait for Enter to be quiet.
type settle struct {
	wait   time.Duration // how long; 0 is settleTime
	seen   bool          // drawAt is set
	drawAt int           // the frames drawn when the screen first updated
	since  time.Time     // when it was first drawn, or the last Enter came
	done   bool          // Enter has been quiet long enough: no more waiting
}

// hold drops Enter from in while the screen is settling, restarting the
// wait when Enter was pressed; drawn is the count of frames drawn so far.
// It is called first in the screen's Update, before anything reads the
// input.
func (s *settle) hold(in *ui.Input, drawn int) {
	if s.done {
		return
	}
	if !s.seen {
		s.seen, s.drawAt = true, drawn
	}
	now := settleNow()
	if s.since.IsZero() && drawn > s.drawAt {
		s.since = now // on the screen from now
	}
	wait := s.wait
	if wait == 0 {
		wait = settleTime
	}
	if !s.since.IsZero() && now.Sub(s.since) >= wait {
		s.done = true
		return
	}
	if in.Key(ui.NavActivate) {
		in.ConsumeKey(ui.NavActivate)
		if !s.since.IsZero() {
			s.since = now
		}
	}
}

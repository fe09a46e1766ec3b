package game

import "salesfloor/game/ui"

// settleFrames is how long a screen that closes a stretch of play (the
// quarter's report, the break) waits for Enter to be quiet before it takes
// it: half a second at Ebiten's 60 updates a second. A player pressing
// Enter on and on as the quarter closes would otherwise run straight
// through the report and the break into the next quarter, throwing away
// a hire the break offered, without reading either. A fixed window per
// screen was not enough: a play-test's six presses in a second outlasted
// two half seconds. A click is never held back: it is aimed.
const settleFrames = 30

// settle counts a screen's updates since it appeared, or since the last
// Enter pressed while it was settling; until half a second has passed
// without one, Enter is dropped.
type settle struct{ quiet int }

// hold drops Enter from in while the screen is settling, restarting the
// wait when Enter was pressed, and counts the update. It is called first
// in the screen's Update, before anything reads the input.
func (s *settle) hold(in *ui.Input) {
	if s.quiet >= settleFrames {
		return
	}
	s.quiet++
	if in.Key(ui.NavActivate) {
		in.ConsumeKey(ui.NavActivate)
		s.quiet = 0
	}
}

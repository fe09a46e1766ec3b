package game

import "salesfloor/game/ui"

// settleFrames is how long a screen that closes a stretch of play (the
// quarter's report, the break) ignores Enter after it appears: half a
// second at Ebiten's 60 updates a second. A player still pressing Enter
// through the quarter's last notices would otherwise run straight through
// the report and the break into the next quarter without reading either.
// A click is never held back: it is aimed.
const settleFrames = 30

// settle counts a screen's first updates; until it is done, Enter is
// dropped.
type settle struct{ frames int }

// hold drops Enter from in while the screen is settling, and counts the
// update. It is called first in the screen's Update, before anything reads
// the input.
func (s *settle) hold(in *ui.Input) {
	if s.frames < settleFrames {
		s.frames++
		in.ConsumeKey(ui.NavActivate)
	}
}

package game

import (
	"time"
)

// The coach's searches are heavy (a quarter of the expert's play is about a
// second of CPU natively, several in a browser) and must not drop frames.
// A goroutine will not do: in a browser the game is single-threaded and a
// busy goroutine blocks the frames just the same. So the work is cut in
// small pieces and each frame runs pieces for a few milliseconds of Update.
const (
	// hintSlice is a frame's time for a hint: the floor stays responsive.
	hintSlice = 4 * time.Millisecond
	// reportSlice is a frame's time for the expert's quarter on the
	// report, a static screen with little else to draw.
	reportSlice = 8 * time.Millisecond
	// slicePiece is the work done between looks at the clock: a couple of
	// rollouts, some tens of microseconds natively.
	slicePiece = 2
)

// worker runs the coach's work a slice per drawn frame.
type worker struct {
	draws    int // frames drawn
	workedAt int // the value of draws when the work last ran
}

// slice runs work in pieces for at most d, once per drawn frame: when
// Ebiten runs several Updates before a Draw to catch up, only the first
// works, so that a slow frame does not make the next one slower. It
// reports whether the work is done.
func (w *worker) slice(d time.Duration, work func(n int) bool) bool {
	if w.workedAt == w.draws && w.draws > 0 {
		return false
	}
	w.workedAt = w.draws
	start := timeNow()
	for {
		if work(slicePiece) {
			return true
		}
		if timeNow().Sub(start) >= d {
			return false
		}
	}
}

// busyScene is a scene with work in progress (a hint being thought, the
// expert's quarter being played): scripts wait for it before a screenshot.
type busyScene interface {
	busy(ctx *Ctx) bool
}

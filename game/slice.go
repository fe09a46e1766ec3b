package game

import (
	"time"

	"salesfloor/game/coach"
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

// slice runs work in pieces for at most d, once per drawn frame: when
// Ebiten runs several Updates before a Draw to catch up, only the first
// works, so that a slow frame does not make the next one slower. It
// reports whether the work is done.
func (a *App) slice(d time.Duration, work func(n int) bool) bool {
	if a.workedAt == a.draws && a.draws > 0 {
		return false
	}
	a.workedAt = a.draws
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
	busy(a *App) bool
}

// Busy reports whether the current scene has work in progress.
func (a *App) Busy() bool {
	b, ok := a.scene.(busyScene)
	return ok && b.busy(a)
}

// stamp is the moment of the game a hint is asked at: any command or tick
// moves it.
func (a *App) stamp() coach.Stamp {
	s := a.Session
	return coach.Stamp{W: s.W, Tick: s.W.Tick, Version: s.Version, Commands: len(s.Log())}
}

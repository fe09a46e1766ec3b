package game_test

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game"
	"salesfloor/game/core"
	"salesfloor/sim"
)

func benchApp(b *testing.B) *game.App {
	a, _ := newApp(b, "")
	if err := a.NewGame("default", sim.Normal, 3); err != nil {
		b.Fatal(err)
	}
	a.Session.Speed = len(core.Speeds) - 1 // 8x
	return a
}

// BenchmarkUpdate8x is one frame's Update of the floor at 8x speed: input,
// the actions panel, and the simulation's ticks for the frame.
func BenchmarkUpdate8x(b *testing.B) {
	a := benchApp(b)
	a.Settings.HintsSeen = true
	screen := ebiten.NewImage(1280, 800)
	frames(b, a, screen, 2)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if a.Session.W.Tick > sim.TicksPerQuarter-2*sim.TicksPerDay {
			b.StopTimer()
			a = benchApp(b)
			frames(b, a, screen, 2)
			b.StartTimer()
		}
		if err := a.Update(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDrawFloor is the CPU side of drawing the floor scene once.
func BenchmarkDrawFloor(b *testing.B) {
	a := benchApp(b)
	screen := ebiten.NewImage(1280, 800)
	a.Session.Speed = 0
	frames(b, a, screen, 3)
	inFrame(func() { frames(b, a, screen, 1) })
	b.ReportAllocs()
	b.ResetTimer()
	b.StopTimer()
	for done := 0; done < b.N; {
		n := min(drawsPerFrame, b.N-done)
		inFrame(func() {
			b.StartTimer()
			for i := 0; i < n; i++ {
				a.Draw(screen)
			}
			b.StopTimer()
		})
		done += n
	}
}

// drawsPerFrame is how many draws of the floor the benchmark does in one
// frame: one, as the game does, so Ebiten's per-frame command pools are in
// their steady state.
const drawsPerFrame = 1

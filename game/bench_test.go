package game_test

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/sim"
)

// The benchmarks measure steady-state frames of a running game: the floor at
// 8x speed, the simulation stepping, events answered (as a player would,
// choice 1), after a warm-up of a game week (warmDays) so that the caches
// that are filled once (shaped words, wrapped texts, the actions' verdicts)
// are warm: a week holds the first check-in, its warning and its dialog.
//
// Two things are not steady-state frames and are measured apart:
//
//   - The frame that ends a game day autosaves (sim.MarshalSave encodes the
//     world as JSON, and the store writes it): BenchmarkAutosave. It happens
//     once a game day, every 120 frames at 8x.
//   - Ebiten 2.8.8 allocates inside every Draw: each draw command it starts
//     (a run of draws that cannot merge with the previous one: a new
//     destination or source texture, another filter or an antialiased
//     DrawTriangles) gets a fresh one-element slice of destination regions,
//     in graphicscommand.(*commandQueue).EnqueueDrawTrianglesCommand
//     (internal/graphicscommand/commandqueue.go:156,
//     `c.dstRegions = []graphicsdriver.DstRegion{...}`). The queue is flushed
//     at the end of every frame, so each frame's first draw starts a command
//     and allocates once; that cannot be avoided from outside Ebiten. Gfx
//     batches the whole floor (office, fills, glyphs, sprites, sparklines)
//     into one DrawTriangles from its own atlas (batch.go), so a frame is one
//     command and one allocation; a word drawn for the first time adds its
//     shaping and its glyphs' copy into the atlas, which fade as a game goes
//     on.
//
// The Update benchmark runs beside Ebiten's loop (TestMain), which keeps
// running frames on its own goroutines; allocation counts are process-wide,
// so its per-frame input and swap-buffer work (ui.updateInputState, glfw
// GetCursorPos, purego calls) shows as a few bytes per op (about 17 B/op,
// 0 allocs/op). A memory profile of the benchmark shows no allocation under
// App.Update outside the untimed day-end autosave.

// warmDays is the warm-up, in game days: a week and a day.
const warmDays = 6

// benchApp starts a game on the default scenario at 8x with the hints done
// and events answered automatically.
func benchApp(b *testing.B) *game.App {
	a, _ := newApp(b, "auto-answer 1")
	a.Settings().HintsSeen = true
	if err := a.NewGame("default", sim.Normal, 3); err != nil {
		b.Fatal(err)
	}
	a.Session().Speed = len(session.Speeds) - 1 // 8x
	return a
}

// warm plays frames (update and draw, each in a frame of Ebiten's loop)
// until the game has run n days.
func warm(b *testing.B, a *game.App, screen *ebiten.Image, days int) {
	for a.Session().W.Tick < int32(days)*sim.TicksPerDay {
		inFrame(func() {
			a.Select(a.Session().W.Tick % int32(len(a.Session().W.Reps)))
			frames(b, a, screen, 1)
		})
	}
}

// warmUpdates plays n days by Update alone (the Update benchmark's warm-up).
func warmUpdates(b *testing.B, a *game.App, days int) {
	for a.Session().W.Tick < int32(days)*sim.TicksPerDay {
		if err := a.Update(); err != nil {
			b.Fatal(err)
		}
	}
}

// dayEnds reports whether the next Update ends a game day (and autosaves).
func dayEnds(s *session.Session) bool {
	return int(s.W.Tick%sim.TicksPerDay)+s.TicksNextUpdate() >= sim.TicksPerDay
}

// late reports whether the quarter is nearly over: the benchmarks start a
// new game then, untimed.
func late(a *game.App) bool {
	return a.Session() == nil || a.Session().W.Tick > sim.TicksPerQuarter-2*sim.TicksPerDay
}

// BenchmarkUpdate8x is one frame's Update of the floor at 8x speed: input,
// the actions panel, and the simulation's ticks for the frame (a tick every
// 3.75 frames, with the floating texts and labels that follow). Frames that
// end a game day are run untimed (see BenchmarkAutosave).
func BenchmarkUpdate8x(b *testing.B) {
	a := benchApp(b)
	warmUpdates(b, a, warmDays)
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; {
		if late(a) {
			b.StopTimer()
			a = benchApp(b)
			warmUpdates(b, a, warmDays)
			b.StartTimer()
		}
		if dayEnds(a.Session()) {
			b.StopTimer()
			if err := a.Update(); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			continue
		}
		if err := a.Update(); err != nil {
			b.Fatal(err)
		}
		done++
	}
}

// BenchmarkDrawFloor is the CPU side of drawing the floor scene once, with a
// rep selected (their stats, sparklines and the causes of their morale) and
// the game running at 8x: every frame, untimed, Update advances the world,
// then the timed Draw draws it, inside a frame of Ebiten's loop as the game
// does (drawing outside a frame is deferred by Ebiten, and allocates).
func BenchmarkDrawFloor(b *testing.B) {
	screen := ebiten.NewImage(1280, 800)
	a := benchApp(b)
	warm(b, a, screen, warmDays)
	b.ReportAllocs()
	b.ResetTimer()
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		inFrame(func() {
			if late(a) {
				a = benchApp(b)
				warm(b, a, screen, warmDays)
			}
			a.Select(int32(i/600) % int32(len(a.Session().W.Reps)))
			if err := a.Update(); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			a.Draw(screen)
			b.StopTimer()
		})
	}
}

// BenchmarkAutosave is the save at the end of every game day: encoding the
// session and writing it through the store (in memory here, so the time is
// the CPU's).
func BenchmarkAutosave(b *testing.B) {
	a := benchApp(b)
	a.Session().Step(3 * sim.TicksPerDay)
	files := store.NewMem()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data, err := a.Session().SaveBytes()
		if err != nil {
			b.Fatal(err)
		}
		if err := files.WriteFile(store.SlotFile(store.AutoSlot), data); err != nil {
			b.Fatal(err)
		}
	}
}

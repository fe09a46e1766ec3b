package game_test

import (
	"errors"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game"
	"salesfloor/game/script"
	"salesfloor/game/store"
	"salesfloor/sim"
)

// newApp builds the game driven by a script, with files in memory.
func newApp(t testing.TB, src string) (*game.App, *store.Mem) {
	t.Helper()
	s, err := script.ParseScript(src)
	if err != nil {
		t.Fatal(err)
	}
	files := store.NewMem()
	a, err := game.New(game.Options{Files: files, Script: s, NoSound: true, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	a.LayoutF(1280, 800)
	return a, files
}

// frames runs n frames of update and draw. The game quitting
// (ebiten.Termination) ends them early; any other error fails the test.
func frames(t testing.TB, a *game.App, screen *ebiten.Image, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if err := a.Update(); errors.Is(err, ebiten.Termination) {
			return
		} else if err != nil {
			t.Fatalf("frame %d: %v", i, err)
		}
		a.Draw(screen)
	}
}

func TestNewGameAndActions(t *testing.T) {
	a, files := newApp(t, `
wait 2
key enter
wait 2
key enter
wait 2
key x
key g
wait 2
key m
wait 2
quit
`)
	screen := ebiten.NewImage(1280, 800)
	frames(t, a, screen, 20)
	s := a.Session()
	if s == nil {
		t.Fatal("no game started")
	}
	if len(s.Log()) != 1 || s.Log()[0].Action != sim.ActVision {
		t.Fatalf("log %v, want one vision talk (mentor waits for a rep and the player is busy)", s.Log())
	}
	if !store.Exists(files, store.AutoSlot) {
		t.Fatal("no autosave on quit")
	}
	got, err := game.LoadSlot(files, store.AutoSlot, false)
	if err != nil || got.Hash() != s.Hash() {
		t.Fatalf("autosave: %v", err)
	}
}

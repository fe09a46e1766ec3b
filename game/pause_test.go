package game

import (
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// An exported file is named for its moment: a campaign's quarters each
// count ticks from 0, so its names carry the quarter, and two exports of
// one year never share a name.
func TestExportNamesCarryTheQuarter(t *testing.T) {
	s, err := sim.BuiltinScenario("crunch")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		quarters, quarter, tick int32
		want                    string
	}{
		{1, 0, 130, "t130"},
		{4, 0, 130, "q1-t130"},
		{4, 1, 130, "q2-t130"},
		{4, 3, 0, "q4-t0"},
	} {
		w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 1, Quarters: int(c.quarters)})
		if err != nil {
			t.Fatal(err)
		}
		w.Year.Quarter, w.Tick = c.quarter, c.tick
		if got := moment(w); got != c.want {
			t.Errorf("quarter %d of %d, tick %d: %q, want %q", c.quarter+1, c.quarters, c.tick, got, c.want)
		}
	}
}

// "Load saved game" over a game that has moved on since the save asks
// first, saying where the save stands; Enter rests on "Back" and keeps the
// game in play, and "Load the save" loads it.
func TestLoadAsksBeforeReplacingTheGame(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	ctx := &a.ctx
	if err := ctx.NewGame(session.Config{Scenario: "default", Difficulty: sim.Normal, Seed: 9, Quarters: sim.MaxQuarters}); err != nil {
		t.Fatal(err)
	}
	s := ctx.Session()
	s.Step(sim.TicksPerDay + 6)
	if err := ctx.Save(store.ManualSlot); err != nil {
		t.Fatal(err)
	}
	saved := s.Hash()
	s.Step(sim.TicksPerDay)
	played := s.Hash()
	pause := newPause(ctx, a.scene.(*floorScene))
	ctx.Go(pause)

	ctx.confirmLoad(store.ManualSlot, pause)
	m, ok := a.scene.(*messageScene)
	if !ok {
		t.Fatalf("the load did not ask: scene %s", sceneName(a.scene))
	}
	if !strings.Contains(m.text, "quarter 1, W1 Tue 10:30") || !strings.Contains(m.text, "lost unless you save") {
		t.Errorf("the question says %q", m.text)
	}
	a.in = ui.Input{}
	a.in.AddKey(ui.NavActivate)
	if err := a.scene.Update(ctx, &a.in); err != nil {
		t.Fatal(err)
	}
	if a.scene != Scene(pause) || ctx.Session().Hash() != played {
		t.Fatalf("Enter on the question: scene %s, the game at %s (played %s)", sceneName(a.scene), ctx.Session().Hash(), played)
	}

	ctx.confirmLoad(store.ManualSlot, pause)
	a.scene.(*messageScene).do(0)
	if ctx.Session().Hash() != saved || sceneName(a.scene) != "floor" {
		t.Errorf("after \"Load the save\": scene %s, the game at %s (saved %s)", sceneName(a.scene), ctx.Session().Hash(), saved)
	}

	// With nothing played since the save, there is nothing to ask.
	ctx.confirmLoad(store.ManualSlot, pause)
	if sceneName(a.scene) != "floor" {
		t.Errorf("loading the save over itself asked: scene %s", sceneName(a.scene))
	}
}

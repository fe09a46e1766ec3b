package game

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/routine"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/sim"
)

// TestDocShots writes the README's screenshots of the routine's calendar,
// a check-in's result, the floor with a rep selected, a threat's question and a resignation, drawn by the game from states a
// quarter reaches: SALESFLOOR_DOC_SHOTS=assets/docs go test ./game -run DocShots.
func TestDocShots(t *testing.T) {
	dir := os.Getenv("SALESFLOOR_DOC_SHOTS")
	if dir == "" {
		t.Skip("SALESFLOOR_DOC_SHOTS names the folder to write to")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir) // from the repository's root, where the command is typed
	}
	screen := ebiten.NewImage(1280, 800)
	shot := func(a *App, name string) {
		t.Helper()
		for i := 0; i < 3; i++ {
			if err := a.scene.Update(&a.ctx, &a.in); err != nil {
				t.Fatal(err)
			}
			a.Draw(screen)
		}
		img := image.NewRGBA(screen.Bounds())
		screen.ReadPixels(img.Pix)
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
	a := newTestApp(t, store.NewMem())
	a.prefs.s.HintsSeen = true
	w := a.games.week
	for d := 0; d < routine.Days; d++ {
		w.SetSlot(d, 1, routine.Slot{Set: true, Action: sim.ActMentor, Aim: routine.AimLowestMorale})
		w.SetSlot(d, 5, routine.Slot{Set: true, Action: sim.ActScrub, Aim: routine.AimLowestLeads})
	}
	w.SetSlot(0, 0, routine.Slot{Set: true, Action: sim.ActVision, Aim: routine.AimTeam})
	w.SetSlot(2, 3, routine.Slot{Set: true, Action: sim.ActCelebrate, Aim: routine.AimTeam})
	w.SetSlot(4, 0, routine.Slot{Set: true, Action: sim.ActReports, Aim: routine.AimAll, Arg: 1})
	w.SetSlot(4, 6, routine.Slot{Set: true, Action: sim.ActForecast, Aim: routine.AimTeam})
	w.SetSlot(4, 7, routine.Slot{Set: true, Action: sim.ActReports, Aim: routine.AimAll, Arg: 0})
	w.SetFill(sim.ActFloor)
	if err := a.NewGame("default", sim.Normal, 11); err != nil {
		t.Fatal(err)
	}
	floor := a.scene.(*floorScene)
	floor.hints = -1
	a.ctx.Go(newRoutineScene(&a.ctx, floor))
	shot(a, "routine")

	// The first check-in, played by the routine.
	a.ctx.Go(floor)
	s := a.Session()
	s.Speed = 4
	for i := 0; i < 20000 && !floor.notes.up(); i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		if err := floor.Update(&a.ctx, &a.in); err != nil {
			t.Fatal(err)
		}
	}
	shot(a, "checkin")

	// The floor in week 7, late on a Tuesday, with a rep selected: why her
	// morale and momentum moved today, and the floating texts of the day.
	a.prefs.s.Pause = store.AutoPause{}
	floor.notes.queue = floor.notes.queue[:0]
	at := sim.TicksPerDay*(6*sim.DaysPerWeek+1) + 7*sim.TicksPerHour + 2 // W7 Tue 16:30
	for i := 0; i < 100000 && s.W.Tick < int32(at); i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		floor.notes.queue = floor.notes.queue[:0] // a resignation's notice would stop the clock
		s.Speed = 4
		if s.W.Tick >= int32(at)-4 {
			s.Speed = 1 // the last ticks slowly, for the texts of the moment
		}
		if err := floor.Update(&a.ctx, &a.in); err != nil {
			t.Fatal(err)
		}
	}
	floor.selectRep(0)
	shot(a, "floor")

	// A resignation: crunch's floor managed by command (the commander
	// policy: standing reports, a dial quota, reviews), which loses reps
	// in the quarter (the session's own tests play the same quarter).
	b := newTestApp(t, store.NewMem())
	b.prefs.s.HintsSeen = true
	b.prefs.s.Pause = store.AutoPause{}
	if err := b.NewGame("crunch", sim.Normal, 18); err != nil {
		t.Fatal(err)
	}
	bf := b.scene.(*floorScene)
	bf.hints = -1
	bs := b.Session()
	pol, err := sim.NewPolicy("commander", 1)
	if err != nil {
		t.Fatal(err)
	}
	var buf []sim.Command
	talked := false
	for !bs.W.Done() && !bf.notes.up() {
		if _, d, ok := bs.W.PendingEvent(); ok && d.Kind == "resignation" && !talked {
			talked = true
			shot(b, "threat") // the question first: what it asks, and why
		}
		buf = pol.Decide(bs.W, buf[:0])
		for _, c := range buf {
			_ = bs.Do(c.Action, c.Target, c.Arg)
		}
		bs.Speed = 4
		if err := bf.Update(&b.ctx, &b.in); err != nil {
			t.Fatal(err)
		}
	}
	if !bf.notes.up() || bf.notes.queue[0].Kind != session.NoticeLeft {
		t.Fatalf("no resignation by %s", bs.W.Clock())
	}
	if !talked {
		t.Fatal("the resignation came with no question first")
	}
	shot(b, "resignation")

	// A campaign: the break after quarter 1 with a hire and a promotion
	// made, and the year review at the end.
	c := newTestApp(t, store.NewMem())
	cs := campaignSession(4, 1, "default", "adaptive")
	c.games.set(cs)
	c.ctx.Go(newPlan(&c.ctx, nil))
	_ = cs.Do(sim.ActHire, sim.TeamTarget, 0)
	_ = cs.Do(sim.ActPromote, 0, 0)
	shot(c, "plan")
	c.games.set(campaignSession(4, 4, "default", "adaptive"))
	c.ctx.Go(newYearReview(&c.ctx, nil))
	shot(c, "year")
}

// firstRep is the lowest-morale rep still on the team.
func firstRep(w *sim.World) int32 {
	best := int32(-1)
	for i := range w.Reps {
		if !w.Reps[i].Gone && (best < 0 || w.Reps[i].Morale < w.Reps[best].Morale) {
			best = int32(i)
		}
	}
	return best
}

package game_test

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game"
	"salesfloor/game/coach"
	"salesfloor/sim"
)

// until runs frames until cond holds, failing after max frames.
func until(t *testing.T, a *game.App, screen *ebiten.Image, max int, what string, cond func() bool) {
	t.Helper()
	for i := 0; !cond(); i++ {
		if i == max {
			t.Fatalf("no %s after %d frames", what, max)
		}
		frames(t, a, screen, 1)
	}
}

// H on the floor asks the coach: the game pauses, the hint thinks over a
// few frames, shows a suggestion, and issues no command; a tick stepped
// drops it.
func TestHintKey(t *testing.T) {
	a, _ := newApp(t, `
wait 2
key enter
wait 2
key enter
wait 2
key x
key 5
wait 30
key h
wait-idle
wait 200
key space
wait 600
`)
	screen := ebiten.NewImage(1280, 800)
	until(t, a, screen, 200, "hint asked", func() bool {
		st, _ := a.Hint()
		return st != coach.HintNone
	})
	s := a.Session()
	if s.Speed != 0 {
		t.Errorf("speed %d once the coach was asked, want paused", s.Speed)
	}
	tick := s.W.Tick
	until(t, a, screen, 2000, "hint", func() bool {
		st, _ := a.Hint()
		return st == coach.HintReady
	})
	_, ad := a.Hint()
	t.Logf("%s / %s / %s", ad.Head, ad.How, ad.Reason)
	if !strings.HasPrefix(ad.Head, "Suggested: ") || ad.How == "" || ad.Reason == "" {
		t.Errorf("advice %+v", ad)
	}
	if len(s.Log()) != 0 || s.W.Tick != tick {
		t.Errorf("the hint moved the game: %d commands, tick %d -> %d", len(s.Log()), tick, s.W.Tick)
	}
	// Space resumes: the next tick drops the hint.
	until(t, a, screen, 400, "tick after space", func() bool { return s.W.Tick > tick })
	frames(t, a, screen, 1)
	if st, _ := a.Hint(); st != coach.HintNone {
		t.Errorf("hint state %v after the game moved on", st)
	}
	if len(s.Log()) != 0 {
		t.Errorf("commands %v: the hint must never act", s.Log())
	}
}

// The report plays the expert's quarter over frames and then compares.
func TestReportCoach(t *testing.T) {
	a, _ := newApp(t, `
wait 2
key enter
wait 2
key enter
wait 2
key x
auto-answer 1
key g
turbo 64
wait-tick 2080
wait-idle
wait 100000
`)
	screen := ebiten.NewImage(1280, 800)
	until(t, a, screen, 3000, "report", func() bool { return a.SceneName() == "report" }) // after the quarter's last notices, read one by one
	if !a.Busy() {
		t.Error("the report is not busy with the expert's quarter at first")
	}
	until(t, a, screen, 5000, "coach result", func() bool { return a.CoachResult() != nil })
	r := a.CoachResult()
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.You.Score != a.Session().W.Outcome().Score || len(r.Expert.WeekRevenue) != sim.WeeksPerQuarter {
		t.Errorf("you %v (world %v), %d weeks", r.You.Score, a.Session().W.Outcome().Score, len(r.Expert.WeekRevenue))
	}
	if len(r.Diffs) == 0 || len(r.Diffs) > 3 {
		t.Errorf("%d differences", len(r.Diffs))
	}
	t.Logf("you %.1f, expert %.1f", r.You.Score.Float(), r.Expert.Score.Float())
	for _, d := range r.Diffs {
		t.Log(d.Text)
	}
	frames(t, a, screen, 3)
	if a.Busy() {
		t.Error("still busy once the result is in")
	}
	// The differences' heading is advice only when the expert scored more.
	head, you, exp := a.CoachHeading()
	want := "What it did most differently"
	if you > exp {
		want = "You beat it this time. Where it played differently"
	}
	if head != want {
		t.Errorf("you %d, the expert %d: heading %q, want %q", you, exp, head, want)
	}
}

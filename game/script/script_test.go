package script_test

import (
	"strings"
	"testing"

	"salesfloor/game/script"
	"salesfloor/game/ui"
)

func TestScript(t *testing.T) {
	_, err := script.ParseScript("wait x")
	if err == nil {
		t.Fatal("bad wait parsed")
	}
	if _, err := script.ParseScript("fly 3"); err == nil {
		t.Fatal("unknown op parsed")
	}
	s, err := script.ParseScript("# comment\nwait 2\nkey space\nclick 10 20\nscreenshot a\nquit\n")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{}
	var frames []ui.Input
	for i := 0; i < 10 && !s.Done; i++ {
		var in ui.Input
		if err := s.Step(&in, h); err != nil {
			t.Fatal(err)
		}
		frames = append(frames, in)
	}
	if !frames[2].Key(ui.KeySpace) || !frames[3].Clicked || frames[3].X != 10 || h.shots != 1 || !h.quit {
		t.Fatalf("frames %+v host %+v", frames, h)
	}
}

// wait-idle holds the script while the game is busy, and gives up with an
// error when it never stops.
func TestScriptWaitIdle(t *testing.T) {
	s, err := script.ParseScript("wait-idle\nscreenshot a\n")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{busy: 5}
	n := 0
	for ; !s.Done && n < 20; n++ {
		var in ui.Input
		if err := s.Step(&in, h); err != nil {
			t.Fatal(err)
		}
	}
	if h.shots != 1 || n != 7 {
		t.Fatalf("shot %d after %d frames, want 1 after 7", h.shots, n)
	}
	s, _ = script.ParseScript("wait-idle\n")
	h = &host{busy: 1 << 30}
	for i := 0; i < 5000; i++ {
		var in ui.Input
		if err = s.Step(&in, h); err != nil {
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "still busy") {
		t.Fatalf("err %v", err)
	}
	if _, err := script.ParseScript("wait-idle 3"); err == nil {
		t.Fatal("wait-idle with an argument parsed")
	}
}

// auto-answer is the script's own doing: while a question with that many
// answers waits, each frame presses the answer's key, as a player would.
func TestScriptAutoAnswer(t *testing.T) {
	s, err := script.ParseScript("auto-answer 2\nwait 5")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{}
	for _, tc := range []struct {
		question int
		pressed  bool
	}{{0, false}, {1, false}, {2, true}, {3, true}} {
		h.question = tc.question
		in := &ui.Input{}
		if err := s.Step(in, h); err != nil {
			t.Fatal(err)
		}
		if got := in.Key('2'); got != tc.pressed {
			t.Errorf("a question of %d answers: pressed 2 = %v", tc.question, got)
		}
	}
}

type host struct {
	shots    int
	quit     bool
	busy     int // frames Busy reports work in progress
	question int // answers of the event waiting, 0 for none
}

func (h *host) Tick() int32                       { return 0 }
func (h *host) Screenshot(string)                 { h.shots++ }
func (h *host) ExportReplay(string) error         { return nil }
func (h *host) WriteHash(string) error            { return nil }
func (h *host) SetTurbo(int)                      {}
func (h *host) Question() int                     { return h.question }
func (h *host) NoticeOK() (x, y float64, up bool) { return 0, 0, false }
func (h *host) KeyMap() *ui.KeyMap                { return ui.DefaultKeyMap() }
func (h *host) Quit()                             { h.quit = true }
func (h *host) Busy() bool {
	h.busy--
	return h.busy >= 0
}

// move rests the pointer: every frame from then on hovers there, which a
// click elsewhere does not undo.
func TestScriptMove(t *testing.T) {
	s, err := script.ParseScript("move 30 40\nwait 1\nclick 5 6\nwait 1\n")
	if err != nil {
		t.Fatal(err)
	}
	h := &host{}
	var frames []ui.Input
	for i := 0; i < 6 && !s.Done; i++ {
		var in ui.Input
		if err := s.Step(&in, h); err != nil {
			t.Fatal(err)
		}
		frames = append(frames, in)
	}
	if f := frames[0]; !f.Hover || f.X != 30 || f.Y != 40 {
		t.Fatalf("after move: %+v", f)
	}
	if f := frames[1]; !f.Clicked || f.X != 5 {
		t.Fatalf("the click: %+v", f)
	}
	if f := frames[2]; !f.Hover || f.X != 30 || f.Clicked {
		t.Fatalf("after the click: %+v", f)
	}
}

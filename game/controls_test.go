package game

import (
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
)

func newTestApp(t *testing.T, files *store.Mem) *App {
	t.Helper()
	a, err := New(Options{Files: files, NoSound: true, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	a.LayoutF(1280, 800)
	return a
}

// Remapping through the Keys screen: choose a control, a key that already
// means something there is refused with what it means, a free key binds,
// is saved at once, and a new start of the game reads it back.
func TestRemapAKey(t *testing.T) {
	files := store.NewMem()
	a := newTestApp(t, files)
	s := newControls(&a.ctx, a.scene)
	frame := func(fill func(in *ui.Input)) {
		in := &ui.Input{}
		fill(in)
		if err := s.Update(&a.ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	frame(func(*ui.Input) {}) // lays the screen out
	r := s.menu.Items[ui.CtlPause].Rect
	frame(func(in *ui.Input) { in.X, in.Y, in.Clicked, in.Hover = r.X+r.W/2, r.Y+r.H/2, true, true })
	if s.waiting != int(ui.CtlPause) {
		t.Fatalf("clicking Pause waits for %d", s.waiting)
	}
	frame(func(in *ui.Input) { in.AddKey('p') })
	if !strings.Contains(s.msg, "P is already Roll out procedure") || a.KeyMap().Label(ui.CtlPause) != "Space" {
		t.Fatalf("P for pause: %q, pause is %s", s.msg, a.KeyMap().Label(ui.CtlPause))
	}
	// A key pressed with Ctrl, Alt or Meta is the browser's or the
	// system's (Ctrl+Z, Cmd+Tab): it binds nothing, and the screen still
	// waits.
	frame(func(in *ui.Input) { in.AddKey('z'); in.Mod = true })
	if s.waiting != int(ui.CtlPause) || a.KeyMap().Label(ui.CtlPause) != "Space" {
		t.Fatalf("Ctrl+Z for pause: waiting %d, pause is %s", s.waiting, a.KeyMap().Label(ui.CtlPause))
	}
	frame(func(in *ui.Input) { in.AddKey('z') })
	if s.waiting != -1 || a.KeyMap().Label(ui.CtlPause) != "Z" {
		t.Fatalf("Z for pause: %q, pause is %s", s.msg, a.KeyMap().Label(ui.CtlPause))
	}
	if !strings.Contains(s.menu.Items[ui.CtlPause].Label, "Z") {
		frame(func(*ui.Input) {})
	}
	if got := s.menu.Items[ui.CtlPause].Label; !strings.HasSuffix(got, "Z") {
		t.Errorf("the row reads %q", got)
	}
	if again := newTestApp(t, files); again.KeyMap().Label(ui.CtlPause) != "Z" {
		t.Fatalf("after a restart pause is %s", again.KeyMap().Label(ui.CtlPause))
	}
	// Reset all.
	r = s.menu.Items[controlsReset].Rect
	frame(func(in *ui.Input) { in.X, in.Y, in.Clicked, in.Hover = r.X+r.W/2, r.Y+r.H/2, true, true })
	if a.KeyMap().Label(ui.CtlPause) != "Space" || len(a.Settings().Keys) != 0 {
		t.Fatalf("after reset: pause %s, saved %v", a.KeyMap().Label(ui.CtlPause), a.Settings().Keys)
	}
}

// A settings file with bad bindings keeps the defaults for them, applies
// the rest, and tells the player which field is wrong.
func TestBadKeysInSettings(t *testing.T) {
	files := store.NewMem()
	if err := files.WriteFile("settings.json", []byte(`{"ui_scale": 1, "keys": {"pause": "tab", "dance": "d", "hint": "k"}}`)); err != nil {
		t.Fatal(err)
	}
	a := newTestApp(t, files)
	want := "settings.json: keys.dance: no such control (and 1 more; those keep their defaults)"
	if a.Toast() != want {
		t.Errorf("toast %q, want %q", a.Toast(), want)
	}
	if a.KeyMap().Label(ui.CtlPause) != "Space" || a.KeyMap().Label(ui.CtlHint) != "K" {
		t.Errorf("pause %s (want the default), hint %s (want K)", a.KeyMap().Label(ui.CtlPause), a.KeyMap().Label(ui.CtlHint))
	}
}

// A status line gives way after a game hour, so "you are busy until 09:15"
// is not still on show at 16:45; the paused game keeps it.
func TestStatusLineExpires(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	if err := a.NewGame("default", 0, 3); err != nil {
		t.Fatal(err)
	}
	f := a.scene.(*floorScene)
	f.say("You are busy until 09:15", false)
	f.layout(&a.ctx)
	a.Session().Step(3)
	f.layout(&a.ctx)
	if len(f.status) == 0 {
		t.Fatal("the status went within the hour")
	}
	a.Session().Step(1)
	f.layout(&a.ctx)
	if len(f.status) != 0 {
		t.Fatalf("an hour on, the status still reads %q", f.status)
	}
}

// A status that says why the clock stopped ("Paused for the event: …")
// lasts while the game is paused and goes the moment play resumes; a
// status said while playing keeps its hour.
func TestPauseReasonGoesWhenPlayResumes(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	if err := a.NewGame("default", 0, 3); err != nil {
		t.Fatal(err)
	}
	f := a.scene.(*floorScene)
	s := a.Session()
	s.Speed = 1
	a.ctx.Settings.Pause.Events = true
	f.take(&a.ctx, s, session.Moments{Event: 0})
	f.layout(&a.ctx)
	if s.Speed != 0 || !strings.HasPrefix(string(f.status), "Paused for the event: ") {
		t.Fatalf("speed %d, status %q: want paused for the event", s.Speed, f.status)
	}
	f.layout(&a.ctx)
	if len(f.status) == 0 {
		t.Fatal("the reason went while still paused")
	}
	s.Speed = 1
	f.layout(&a.ctx)
	if len(f.status) != 0 {
		t.Fatalf("play resumed, the status still reads %q", f.status)
	}
	f.say("Queued: Make calls.", true)
	f.layout(&a.ctx)
	f.layout(&a.ctx)
	if len(f.status) == 0 {
		t.Fatal("a status said while playing went at once")
	}
}

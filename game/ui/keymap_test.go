package ui_test

import (
	"salesfloor/game/ui"
	"strings"
	"testing"

	"salesfloor/sim"
)

// One key, one meaning, wherever it can be pressed: in the defaults no two
// controls that are live together share a key, no control takes a key
// that moves the focus, and every control has a key and a unique name.
func TestDefaultKeysHaveOneMeaning(t *testing.T) {
	m := ui.DefaultKeyMap()
	names := map[string]bool{}
	for c := ui.Control(0); c < ui.NumControls; c++ {
		if c.Name() == "" || names[c.Name()] {
			t.Errorf("control %d: name %q missing or repeated", c, c.Name())
		}
		names[c.Name()] = true
		if len(m.Keys(c)) == 0 {
			t.Errorf("%s has no key", c.Name())
		}
		for _, k := range m.Keys(c) {
			if o, clash := m.Conflict(c, k); clash {
				t.Errorf("%s and %s share %s where both can be pressed", c.Name(), o.Name(), ui.KeyLabel(k))
			}
			for _, nav := range []ui.Key{ui.NavNext, ui.NavActivate, ui.NavUp, ui.NavDown} {
				if k == nav {
					t.Errorf("%s takes %s, which moves the focus", c.Name(), ui.KeyLabel(k))
				}
			}
		}
	}
	// The play actions are controls of their own, named as sim names them.
	for a := sim.ActionID(0); a < sim.ActChoose; a++ {
		if got := ui.ActionControl(a).Name(); got != sim.Actions[a].Name {
			t.Errorf("action %d's control is %q, want %q", a, got, sim.Actions[a].Name)
		}
	}
}

// The same key may mean different things on screens that are never live
// together (an event's "1" and the floor's "1"), and never on one screen.
func TestBind(t *testing.T) {
	for _, tc := range []struct {
		c    ui.Control
		key  ui.Key
		want string // "" for accepted
	}{
		{ui.CtlPause, 'p', `P is already Roll out procedure`},
		{ui.CtlPause, 'z', ""},
		{ui.CtlAnswer1, '5', ""}, // the floor's 8x is not live in the dialog
		{ui.CtlAnswer1, 'h', `H is already Ask the coach`},
		{ui.CtlHintsSkip, 'r', `R is already Status reports`}, // the hints sit over the floor
		{ui.CtlCharts, ui.KeyTab, "moves the focus"},
		{ui.CtlFullscreen, ui.KeyEscape, "is already Menu, or back"}, // fullscreen is live everywhere
	} {
		m := ui.DefaultKeyMap()
		v := m.Version()
		err := m.Bind(tc.c, tc.key)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("bind %s to %s: %v", tc.c.Name(), ui.KeyLabel(tc.key), err)
		case tc.want == "" && (m.Keys(tc.c)[0] != tc.key || m.Version() == v):
			t.Errorf("bind %s to %s: keys %v, version %d", tc.c.Name(), ui.KeyLabel(tc.key), m.Keys(tc.c), m.Version())
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("bind %s to %s: error %v, want %q", tc.c.Name(), ui.KeyLabel(tc.key), err, tc.want)
		case tc.want != "" && m.Version() != v:
			t.Errorf("a refused binding changed the map")
		}
	}
}

// The settings file keeps only what differs from the defaults; a bad entry
// keeps its default and says which field is wrong, and the rest apply.
func TestKeyMapFromSettings(t *testing.T) {
	m, errs := ui.KeyMapFrom(map[string]string{
		"pause":    "z",
		"vision":   "Q", // the quota's key: refused
		"dance":    "d",
		"charts":   "ctrl",
		"answer-1": "5",
	})
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		`keys.charts: "ctrl" is not a key`,
		`keys.dance: no such control`,
		`keys.vision: Q is already Dial quota; kept G`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if m.Label(ui.CtlPause) != "Z" || m.Label(ui.CtlAnswer1) != "5" || m.Label(ui.ActionControl(sim.ActVision)) != "G" {
		t.Errorf("pause %s, answer-1 %s, vision %s", m.Label(ui.CtlPause), m.Label(ui.CtlAnswer1), m.Label(ui.ActionControl(sim.ActVision)))
	}
	over := m.Overrides()
	if len(over) != 2 || over["pause"] != "z" || over["answer-1"] != "5" {
		t.Errorf("overrides %v", over)
	}
	back, errs := ui.KeyMapFrom(over)
	if len(errs) != 0 || back.Label(ui.CtlPause) != "Z" {
		t.Errorf("the overrides do not read back: %v", errs)
	}
	in := &ui.Input{}
	in.AddKey('z')
	if !m.Pressed(in, ui.CtlPause) || ui.DefaultKeyMap().Pressed(in, ui.CtlPause) {
		t.Error("Pressed does not follow the map")
	}
}

// Reset brings the defaults back in place, for whoever holds the map, and
// moves the version on so that cached labels are made again.
func TestKeyMapResetInPlace(t *testing.T) {
	m := ui.DefaultKeyMap()
	held := m // a scene's copy of the pointer
	if err := m.Bind(ui.CtlPause, 'z'); err != nil {
		t.Fatal(err)
	}
	v := m.Version()
	m.Reset()
	if held.Label(ui.CtlPause) != ui.DefaultKeyMap().Label(ui.CtlPause) {
		t.Errorf("after Reset pause is %s", held.Label(ui.CtlPause))
	}
	if held.Version() <= v {
		t.Errorf("version %d after Reset, %d before", held.Version(), v)
	}
}

// A key bound to a control does not fire while Ctrl, Alt or Meta (Cmd) is
// held: Ctrl+R reloads a browser's page and Cmd+Q quits a Mac app, and
// neither may also ask every rep for status reports or a quota. Shift is no
// modifier here: no binding names it, and Shift+R is still R.
func TestModifiersHoldControlsBack(t *testing.T) {
	m := ui.DefaultKeyMap()
	reports := ui.ActionControl(sim.ActReports)
	for _, tc := range []struct {
		name  string
		key   ui.Key
		shift bool
		mod   bool
		c     ui.Control
		want  bool
	}{
		{"R", 'r', false, false, reports, true},
		{"Shift+R", 'r', true, false, reports, true},
		{"Ctrl+R", 'r', false, true, reports, false},
		{"Ctrl+Shift+R", 'r', true, true, reports, false},
		{"Alt+Esc", ui.KeyEscape, false, true, ui.CtlMenu, false},
		{"Cmd+1", '1', false, true, ui.CtlSpeed0, false},
		{"Space", ui.KeySpace, false, false, ui.CtlPause, true},
	} {
		in := &ui.Input{Shift: tc.shift, Mod: tc.mod}
		in.AddKey(tc.key)
		if got := m.Pressed(in, tc.c); got != tc.want {
			t.Errorf("%s: %s pressed %v, want %v", tc.name, tc.c.Name(), got, tc.want)
		}
	}
	// Reset forgets the modifier with the frame's keys.
	in := &ui.Input{Mod: true}
	in.Reset()
	in.AddKey('r')
	if !m.Pressed(in, reports) {
		t.Error("a modifier held last frame still holds R back")
	}
}

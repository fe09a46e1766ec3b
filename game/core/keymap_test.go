package core_test

import (
	"strings"
	"testing"

	"salesfloor/game/core"
	"salesfloor/sim"
)

// One key, one meaning, wherever it can be pressed: in the defaults no two
// controls that are live together share a key, no control takes a key
// that moves the focus, and every control has a key and a unique name.
func TestDefaultKeysHaveOneMeaning(t *testing.T) {
	m := core.DefaultKeyMap()
	names := map[string]bool{}
	for c := core.Control(0); c < core.NumControls; c++ {
		if c.Name() == "" || names[c.Name()] {
			t.Errorf("control %d: name %q missing or repeated", c, c.Name())
		}
		names[c.Name()] = true
		if len(m.Keys(c)) == 0 {
			t.Errorf("%s has no key", c.Name())
		}
		for _, k := range m.Keys(c) {
			if o, clash := m.Conflict(c, k); clash {
				t.Errorf("%s and %s share %s where both can be pressed", c.Name(), o.Name(), core.KeyLabel(k))
			}
			for _, nav := range []core.Key{core.NavNext, core.NavActivate, core.NavUp, core.NavDown} {
				if k == nav {
					t.Errorf("%s takes %s, which moves the focus", c.Name(), core.KeyLabel(k))
				}
			}
		}
	}
	// The play actions are controls of their own, named as sim names them.
	for a := sim.ActionID(0); a < sim.ActChoose; a++ {
		if got := core.ActionControl(a).Name(); got != sim.Actions[a].Name {
			t.Errorf("action %d's control is %q, want %q", a, got, sim.Actions[a].Name)
		}
	}
}

// The same key may mean different things on screens that are never live
// together (an event's "1" and the floor's "1"), and never on one screen.
func TestBind(t *testing.T) {
	for _, tc := range []struct {
		c    core.Control
		key  core.Key
		want string // "" for accepted
	}{
		{core.CtlPause, 'p', `P is already Roll out procedure`},
		{core.CtlPause, 'z', ""},
		{core.CtlAnswer1, '5', ""}, // the floor's 8x is not live in the dialog
		{core.CtlAnswer1, 'h', `H is already Ask the coach`},
		{core.CtlHintsSkip, 'r', `R is already Status reports`}, // the hints sit over the floor
		{core.CtlCharts, core.KeyTab, "moves the focus"},
		{core.CtlFullscreen, core.KeyEscape, "is already Menu, or back"}, // fullscreen is live everywhere
	} {
		m := core.DefaultKeyMap()
		v := m.Version()
		err := m.Bind(tc.c, tc.key)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("bind %s to %s: %v", tc.c.Name(), core.KeyLabel(tc.key), err)
		case tc.want == "" && (m.Keys(tc.c)[0] != tc.key || m.Version() == v):
			t.Errorf("bind %s to %s: keys %v, version %d", tc.c.Name(), core.KeyLabel(tc.key), m.Keys(tc.c), m.Version())
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("bind %s to %s: error %v, want %q", tc.c.Name(), core.KeyLabel(tc.key), err, tc.want)
		case tc.want != "" && m.Version() != v:
			t.Errorf("a refused binding changed the map")
		}
	}
}

// The settings file keeps only what differs from the defaults; a bad entry
// keeps its default and says which field is wrong, and the rest apply.
func TestKeyMapFromSettings(t *testing.T) {
	m, errs := core.KeyMapFrom(map[string]string{
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
	if m.Label(core.CtlPause) != "Z" || m.Label(core.CtlAnswer1) != "5" || m.Label(core.ActionControl(sim.ActVision)) != "G" {
		t.Errorf("pause %s, answer-1 %s, vision %s", m.Label(core.CtlPause), m.Label(core.CtlAnswer1), m.Label(core.ActionControl(sim.ActVision)))
	}
	over := m.Overrides()
	if len(over) != 2 || over["pause"] != "z" || over["answer-1"] != "5" {
		t.Errorf("overrides %v", over)
	}
	back, errs := core.KeyMapFrom(over)
	if len(errs) != 0 || back.Label(core.CtlPause) != "Z" {
		t.Errorf("the overrides do not read back: %v", errs)
	}
	in := &core.Input{}
	in.AddKey('z')
	if !m.Pressed(in, core.CtlPause) || core.DefaultKeyMap().Pressed(in, core.CtlPause) {
		t.Error("Pressed does not follow the map")
	}
}

package ui

import (
	"fmt"
	"sort"
	"strings"

	"salesfloor/sim"
)

// Control is something the player does with a key: an action, a speed, a
// menu move, an answer. Every binding of the game is here, in one table,
// so that one key has one meaning wherever it can be pressed (a test checks
// it) and the player can remap any of them.
type Control uint8

// CtlAction is the first of the twelve play actions: CtlAction+a is sim
// action a (see ActionControl).
const CtlAction Control = 0

// The other controls, after the play actions.
const (
	CtlPause        = Control(sim.NumPlayActions) + iota // pause, or resume at the last speed
	CtlSpeed0                                            // the speed buttons: paused,
	CtlSpeed1                                            // 1x,
	CtlSpeed2                                            // 2x,
	CtlSpeed3                                            // 4x,
	CtlSpeed4                                            // 8x
	CtlHint                                              // ask the coach, or put its hint away
	CtlCharts                                            // the charts, and back from them
	CtlMenu                                              // the pause menu; back, in menus
	CtlDeselect                                          // forget the selected rep
	CtlHintsSkip                                         // skip the first-day hints
	CtlHintsNext                                         // the next first-day hint
	CtlAnswer1                                           // an event's first answer,
	CtlAnswer2                                           // second,
	CtlAnswer3                                           // third,
	CtlAnswer4                                           // fourth
	CtlPrevTab                                           // charts: the previous rep; settings: less
	CtlNextTab                                           // charts: the next rep; settings: more
	CtlFullscreen                                        // anywhere
	CtlQueueClear                                        // drop the actions queued while busy
	CtlRoutine                                           // open the routine's calendar
	CtlRoutineRun                                        // pause the routine, or run it again
	CtlRoutineSkip                                       // skip the routine's next action
	CtlRoutineAim                                        // calendar: whom the hour's action aims at
	CtlRoutineDaily                                      // calendar: the hour's action on every weekday
	CtlRoutineClear                                      // calendar: clear the hour
	NumControls
)

// Context is where a control can be pressed. Controls of contexts that are
// live together may not share a key.
type Context uint8

// The contexts.
const (
	CtxAnywhere Context = iota
	CtxFloor            // the floor, while time can run
	CtxHints            // the first-day hints, over the floor
	CtxDialog           // an event's question
	CtxCharts           // the charts
	CtxMenus            // the title, pause and settings menus
	CtxRoutine          // the routine's calendar
	numContexts
)

// together lists the contexts live at once: each is one screen's keys.
var together = [][]Context{
	{CtxAnywhere, CtxFloor, CtxHints},
	{CtxAnywhere, CtxDialog},
	{CtxAnywhere, CtxCharts},
	{CtxAnywhere, CtxMenus},
	{CtxAnywhere, CtxRoutine},
}

// control describes one control: its stable name (the settings file's
// key), what the controls screen calls it, the contexts it lives in, and
// its default keys.
type control struct {
	name, title string
	ctx         []Context
	keys        []Key
}

var controls = func() [NumControls]control {
	var c [NumControls]control
	actionKeys := [sim.NumPlayActions]Key{
		sim.ActReports: 'r', sim.ActQuota: 'q', sim.ActProcedure: 'p', sim.ActReassign: 'a',
		sim.ActReview: 'v', sim.ActForecast: 'f', sim.ActCalls: 'c', sim.ActScrub: 's',
		sim.ActVision: 'g', sim.ActMentor: 'm', sim.ActCelebrate: 'w', sim.ActFloor: 'l',
	}
	for a := sim.ActionID(0); a < sim.ActChoose; a++ {
		c[CtlAction+Control(a)] = control{sim.Actions[a].Name, sim.Actions[a].Title, []Context{CtxFloor, CtxRoutine}, []Key{actionKeys[a]}}
	}
	c[CtlPause] = control{"pause", "Pause or resume", []Context{CtxFloor}, []Key{KeySpace}}
	c[CtlSpeed0] = control{"speed-pause", "Speed: paused", []Context{CtxFloor}, []Key{'1'}}
	c[CtlSpeed1] = control{"speed-1x", "Speed: 1x", []Context{CtxFloor}, []Key{'2'}}
	c[CtlSpeed2] = control{"speed-2x", "Speed: 2x", []Context{CtxFloor}, []Key{'3'}}
	c[CtlSpeed3] = control{"speed-4x", "Speed: 4x", []Context{CtxFloor}, []Key{'4'}}
	c[CtlSpeed4] = control{"speed-8x", "Speed: 8x", []Context{CtxFloor}, []Key{'5'}}
	c[CtlHint] = control{"hint", "Ask the coach", []Context{CtxFloor, CtxDialog}, []Key{'h'}}
	c[CtlCharts] = control{"charts", "Charts", []Context{CtxFloor, CtxCharts}, []Key{'t'}}
	c[CtlMenu] = control{"menu", "Menu, or back", []Context{CtxFloor, CtxDialog, CtxCharts, CtxMenus, CtxRoutine}, []Key{KeyEscape}}
	c[CtlDeselect] = control{"deselect", "Deselect the rep", []Context{CtxFloor}, []Key{KeyBackspace}}
	c[CtlHintsSkip] = control{"hints-skip", "Skip the first-day hints", []Context{CtxHints}, []Key{'x'}}
	c[CtlHintsNext] = control{"hints-next", "Next first-day hint", []Context{CtxHints}, []Key{'n'}}
	c[CtlAnswer1] = control{"answer-1", "Event: first answer", []Context{CtxDialog}, []Key{'1'}}
	c[CtlAnswer2] = control{"answer-2", "Event: second answer", []Context{CtxDialog}, []Key{'2'}}
	c[CtlAnswer3] = control{"answer-3", "Event: third answer", []Context{CtxDialog}, []Key{'3'}}
	c[CtlAnswer4] = control{"answer-4", "Event: fourth answer", []Context{CtxDialog}, []Key{'4'}}
	c[CtlPrevTab] = control{"previous", "Charts: previous rep; settings: less", []Context{CtxCharts, CtxMenus}, []Key{KeyLeft, KeyMinus}}
	c[CtlNextTab] = control{"next", "Charts: next rep; settings: more", []Context{CtxCharts, CtxMenus}, []Key{KeyRight, KeyPlus}}
	c[CtlFullscreen] = control{"fullscreen", "Fullscreen", []Context{CtxAnywhere}, []Key{KeyF11}}
	c[CtlQueueClear] = control{"queue-clear", "Clear the queued actions", []Context{CtxFloor}, []Key{KeyDelete}}
	c[CtlRoutine] = control{"routine", "Your routine (the week's calendar)", []Context{CtxFloor}, []Key{'o'}}
	c[CtlRoutineRun] = control{"routine-run", "Pause or run your routine", []Context{CtxFloor}, []Key{'u'}}
	c[CtlRoutineSkip] = control{"routine-skip", "Skip the routine's next action", []Context{CtxFloor}, []Key{'j'}}
	c[CtlRoutineAim] = control{"routine-aim", "Calendar: whom the hour aims at", []Context{CtxRoutine}, []Key{'i'}}
	c[CtlRoutineDaily] = control{"routine-daily", "Calendar: the same every weekday", []Context{CtxRoutine}, []Key{'e'}}
	c[CtlRoutineClear] = control{"routine-clear", "Calendar: clear the hour", []Context{CtxRoutine}, []Key{KeyDelete, KeyBackspace}}
	return c
}()

// The keys that move focus are fixed, so that a player can always reach
// every button from the keyboard, whatever they remapped: Tab and
// Shift-Tab move it (and the arrows, in menus and lists), Enter presses the
// focused button. No control may take Tab, Enter, Up or Down; Left and
// Right move a menu's focus only when no control of the menu uses them.
const (
	NavNext     = KeyTab // Shift-Tab goes back
	NavActivate = KeyEnter
	NavUp       = KeyUp
	NavDown     = KeyDown
	NavLeft     = KeyLeft
	NavRight    = KeyRight
)

// navKeys are the keys reserved for focus.
var navKeys = []Key{NavNext, NavActivate, NavUp, NavDown}

// ActionControl is the control of a play action.
func ActionControl(a sim.ActionID) Control { return CtlAction + Control(a) }

// Name is the control's stable name, as the settings file writes it.
func (c Control) Name() string { return controls[c].name }

// Title is what the controls screen calls it.
func (c Control) Title() string { return controls[c].title }

// ControlByName finds a control by its stable name.
func ControlByName(name string) (Control, bool) {
	for c := Control(0); c < NumControls; c++ {
		if controls[c].name == name {
			return c, true
		}
	}
	return 0, false
}

// KeyMap is the player's bindings: the keys of each control.
type KeyMap struct {
	keys    [NumControls][]Key
	version int
}

// Version changes whenever a binding does, so labels can cache.
func (m *KeyMap) Version() int { return m.version }

// Reset puts every binding back to the game's own, in place: whoever holds
// the map sees the change, and Version moves on so that labels cached from
// the old bindings are made again.
func (m *KeyMap) Reset() {
	v := m.version
	*m = *DefaultKeyMap()
	m.version = v + 1
}

// DefaultKeyMap is the game's own bindings.
func DefaultKeyMap() *KeyMap {
	m := &KeyMap{}
	for c := range controls {
		m.keys[c] = append([]Key(nil), controls[c].keys...)
	}
	return m
}

// Pressed reports whether one of c's keys was pressed this frame. A key
// pressed while Ctrl, Alt or Meta is held belongs to the browser or the
// system (Ctrl+R reloads the page, Cmd+W closes it), so no control fires
// then; every binding is read here, so the rule holds for all of them.
// Shift is no part of any binding and does not hold a control back.
func (m *KeyMap) Pressed(in *Input, c Control) bool {
	if in.Mod {
		return false
	}
	for _, k := range m.keys[c] {
		if in.Key(k) {
			return true
		}
	}
	return false
}

// Consume removes c's keys from the frame (an overlay handled them).
func (m *KeyMap) Consume(in *Input, c Control) {
	for _, k := range m.keys[c] {
		in.ConsumeKey(k)
	}
}

// Keys are c's keys.
func (m *KeyMap) Keys(c Control) []Key { return m.keys[c] }

// Label is c's first key as a key cap shows it: "R", "Space", "Esc".
func (m *KeyMap) Label(c Control) string {
	if len(m.keys[c]) == 0 {
		return ""
	}
	return KeyLabel(m.keys[c][0])
}

// Conflict names the control of a live context that already uses k, or
// returns false: binding k to c would give k two meanings somewhere.
func (m *KeyMap) Conflict(c Control, k Key) (Control, bool) {
	for _, o := range livesWith(c) {
		if o == c {
			continue
		}
		for _, ok := range m.keys[o] {
			if ok == k {
				return o, true
			}
		}
	}
	return 0, false
}

// Bind makes k c's only key, refusing a key reserved for focus and one
// that another control of a live context already uses.
func (m *KeyMap) Bind(c Control, k Key) error {
	for _, nk := range navKeys {
		if k == nk {
			return fmt.Errorf("%s moves the focus, always", KeyLabel(k))
		}
	}
	if k == KeyNone {
		return fmt.Errorf("no key")
	}
	if o, clash := m.Conflict(c, k); clash {
		return fmt.Errorf("%s is already %s", KeyLabel(k), o.Title())
	}
	m.keys[c] = []Key{k}
	m.version++
	return nil
}

// livesWith lists every control that can be pressed where c can.
func livesWith(c Control) []Control {
	var out []Control
	for _, group := range together {
		if !inGroup(controls[c].ctx, group) {
			continue
		}
		for o := Control(0); o < NumControls; o++ {
			if inGroup(controls[o].ctx, group) {
				out = append(out, o)
			}
		}
	}
	return out
}

func inGroup(ctx []Context, group []Context) bool {
	for _, x := range ctx {
		for _, g := range group {
			if x == g {
				return true
			}
		}
	}
	return false
}

// Overrides are the bindings that differ from the defaults, by control
// name and key name: what the settings file keeps.
func (m *KeyMap) Overrides() map[string]string {
	out := map[string]string{}
	def := DefaultKeyMap()
	for c := Control(0); c < NumControls; c++ {
		if !sameKeys(m.keys[c], def.keys[c]) && len(m.keys[c]) > 0 {
			out[controls[c].name] = KeyName(m.keys[c][0])
		}
	}
	return out
}

func sameKeys(a, b []Key) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// KeyMapFrom builds a key map from the defaults and the settings file's
// overrides. An override that names no control, no key, or a key that
// would clash is left out, and said in the errors (field "keys.<name>"),
// so a bad file keeps the defaults for what it got wrong and nothing else.
func KeyMapFrom(overrides map[string]string) (*KeyMap, []error) {
	m := DefaultKeyMap()
	names := make([]string, 0, len(overrides))
	for n := range overrides {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		c, ok := ControlByName(n)
		if !ok {
			errs = append(errs, fmt.Errorf("keys.%s: no such control", n))
			continue
		}
		k, ok := ParseKey(strings.ToLower(overrides[n]))
		if !ok {
			errs = append(errs, fmt.Errorf("keys.%s: %q is not a key", n, overrides[n]))
			continue
		}
		if err := m.Bind(c, k); err != nil {
			errs = append(errs, fmt.Errorf("keys.%s: %w; kept %s", n, err, m.Label(c)))
		}
	}
	return m, errs
}

// KeyName is k as the settings file and scripts write it: "space", "r".
func KeyName(k Key) string {
	for n, v := range keyNames {
		if v == k && n != "return" && n != "escape" {
			return n
		}
	}
	return string(rune(k))
}

// KeyLabel is k as a key cap shows it: "R", "Space", "Esc", "F11".
func KeyLabel(k Key) string {
	switch k {
	case KeySpace:
		return "Space"
	case KeyEscape:
		return "Esc"
	case KeyEnter:
		return "Enter"
	case KeyTab:
		return "Tab"
	case KeyBackspace:
		return "Backspace"
	case KeyLeft:
		return "Left"
	case KeyRight:
		return "Right"
	case KeyUp:
		return "Up"
	case KeyDown:
		return "Down"
	case KeyF11:
		return "F11"
	case KeyPlus:
		return "+"
	case KeyMinus:
		return "-"
	case KeyDelete:
		return "Delete"
	}
	return strings.ToUpper(string(rune(k)))
}

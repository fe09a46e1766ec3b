// Package ui is the game's interface without Ebiten: the input snapshot,
// rectangles and the floor's layout, menus and the focus ring, the key map,
// the action panel and the floor's cosmetic model. Everything here is
// testable without a window.
package ui

// Key is a key the game reacts to. Letters and digits are their lower-case
// runes; the rest are named constants outside the printable range.
type Key rune

// Named keys.
const (
	KeyNone   Key = 0
	KeyTab    Key = '\t'
	KeyEnter  Key = '\r'
	KeyEscape Key = 0x1b
	KeySpace  Key = ' '
	KeyUp     Key = 0xE000 + iota
	KeyDown
	KeyLeft
	KeyRight
	KeyF11
	KeyBackspace
	KeyPlus
	KeyMinus
	KeyDelete
)

// keyNames maps script names to keys.
var keyNames = map[string]Key{
	"tab": KeyTab, "enter": KeyEnter, "return": KeyEnter, "esc": KeyEscape, "escape": KeyEscape,
	"space": KeySpace, "up": KeyUp, "down": KeyDown, "left": KeyLeft, "right": KeyRight,
	"f11": KeyF11, "backspace": KeyBackspace, "plus": KeyPlus, "minus": KeyMinus,
	"delete": KeyDelete,
}

// ParseKey reads a key name as scripts write it: "space", "esc", "a", "5".
func ParseKey(s string) (Key, bool) {
	if k, ok := keyNames[s]; ok {
		return k, true
	}
	if len(s) == 1 {
		c := s[0]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			return Key(c), true
		}
	}
	return KeyNone, false
}

// MaxKeys bounds the keys recorded in one frame.
const MaxKeys = 16

// Input is one frame's input, snapshotted once per Update and passed to the
// scenes, so that scenes never read devices themselves and tests can drive
// them with plain values. Coordinates are in UI units (see Layout).
type Input struct {
	X, Y    float64 // pointer position
	Down    bool    // primary button or a touch is held
	Pressed bool    // went down this frame
	Clicked bool    // released this frame: a click or a tap at X, Y
	Wheel   float64 // vertical scroll, positive up
	Shift   bool
	// Mod: Ctrl, Alt or Meta (Cmd) is held. A key pressed with one is the
	// browser's or the system's (Ctrl+R reloads, Cmd+Q quits), not the
	// game's: the key map's controls do not fire (KeyMap.Pressed).
	Mod   bool
	keys  [MaxKeys]Key
	nkeys int
	Hover bool // the pointer is over the window (false for touch between taps)
}

// Reset clears the frame's events, keeping the pointer position.
func (in *Input) Reset() {
	in.Down, in.Pressed, in.Clicked, in.Shift, in.Mod = false, false, false, false, false
	in.Wheel = 0
	in.nkeys = 0
}

// AddKey records a key pressed this frame.
func (in *Input) AddKey(k Key) {
	if in.nkeys < MaxKeys {
		in.keys[in.nkeys] = k
		in.nkeys++
	}
}

// Key reports whether k was pressed this frame.
func (in *Input) Key(k Key) bool {
	for i := 0; i < in.nkeys; i++ {
		if in.keys[i] == k {
			return true
		}
	}
	return false
}

// Keys returns the keys pressed this frame.
func (in *Input) Keys() []Key { return in.keys[:in.nkeys] }

// Any reports whether the player did anything this frame.
func (in *Input) Any() bool { return in.Pressed || in.Clicked || in.nkeys > 0 }

// ConsumeKey removes k from the frame (an overlay handled it).
func (in *Input) ConsumeKey(k Key) {
	for i := 0; i < in.nkeys; i++ {
		if in.keys[i] == k {
			copy(in.keys[i:], in.keys[i+1:in.nkeys])
			in.nkeys--
			return
		}
	}
}

// ConsumeClick marks the click as handled.
func (in *Input) ConsumeClick() { in.Clicked = false; in.Pressed = false }

// Rect is an axis-aligned rectangle in UI units.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether the point is inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && y >= r.Y && x < r.X+r.W && y < r.Y+r.H
}

// Inset shrinks r by d on every side.
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

// Right and Bottom edges.
func (r Rect) Right() float64  { return r.X + r.W }
func (r Rect) Bottom() float64 { return r.Y + r.H }

// ClickIn reports whether this frame's click landed in r.
func (in *Input) ClickIn(r Rect) bool { return in.Clicked && r.Contains(in.X, in.Y) }

// HoverIn reports whether the pointer is over r.
func (in *Input) HoverIn(r Rect) bool { return in.Hover && r.Contains(in.X, in.Y) }

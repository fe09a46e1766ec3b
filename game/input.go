package game

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"salesfloor/game/ui"
)

var timeNow = time.Now

// keyMap maps Ebiten keys to the game's keys.
var keyMap = func() []struct {
	e ebiten.Key
	k ui.Key
} {
	m := []struct {
		e ebiten.Key
		k ui.Key
	}{
		{ebiten.KeyTab, ui.KeyTab}, {ebiten.KeyEnter, ui.KeyEnter}, {ebiten.KeyNumpadEnter, ui.KeyEnter},
		{ebiten.KeyEscape, ui.KeyEscape}, {ebiten.KeySpace, ui.KeySpace},
		{ebiten.KeyUp, ui.KeyUp}, {ebiten.KeyDown, ui.KeyDown}, {ebiten.KeyLeft, ui.KeyLeft},
		{ebiten.KeyRight, ui.KeyRight}, {ebiten.KeyF11, ui.KeyF11}, {ebiten.KeyBackspace, ui.KeyBackspace},
		{ebiten.KeyEqual, ui.KeyPlus}, {ebiten.KeyNumpadAdd, ui.KeyPlus},
		{ebiten.KeyMinus, ui.KeyMinus}, {ebiten.KeyNumpadSubtract, ui.KeyMinus},
		{ebiten.KeyDelete, ui.KeyDelete},
	}
	for k := ebiten.KeyA; k <= ebiten.KeyZ; k++ {
		m = append(m, struct {
			e ebiten.Key
			k ui.Key
		}{k, ui.Key('a' + (k - ebiten.KeyA))})
	}
	for k := ebiten.KeyDigit0; k <= ebiten.KeyDigit9; k++ {
		m = append(m, struct {
			e ebiten.Key
			k ui.Key
		}{k, ui.Key('0' + (k - ebiten.KeyDigit0))})
	}
	return m
}()

// jsCode is the name the browser's KeyboardEvent.code gives an Ebiten key:
// "KeyA" for A, otherwise Ebiten's own ("Digit1", "ArrowUp", "Enter").
func jsCode(k ebiten.Key) string {
	s := k.String()
	if len(s) == 1 {
		return "Key" + s
	}
	return s
}

// keyByCode finds a keyMap entry by the browser's KeyboardEvent.code.
var keyByCode = func() map[string]int {
	m := map[string]int{}
	for i, e := range keyMap {
		m[jsCode(e.e)] = i
	}
	return m
}()

// lostKeys adds the keys the platform saw go down since the last frame
// (codes, KeyboardEvent.code) that the frame sees neither just pressed nor
// held: a tap whose press and release both fell between two frames, which
// polling never sees. A play-test in a software-rendered browser lost
// every quick tap (x on the hints, O, Tab).
func lostKeys(in *ui.Input, codes []string, seen func(ebiten.Key) bool) {
	for _, c := range codes {
		i, ok := keyByCode[c]
		if !ok || seen(keyMap[i].e) {
			continue
		}
		in.AddKey(keyMap[i].k)
	}
}

// lostClick reports whether the platform saw the mouse button released since
// the last frame (ups) while the frame saw no press, no release and no
// button held: a click whose press and release fell between two frames,
// which polling never sees. It is a click where the cursor stands.
func lostClick(in *ui.Input, ups int) bool {
	return ups > 0 && !in.Pressed && !in.Clicked && !in.Down
}

// inputReader snapshots the devices once per frame. Touches are tracked
// here: a tap is its press and release, which in Ebiten 2.8 can fall in one
// frame and be missed by polling "pressed" alone.
type inputReader struct {
	touches  []ebiten.TouchID
	touchPos map[ebiten.TouchID][2]int
	ended    []ebiten.TouchID
	downs    []string // the platform's key presses since the last frame
	lastX    float64
	lastY    float64
	hasMouse bool
}

func (r *inputReader) read(in *ui.Input, scale float64) {
	in.Reset()
	mx, my := ebiten.CursorPosition()
	x, y := float64(mx)/scale, float64(my)/scale
	if x != r.lastX || y != r.lastY {
		r.hasMouse = true
	}
	r.lastX, r.lastY = x, y
	in.X, in.Y = x, y
	in.Hover = r.hasMouse
	in.Down = ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	in.Pressed = inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft)
	in.Clicked = inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft)
	if lostClick(in, platformMouseUps()) {
		in.Pressed, in.Clicked = true, true
	}
	_, wy := ebiten.Wheel()
	in.Wheel = wy
	in.Shift = ebiten.IsKeyPressed(ebiten.KeyShift)
	in.Mod = ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyAlt) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	r.downs = platformKeyDowns(r.downs[:0])
	lostKeys(in, r.downs, func(k ebiten.Key) bool { return inpututil.IsKeyJustPressed(k) || ebiten.IsKeyPressed(k) })
	for _, m := range keyMap {
		if inpututil.IsKeyJustPressed(m.e) || (m.e != ebiten.KeyEscape && m.e != ebiten.KeyEnter && m.e != ebiten.KeySpace && inpututil.KeyPressDuration(m.e) > 30 && inpututil.KeyPressDuration(m.e)%6 == 0 && (m.k == ui.KeyTab || m.k == ui.KeyUp || m.k == ui.KeyDown)) {
			in.AddKey(m.k)
		}
	}
	// Touches: remember where each is; a touch gone since last frame is a
	// tap (a click) at its last position.
	if r.touchPos == nil {
		r.touchPos = map[ebiten.TouchID][2]int{}
	}
	r.touches = ebiten.AppendTouchIDs(r.touches[:0])
	for _, id := range r.touches {
		tx, ty := ebiten.TouchPosition(id)
		if _, ok := r.touchPos[id]; !ok {
			in.Pressed = true
		}
		r.touchPos[id] = [2]int{tx, ty}
		in.X, in.Y = float64(tx)/scale, float64(ty)/scale
		in.Down = true
		in.Hover = true
		r.hasMouse = false
	}
	r.ended = r.ended[:0]
	for id, p := range r.touchPos {
		still := false
		for _, t := range r.touches {
			if t == id {
				still = true
			}
		}
		if !still {
			r.ended = append(r.ended, id)
			in.X, in.Y = float64(p[0])/scale, float64(p[1])/scale
			in.Clicked = true
			in.Hover = true
		}
	}
	for _, id := range r.ended {
		delete(r.touchPos, id)
	}
}

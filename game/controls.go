package game

import (
	"salesfloor/game/synth"
	"salesfloor/game/ui"
)

// controlsScene is where the player remaps keys: every control with its
// key, in two columns; choose one (click, or the arrows and Enter), press
// the new key. A key that already means something where the control can be
// pressed is refused with what it means; Tab, Enter and the arrows always
// move the focus and cannot be taken. Changes are saved at once.
type controlsScene struct {
	back    Scene
	menu    *ui.Menu
	waiting int // the control waiting for its new key, or -1
	msg     string
	msgOK   bool
	ver     int // the key map's version the labels show
}

// Items after the controls.
const (
	controlsReset = int(ui.NumControls)
	controlsBack  = controlsReset + 1
)

func newControls(a *App, back Scene) *controlsScene {
	labels := make([]string, controlsBack+1)
	labels[controlsReset] = "Reset all to the defaults"
	labels[controlsBack] = "Back"
	s := &controlsScene{back: back, menu: ui.NewMenu(labels...), waiting: -1, ver: -1}
	s.menu.Ring.Index = 0
	return s
}

// layout places the controls in two columns and the two buttons below;
// the labels follow the key map.
func (s *controlsScene) layout(a *App) {
	n := int(ui.NumControls)
	half := (n + 1) / 2
	colW := minF(460, (a.W-60)/2)
	x0 := a.W/2 - colW - 10
	y0, h, gap := 90.0, 26.0, 4.0
	for i := 0; i < n; i++ {
		col, row := i/half, i%half
		s.menu.Items[i].Rect = ui.Rect{X: x0 + float64(col)*(colW+20), Y: y0 + float64(row)*(h+gap), W: colW, H: h}
	}
	by := y0 + float64(half)*(h+gap) + 16
	s.menu.Items[controlsReset].Rect = ui.Rect{X: a.W/2 - 250, Y: by, W: 300, H: 36}
	s.menu.Items[controlsBack].Rect = ui.Rect{X: a.W/2 + 60, Y: by, W: 190, H: 36}
	if s.ver != a.Keys.Version() || s.menu.Items[0].Label == "" {
		s.ver = a.Keys.Version()
		for i := 0; i < n; i++ {
			c := ui.Control(i)
			s.menu.Items[i].Label = c.Title() + ":  " + keysText(a.Keys, c)
		}
	}
}

func keysText(m *ui.KeyMap, c ui.Control) string {
	out := ""
	for i, k := range m.Keys(c) {
		if i > 0 {
			out += " or "
		}
		out += ui.KeyLabel(k)
	}
	return out
}

func minF(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func (s *controlsScene) Update(a *App, in *ui.Input) error {
	s.layout(a)
	if s.waiting >= 0 {
		c := ui.Control(s.waiting)
		keys := in.Keys()
		switch {
		case a.Keys.Pressed(in, ui.CtlMenu):
			s.waiting, s.msg, s.msgOK = -1, "Canceled: "+c.Title()+" keeps "+keysText(a.Keys, c)+".", true
		case len(keys) > 0:
			if err := a.Keys.Bind(c, keys[0]); err != nil {
				s.msg, s.msgOK = "Not bound: "+err.Error()+". Press another key, or "+a.Keys.Label(ui.CtlMenu)+".", false
				a.Play(synth.SoundRefuse)
				return nil
			}
			a.SaveKeys()
			s.waiting, s.msg, s.msgOK = -1, c.Title()+" is now "+keysText(a.Keys, c)+".", true
			a.Play(synth.SoundClick)
		}
		return nil
	}
	if a.Keys.Pressed(in, ui.CtlMenu) {
		a.Go(s.back)
		return nil
	}
	switch i := s.menu.Update(in); {
	case i < 0:
	case i == controlsBack:
		a.Go(s.back)
	case i == controlsReset:
		a.Keys = ui.DefaultKeyMap()
		a.SaveKeys()
		s.ver, s.msg, s.msgOK = -1, "Every key is back to the game's own.", true
		a.Play(synth.SoundClick)
	default:
		s.waiting = i
		s.msg, s.msgOK = "Press the new key for "+ui.Control(i).Title()+" ("+a.Keys.Label(ui.CtlMenu)+" cancels).", true
	}
	return nil
}

func (s *controlsScene) Draw(a *App, g *Gfx) {
	drawBackdrop(a, g)
	g.Fill(ui.Rect{W: a.W, H: a.H}, g.P.Shade)
	g.Text("Keys", a.W/2, 24, SizeBig+6, true, g.P.Accent, Center)
	g.Text("Choose a control, then press its new key. Tab, Enter and the arrows always move between buttons.",
		a.W/2, 62, SizeSmall, false, g.P.Dim, Center)
	for i := range s.menu.Items {
		it := &s.menu.Items[i]
		st := ButtonState{Hover: s.menu.Hover == i, Focus: s.menu.Ring.Index == i, On: s.waiting == i}
		g.Button(it.Rect, it.Label, st)
	}
	if s.msg != "" {
		c := g.P.Text
		if !s.msgOK {
			c = g.P.Bad
		}
		y := s.menu.Items[controlsBack].Rect.Bottom() + 18
		g.Text(s.msg, a.W/2, y, SizeBody, true, c, Center)
	}
	g.Text("Saved at once, in "+a.Files.Location(), a.W/2, a.H-40, SizeSmall, false, g.P.Dim, Center)
}

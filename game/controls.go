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

func newControls(ctx *Ctx, back Scene) *controlsScene {
	labels := make([]string, controlsBack+1)
	labels[controlsReset] = "Reset all to the defaults"
	labels[controlsBack] = "Back"
	s := &controlsScene{back: back, menu: ui.NewMenu(labels...), waiting: -1, ver: -1}
	s.menu.Ring.Index = 0
	return s
}

// layout places the controls in two columns and the two buttons below;
// the labels follow the key map.
func (s *controlsScene) layout(ctx *Ctx) {
	n := int(ui.NumControls)
	half := (n + 1) / 2
	colW := minF(460, (ctx.W-60)/2)
	x0 := ctx.W/2 - colW - 10
	// Rows as tall as the window lets them be, up to 26: below them the
	// two buttons, the message line and the footer.
	y0, gap := 90.0, 4.0
	h := min(26, (ctx.H-y0-130)/float64(half)-gap)
	for i := 0; i < n; i++ {
		col, row := i/half, i%half
		s.menu.Items[i].Rect = ui.Rect{X: x0 + float64(col)*(colW+20), Y: y0 + float64(row)*(h+gap), W: colW, H: h}
	}
	by := y0 + float64(half)*(h+gap) + 16
	s.menu.Items[controlsReset].Rect = ui.Rect{X: ctx.W/2 - 250, Y: by, W: 300, H: 36}
	s.menu.Items[controlsBack].Rect = ui.Rect{X: ctx.W/2 + 60, Y: by, W: 190, H: 36}
	if s.ver != ctx.Keys.Version() || s.menu.Items[0].Label == "" {
		s.ver = ctx.Keys.Version()
		for i := 0; i < n; i++ {
			c := ui.Control(i)
			s.menu.Items[i].Label = c.Title() + ":  " + keysText(ctx.Keys, c)
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

func (s *controlsScene) Update(ctx *Ctx, in *ui.Input) error {
	s.layout(ctx)
	if s.waiting >= 0 {
		c := ui.Control(s.waiting)
		keys := in.Keys()
		switch {
		case in.Mod:
			// Ctrl, Alt or Meta held: the key is the browser's or the
			// system's (Ctrl+Z, Cmd+Tab), and no binding can hold it.
		case ctx.Keys.Pressed(in, ui.CtlMenu):
			s.waiting, s.msg, s.msgOK = -1, "Canceled: "+c.Title()+" keeps "+keysText(ctx.Keys, c)+".", true
		case len(keys) > 0:
			if err := ctx.Keys.Bind(c, keys[0]); err != nil {
				s.msg, s.msgOK = "Not bound: "+err.Error()+". Press another key, or "+ctx.Keys.Label(ui.CtlMenu)+".", false
				ctx.Play(synth.SoundRefuse)
				return nil
			}
			ctx.SaveKeys()
			s.waiting, s.msg, s.msgOK = -1, c.Title()+" is now "+keysText(ctx.Keys, c)+".", true
			ctx.Play(synth.SoundClick)
		}
		return nil
	}
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		ctx.Go(s.back)
		return nil
	}
	switch i := s.menu.Update(in); {
	case i < 0:
	case i == controlsBack:
		ctx.Go(s.back)
	case i == controlsReset:
		ctx.Keys.Reset()
		ctx.SaveKeys()
		s.ver, s.msg, s.msgOK = -1, "Every key is back to the game's own.", true
		ctx.Play(synth.SoundClick)
	default:
		s.waiting = i
		s.msg, s.msgOK = "Press the new key for "+ui.Control(i).Title()+" ("+ctx.Keys.Label(ui.CtlMenu)+" cancels).", true
	}
	return nil
}

func (s *controlsScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Fill(ui.Rect{W: ctx.W, H: ctx.H}, g.P.Shade)
	first, back := s.menu.Items[0].Rect, s.menu.Items[controlsBack].Rect
	g.Panel(ui.Rect{X: first.X - 20, Y: 12, W: ctx.W - 2*(first.X-20), H: back.Bottom() + 44 - 12})
	g.Text("Keys", ctx.W/2, 24, SizeBig+6, true, g.P.Accent, Center)
	g.Text("Choose a control, then press its new key. Tab, Enter and the arrows always move between buttons.",
		ctx.W/2, 62, SizeSmall, false, g.P.Dim, Center)
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
		g.Text(s.msg, ctx.W/2, y, SizeBody, true, c, Center)
	}
	drawFooter(ctx, g, "Saved at once, in "+ctx.Files.Location())
}

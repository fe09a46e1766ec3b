package game

import (
	"fmt"
	"math"

	"salesfloor/game/synth"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// settingsScene changes the UI scale, palette, sound, motion and
// fullscreen, each saved at once, and leads to the key map.
type settingsScene struct {
	back Scene
	menu *ui.Menu
	held string // why the UI scale is not in effect, or ""
	// Laid out in Update: the panel, the title's top, the line under
	// the menu (held, wrapped) and the palette's sample.
	panel    ui.Rect
	titleY   float64
	heldWrap []string
	heldY    float64
	facesY   float64
}

// layout stacks the title, the menu, the note on the scale and the
// palette's sample on a panel, centred above the footer; the menu's
// buttons are shorter in a short window.
func (s *settingsScene) layout(ctx *Ctx) {
	const pad, head, facesH = 20.0, 56.0, 40.0
	n := float64(len(s.menu.Items))
	itemH, gap := 44.0, 10.0
	noteH := 2 * SizeSmall * 1.35
	need := func() float64 { return 2*pad + head + n*(itemH+gap) - gap + 10 + noteH + 6 + facesH }
	if need() > ctx.H-footH-16 {
		itemH, gap = 36, 6
	}
	w := 460.0
	top := max(8, (ctx.H-footH-need())/2)
	s.panel = ui.Rect{X: ctx.W/2 - w/2, Y: top, W: w, H: need()}
	s.titleY = top + pad
	s.menu.Layout(ctx.W/2-200, s.titleY+head, 400, itemH, gap)
	s.heldY = s.menu.Items[len(s.menu.Items)-1].Rect.Bottom() + 10
	s.heldWrap = nil
	if s.held != "" && ctx.text.Scale > 0 {
		s.heldWrap = ctx.text.WrapC(s.held, w-40, SizeSmall, false)
	}
	s.facesY = s.heldY + noteH + 6 + facesH/2
}

func newSettings(ctx *Ctx, back Scene) *settingsScene {
	s := &settingsScene{back: back, menu: ui.NewMenu("", "", "", "", "", "", "Auto-pause…", "Keys…", "Back")}
	s.menu.Ring.Index = 0
	s.labels(ctx) // ready for a Draw before the first Update
	s.layout(ctx)
	return s
}

// leftRight names the keys that make a setting less and more: "Left/Right".
func leftRight(ctx *Ctx) string {
	return ctx.Keys.Label(ui.CtlPrevTab) + "/" + ctx.Keys.Label(ui.CtlNextTab)
}

func onOffText(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

func (s *settingsScene) labels(ctx *Ctx) {
	st := ctx.Settings
	it := s.menu.Items
	it[0].Label = fmt.Sprintf("UI scale: %.0f%%  (%s)", st.UIScale*100, leftRight(ctx))
	s.held = ""
	if h := ctx.HeldScale; h > 0 {
		it[0].Label = fmt.Sprintf("UI scale: %.0f%%, shown at %.0f%%  (%s)", st.UIScale*100, h*100, leftRight(ctx))
		s.held = fmt.Sprintf("This window fits the game at up to %.0f%%: enlarge it, or go fullscreen, for %.0f%%.", h*100, st.UIScale*100)
	}
	it[1].Label = "Colour-blind-safe palette: " + onOffText(st.ColorBlind)
	it[2].Label = "Sound: " + onOffText(st.Sound)
	it[3].Label = fmt.Sprintf("Volume: %.0f%%  (%s)", st.Volume*100, leftRight(ctx))
	it[4].Label = "Reduced motion: " + onOffText(st.ReducedMotion)
	it[5].Label = "Fullscreen (" + ctx.Keys.Label(ui.CtlFullscreen) + "): " + onOffText(st.Fullscreen)
}

func (s *settingsScene) Update(ctx *Ctx, in *ui.Input) error {
	s.layout(ctx)
	defer s.layout(ctx) // what Draw shows, after this frame's changes
	defer s.labels(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		ctx.Go(s.back)
		return nil
	}
	st := ctx.Settings
	delta := 0.0
	if ctx.Keys.Pressed(in, ui.CtlPrevTab) {
		delta = -1
	}
	if ctx.Keys.Pressed(in, ui.CtlNextTab) {
		delta = 1
	}
	if delta != 0 {
		ctx.Keys.Consume(in, ui.CtlPrevTab)
		ctx.Keys.Consume(in, ui.CtlNextTab)
		switch s.menu.Ring.Index {
		case 0:
			st.UIScale = clampF(st.UIScale+0.125*delta, 0.75, 2)
		case 3:
			st.Volume = clampF(st.Volume+0.1*delta, 0, 1)
		}
		ctx.SaveSettings()
	}
	switch s.menu.Update(in) {
	case 0:
		st.UIScale += 0.125
		if st.UIScale > 2.001 {
			st.UIScale = 0.75
		}
	case 1:
		st.ColorBlind = !st.ColorBlind
	case 2:
		st.Sound = !st.Sound
		if st.Sound {
			ctx.UnlockSound()
		}
	case 3:
		st.Volume += 0.2
		if st.Volume > 1.001 {
			st.Volume = 0
		}
	case 4:
		st.ReducedMotion = !st.ReducedMotion
	case 5:
		st.Fullscreen = !st.Fullscreen
	case 6:
		ctx.Go(newAutoPause(ctx, s))
		return nil
	case 7:
		ctx.Go(newControls(ctx, s))
		return nil
	case 8:
		ctx.Go(s.back)
		return nil
	default:
		return nil
	}
	ctx.SaveSettings()
	ctx.Play(synth.SoundClick)
	return nil
}

func clampF(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func (s *settingsScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Panel(s.panel)
	g.Text("Settings", ctx.W/2, s.titleY, SizeBig+6, true, g.P.Accent, Center)
	drawMenu(ctx, g, s.menu)
	g.Lines(s.heldWrap, s.panel.X+20, s.heldY, SizeSmall, false, g.P.Mid)
	// Without a sound device the sound settings do nothing: say so beside
	// them rather than ignore them silently.
	if note := ctx.SoundNote(); note != "" {
		snd, vol := s.menu.Items[2].Rect, s.menu.Items[3].Rect
		x := s.panel.Right() + 8
		box := ui.Rect{X: x, Y: snd.Y, W: math.Min(300, ctx.W-x-12), H: vol.Bottom() - snd.Y}
		g.Fill(box, g.P.Panel)
		g.Fill(ui.Rect{X: box.X, Y: box.Y, W: 4, H: box.H}, g.P.Bad)
		lines := g.WrapC(note+". The setting is kept for when there is one.", box.W-20, SizeSmall, false)
		ly := box.Y + (box.H-float64(len(lines))*SizeSmall*1.35)/2
		g.Lines(lines, box.X+12, ly, SizeSmall, false, g.P.Text)
	}
	// A sample of the palette: the morale faces.
	x := ctx.W/2 - 60
	for i, m := range []sim.Fixed{sim.F(2, 10), sim.F(5, 10), sim.F(8, 10)} {
		drawFace(ctx.Art, g, x+float64(i)*60, s.facesY, m, 14)
	}
	drawFooter(ctx, g, "Settings are saved at once, in "+ctx.Files.Location())
}

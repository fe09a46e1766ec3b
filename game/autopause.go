package game

import (
	"salesfloor/game/synth"
	"salesfloor/game/ui"
)

// autoPauseScene chooses which moments stop the clock: a routine runs the
// hours, and these are the moments the player wants to be there for. Each
// change is saved at once.
type autoPauseScene struct {
	back  Scene
	menu  *ui.Menu
	panel ui.Rect
}

// autoPauses are the settings' switches, in the menu's order, with what
// each says.
var autoPauses = [...]struct {
	label string
	on    func(ctx *Ctx) *bool
}{
	{"A rep thinks of leaving", func(ctx *Ctx) *bool { return &ctx.Settings.Pause.Threats }},
	{"The VP's check-in and its result", func(ctx *Ctx) *bool { return &ctx.Settings.Pause.Checkin }},
	{"The morning before a check-in", func(ctx *Ctx) *bool { return &ctx.Settings.Pause.CheckinEve }},
	{"Every event, not only questions", func(ctx *Ctx) *bool { return &ctx.Settings.Pause.Events }},
	{"Every morning at 09:00", func(ctx *Ctx) *bool { return &ctx.Settings.Pause.DayStart }},
}

func newAutoPause(ctx *Ctx, back Scene) *autoPauseScene {
	labels := make([]string, len(autoPauses)+1)
	labels[len(autoPauses)] = "Back"
	s := &autoPauseScene{back: back, menu: ui.NewMenu(labels...)}
	s.menu.Ring.Index = 0
	s.layout(ctx) // ready for a Draw before the first Update
	return s
}

// layout places the menu and names each switch's state.
func (s *autoPauseScene) layout(ctx *Ctx) {
	s.menu.Layout(ctx.W/2-230, ctx.H/2-150, 460, 44, 10)
	s.panel = ui.Rect{X: ctx.W/2 - 330, Y: ctx.H/2 - 250, W: 660, H: 450}
	for i := range autoPauses {
		s.menu.Items[i].Label = autoPauses[i].label + ": " + onOffText(*autoPauses[i].on(ctx))
	}
}

func (s *autoPauseScene) Update(ctx *Ctx, in *ui.Input) error {
	s.layout(ctx)
	defer s.layout(ctx) // what Draw shows, after this frame's changes
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		ctx.Go(s.back)
		return nil
	}
	switch i := s.menu.Update(in); {
	case i < 0:
	case i == len(autoPauses):
		ctx.Go(s.back)
	default:
		on := autoPauses[i].on(ctx)
		*on = !*on
		ctx.SaveSettings()
		ctx.Play(synth.SoundClick)
	}
	return nil
}

func (s *autoPauseScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Panel(s.panel)
	g.Text("Auto-pause", ctx.W/2, ctx.H/2-230, SizeBig+6, true, g.P.Accent, Center)
	g.Text("Which moments stop the clock until you have seen them. A resignation always does.", ctx.W/2, ctx.H/2-188, SizeBody, false, g.P.Text, Center)
	drawMenu(ctx, g, s.menu)
}

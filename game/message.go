package game

import (
	"salesfloor/game/ui"
)

// messageScene tells the player something went wrong (a save that will not
// load, a file that will not import) and offers the ways on; do gets the
// choice.
type messageScene struct {
	title, text, detail string
	menu                *ui.Menu
	do                  func(int)
	wrap, dwrap         []string
}

func newMessage(ctx *Ctx, title, text, detail string, options []string, do func(int)) *messageScene {
	m := ui.NewMenu(options...)
	m.Ring.Index = 0
	s := &messageScene{title: title, text: text, detail: detail, menu: m, do: do}
	s.layout(ctx) // ready for a Draw before the first Update
	return s
}

// layout places the buttons and wraps the texts for the window.
func (m *messageScene) layout(ctx *Ctx) {
	m.menu.Layout(ctx.W/2-150, ctx.H/2+40, 300, 44, 10)
	if m.wrap == nil {
		m.wrap = ctx.text.Wrap(m.text, 640, SizeBody+1, false)
		m.dwrap = ctx.text.Wrap(m.detail, 640, SizeSmall, false)
	}
}

func (m *messageScene) Update(ctx *Ctx, in *ui.Input) error {
	m.layout(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		m.do(len(m.menu.Items) - 1)
		return nil
	}
	if i := m.menu.Update(in); i >= 0 {
		m.do(i)
	}
	return nil
}

func (m *messageScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Panel(ui.Rect{X: ctx.W/2 - 340, Y: ctx.H/2 - 220, W: 680, H: m.menu.Items[len(m.menu.Items)-1].Rect.Bottom() + 20 - (ctx.H/2 - 220)})
	g.Text(m.title, ctx.W/2, ctx.H/2-200, SizeBig, true, g.P.Bad, Center)
	y := g.Lines(m.wrap, ctx.W/2-320, ctx.H/2-150, SizeBody+1, false, g.P.Text)
	g.Lines(m.dwrap, ctx.W/2-320, y+10, SizeSmall, false, g.P.Dim)
	drawMenu(ctx, g, m.menu)
}

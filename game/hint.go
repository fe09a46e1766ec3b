package game

import (
	"salesfloor/game/coach"
	"salesfloor/game/ui"
)

// hintPanel is the floor's coach: H asks the expert for the next move at
// the current state. It searches a copy of the world a slice per frame
// (with the game paused, so that the moment it thinks about stays put), and
// shows the suggestion, how to do it and the expert's reason. It never
// issues a command: the player decides. When the game moves on (a command,
// a tick), the hint in progress or on show is dropped, never applied late.
type hintPanel struct {
	h    coach.Hint
	err  string // why asking failed, shown in the panel
	box  ui.Rect
	lay  []string // the reason, wrapped for box
	wrap string   // the text lay was wrapped from
	wrW  float64
	dots int // the thinking indicator's phase
}

const (
	hintPanelH    = 36.0 // the panel without the reason's lines
	hintLineH     = SizeSmall * 1.35
	hintHeadSize  = SizeBody
	hintThinkText = "The coach is thinking"
)

// toggle asks for a hint, or hides the one on show, or stops one thinking.
func (p *hintPanel) toggle(ctx *Ctx) {
	if p.h.State != coach.HintNone && p.h.Fresh(ctx.Stamp()) {
		p.h.Discard()
		return
	}
	p.ask(ctx)
}

// ask starts a hint at the current moment, pausing the game.
func (p *hintPanel) ask(ctx *Ctx) {
	p.err = ""
	if err := p.h.Ask(ctx.Stamp(), coach.HintBudget); err != nil {
		p.err = err.Error()
	}
}

// busy reports whether a hint is being thought.
func (p *hintPanel) busy() bool { return p.h.State == coach.HintThinking }

// shown reports whether the panel is up.
func (p *hintPanel) shown() bool { return p.h.State != coach.HintNone || p.err != "" }

// update drops a stale hint, thinks for a slice of the frame, and lays the
// panel out above the bottom of the floor (r is the floor's rect).
func (p *hintPanel) update(ctx *Ctx, r ui.Rect) {
	if p.h.State != coach.HintNone && !p.h.Fresh(ctx.Stamp()) {
		p.err = ""
	}
	if p.h.State == coach.HintThinking {
		ctx.Work(hintSlice, p.h.Work)
		p.dots = (ctx.Frame / 20) % 4
	}
	w := r.W - 40
	text := p.h.Advice.Reason
	if p.err != "" {
		text = p.err
	}
	if g := ctx.text; g.Scale > 0 && (text != p.wrap || w != p.wrW) {
		p.wrap, p.wrW = text, w
		p.lay = g.WrapC(text, w-24, SizeSmall, false)
	}
	lines := 0
	if (p.h.State == coach.HintReady || p.err != "") && text != "" {
		lines = len(p.lay)
	}
	h := hintPanelH + hintLineH + float64(lines)*hintLineH + 8
	p.box = ui.Rect{X: r.X + 20, Y: r.Bottom() - h - 12, W: w, H: h}
}

// draw draws the panel as update laid it out.
func (p *hintPanel) draw(ctx *Ctx, g *Gfx) {
	if !p.shown() {
		return
	}
	r := p.box
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 2, g.P.Accent)
	x, y := r.X+12, r.Y+8
	g.Text("Coach", x, y+1, SizeSmall, true, g.P.Dim, Left)
	hx := x + 52
	g.Text("H hides", r.Right()-12, y+1, SizeSmall, false, g.P.Dim, Right)
	switch {
	case p.err != "":
		g.Text("The coach could not think about this moment", hx, y, hintHeadSize, true, g.P.Bad, Left)
		g.Lines(p.lay, x, y+28, SizeSmall, false, g.P.Dim)
	case p.h.State == coach.HintThinking:
		g.Text(hintThinkText+"...."[:p.dots], hx, y, hintHeadSize, true, g.P.Accent, Left)
		g.Text("The game is paused while it plays out the moves from here; "+ctx.Keys.Label(ui.CtlPause)+" resumes (and drops the hint).",
			x, y+28, SizeSmall, false, g.P.Dim, Left)
	default:
		ad := &p.h.Advice
		g.Text(ad.Head, hx, y, hintHeadSize, true, g.P.Accent, Left)
		g.Text(ad.How, x, y+24, SizeSmall, true, g.P.Text, Left)
		g.Lines(p.lay, x, y+24+hintLineH+2, SizeSmall, false, g.P.Dim)
	}
}

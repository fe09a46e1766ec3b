package game

import (
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The floor's frame: the HUD's clock, revenue and bars, the action panel,
// the status line and the action tooltips.

func (f *floorScene) drawHUD(ctx *Ctx, g *Gfx) {
	w := ctx.Session().W
	l := &f.lay
	g.Fill(l.HUD, g.P.Panel)
	g.Fill(ui.Rect{X: 0, Y: l.HUD.Bottom() - 1, W: l.W, H: 1}, g.P.Line)
	g.TextB(f.clock, l.Clock.X, l.Clock.Y, SizeHead, true, g.P.Text, Left)
	g.Bar(l.Progress, ui.QuarterProgress(w), g.P.Dim)
	if f.dayShow {
		g.TextB(f.day, l.Progress.Right()-2, l.Clock.Y+4, SizeSmall-1, false, g.P.Dim, Right)
	}

	// Revenue against quota, with the pace the quota needs by now.
	rv := l.Revenue
	if f.revShort {
		g.TextB(f.revenueShort, rv.X, rv.Y, SizeBody, true, g.P.Text, Left)
	} else {
		g.TextB(f.revenue, rv.X, rv.Y, SizeBody, true, g.P.Text, Left)
	}
	bar := ui.Rect{X: rv.X, Y: rv.Y + 22, W: rv.W, H: 16}
	frac, pace := 0.0, ui.QuarterProgress(w)
	if w.Company.Quota > 0 {
		frac = float64(w.Revenue()) / float64(w.Company.Quota)
	}
	c := g.P.Good
	if w.Company.Quota > 0 && frac < pace*0.9 {
		c = g.P.Bad
	}
	g.Bar(bar, frac, c)
	if w.Company.Quota > 0 {
		x := bar.X + bar.W*pace
		g.Fill(ui.Rect{X: x - 1, Y: bar.Y - 3, W: 2, H: bar.H + 6}, g.P.Accent)
	}

	// The player's hours: one pip per hour of the day.
	h := l.Hours
	g.TextB(f.hours, h.X, h.Y, SizeSmall, false, g.P.Dim, Left)
	left := w.HoursLeft()
	busy := w.Player.Busy
	used := int32(sim.TicksPerDay) - left - busy
	pw := (h.W - 8) / float64(sim.TicksPerDay)
	for i := int32(0); i < sim.TicksPerDay; i++ {
		cc := g.P.Good
		switch {
		case i < used:
			cc = g.P.ButtonOff
		case i < used+busy:
			cc = g.P.Accent
		}
		g.Fill(ui.Rect{X: h.X + float64(i)*pw + float64(i/4)*2, Y: h.Y + 22, W: pw - 1, H: 14}, cc)
	}

	labels := [...]string{"||", "1x", "2x", "4x", "8x"}
	for i, r := range l.Speed {
		st := ButtonState{On: ctx.Session().Speed == i, Focus: f.hudFocus == ui.FocusSpeed+i, Hover: ctx.In.HoverIn(r)}
		g.Button(r, labels[i], st)
	}
	g.Button(l.Charts, "Charts", ButtonState{Focus: f.hudFocus == ui.FocusCharts, Hover: ctx.In.HoverIn(l.Charts)})
	g.Button(l.Menu, "Menu", ButtonState{Focus: f.hudFocus == ui.FocusMenu, Hover: ctx.In.HoverIn(l.Menu)})

	f.drawStats(ctx, g)
}

func (f *floorScene) drawActions(ctx *Ctx, g *Gfx) {
	l := &f.lay
	p := f.panel
	g.Panel(l.Actions)
	g.Fill(ui.Rect{X: l.Manage.X, Y: l.Manage.Y, W: l.Manage.W, H: l.Manage.H}, g.P.Command)
	g.Text("MANAGE  (command)", l.Manage.X+8, l.Manage.Y+3, SizeBody, true, g.P.Text, Left)
	g.Fill(ui.Rect{X: l.Lead.X, Y: l.Lead.Y, W: l.Lead.W, H: l.Lead.H}, g.P.Example)
	g.Text("LEAD  (example)", l.Lead.X+8, l.Lead.Y+3, SizeBody, true, g.P.Text, Left)
	for i := range p.Buttons {
		b := &p.Buttons[i]
		spec := &sim.Actions[b.ID]
		tint := g.P.Command
		if spec.Style == sim.StyleExample {
			tint = g.P.Example
		}
		st := ButtonState{Hover: p.Hover == i, Focus: f.hudFocus == ui.FocusAction+i, Disabled: !b.Enabled, Tint: tint,
			On: p.Picking && p.Pick == b.ID}
		r := b.Rect
		bg := g.P.Button
		switch {
		case st.Disabled:
			bg = g.P.ButtonOff
		case st.Hover || st.On:
			bg = g.P.ButtonHi
		}
		g.Fill(r, bg)
		g.Fill(ui.Rect{X: r.X, Y: r.Y, W: 4, H: r.H}, tint)
		border := g.P.Line
		if st.Focus || st.On {
			border = g.P.Accent
		}
		g.Stroke(r, 1, border)
		tc := g.P.Text
		if st.Disabled {
			tc = g.P.Dim
		}
		ty := r.Y + (r.H-SizeBody*1.2)/2
		// Hotkey in a key cap, the title, the cost on the right.
		g.Fill(ui.Rect{X: r.X + 10, Y: ty - 1, W: 16, H: 18}, g.P.Bg)
		g.Text(f.actionKey[b.ID], r.X+18, ty, SizeSmall, true, g.P.Accent, Center)
		label := b.Label
		if i < len(f.fitted) && f.fitted[i] != "" {
			label = f.fitted[i]
		}
		g.Text(label, r.X+32, ty, SizeBody-1, b.Toggle, tc, Left)
		g.Text(b.Cost, r.Right()-8, ty, SizeSmall, false, g.P.Dim, Right)
		if b.Toggle {
			c := g.P.ButtonOff
			if b.On {
				c = g.P.Good
			}
			box := ui.Rect{X: r.Right() - 52, Y: r.Y + r.H/2 - 5, W: 10, H: 10}
			g.Fill(box, c)
			g.Stroke(box, 1, g.P.Text)
		}
	}
	// The coach's button closes the panel, with its key in a key cap.
	hr := l.Hint
	st := ButtonState{Hover: ctx.In.HoverIn(hr), Focus: f.hudFocus == ui.FocusHint, On: f.coach.shown()}
	bg := g.P.Button
	if st.Hover || st.On {
		bg = g.P.ButtonHi
	}
	g.Fill(hr, bg)
	border := g.P.Line
	if st.Focus || st.On {
		border = g.P.Accent
	}
	g.Stroke(hr, 1, border)
	ty := hr.Y + (hr.H-SizeBody*1.2)/2
	g.Fill(ui.Rect{X: hr.X + 10, Y: ty - 1, W: 16, H: 18}, g.P.Bg)
	g.Text(f.hintKey, hr.X+18, ty, SizeSmall, true, g.P.Accent, Center)
	g.Text("Hint: ask the coach", hr.X+32, ty, SizeBody-1, false, g.P.Text, Left)
}

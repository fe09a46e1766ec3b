package game

import (
	"strconv"

	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The HUD's team readings: each shows its value, and on hover or keyboard
// focus a box with the value out of 100 and what the reading is, in the
// model's own terms (sim/tick.go, sim/effects.go, sim/events.go).

// statHelp names each reading of the Stats row, in order, and says what it
// is and what moves it. The numbers quoted are the default parameters'.
var statHelp = [ui.NumStats]struct{ name, help string }{
	{"Morale", "The team's average mood. More dials and better calls; drifts toward what trust, culture and momentum hold up. A rep under 25 for days starts to think of leaving."},
	{"Momentum", "Confidence carried from the last booked meeting: each booking lifts it, it cools every quarter hour, and a report or meeting halves it. Better calls while it lasts."},
	{"Culture", "How much the team believes in the way you work. Grows slowly with example (it lands over days), fades a little each day; lifts morale, and with process makes output repeatable."},
	{"Clarity", "How much of each rep's effort goes to work that counts. Vision talks build it over the following days; it fades 1% a day."},
	{"Process", "Systems, playbooks and lead routing: procedures, reassigning leads and forecasts build it. Better leads, and output that holds, most with culture. Fades 2% a day."},
	{"Visibility", "How well you can answer the executive's \"how's the business?\": reports, reviews, forecasts and walking the floor raise it. It halves every night; a check-in needs 50."},
	{"Exec trust", "The executive's confidence in you: each check-in moves it by your visibility. Under 50 the company sends fewer leads; it regrows your authority."},
	{"Authority", "Formal power from your title: command actions spend it and work better with more. Regrows with exec trust and the day's results; under 15, orders breed resentment."},
	{"Influence", "Power earned by example: example actions earn it and work better with more, and reps ask your advice more often. Fades 2% a day."},
	{"Advice sought", "Times a rep came to you for advice this quarter (they asked you; you did not ask them), the surest sign of a leader: likelier with your influence and their trust. Each visit adds skill, morale and trust."},
}

// statAdvice is the index of the advice count, the one reading with no bar.
const statAdvice = ui.NumStats - 1

// statValue is a bar's 0..1 reading (the advice count has none).
func statValue(w *sim.World, i int) sim.Fixed {
	switch i {
	case 0:
		return w.TeamMorale()
	case 1:
		return w.TeamMomentum()
	case 2:
		return w.Team.Culture
	case 3:
		return w.Team.Clarity
	case 4:
		return w.Team.Process
	case 5:
		return w.Team.Visibility
	case 6:
		return w.Company.ExecTrust
	case 7:
		return w.Player.Authority
	case 8:
		return w.Player.Influence
	}
	return 0
}

// refreshStats rebuilds the readings' values (refresh calls it when the
// world changed).
func (f *floorScene) refreshStats(w *sim.World) {
	for i := range f.statVal {
		if i == statAdvice {
			f.statVal[i] = strconv.AppendInt(f.statVal[i][:0], int64(w.AdviceRequests), 10)
			continue
		}
		f.statVal[i] = appendPoints(f.statVal[i][:0], statValue(w, i))
	}
	f.statTipFor = -1 // the box's heading names the value
}

// statTipW is the widest a reading's help box gets.
const statTipW = 360.0

// layoutStatTip finds the reading under the pointer or the focus and lays
// out its help box below the Stats row, inside the window.
func (f *floorScene) layoutStatTip(ctx *Ctx) {
	l := &f.lay
	i := -1
	for k, r := range l.Stat {
		if ctx.In.HoverIn(r) || f.hudFocus == ui.FocusStat+k {
			i = k
		}
	}
	f.statTip = i
	if i < 0 {
		return
	}
	if f.statTipFor != i {
		f.statTipFor = i
		b := append(f.statTipHead[:0], statHelp[i].name...)
		b = append(b, ' ')
		b = append(b, f.statVal[i]...)
		if i != statAdvice {
			b = append(b, "/100"...)
		}
		f.statTipHead = b
	}
	w := min(statTipW, l.W-16)
	f.statTipWrap = ctx.text.WrapC(statHelp[i].help, w-20, SizeSmall, false)
	h := 10 + SizeBody*1.35 + float64(len(f.statTipWrap))*SizeSmall*1.35 + 8
	x := min(max(l.Stat[i].X-6, 8), l.W-8-w)
	f.statTipBox = ui.Rect{X: x, Y: l.Stats.Bottom() + 4, W: w, H: h}
}

// drawStats draws the Stats row: each reading's name, value and bar.
func (f *floorScene) drawStats(ctx *Ctx, g *Gfx) {
	l := &f.lay
	w := ctx.Session().W
	g.Fill(l.Stats, g.P.Bg)
	for i, r := range l.Stat {
		if f.statTip == i {
			g.Fill(ui.Rect{X: r.X - 4, Y: r.Y, W: r.W + 8, H: r.H}, g.P.PanelHi)
		}
		if i == statAdvice {
			g.Text(f.adviceName, r.X, r.Y+2, SizeSmall, false, g.P.Dim, Left)
			g.TextB(f.statVal[i], r.Right(), r.Y+2, SizeSmall, true, g.P.Accent, Right)
			continue
		}
		g.Text(statHelp[i].name, r.X, r.Y+2, SizeSmall, false, g.P.Dim, Left)
		g.TextB(f.statVal[i], r.Right(), r.Y+2, SizeSmall-1, true, g.P.Text, Right)
		v := statValue(w, i).Float()
		g.Bar(ui.Rect{X: r.X, Y: r.Y + 19, W: r.W, H: 7}, v, g.Level(v))
	}
}

// drawStatTip draws the help box of the reading hovered or focused.
func (f *floorScene) drawStatTip(g *Gfx) {
	if f.statTip < 0 {
		return
	}
	r := f.statTipBox
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 1, g.P.Accent)
	g.TextB(f.statTipHead, r.X+10, r.Y+6, SizeBody, true, g.P.Text, Left)
	g.Lines(f.statTipWrap, r.X+10, r.Y+10+SizeBody*1.35, SizeSmall, false, g.P.Text)
}

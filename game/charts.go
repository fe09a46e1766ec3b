package game

import (
	"fmt"
	"image/color"
	"math"
	"salesfloor/game/session"
	"salesfloor/game/ui"

	"salesfloor/sim"
)

// chartLine is one series of a line chart: values 0..1 at x positions in
// hours of the quarter.
type chartLine struct {
	name string
	c    color.Color
	vals []float64
}

// lineChart draws lines over the whole quarter in r, as vector paths so it
// is crisp at any size. n is the number of slots on the x axis.
func lineChart(g *Gfx, r ui.Rect, title string, n int, lines []chartLine, xs, ys []float64, days bool) {
	g.Fill(r, g.P.Panel)
	g.Stroke(r, 1, g.P.Line)
	g.Text(title, r.X+8, r.Y+6, SizeBody, true, g.P.Text, Left)
	lx := r.Right() - 8
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		w := g.Measure(l.name, SizeSmall, false)
		g.Text(l.name, lx, r.Y+8, SizeSmall, false, l.c, Right)
		g.Fill(ui.Rect{X: lx - w - 16, Y: r.Y + 13, W: 10, H: 4}, l.c)
		lx -= w + 28
	}
	plot := ui.Rect{X: r.X + 34, Y: r.Y + 30, W: r.W - 44, H: r.H - 52}
	// Grid: weeks across, quarters of the range up.
	for wk := 0; wk <= sim.WeeksPerQuarter; wk++ {
		x := plot.X + plot.W*float64(wk)/sim.WeeksPerQuarter
		g.Fill(ui.Rect{X: x, Y: plot.Y, W: 1, H: plot.H}, g.P.PanelHi)
		if wk < sim.WeeksPerQuarter && (wk%2 == 0) {
			g.Text(fmt.Sprintf("W%d", wk+1), x+2, plot.Bottom()+3, SizeSmall-2, false, g.P.Dim, Left)
		}
	}
	for q := 0; q <= 4; q++ {
		y := plot.Bottom() - plot.H*float64(q)/4
		g.Fill(ui.Rect{X: plot.X, Y: y, W: plot.W, H: 1}, g.P.PanelHi)
	}
	g.Text("0", plot.X-4, plot.Bottom()-7, SizeSmall-2, false, g.P.Dim, Right)
	g.Text("max", plot.X-4, plot.Y-6, SizeSmall-2, false, g.P.Dim, Right)
	for _, l := range lines {
		xs, ys = xs[:0], ys[:0]
		for i, v := range l.vals {
			xs = append(xs, plot.X+plot.W*(float64(i)+0.5)/float64(n))
			ys = append(ys, plot.Bottom()-clampF(v, 0, 1)*plot.H)
		}
		if len(xs) == 1 {
			g.Fill(ui.Rect{X: xs[0] - 2, Y: ys[0] - 2, W: 4, H: 4}, l.c)
		}
		g.Polyline(xs, ys, 2, l.c)
	}
	if len(lines) == 0 || len(lines[0].vals) == 0 {
		g.Text("no data yet: charts fill in hour by hour", plot.X+plot.W/2, plot.Y+plot.H/2-8, SizeBody, false, g.P.Dim, Center)
	}
}

// chartData gathers a subject's series: rep -1 is the team.
type chartData struct {
	morale, momentum, output, revenue, pace []float64
}

func (c *chartData) fill(w *sim.World, rep int) {
	c.morale, c.momentum, c.output = c.morale[:0], c.momentum[:0], c.output[:0]
	hour := w.Series.TeamHour
	if rep >= 0 {
		hour = w.Series.RepHour[rep]
	}
	for _, s := range hour {
		c.morale = append(c.morale, s.Morale.Float())
		c.momentum = append(c.momentum, s.Momentum.Float())
	}
	// Meetings per day, summed from the hourly samples (the daily samples
	// are recorded after the day's counters reset).
	maxOut := 1.0
	// Whole days only: the day in progress would plot as a slump.
	for d := 0; (d+1)*sim.HoursPerDay <= len(hour); d++ {
		sum := 0.0
		for h := d * sim.HoursPerDay; h < (d+1)*sim.HoursPerDay && h < len(hour); h++ {
			sum += float64(hour[h].Output)
		}
		c.output = append(c.output, sum)
		maxOut = math.Max(maxOut, sum)
	}
	for i := range c.output {
		c.output[i] /= maxOut
	}
	c.revenue, c.pace = c.revenue[:0], c.pace[:0]
	top := float64(w.Company.Quota)
	for _, v := range w.Series.RevenueDay {
		if float64(v) > top {
			top = float64(v)
		}
	}
	if top <= 0 {
		top = 1
	}
	for i, v := range w.Series.RevenueDay {
		c.revenue = append(c.revenue, float64(v)/top)
		c.pace = append(c.pace, float64(w.Company.Quota)*float64(i+1)/sim.DaysPerQuarter/top)
	}
}

// ---- Charts scene ----

type chartsScene struct {
	back Scene
	// closed hands the rep last charted back to whoever opened the
	// charts (the floor selects them), or is nil.
	closed func(rep int32)
	rep    int // -1 team
	tabs   []ui.Rect
	backB  ui.Rect
	data   chartData
	xs, ys []float64
	ring   ui.FocusRing
}

// newCharts opens the charts of rep (-1: the team) over back; closed, if
// not nil, is told the rep charted last when the player goes back.
func newCharts(a *App, back Scene, rep int32, closed func(rep int32)) *chartsScene {
	c := &chartsScene{back: back, closed: closed, rep: int(rep), ring: ui.FocusRing{Index: -1}}
	c.layout(a) // ready for a Draw before the first Update
	c.data.fill(a.Session.W, c.rep)
	return c
}

func (c *chartsScene) layout(a *App) {
	w := a.Session.W
	c.tabs = c.tabs[:0]
	x := 20.0
	for i := -1; i < len(w.Reps); i++ {
		c.tabs = append(c.tabs, ui.Rect{X: x, Y: 56, W: 84, H: 30})
		x += 88
	}
	c.backB = ui.Rect{X: a.W - 130, Y: 12, W: 110, H: 34}
}

func (c *chartsScene) Update(a *App, in *ui.Input) error {
	c.layout(a)
	if a.Keys.Pressed(in, ui.CtlMenu) || a.Keys.Pressed(in, ui.CtlCharts) || in.ClickIn(c.backB) {
		in.ConsumeClick()
		if c.closed != nil {
			c.closed(int32(c.rep))
		}
		a.Go(c.back)
		return nil
	}
	n := len(a.Session.W.Reps)
	if a.Keys.Pressed(in, ui.CtlNextTab) {
		c.rep++
		if c.rep >= n {
			c.rep = -1
		}
	}
	if a.Keys.Pressed(in, ui.CtlPrevTab) {
		c.rep--
		if c.rep < -1 {
			c.rep = n - 1
		}
	}
	focus := append(append([]ui.Rect(nil), c.tabs...), c.backB)
	c.ring.Apply(in, focus)
	for i, r := range c.tabs {
		if in.ClickIn(r) {
			c.rep = i - 1
		}
	}
	c.data.fill(a.Session.W, c.rep) // what Draw plots, for the rep chosen now
	return nil
}

// Draw only reads: Update laid the scene out and filled the series.
func (c *chartsScene) Draw(a *App, g *Gfx) {
	w := a.Session.W
	subject := "The team"
	if c.rep >= 0 {
		subject = w.Reps[c.rep].Name
	}
	g.Text("Charts: "+subject+" over the quarter", 20, 14, SizeBig, true, g.P.Accent, Left)
	g.Text(leftRight(a)+" or click to change", 20+g.Measure("Charts: "+subject+" over the quarter", SizeBig, true)+16, 22, SizeSmall, false, g.P.Dim, Left)
	for i, r := range c.tabs {
		name := "Team"
		if i > 0 {
			name = w.Reps[i-1].Name
		}
		g.Button(r, name, ButtonState{On: c.rep == i-1, Hover: a.in.HoverIn(r), Focus: c.ring.Index == i})
	}
	g.Button(c.backB, "Back ("+a.Keys.Label(ui.CtlMenu)+")", ButtonState{Hover: a.in.HoverIn(c.backB), Focus: c.ring.Index == len(c.tabs)})
	top := 100.0
	h := (a.H - top - 20) / 3
	cw := a.W - 40
	c.drawCharts(g, ui.Rect{X: 20, Y: top, W: cw, H: h - 8}, ui.Rect{X: 20, Y: top + h, W: cw, H: h - 8},
		ui.Rect{X: 20, Y: top + 2*h, W: cw, H: h - 8}, w)
}

func (c *chartsScene) drawCharts(g *Gfx, r1, r2, r3 ui.Rect, w *sim.World) {
	lines := []chartLine{{"morale", g.P.Series[0], c.data.morale}, {"momentum", g.P.Series[1], c.data.momentum}}
	lineChart(g, r1, "Morale and momentum, hourly", sim.HoursPerQuarter, lines, c.xs, c.ys, false)
	lineChart(g, r2, "Output: meetings booked per day (relative to the best day)", sim.DaysPerQuarter,
		[]chartLine{{"meetings", g.P.Series[2], c.data.output}}, c.xs, c.ys, true)
	rl := []chartLine{{"revenue", g.P.Good, c.data.revenue}}
	if w.Company.Quota > 0 {
		rl = append(rl, chartLine{"quota pace", g.P.Accent, c.data.pace})
	}
	lineChart(g, r3, "Team revenue, cumulative", sim.DaysPerQuarter, rl, c.xs, c.ys, true)
}

// ---- Report ----

type reportScene struct {
	menu   *ui.Menu
	o      sim.Outcome
	charts chartsScene
	wrap   []string
	coach  *reportCoach
	col    ui.Rect // the left column
	mood   ui.Rect // the morale and momentum chart
}

const (
	rNext = iota
	rCharts
	rExport
	rTitle
)

func newReport(a *App) *reportScene {
	m := ui.NewMenu("Next quarter", "Charts", "Export replay", "Start over")
	m.Ring.Index = 0
	r := &reportScene{menu: m, o: a.Session.W.Outcome(), charts: chartsScene{rep: -1}, coach: newReportCoach(a.Session)}
	r.prepare(a) // ready for a Draw before the first Update
	return r
}

// prepare lays the report out and fills what its Draw reads.
func (r *reportScene) prepare(a *App) {
	for i := range r.menu.Items {
		r.menu.Items[i].Rect = ui.Rect{X: 20 + float64(i)*180, Y: a.H - 58, W: 170, H: 42}
	}
	r.layout(a)
	r.charts.data.fill(a.Session.W, -1)
	if r.wrap == nil {
		r.wrap = a.gfx.Wrap(r.o.Style, r.col.W-32, SizeBody, false)
	}
}

// busy: the expert is still playing the quarter.
func (r *reportScene) busy(*App) bool { return r.coach.busy() }

// layout places the left column, and on the right the coach's panel, the
// weekly revenue chart (the player's and the expert's) and the morale and
// momentum chart; the other charts are a click away (Charts).
func (r *reportScene) layout(a *App) {
	r.col = ui.Rect{X: 20, Y: 76, W: 440, H: a.H - 150}
	cx := r.col.Right() + 16
	cw := a.W - cx - 20
	box := ui.Rect{X: cx, Y: r.col.Y, W: cw, H: math.Min(coachBoxH, r.col.H/2)}
	h := (r.col.H - box.H - 8) / 2
	chart := ui.Rect{X: cx, Y: box.Bottom() + 8, W: cw, H: h - 8}
	r.mood = ui.Rect{X: cx, Y: chart.Bottom() + 8, W: cw, H: h - 8}
	r.coach.update(a, box, chart)
}

func (r *reportScene) Update(a *App, in *ui.Input) error {
	r.prepare(a)
	w := a.Session.W
	switch r.menu.Update(in) {
	case rNext:
		if err := a.NewGame(w.Scenario.Name, w.Difficulty, w.Seed+1); err != nil {
			a.Say(err.Error())
		}
	case rCharts:
		a.Go(newCharts(a, r, -1, nil))
	case rExport:
		name := fmt.Sprintf("replay-%s-%d-final.json", w.Scenario.Name, w.Seed)
		data, err := a.Session.ReplayBytes()
		a.offerFile(name, data, err, "Export")
	case rTitle:
		a.Session = nil
		a.Go(newTitle(a))
	}
	return nil
}

// toastRect puts toasts in the row of buttons, right of them, or above them
// when the window is too narrow.
func (r *reportScene) toastRect(a *App, w, h float64) ui.Rect {
	last := r.menu.Items[len(r.menu.Items)-1].Rect
	row := ui.Rect{X: last.Right() + 16, Y: last.Y + (last.H-h)/2, W: w, H: h}
	if row.Right() <= a.W-16 {
		return row
	}
	return ui.Rect{X: 20, Y: last.Y - h - 10, W: w, H: h}
}

// adviceText says how often reps came for advice, in good English.
func adviceText(n int32) string {
	switch n {
	case 0:
		return "no rep came to you for advice"
	case 1:
		return "once a rep came to you for advice"
	}
	return fmt.Sprintf("%d times a rep came to you for advice", n)
}

func pct(f sim.Fixed) string { return fmt.Sprintf("%.0f%%", 100*f.Float()) }

func (r *reportScene) Draw(a *App, g *Gfx) {
	o := &r.o
	w := a.Session.W
	g.Text("End of quarter: "+w.Scenario.Title, 20, 14, SizeBig+4, true, g.P.Accent, Left)
	g.Text(fmt.Sprintf("%s, seed %d", w.Difficulty, w.Seed), 22, 48, SizeSmall, false, g.P.Dim, Left)
	col := r.col
	g.Panel(col)
	x, y := col.X+16, col.Y+14
	g.Text(o.Grade, x+30, y, SizeTitle+10, true, g.Level(o.Score.Float()/100), Center)
	g.Text(fmt.Sprintf("Score %.0f / 100", o.Score.Float()), x+80, y+8, SizeBig, true, g.P.Text, Left)
	p := &w.P // the scenario's own weights: crunch's are not the default's
	g.Text(fmt.Sprintf("revenue %.0f/%d  health %.0f/%d  future %.0f/%d  exec %.0f/%d",
		o.ScoreRevenue.Float(), p.WeightRevenue, o.ScoreHealth.Float(), p.WeightHealth,
		o.ScoreFuture.Float(), p.WeightFuture, o.ScoreExecutive.Float(), p.WeightExecutive), x+80, y+40, SizeSmall, false, g.P.Dim, Left)
	y += 80
	if o.Quota > 0 {
		g.Text(fmt.Sprintf("Revenue %s of %s quota (%s)", session.Money(o.Revenue), session.Money(o.Quota), pct(o.Attainment)), x, y, SizeBody, true, g.P.Text, Left)
		g.Bar(ui.Rect{X: x, Y: y + 22, W: col.W - 32, H: 14}, o.Attainment.Float(), g.Level(o.Attainment.Float()*0.7))
	} else {
		g.Text("Revenue "+session.Money(o.Revenue)+" (sandbox)", x, y, SizeBody, true, g.P.Text, Left)
	}
	y += 48
	rows := []struct {
		h, v string
	}{
		{"Team health", fmt.Sprintf("morale %s over the quarter, %s at the end; %d kept, %d lost", pct(o.MeanMorale), pct(o.EndMorale), o.RepsKept, o.RepsLost)},
		{"The future", fmt.Sprintf("culture %s, clarity %s, process %s, skill +%.1f pts/rep", pct(o.Culture), pct(o.Clarity), pct(o.Process), 100*o.SkillGrowth.Float())},
		{"Executive trust", fmt.Sprintf("%s; check-ins passed %d of %d", pct(o.ExecTrust), w.Company.CheckinsPassed, w.Company.Checkins)},
		{"Influence", adviceText(o.AdviceRequests)},
		{"The floor", fmt.Sprintf("%d dials, %d conversations, %d meetings, %d deals", o.Dials, o.Conversations, o.Meetings, o.Deals)},
	}
	for _, rw := range rows {
		g.Text(rw.h, x, y, SizeBody, true, g.P.Text, Left)
		g.Text(rw.v, x, y+18, SizeSmall, false, g.P.Dim, Left)
		y += 42
	}
	// Style profile.
	g.Text("Your style", x, y, SizeBody, true, g.P.Text, Left)
	y += 22
	bar := ui.Rect{X: x, Y: y, W: col.W - 32, H: 18}
	cs := o.CommandShare.Float()
	g.Fill(bar, g.P.Example)
	g.Fill(ui.Rect{X: bar.X, Y: bar.Y, W: bar.W * cs, H: bar.H}, g.P.Command)
	g.Text(fmt.Sprintf("command %.0f%%", 100*cs), bar.X+6, bar.Y+1, SizeSmall, true, g.P.Text, Left)
	g.Text(fmt.Sprintf("example %.0f%%", 100*(1-cs)), bar.Right()-6, bar.Y+1, SizeSmall, true, g.P.Text, Right)
	y += 26
	g.Lines(r.wrap, x, y, SizeBody, false, g.P.Accent)

	// On the right: the coach, the weekly revenue beside the expert's, and
	// morale and momentum.
	c := &r.charts
	r.coach.draw(a, g, c.xs, c.ys)
	lines := []chartLine{{"morale", g.P.Series[0], c.data.morale}, {"momentum", g.P.Series[1], c.data.momentum}}
	lineChart(g, r.mood, "Morale and momentum, hourly", sim.HoursPerQuarter, lines, c.xs, c.ys, false)
	drawMenu(a, g, r.menu)
}

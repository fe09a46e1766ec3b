package game

import (
	"fmt"
	"image/color"
	"math"

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

// chartsScene shows the quarter so far as charts, for the team or one rep;
// closed, if set, gets the rep the player last looked at.
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
func newCharts(ctx *Ctx, back Scene, rep int32, closed func(rep int32)) *chartsScene {
	c := &chartsScene{back: back, closed: closed, rep: int(rep), ring: ui.FocusRing{Index: -1}}
	c.layout(ctx) // ready for a Draw before the first Update
	c.data.fill(ctx.Session().W, c.rep)
	return c
}

func (c *chartsScene) layout(ctx *Ctx) {
	w := ctx.Session().W
	c.tabs = c.tabs[:0]
	x := 20.0
	for i := -1; i < len(w.Reps); i++ {
		c.tabs = append(c.tabs, ui.Rect{X: x, Y: 56, W: 84, H: 30})
		x += 88
	}
	c.backB = ui.Rect{X: ctx.W - 130, Y: 12, W: 110, H: 34}
}

func (c *chartsScene) Update(ctx *Ctx, in *ui.Input) error {
	c.layout(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) || ctx.Keys.Pressed(in, ui.CtlCharts) || in.ClickIn(c.backB) {
		in.ConsumeClick()
		if c.closed != nil {
			c.closed(int32(c.rep))
		}
		ctx.Go(c.back)
		return nil
	}
	n := len(ctx.Session().W.Reps)
	if ctx.Keys.Pressed(in, ui.CtlNextTab) {
		c.rep++
		if c.rep >= n {
			c.rep = -1
		}
	}
	if ctx.Keys.Pressed(in, ui.CtlPrevTab) {
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
	c.data.fill(ctx.Session().W, c.rep) // what Draw plots, for the rep chosen now
	return nil
}

// Draw only reads: Update laid the scene out and filled the series.
func (c *chartsScene) Draw(ctx *Ctx, g *Gfx) {
	w := ctx.Session().W
	subject := "The team"
	if c.rep >= 0 {
		subject = w.Reps[c.rep].Name
	}
	g.Text("Charts: "+subject+" over the quarter", 20, 14, SizeBig, true, g.P.Accent, Left)
	g.Text(leftRight(ctx)+" or click to change", 20+g.Measure("Charts: "+subject+" over the quarter", SizeBig, true)+16, 22, SizeSmall, false, g.P.Dim, Left)
	for i, r := range c.tabs {
		name := "Team"
		if i > 0 {
			name = w.Reps[i-1].Name
		}
		g.Button(r, name, ButtonState{On: c.rep == i-1, Hover: ctx.In.HoverIn(r), Focus: c.ring.Index == i})
	}
	g.Button(c.backB, "Back ("+ctx.Keys.Label(ui.CtlMenu)+")", ButtonState{Hover: ctx.In.HoverIn(c.backB), Focus: c.ring.Index == len(c.tabs)})
	top := 100.0
	h := (ctx.H - top - 20) / 3
	cw := ctx.W - 40
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

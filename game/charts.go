package game

import (
	"image/color"
	"math"
	"strconv"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// chartLine is one series of a line chart: values in the chart's unit
// (points of 100 as 0..1, meetings, dollars), in slots across the quarter.
type chartLine struct {
	name string
	c    color.Color
	vals []float64
}

// chartUnit is what a chart's y axis counts, and so how its labels read.
type chartUnit uint8

const (
	unitPoints chartUnit = iota // a 0..1 reading, labelled 0 to 100 as on the bars
	unitCount                   // a count: meetings
	unitMoney                   // dollars, as session.Money writes them
)

// chartTicks is the number of steps up the y axis.
const chartTicks = 4

// chart is a line chart laid out in Update: its box, title, plot area and
// the labels of both axes; lineChart only draws what it holds.
type chart struct {
	r, plot ui.Rect
	title   string
	n       int     // slots across the quarter
	top     float64 // the value at the top of the plot
	unit    chartUnit
	ylab    [chartTicks + 1]string // from the bottom
	weekLab []string               // "wk 1".."wk 13"
	weekN   int                    // label every weekN-th week
	key     chartKey               // what the labels were made for
}

// chartKey is what a chart's labels depend on, so that they are remade
// only when it changes.
type chartKey struct {
	top   float64
	unit  chartUnit
	scale float64
}

// niceTop rounds a chart's largest value up to a top whose quarters are
// round numbers: 1, 2, 2.5 or 5 times a power of ten per step.
func niceTop(v float64) float64 {
	if v <= 0 {
		return chartTicks
	}
	step := v / chartTicks
	p := math.Pow(10, math.Floor(math.Log10(step)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= step*(1-1e-9) {
			return m * p * chartTicks
		}
	}
	return 10 * p * chartTicks
}

// yLabel writes an axis value in its unit.
func yLabel(v float64, u chartUnit) string {
	switch u {
	case unitPoints:
		return strconv.FormatFloat(math.Round(100*v), 'f', 0, 64)
	case unitMoney:
		return session.Money(int64(math.Round(v)))
	}
	if v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// layout lays the chart out in r for values up to max (a 0..1 reading's
// top is 1): a round top, the axes' labels, and the plot inside them.
func (c *chart) layout(g *Gfx, r ui.Rect, title string, n int, maxV float64, u chartUnit) {
	c.r, c.title, c.n, c.unit = r, title, n, u
	top := 1.0
	if u != unitPoints {
		top = niceTop(maxV)
	}
	if k := (chartKey{top, u, g.Scale}); k != c.key || c.weekLab == nil {
		c.key, c.top = k, top
		for i := range c.ylab {
			c.ylab[i] = yLabel(top*float64(i)/chartTicks, u)
		}
		if c.weekLab == nil {
			for wk := 1; wk <= sim.WeeksPerQuarter; wk++ {
				c.weekLab = append(c.weekLab, "wk "+strconv.Itoa(wk))
			}
		}
	}
	lw := 0.0
	for _, l := range c.ylab {
		lw = math.Max(lw, g.Measure(l, SizeSmall-2, false))
	}
	c.plot = ui.Rect{X: r.X + lw + 14, Y: r.Y + 30, W: r.W - lw - 24, H: r.H - 52}
	// Every week is labelled where there is room, else every other.
	colW := c.plot.W / sim.WeeksPerQuarter
	c.weekN = 1
	for c.weekN < sim.WeeksPerQuarter && g.Measure("wk 13", SizeSmall-2, false)*float64(c.weekN)+6 > colW*float64(c.weekN) {
		c.weekN++
	}
}

// lineChart draws the lines of a chart laid out by chart.layout, as vector
// paths so it is crisp at any size: the y axis in the chart's unit, the x
// axis in weeks of the quarter.
func lineChart(g *Gfx, c *chart, lines []chartLine, xs, ys []float64) {
	r, plot := c.r, c.plot
	g.Fill(r, g.P.Panel)
	g.Stroke(r, 1, g.P.Line)
	g.Text(c.title, r.X+8, r.Y+6, SizeBody, true, g.P.Text, Left)
	lx := r.Right() - 8
	for i := len(lines) - 1; i >= 0; i-- {
		l := &lines[i]
		w := g.Measure(l.name, SizeSmall, false)
		g.Text(l.name, lx, r.Y+8, SizeSmall, false, l.c, Right)
		g.Fill(ui.Rect{X: lx - w - 16, Y: r.Y + 13, W: 10, H: 4}, l.c)
		lx -= w + 28
	}
	// Grid: weeks across, each labelled under its middle; the axis's
	// steps up, each labelled with its value.
	colW := plot.W / sim.WeeksPerQuarter
	for wk := 0; wk <= sim.WeeksPerQuarter; wk++ {
		x := plot.X + colW*float64(wk)
		g.Fill(ui.Rect{X: x, Y: plot.Y, W: 1, H: plot.H}, g.P.PanelHi)
		if wk < sim.WeeksPerQuarter && wk%c.weekN == 0 {
			g.Text(c.weekLab[wk], x+colW/2, plot.Bottom()+3, SizeSmall-2, false, g.P.Dim, Center)
		}
	}
	for q := 0; q <= chartTicks; q++ {
		y := plot.Bottom() - plot.H*float64(q)/chartTicks
		g.Fill(ui.Rect{X: plot.X, Y: y, W: plot.W, H: 1}, g.P.PanelHi)
		g.Text(c.ylab[q], plot.X-6, y-7, SizeSmall-2, false, g.P.Dim, Right)
	}
	for _, l := range lines {
		xs, ys = xs[:0], ys[:0]
		for i, v := range l.vals {
			xs = append(xs, plot.X+plot.W*(float64(i)+0.5)/float64(c.n))
			ys = append(ys, plot.Bottom()-clampF(v/c.top, 0, 1)*plot.H)
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

// chartData gathers a subject's series, in their units: rep -1 is the
// team.
type chartData struct {
	morale, momentum, output, revenue, pace []float64
	maxOut, maxRevenue                      float64 // the largest day's meetings; the quota or the most revenue
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
	c.maxOut = 1
	// Whole days only: the day in progress would plot as a slump.
	for d := 0; (d+1)*sim.HoursPerDay <= len(hour); d++ {
		sum := 0.0
		for h := d * sim.HoursPerDay; h < (d+1)*sim.HoursPerDay && h < len(hour); h++ {
			sum += float64(hour[h].Output)
		}
		c.output = append(c.output, sum)
		c.maxOut = math.Max(c.maxOut, sum)
	}
	c.revenue, c.pace = c.revenue[:0], c.pace[:0]
	c.maxRevenue = math.Max(1, float64(w.Company.Quota))
	for i, v := range w.Series.RevenueDay {
		c.maxRevenue = math.Max(c.maxRevenue, float64(v))
		c.revenue = append(c.revenue, float64(v))
		c.pace = append(c.pace, float64(w.Company.Quota)*float64(i+1)/sim.DaysPerQuarter)
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
	// The charts, laid out in Update: morale and momentum, output,
	// revenue; and the title and its note beside it.
	charts [3]chart
	title  string
	noteX  float64
}

// newCharts opens the charts of rep (-1: the team) over back; closed, if
// not nil, is told the rep charted last when the player goes back.
func newCharts(ctx *Ctx, back Scene, rep int32, closed func(rep int32)) *chartsScene {
	c := &chartsScene{back: back, closed: closed, rep: int(rep), ring: ui.FocusRing{Index: -1}}
	c.data.fill(ctx.Session().W, c.rep)
	c.layout(ctx) // ready for a Draw before the first Update
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
	subject := "The team"
	if c.rep >= 0 && c.rep < len(w.Reps) {
		subject = w.Reps[c.rep].Name
	}
	c.title = "Charts: " + subject + " over the quarter"
	c.noteX = 20 + ctx.text.Measure(c.title, SizeBig, true) + 16
	top := 100.0
	h := (ctx.H - top - 20) / 3
	cw := ctx.W - 40
	g := ctx.text
	c.charts[0].layout(g, ui.Rect{X: 20, Y: top, W: cw, H: h - 8}, "Morale and momentum, hourly (points of 100)", sim.HoursPerQuarter, 1, unitPoints)
	c.charts[1].layout(g, ui.Rect{X: 20, Y: top + h, W: cw, H: h - 8}, "Output: meetings booked per day", sim.DaysPerQuarter, c.data.maxOut, unitCount)
	c.charts[2].layout(g, ui.Rect{X: 20, Y: top + 2*h, W: cw, H: h - 8}, "Team revenue, cumulative", sim.DaysPerQuarter, c.data.maxRevenue, unitMoney)
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
	c.layout(ctx)
	return nil
}

// Draw only reads: Update laid the scene out and filled the series.
func (c *chartsScene) Draw(ctx *Ctx, g *Gfx) {
	w := ctx.Session().W
	g.Text(c.title, 20, 14, SizeBig, true, g.P.Accent, Left)
	g.Text(leftRight(ctx)+" or click to change", c.noteX, 22, SizeSmall, false, g.P.Dim, Left)
	for i, r := range c.tabs {
		name := "Team"
		if i > 0 {
			name = w.Reps[i-1].Name
		}
		g.Button(r, name, ButtonState{On: c.rep == i-1, Hover: ctx.In.HoverIn(r), Focus: c.ring.Index == i})
	}
	g.Button(c.backB, "Back ("+ctx.Keys.Label(ui.CtlMenu)+")", ButtonState{Hover: ctx.In.HoverIn(c.backB), Focus: c.ring.Index == len(c.tabs)})
	c.drawCharts(g, w)
}

func (c *chartsScene) drawCharts(g *Gfx, w *sim.World) {
	lineChart(g, &c.charts[0], []chartLine{{"morale", g.P.Series[0], c.data.morale}, {"momentum", g.P.Series[1], c.data.momentum}}, c.xs, c.ys)
	lineChart(g, &c.charts[1], []chartLine{{"meetings", g.P.Series[2], c.data.output}}, c.xs, c.ys)
	rl := []chartLine{{"revenue", g.P.Good, c.data.revenue}}
	if w.Company.Quota > 0 {
		rl = append(rl, chartLine{"quota pace", g.P.Accent, c.data.pace})
	}
	lineChart(g, &c.charts[2], rl, c.xs, c.ys)
}

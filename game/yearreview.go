package game

import (
	"fmt"
	"strconv"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// yearScene is the end of a campaign: the title the year earned and the
// verdict on its arc; the quarters side by side (score, revenue against
// quota, the style profile, the team's health); the year's revenue week by
// week with the quarters marked; and what the team became.
type yearScene struct {
	menu   *ui.Menu
	report Scene
	rv     session.Review
	acted  *session.Acted // the quarters the player took an action in
	// Laid out in Update, read in Draw.
	w, h    float64
	verdict []string
	scoreL  []string   // the year's score, and how it is made
	cx      [5]float64 // the table's columns
	team    [][]string
	table   ui.Rect
	rows    []yearRow
	plot    ui.Rect // the weekly chart's plot area
	box     ui.Rect // the weekly chart's panel
	bars    []ui.Rect
	barQ    []int       // each bar's quarter
	marks   []ui.Rect   // the quarter separators
	qlabels []yearLabel // "Q1" over each quarter's weeks
	ylab    [chartTicks + 1]string
	top     float64
}

type yearRow struct {
	y                       float64
	q, score, revenue, kept string
	command                 float64
	attain                  float64
	played                  bool
}

type yearLabel struct {
	x    float64
	text string
}

const (
	yReport = iota
	yExport
	yTitle
)

func newYearReview(ctx *Ctx, report Scene) *yearScene {
	m := ui.NewMenu("The last report", "Export replay", "Title screen")
	m.Ring.Index = 0
	s := &yearScene{menu: m, report: report}
	if se := ctx.Session(); se != nil {
		s.acted = session.QuartersActed(se.Log())
		s.rv = session.YearReview(se.W, &se.Team, s.acted)
	}
	s.layout(ctx)
	return s
}

func (s *yearScene) layout(ctx *Ctx) {
	for i := range s.menu.Items {
		s.menu.Items[i].Rect = ui.Rect{X: 20 + float64(i)*190, Y: ctx.H - 58, W: 180, H: 42}
	}
	se := ctx.Session()
	if se == nil || (s.w == ctx.W && s.h == ctx.H) {
		return
	}
	s.w, s.h = ctx.W, ctx.H
	w := se.W
	y := &w.Year
	colW := (ctx.W - 56) * 0.42
	s.verdict = ctx.text.WrapC(s.rv.Verdict, colW-28, SizeBody, false)
	s.scoreL = ctx.text.WrapC(fmt.Sprintf("Year score %d / 100: the mean of the quarters (a quarter not played counts 0)", scorePoints(w.YearOutcome().Score)), colW-28, SizeSmall, false)
	s.team = s.team[:0]
	for _, l := range s.rv.Team {
		s.team = append(s.team, ctx.text.WrapC(l, colW-40, SizeSmall+1, false))
	}

	// The quarters, a row each.
	s.table = ui.Rect{X: colW + 36, Y: 84, W: ctx.W - colW - 56, H: 34 + float64(y.Quarters)*36}
	s.rows = s.rows[:0]
	for q := int32(0); q < y.Quarters; q++ {
		row := yearRow{y: s.table.Y + 34 + float64(q)*36, q: fmt.Sprintf("Q%d", q+1), played: q < y.Played}
		if row.played {
			r := &y.Results[q]
			row.score = strconv.Itoa(scorePoints(r.Score))
			if r.Quota > 0 {
				row.revenue = fmt.Sprintf("%s of %s", session.Money(r.Revenue), session.Money(r.Quota))
				row.attain = r.Attainment.Float()
			} else {
				row.revenue = session.Money(r.Revenue)
			}
			row.command = r.CommandShare.Float()
			if s.acted != nil && !s.acted[q] {
				row.command = noStyle // no action: not "example 100%"
			}
			row.kept = fmt.Sprintf("%d of %d, morale %d", r.RepsKept, r.RepsStart, pts(r.EndMorale))
		} else {
			row.score, row.revenue = "-", "not played"
		}
		s.rows = append(s.rows, row)
	}
	// The columns: the revenue's and the team's as wide as their widest
	// text, the style bar the rest.
	revW, keptW := ctx.text.Measure("revenue of quota", SizeSmall, true), ctx.text.Measure("team kept, end morale", SizeSmall, true)
	for _, r := range s.rows {
		revW = max(revW, ctx.text.Measure(r.revenue, SizeSmall+1, false))
		keptW = max(keptW, ctx.text.Measure(r.kept, SizeSmall+1, false))
	}
	t := s.table
	s.cx[0] = t.X + 12
	s.cx[1] = s.cx[0] + ctx.text.Measure("Q4", SizeBody, true) + 14
	s.cx[2] = s.cx[1] + ctx.text.Measure("score", SizeSmall, true) + 14
	s.cx[3] = s.cx[2] + revW + 16
	s.cx[4] = t.Right() - keptW - 12

	// The year's revenue, week by week, the quarters marked.
	s.box = ui.Rect{X: s.table.X, Y: s.table.Bottom() + 14, W: s.table.W, H: ctx.H - 84 - s.table.Bottom() - 14}
	var weeks []int64
	for q := int32(0); q < y.Played; q++ {
		wk := y.Results[q].Weeks
		// A quarter the floor closed early (everyone gone) put its last
		// revenue in the last week's slot: it belongs to the week it
		// closed in.
		if c := y.Results[q].ClosedWeek; c > 0 && int(c) < sim.WeeksPerQuarter {
			last := wk[sim.WeeksPerQuarter-1]
			wk[sim.WeeksPerQuarter-1] = 0
			wk[c-1] += last
		}
		weeks = append(weeks, wk[:]...)
	}
	top := int64(1)
	for _, v := range weeks {
		top = max(top, v)
	}
	s.top = niceTop(float64(top))
	lw := 0.0
	for i := range s.ylab {
		s.ylab[i] = yLabel(s.top*float64(i)/chartTicks, unitMoney)
		lw = max(lw, ctx.text.Measure(s.ylab[i], SizeSmall-2, false))
	}
	s.plot = ui.Rect{X: s.box.X + lw + 14, Y: s.box.Y + 30, W: s.box.W - lw - 24, H: s.box.H - 52}
	n := int(y.Quarters) * sim.WeeksPerQuarter
	bw := s.plot.W / float64(n)
	s.bars, s.barQ, s.marks, s.qlabels = s.bars[:0], s.barQ[:0], s.marks[:0], s.qlabels[:0]
	for i, v := range weeks {
		h := s.plot.H * float64(v) / s.top
		s.bars = append(s.bars, ui.Rect{X: s.plot.X + bw*float64(i) + bw*0.15, Y: s.plot.Bottom() - h, W: bw * 0.7, H: h})
		s.barQ = append(s.barQ, i/sim.WeeksPerQuarter)
	}
	for q := 0; q <= int(y.Quarters); q++ {
		x := s.plot.X + bw*float64(q*sim.WeeksPerQuarter)
		s.marks = append(s.marks, ui.Rect{X: x, Y: s.plot.Y - 4, W: 2, H: s.plot.H + 8})
		if q < int(y.Quarters) {
			s.qlabels = append(s.qlabels, yearLabel{x: x + bw*sim.WeeksPerQuarter/2, text: fmt.Sprintf("quarter %d", q+1)})
		}
	}
}

func (s *yearScene) Update(ctx *Ctx, in *ui.Input) error {
	s.layout(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) && s.report != nil {
		ctx.Go(s.report)
		return nil
	}
	se := ctx.Session()
	if se == nil {
		ctx.Go(newTitle(ctx))
		return nil
	}
	switch s.menu.Update(in) {
	case yReport:
		if s.report != nil {
			ctx.Go(s.report)
		}
	case yExport:
		w := se.W
		name := fmt.Sprintf("replay-%s-%d-year.json", w.Scenario.Name, w.Seed)
		data, err := se.ReplayBytes()
		ctx.offerFile(name, data, err, "Export")
	case yTitle:
		ctx.LeaveGame()
		ctx.Go(newTitle(ctx))
	}
	return nil
}

func (s *yearScene) Draw(ctx *Ctx, g *Gfx) {
	// No office behind it: like the report, the screen is text and
	// tables to its edges, and the office art under its title and
	// footer made both hard to read (a play-test).
	se := ctx.Session()
	if se == nil {
		return
	}
	w := se.W
	yo := w.YearOutcome()
	g.Text("The year: "+w.Scenario.Title, 20, 14, SizeBig+4, true, g.P.Accent, Left)
	g.Text(fmt.Sprintf("%s, seed %d, %d of %d quarters played", w.Difficulty, w.Seed, yo.Played, yo.Quarters), 22, 48, SizeSmall, false, g.P.Dim, Left)

	col := ui.Rect{X: 20, Y: 84, W: s.table.X - 36, H: ctx.H - 84 - 84}
	g.Panel(col)
	x, y := col.X+14, col.Y+12
	titleCol := g.P.Accent
	if yo.Fired {
		titleCol = g.P.Bad
	}
	g.Text(s.rv.Title, x, y, SizeBig+8, true, titleCol, Left)
	y = g.Lines(s.scoreL, x, y+48, SizeSmall, false, g.P.Dim) + 8
	y = g.Lines(s.verdict, x, y, SizeBody, false, g.P.Text) + 12
	g.Text("What the team became", x, y, SizeBody, true, g.P.Text, Left)
	y += 24
	for _, l := range s.team {
		g.Fill(ui.Rect{X: x + 4, Y: y + 6, W: 5, H: 5}, g.P.Accent)
		y = g.Lines(l, x+16, y, SizeSmall+1, false, g.P.Text) + 4
	}

	// The quarters.
	t := s.table
	g.Panel(t)
	cx := s.cx
	g.Text("", cx[0], t.Y+10, SizeSmall, true, g.P.Dim, Left)
	g.Text("score", cx[1], t.Y+10, SizeSmall, true, g.P.Dim, Left)
	g.Text("revenue of quota", cx[2], t.Y+10, SizeSmall, true, g.P.Dim, Left)
	g.Text("style", cx[3], t.Y+10, SizeSmall, true, g.P.Dim, Left)
	g.Text("team kept, end morale", cx[4], t.Y+10, SizeSmall, true, g.P.Dim, Left)
	for _, r := range s.rows {
		c := g.P.Text
		if !r.played {
			c = g.P.Dim
		}
		g.Text(r.q, cx[0], r.y+4, SizeBody, true, c, Left)
		g.Text(r.score, cx[1], r.y+4, SizeBody, true, c, Left)
		g.Text(r.revenue, cx[2], r.y+4, SizeSmall+1, false, c, Left)
		if r.played {
			bar := ui.Rect{X: cx[3], Y: r.y + 2, W: cx[4] - cx[3] - 16, H: styleBarH}
			if r.command == noStyle {
				labeledStyleBar(g, bar, noStyle)
			} else {
				styleBar(g, bar, r.command)
				g.Text(fmt.Sprintf("command %.0f%%", 100*r.command), bar.X+6, bar.Y+1, SizeSmall, true, g.P.Text, Left)
			}
			g.Text(r.kept, cx[4], r.y+4, SizeSmall+1, false, c, Left)
		}
	}

	// The year's weeks.
	b := s.box
	g.Fill(b, g.P.Panel)
	g.Stroke(b, 1, g.P.Line)
	g.Text("Revenue per week, the whole year", b.X+8, b.Y+6, SizeBody, true, g.P.Text, Left)
	p := s.plot
	for k := 0; k <= chartTicks; k++ {
		yy := p.Bottom() - p.H*float64(k)/chartTicks
		g.Fill(ui.Rect{X: p.X, Y: yy, W: p.W, H: 1}, g.P.PanelHi)
		g.Text(s.ylab[k], p.X-6, yy-7, SizeSmall-2, false, g.P.Dim, Right)
	}
	for i, r := range s.bars {
		c := g.P.Series[s.barQ[i]%len(g.P.Series)]
		g.Fill(r, c)
	}
	for _, m := range s.marks {
		g.Fill(m, g.P.Line)
	}
	for _, l := range s.qlabels {
		g.Text(l.text, l.x, p.Bottom()+3, SizeSmall-1, false, g.P.Dim, Center)
	}
	drawMenu(ctx, g, s.menu)
}

// toastRect puts toasts right of the buttons.
func (s *yearScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	last := s.menu.Items[len(s.menu.Items)-1].Rect
	return ui.Rect{X: last.Right() + 16, Y: last.Y + (last.H-h)/2, W: w, H: h}
}

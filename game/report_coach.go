package game

import (
	"fmt"

	"salesfloor/game/coach"
	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// reportCoach is the report's coach panel: the expert plays the player's
// quarter (same scenario, difficulty and seed, so the same event calendar)
// a slice per frame, and the panel shows its score, style and the three
// largest differences in what it did, beside the player's; the weekly
// revenue chart beside it draws both lines.
type reportCoach struct {
	job *coach.Job
	err error // the job could not start

	// Laid out in update, read in draw.
	box      ui.Rect
	chart    chart
	progress float64
	you, exp string // "62 (C)"
	diffHead string // the differences' heading: advice, or not, by who scored more
	youCmd   float64
	expCmd   float64
	lines    [][]string // the differences, wrapped
	note     []string   // a note under them (a replay error), wrapped
	playing  []string   // what the expert does while it plays, wrapped
	subBelow bool       // the subtitle goes under the title, not beside it
	laid     bool       // the result's texts are laid out, for width wrapW
	wrapW    float64
	weeksAt  int32     // the expert's tick when the weekly lines were made
	weekYou  []float64 // revenue per week, in dollars
	weekExp  []float64
	top      int64
}

func newReportCoach(s *session.Session) *reportCoach {
	j, err := coach.NewJob(s.W, s.Log(), coach.DefaultBudget)
	return &reportCoach{job: j, err: err, weeksAt: -1}
}

func (c *reportCoach) busy() bool { return c.job != nil && !c.job.Done() }

// The coach panel's title, and what it says about the expert's quarter.
const (
	coachTitle = "The coach: your quarter, played by an expert"
	coachSub   = "same scenario, difficulty, seed and calendar"
)

// coachBoxH is the panel's height: enough for the rows and three
// differences of two lines each.
const coachBoxH = 232.0

// update plays a slice of the expert's quarter and lays the panel out in
// r, the box, with the weekly chart at chart.
func (c *reportCoach) update(ctx *Ctx, box, chart ui.Rect) {
	c.box = box
	if ctx.text.Scale > 0 {
		c.subBelow = ctx.text.Measure(coachTitle, SizeHead, true)+ctx.text.Measure(coachSub, SizeSmall, false)+48 > box.W
	}
	if c.busy() {
		ctx.Work(reportSlice, c.job.Work)
	}
	if c.job == nil {
		if c.weekYou == nil {
			c.weeks(ctx.Session().W)
		}
		c.chart.layout(ctx.text, chart, "Revenue per week: you", sim.WeeksPerQuarter, float64(c.top), unitMoney)
		return
	}
	t := int32(-1)
	if ex := c.job.Expert(); ex != nil {
		t = ex.W.Tick
	}
	if t != c.weeksAt || c.weekYou == nil {
		c.weeksAt = t
		c.weeks(ctx.Session().W)
	}
	c.progress = c.job.Progress()
	if ctx.text.Scale > 0 {
		c.playing = ctx.text.WrapC("It searches every decision by playing the moves out on copies of the floor; its revenue appears week by week below.",
			box.W-32, SizeSmall, false)
	}
	c.chart.layout(ctx.text, chart, "Revenue per week: you and the expert", sim.WeeksPerQuarter, float64(c.top), unitMoney)
	res := c.job.Result()
	if res == nil || (c.laid && c.wrapW == box.W) || ctx.text.Scale <= 0 {
		return
	}
	g := ctx.text
	c.laid, c.wrapW = true, box.W
	c.you = fmt.Sprintf("%d  (%s)", scorePoints(res.You.Score), res.You.Grade)
	c.exp = fmt.Sprintf("%d  (%s)", scorePoints(res.Expert.Score), res.Expert.Grade)
	c.diffHead = "What it did most differently"
	if scorePoints(res.You.Score) > scorePoints(res.Expert.Score) {
		// The player beat the search: its differences are not advice (a
		// play-test read them as such under "you 73, the expert 68").
		c.diffHead = "You beat it this time. Where it played differently"
	}
	c.youCmd, c.expCmd = res.You.CommandShare.Float(), res.Expert.CommandShare.Float()
	if res.You.ActionTicks == 0 {
		c.youCmd = noStyle // no action, no style: not "example 100%"
	}
	c.lines = c.lines[:0]
	for _, d := range res.Diffs {
		c.lines = append(c.lines, g.WrapC(d.Text, box.W-52, SizeSmall+1, false))
	}
	switch {
	case res.NoExpert:
		c.note = g.WrapC("The expert could not take over your team: "+res.Err.Error(), box.W-32, SizeSmall, false)
	case res.Err != nil:
		c.note = g.WrapC("Your quarter could not be replayed to compare habits: "+res.Err.Error(), box.W-32, SizeSmall, false)
	case len(res.Diffs) == 0:
		c.note = g.WrapC("It played much as you did: no habit differs by more than a third.", box.W-32, SizeSmall, false)
	default:
		c.note = nil
	}
}

// weeks fills the weekly revenue lines: the player's, and the expert's
// whole weeks so far (a week still being played would plot as a slump).
func (c *reportCoach) weeks(w *sim.World) {
	var you, exp []int64
	if w.Series != nil {
		you = coach.WeeklyRevenue(w.Series.RevenueDay)
	}
	if c.job != nil && c.job.Expert() != nil {
		if ew := c.job.Expert().W; ew.Series != nil {
			cum := ew.Series.RevenueDay
			if !c.job.Done() {
				cum = cum[:len(cum)/sim.DaysPerWeek*sim.DaysPerWeek]
			}
			exp = coach.WeeklyRevenue(cum)
		}
	}
	c.top = 1
	for _, v := range you {
		c.top = max(c.top, v)
	}
	for _, v := range exp {
		c.top = max(c.top, v)
	}
	scale := func(dst []float64, src []int64) []float64 {
		dst = dst[:0]
		for _, v := range src {
			dst = append(dst, float64(v))
		}
		return dst
	}
	c.weekYou, c.weekExp = scale(c.weekYou, you), scale(c.weekExp, exp)
}

// draw draws the panel and the weekly chart as update laid them out.
func (c *reportCoach) draw(ctx *Ctx, g *Gfx, xs, ys []float64) {
	r := c.box
	g.Panel(r)
	x, y := r.X+16, r.Y+12
	g.Text(coachTitle, x, y, SizeHead, true, g.P.Accent, Left)
	if c.subBelow {
		g.Text(coachSub, x, y+22, SizeSmall, false, g.P.Dim, Left)
		y += 16
	} else {
		g.Text(coachSub, r.Right()-16, y+4, SizeSmall, false, g.P.Dim, Right)
	}
	y += 34
	switch {
	case c.err != nil:
		g.Lines(g.WrapC("The expert could not play this quarter: "+c.err.Error(), r.W-32, SizeBody, false), x, y, SizeBody, false, g.P.Bad)
	case c.job.Result() == nil:
		g.Text(fmt.Sprintf("The expert is playing your quarter... %.0f%%", 100*c.progress), x, y, SizeBody, true, g.P.Text, Left)
		g.Bar(ui.Rect{X: x, Y: y + 26, W: r.W - 32, H: 12}, c.progress, g.P.Accent)
		g.Lines(c.playing, x, y+48, SizeSmall, false, g.P.Dim)
	default:
		c.drawRow(g, x, y, r.W-32, "You", c.you, c.youCmd)
		c.drawRow(g, x, y+28, r.W-32, "The expert", c.exp, c.expCmd)
		y += 64
		g.Text(c.diffHead, x, y, SizeBody, true, g.P.Text, Left)
		y += 22
		for _, l := range c.lines {
			g.Fill(ui.Rect{X: x + 4, Y: y + 6, W: 5, H: 5}, g.P.Accent)
			y = g.Lines(l, x+16, y, SizeSmall+1, false, g.P.Text) + 3
		}
		g.Lines(c.note, x, y+2, SizeSmall, false, g.P.Dim)
	}
	lines := []chartLine{{"you", g.P.Series[0], c.weekYou}, {"expert", g.P.Accent, c.weekExp}}
	lineChart(g, &c.chart, lines, xs, ys)
}

// drawRow draws one player's score and style bar.
func (c *reportCoach) drawRow(g *Gfx, x, y, w float64, who, score string, cmd float64) {
	g.Text(who, x, y, SizeBody, true, g.P.Text, Left)
	g.Text(score, x+96, y, SizeBody, true, g.P.Text, Left)
	labeledStyleBar(g, ui.Rect{X: x + 170, Y: y, W: w - 170, H: styleBarH}, cmd)
}

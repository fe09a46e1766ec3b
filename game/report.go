package game

import (
	"fmt"
	"math"
	"strings"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// reportScene is the end of the quarter: the grade and score, the team, the
// style profile, and the coach's play of the same quarter beside the
// player's.
type reportScene struct {
	settle settle // Enter waits until the report has been on screen a moment
	menu   *ui.Menu
	o      sim.Outcome
	charts chartsScene
	wrap   []string
	gone   []string // closedOnNotice, wrapped to the left column
	orders []string // standingNote, wrapped to the left column
	// wrapScale is the text scale the lines were wrapped at.
	wrapScale float64
	coach     *reportCoach
	col       ui.Rect // the left column
	mood      chart   // the morale and momentum chart
	// In a campaign: where it stands (the break ahead, or its end), on the
	// line under the title, after the difficulty and seed.
	sub      string
	campX    float64
	campBad  bool // the player was replaced
	campText string
	// The best results: where this quarter (and year) stand on the
	// player's table, at the title's right.
	best, bestShort string
	bestNew         bool
	bestShow        string
	title           string
}

const (
	rNext = iota
	rCharts
	rExport
	rTitle
)

func newReport(ctx *Ctx) *reportScene {
	w := ctx.Session().W
	first, last := "Next quarter", "Title screen"
	switch {
	case w.InBreak():
		first, last = fmt.Sprintf("Plan quarter %d", w.Year.Quarter+2), "Title screen"
	case w.Year.Quarters > 1:
		first = "The year"
	}
	m := ui.NewMenu(first, "Charts", "Export replay", last)
	m.Ring.Index = 0
	r := &reportScene{menu: m, o: w.Outcome(), charts: chartsScene{rep: -1}, coach: newReportCoach(ctx.Session())}
	r.campText, r.campBad = campaignLine(w)
	r.title = "End of quarter: " + w.Scenario.Title
	if y := &w.Year; y.Quarters > 1 {
		r.title = fmt.Sprintf("End of quarter %d of %d: %s", y.Quarter+1, y.Quarters, w.Scenario.Title)
	}
	qr, yr, err := ctx.game.recordResults(w, session.QuartersActed(ctx.Session().Log()))
	if err != nil {
		ctx.Say("Your best results could not be saved: " + err.Error())
	}
	r.best, r.bestShort, r.bestNew = bestLine(&ctx.game.best, w, qr, yr)
	r.prepare(ctx) // ready for a Draw before the first Update
	return r
}

// bestLine says where the quarter (and a finished year) stand on the
// player's table, in full and short.
func bestLine(b *store.Best, w *sim.World, quarter, year int) (full, short string, isNew bool) {
	if w.Difficulty == sim.Sandbox {
		return "", "", false
	}
	where := fmt.Sprintf("%s, %s", w.Scenario.Title, w.Difficulty)
	// The first result on record is the one to beat, not a best worth a
	// cheer (an idle F would otherwise be "a new best quarter").
	switch {
	case year == 1 && b.Count(w.Scenario.Name, w.Difficulty.String(), store.BestYear) == 1:
		return "Your first year on record for " + where + ": the one to beat.", "First year on record", false
	case year == 1:
		return "A new best year for " + where + "!", "New best year!", true
	case quarter == 1 && b.Count(w.Scenario.Name, w.Difficulty.String(), store.BestQuarter) == 1:
		return "Your first quarter on record for " + where + ": the one to beat.", "First quarter on record", false
	case quarter == 1:
		if lower := easierQuota(w); lower != "" {
			return "A new best quarter for " + where + "!" + lower, "New best quarter, on a lower quota", true
		}
		return "A new best quarter for " + where + "!", "New best quarter!", true
	}
	top, ok := b.Top(w.Scenario.Name, w.Difficulty.String(), store.BestQuarter)
	if !ok {
		return "", "", false
	}
	full = fmt.Sprintf("Your best quarter here: %d (%s)", shownScore(top.Score), top.Grade)
	short = fmt.Sprintf("Best here: %d", shownScore(top.Score))
	if quarter > 1 {
		full = fmt.Sprintf("Your #%d quarter here; the best: %d (%s)", quarter, shownScore(top.Score), top.Grade)
	}
	if yt, ok := b.Top(w.Scenario.Name, w.Difficulty.String(), store.BestYear); ok {
		full += fmt.Sprintf("; best year %d", shownScore(yt.Score))
	}
	return full, short, false
}

// nextQuotaWords names the next quarter's quota and how it moved from the
// last: in full (the break's heading, which wraps) "quota $2.90M, down
// from $3.70M: it follows the result", short (the report's one line)
// "quota $2.90M (was $3.70M)". The quota follows the result, so after a
// miss it shrinks, and a year of doing little shows rising attainment and
// scores; a play-test read that as progress. The player sees the bar
// lowered, not only the score rise.
func nextQuotaWords(w *sim.World, full bool) string {
	q := w.NextQuota()
	if q <= 0 {
		return "no quota"
	}
	out := "quota " + session.Money(q)
	y := &w.Year
	if y.Played == 0 {
		return out
	}
	last := y.Results[y.Played-1].Quota
	switch {
	case last <= 0 || q == last:
	case !full:
		out += " (was " + session.Money(last) + ")"
	case q < last:
		out += ", down from " + session.Money(last) + ": it follows the result"
	default:
		out += ", up from " + session.Money(last)
	}
	return out
}

// easierQuota qualifies a campaign quarter's new best when its quota was
// lower than the quarter's before: " Against a quota of $2.90M, down from
// $3.70M after the quarter before." Or "".
func easierQuota(w *sim.World) string {
	y := &w.Year
	if y.Played < 2 {
		return ""
	}
	now, before := y.Results[y.Played-1].Quota, y.Results[y.Played-2].Quota
	if now <= 0 || now >= before {
		return ""
	}
	return " Against a quota of " + session.Money(now) + ", down from " + session.Money(before) + " the quarter before."
}

// noHireWhy says why a break offers no hire: the result fell short of the
// line, or every desk is taken.
func noHireWhy(w *sim.World) string {
	y := &w.Year
	if res := &y.Results[y.Played-1]; res.Quota <= 0 || res.Attainment >= w.P.HeadcountAttainment {
		return fmt.Sprintf("no hire: all %d desks are taken", sim.MaxReps)
	}
	return fmt.Sprintf("no hire (one takes %s of quota)", pct(w.P.HeadcountAttainment))
}

// closedOnNotice names the reps who were still on notice when the quarter
// closed and resigned that evening: "Ben and Emma resigned as the quarter
// closed: still on notice, they will not be back after the break."
func closedOnNotice(w *sim.World) string {
	var names []string
	for i := range w.Reps {
		if w.ResignedAtClose(int32(i)) {
			names = append(names, w.Reps[i].Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	who := names[0]
	if n := len(names); n > 1 {
		who = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return who + " resigned as the quarter closed: still on notice, they will not be back after the break."
}

// campaignLine says where a campaign stands at a quarter's end: the break
// ahead (the next quota, the hires earned), the year's end, or the
// executive's verdict on a player replaced. A single quarter has none.
func campaignLine(w *sim.World) (string, bool) {
	y := &w.Year
	if y.Quarters <= 1 {
		return "", false
	}
	switch {
	case y.Fired && w.ActiveReps() == 0:
		return fmt.Sprintf("Quarter %d of %d. Nobody is left on the floor, and the company has replaced you: the year ends here.", y.Quarter+1, y.Quarters), true
	case y.Fired:
		res := &y.Results[y.Played-1]
		return fmt.Sprintf("Quarter %d of %d. The VP has replaced you: a second quarter in a row under the line, %s of quota and executive trust %s (the line: under %s and under %s). The year ends here.",
			y.Quarter+1, y.Quarters, attainPct(res.Attainment), pct(w.Company.ExecTrust), pct(w.P.FireAttainment), pct(w.P.FireTrust)), true
	case w.InBreak():
		hires := fmt.Sprintf("%d hires", y.Headcount)
		switch y.Headcount {
		case 0:
			hires = noHireWhy(w)
		case 1:
			hires = "one hire"
		}
		quota := nextQuotaWords(w, false)
		if w.OnNotice() {
			return fmt.Sprintf("Quarter %d of %d done, and you are on notice: another under %s of quota with trust under %s and the VP replaces you. Next: %s.",
				y.Quarter+1, y.Quarters, pct(w.P.FireAttainment), pct(w.P.FireTrust), quota), true
		}
		// The trust the VP ends the quarter with (the table's "Executive
		// trust") is not what the next quarter starts with: over the
		// break it moves toward the result. Both figures, named, so they
		// do not read as a contradiction; the break's screen says why.
		return fmt.Sprintf("Quarter %d of %d done. Quarter %d: %s; this result earned %s. The VP's trust: %s now, %s in quarter %d.",
			y.Quarter+1, y.Quarters, y.Quarter+2, quota, hires, pct(w.Company.ExecTrust), pct(w.NextExecTrust()), y.Quarter+2), false
	}
	return fmt.Sprintf("Quarter %d of %d: the year is done. \"The year\" reads it whole.", y.Quarter+1, y.Quarters), false
}

// prepare lays the report out and fills what its Draw reads.
func (r *reportScene) prepare(ctx *Ctx) {
	for i := range r.menu.Items {
		r.menu.Items[i].Rect = ui.Rect{X: 20 + float64(i)*180, Y: ctx.H - 58, W: 170, H: 42}
	}
	r.layout(ctx)
	r.charts.data.fill(ctx.Session().W, -1)
	if r.wrap == nil || r.wrapScale != ctx.text.Scale {
		// Wrapped again at a new scale: before the first frame there is
		// none to measure with, and a resized window brings another.
		r.wrapScale = ctx.text.Scale
		r.wrap = ctx.text.Wrap(r.o.Verdict, r.col.W-32, SizeBody, false)
		if note := standingNote(ctx.Session().W); note != "" {
			r.orders = ctx.text.Wrap(note, r.col.W-32, SizeSmall, false)
		}
		if gone := closedOnNotice(ctx.Session().W); gone != "" {
			r.gone = ctx.text.Wrap(gone, r.col.W-32, SizeBody, false)
		}
		w := ctx.Session().W
		r.sub = fmt.Sprintf("%s, seed %d", w.Difficulty, w.Seed)
		r.campX = 22 + ctx.text.Measure(r.sub, SizeSmall, false) + 18
	}
	// The best line at the title's right, short if the full one does not
	// fit beside it.
	room := ctx.W - 20 - (20 + ctx.text.Measure(r.title, SizeBig+4, true) + 32)
	r.bestShow = r.best
	if ctx.text.Measure(r.best, SizeBody, true) > room {
		r.bestShow = r.bestShort
		if ctx.text.Measure(r.bestShort, SizeBody, true) > room {
			r.bestShow = ""
		}
	}
}

// busy: the expert is still playing the quarter.
func (r *reportScene) busy(*Ctx) bool { return r.coach.busy() }

// layout places the left column, and on the right the coach's panel, the
// weekly revenue chart (the player's and the expert's) and the morale and
// momentum chart; the other charts are a click away (Charts).
func (r *reportScene) layout(ctx *Ctx) {
	r.col = ui.Rect{X: 20, Y: 76, W: 440, H: ctx.H - 150}
	cx := r.col.Right() + 16
	cw := ctx.W - cx - 20
	box := ui.Rect{X: cx, Y: r.col.Y, W: cw, H: math.Min(coachBoxH, r.col.H/2)}
	h := (r.col.H - box.H - 8) / 2
	chart := ui.Rect{X: cx, Y: box.Bottom() + 8, W: cw, H: h - 8}
	mood := ui.Rect{X: cx, Y: chart.Bottom() + 8, W: cw, H: h - 8}
	r.mood.layout(ctx.text, mood, "Morale and momentum, hourly (points of 100)", sim.HoursPerQuarter, 1, unitPoints)
	r.coach.update(ctx, box, chart)
}

func (r *reportScene) Update(ctx *Ctx, in *ui.Input) error {
	r.settle.hold(in, ctx.Drawn())
	r.prepare(ctx)
	w := ctx.Session().W
	switch r.menu.Update(in) {
	case rNext:
		switch {
		case w.InBreak():
			ctx.Go(newPlan(ctx, r))
		case w.Year.Quarters > 1:
			ctx.Go(newYearReview(ctx, r))
		default:
			if err := ctx.NewGame(session.Config{Scenario: w.Scenario.Name, Difficulty: w.Difficulty, Seed: w.Seed + 1}); err != nil {
				ctx.Say(err.Error())
			}
		}
	case rCharts:
		ctx.Go(newCharts(ctx, r, -1, nil))
	case rExport:
		name := fmt.Sprintf("replay-%s-%d-final.json", w.Scenario.Name, w.Seed)
		data, err := ctx.Session().ReplayBytes()
		ctx.offerFile(name, data, err, "Export")
	case rTitle:
		ctx.LeaveGame()
		ctx.Go(newTitle(ctx))
	}
	return nil
}

// toastRect puts toasts in the row of buttons, right of them, or above them
// when the window is too narrow.
func (r *reportScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	last := r.menu.Items[len(r.menu.Items)-1].Rect
	row := ui.Rect{X: last.Right() + 16, Y: last.Y + (last.H-h)/2, W: w, H: h}
	if row.Right() <= ctx.W-16 {
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

// attainPct is a share of quota in whole percent, rounded down: a quarter
// that sold 69.7% did not reach a line drawn at 70%, nor one at 99.6% its
// quota, and a play-test read "(70%)" beside "one takes 70% of quota" as
// a bug.
func attainPct(f sim.Fixed) string { return fmt.Sprintf("%d%%", int(math.Floor(100*f.Float()))) }

func (r *reportScene) Draw(ctx *Ctx, g *Gfx) {
	o := &r.o
	w := ctx.Session().W
	g.Text(r.title, 20, 14, SizeBig+4, true, g.P.Accent, Left)
	if r.bestShow != "" {
		c := g.P.Dim
		if r.bestNew {
			c = g.P.Good
		}
		g.Text(r.bestShow, ctx.W-20, 22, SizeBody, true, c, Right)
	}
	g.Text(r.sub, 22, 48, SizeSmall, false, g.P.Dim, Left)
	if r.campText != "" {
		campCol := g.P.Text
		if r.campBad {
			campCol = g.P.Bad
		}
		g.Text(r.campText, r.campX, 48, SizeSmall, true, campCol, Left)
	}
	col := r.col
	g.Panel(col)
	x, y := col.X+16, col.Y+14
	g.Text(o.Grade, x+30, y, SizeTitle+10, true, g.Level(o.Score.Float()/100), Center)
	g.Text(fmt.Sprintf("Score %d / 100", scorePoints(o.Score)), x+80, y+8, SizeBig, true, g.P.Text, Left)
	p := &w.P // the scenario's own weights: crunch's are not the default's
	g.Text(fmt.Sprintf("revenue %.0f/%d  health %.0f/%d  future %.0f/%d  exec %.0f/%d",
		o.ScoreRevenue.Float(), p.WeightRevenue, o.ScoreHealth.Float(), p.WeightHealth,
		o.ScoreFuture.Float(), p.WeightFuture, o.ScoreExecutive.Float(), p.WeightExecutive), x+80, y+40, SizeSmall, false, g.P.Dim, Left)
	y += 80
	if o.Quota > 0 {
		g.Text(fmt.Sprintf("Revenue %s of %s quota (%s)", session.Money(o.Revenue), session.Money(o.Quota), attainPct(o.Attainment)), x, y, SizeBody, true, g.P.Text, Left)
		g.Bar(ui.Rect{X: x, Y: y + 22, W: col.W - 32, H: 14}, o.Attainment.Float(), g.Level(o.Attainment.Float()*0.7))
	} else {
		g.Text("Revenue "+session.Money(o.Revenue)+" (sandbox)", x, y, SizeBody, true, g.P.Text, Left)
	}
	y += 48
	rows := []struct {
		h, v string
	}{
		{"Team health", fmt.Sprintf("morale %s over the quarter, %s at the end; %d kept, %d lost", pct(o.MeanMorale), pct(o.EndMorale), o.RepsKept, o.RepsLost)},
		{"The future", fmt.Sprintf("culture %s, clarity %s, process %s, skill %+.1f pts/rep", pct(o.Culture), pct(o.Clarity), pct(o.Process), 100*o.SkillGrowth.Float())},
		{"Executive trust", fmt.Sprintf("%s; check-ins passed %d of %d", pct(o.ExecTrust), w.Company.CheckinsPassed, w.Company.Checkins)},
		{"Advice sought", adviceText(o.AdviceRequests)},
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
	bar := ui.Rect{X: x, Y: y, W: col.W - 32, H: styleBarH}
	cs := o.CommandShare.Float()
	if w.Player.CommandTicks+w.Player.ExampleTicks == 0 {
		cs = noStyle
	}
	labeledStyleBar(g, bar, cs)
	y += styleBarH + 8
	// The note on standing orders gives way to the verdict and the red
	// line where the column is too short for all three (a small window).
	below := float64(len(r.wrap))*SizeBody*1.35 + float64(len(r.gone))*SizeBody*1.35 + 10
	if len(r.orders) > 0 && y+float64(len(r.orders))*SizeSmall*1.35+4+below <= r.col.Bottom() {
		y = g.Lines(r.orders, x, y-2, SizeSmall, false, g.P.Dim) + 6
	}
	y = g.Lines(r.wrap, x, y, SizeBody, false, g.P.Accent)
	if len(r.gone) > 0 {
		g.Lines(r.gone, x, y+10, SizeBody, false, g.P.Bad)
	}

	// On the right: the coach, the weekly revenue beside the expert's, and
	// morale and momentum.
	c := &r.charts
	r.coach.draw(ctx, g, c.xs, c.ys)
	lines := []chartLine{{"morale", g.P.Series[0], c.data.morale}, {"momentum", g.P.Series[1], c.data.momentum}}
	lineChart(g, &r.mood, lines, c.xs, c.ys)
	drawMenu(ctx, g, r.menu)
}

// standingNote says, under the style bar, that the orders standing at the
// quarter's end counted only the time they took to give: the bar is time
// on actions, and a play-test read "command 0%" after eight days of
// status reports. "" when no order stands.
func standingNote(w *sim.World) string {
	var orders []string
	reports := 0
	for i := range w.Reps {
		if r := &w.Reps[i]; !r.Gone && r.Reports {
			reports++
		}
	}
	switch {
	case w.Team.ReportsAll:
		orders = append(orders, "status reports from the team")
	case reports == 1:
		orders = append(orders, "status reports from one rep")
	case reports > 1:
		orders = append(orders, fmt.Sprintf("status reports from %d reps", reports))
	}
	if q := w.Team.DialQuota; q > 0 {
		orders = append(orders, fmt.Sprintf("a dial quota of %d a day", q))
	}
	if len(orders) == 0 {
		return ""
	}
	return "Orders standing at the end (" + strings.Join(orders, ", ") + ") count only the minutes they took to give."
}

// styleBar draws a style bar: a plate for the two labels, and along its
// foot command's share from the left in command's colour, example's the
// rest. The labels sit on the plate, not on the shares, so "command 3%"
// reads as well as "command 60%".
func styleBar(g *Gfx, bar ui.Rect, command float64) {
	g.Fill(bar, g.P.Button)
	foot := ui.Rect{X: bar.X, Y: bar.Bottom() - styleFoot, W: bar.W * command, H: styleFoot}
	g.Fill(foot, g.P.Command)
	g.Fill(ui.Rect{X: foot.Right(), Y: foot.Y, W: bar.Right() - foot.Right(), H: styleFoot}, g.P.Example)
}

// noStyle is the command share of a player who took no action: the bar
// says so rather than show the share's zero as "example 100%".
const noStyle = -1

// labeledStyleBar draws a style bar with its two shares named on it, or,
// for noStyle, says no action was taken.
func labeledStyleBar(g *Gfx, bar ui.Rect, command float64) {
	if command == noStyle {
		g.Fill(bar, g.P.Button)
		g.Text("no action taken: neither style", bar.X+6, bar.Y+1, SizeSmall, true, g.P.Dim, Left)
		return
	}
	styleBar(g, bar, command)
	g.Text(fmt.Sprintf("command %.0f%%", math.Round(100*command)), bar.X+6, bar.Y+1, SizeSmall, true, g.P.Text, Left)
	g.Text(fmt.Sprintf("example %.0f%%", math.Round(100*(1-command))), bar.Right()-6, bar.Y+1, SizeSmall, true, g.P.Text, Right)
}

// styleFoot is the height of a style bar's shares, under its labels.
const styleFoot = 5

// styleBarH is a style bar's height: a line of small text and the foot.
const styleBarH = 22

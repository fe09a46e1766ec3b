package game

import (
	"fmt"
	"strings"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// planScene is the break between two quarters of a campaign: the team as
// the quarter left it, with a promotion to make and reps to let go; the
// candidates the result earned hires among; the next quota; and the
// routine, which carries over unless changed. Every decision is a sim
// command (sim.ActHire, sim.ActPromote, sim.ActLetGo), refused with its
// reason when it cannot be made; "Start quarter" sends sim.ActNextQuarter.
type planScene struct {
	settle   settle // Enter waits until the break has been on screen a moment
	menu     *ui.Menu
	acts     []planAct // what each of the menu's items does, by index
	dim      []bool    // the items the break would refuse, drawn dimmed
	lastFoot int       // the index of the last button along the foot
	ver      int       // the session version the items were built at
	team     ui.Rect   // the team's panel
	cands    ui.Rect   // the candidates' panel
	rows     []planRow // the team's rows and the candidates' cards, for Draw
	head     string    // the line under the title
	foot     []string  // the lines over the buttons, wrapped
	notice   bool      // the player is on notice: the footer is drawn as a warning
	season   []string  // what the campaign's next quarter brings, wrapped
	w, h     float64   // the window the layout is for
	scale    float64   // and the text's scale (0 before the first frame: nothing measured)
	sub      string    // the candidates' panel's subtitle
	teamH    string    // the team panel's title
	rowH     float64
	cardH    float64
	report   Scene // the quarter's report, to look back at
}

// planAct is what a button of the break does.
type planAct struct {
	kind   int // planStart, planRoutine, ...
	target int32
}

const (
	planStart = iota
	planRoutine
	planReport
	planTitle
	planPromote
	planLetGo
	planHire
)

// planRow is one row to draw: a rep on the team, or a candidate.
type planRow struct {
	r            ui.Rect
	name, tag    string
	stats, story string
	dim          bool // leaving, or hired (the card is spent)
	cand         bool // a candidate's card, not a rep's row
}

func newPlan(ctx *Ctx, report Scene) *planScene {
	p := &planScene{report: report, ver: -1}
	p.prepare(ctx)
	return p
}

// prepare builds the buttons and the rows from the world when it changed,
// and lays them out for the window.
func (p *planScene) prepare(ctx *Ctx) {
	s := ctx.Session()
	if s == nil {
		return
	}
	w := s.W
	if p.menu != nil && p.ver == s.Version && p.w == ctx.W && p.h == ctx.H && p.scale == ctx.text.Scale {
		return
	}
	p.ver, p.w, p.h, p.scale = s.Version, ctx.W, ctx.H, ctx.text.Scale
	y := &w.Year
	ring := ui.FocusRing{Index: -1, Arrows: true}
	if p.menu != nil {
		ring = p.menu.Ring
	}
	p.menu = &ui.Menu{Ring: ring, Hover: -1}
	p.acts = p.acts[:0]
	p.rows = p.rows[:0]
	// A decision the break would refuse is dimmed but still clickable:
	// the click says why (the sim's own reason), and changes nothing. The
	// sim's check decides which, so the screen keeps no rules of its own.
	legal := func(a sim.ActionID, target, arg int32) bool { return s.Check(a, target, arg) == nil }
	p.dim = p.dim[:0]
	add := func(label string, r ui.Rect, enabled bool, a planAct) {
		p.menu.Items = append(p.menu.Items, ui.Button{Label: label, Rect: r, Enabled: true})
		p.acts = append(p.acts, a)
		p.dim = append(p.dim, !enabled)
	}

	// The buttons along the foot: Start first, so Enter with nothing
	// focused starts the quarter.
	bw := 200.0
	add(fmt.Sprintf("Start quarter %d (Enter)", y.Quarter+2), ui.Rect{X: 20, Y: ctx.H - 58, W: bw + 40, H: 42}, true, planAct{kind: planStart})
	add("Routine...", ui.Rect{X: 20 + bw + 56, Y: ctx.H - 58, W: 150, H: 42}, true, planAct{kind: planRoutine})
	if p.report != nil {
		add("The report", ui.Rect{X: 20 + bw + 222, Y: ctx.H - 58, W: 150, H: 42}, true, planAct{kind: planReport})
	}
	add("Title screen", ui.Rect{X: 20 + bw + 222 + 166*float64(len(p.menu.Items)-2), Y: ctx.H - 58, W: 150, H: 42}, true, planAct{kind: planTitle})

	p.season = p.season[:0]
	if coming := comingNote(w); coming != "" {
		p.season = ctx.text.WrapC("Coming: "+coming, ctx.W-40, SizeBody, true)
	}
	p.lastFoot = len(p.menu.Items) - 1
	top := 84 + float64(len(p.season))*SizeBody*1.35 + 8
	bottom := ctx.H - 96
	p.team = ui.Rect{X: 20, Y: top, W: (ctx.W - 56) * 0.54, H: bottom - top - 8}
	p.cands = ui.Rect{X: p.team.Right() + 16, Y: top, W: ctx.W - 20 - p.team.Right() - 16, H: p.team.H}

	// The team.
	n := 0
	for i := range w.Reps {
		if !w.Reps[i].Gone {
			n++
		}
	}
	for i := int32(0); i < y.NCandidates; i++ {
		if y.Candidates[i].Hired {
			n++
		}
	}
	p.rowH = min(40, (p.team.H-44)/float64(max(n, 1)))
	ry := p.team.Y + 40
	seniors := w.Seniors()
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone {
			continue
		}
		row := ui.Rect{X: p.team.X + 12, Y: ry, W: p.team.W - 24, H: p.rowH - 4}
		tag := ""
		switch {
		case r.LetGo:
			tag = "leaving"
		case r.Senior:
			tag = "senior"
		}
		// What they come back with, under "next quarter": the lessons
		// still settling learnt, morale part rested; the morale now beside.
		skill, morale := w.AfterBreak(r)
		p.rows = append(p.rows, planRow{r: row, name: r.Name, tag: tag, dim: r.LetGo,
			stats: fmt.Sprintf("skill %d  exp %d  morale %d (%d now)  trust %d", pts(skill), pts(r.Experience), pts(morale), pts(r.Morale), pts(r.Trust))})
		bh := min(30, row.H-2)
		by := row.Y + (row.H-bh)/2
		add("Promote", ui.Rect{X: row.Right() - 184, Y: by, W: 96, H: bh}, legal(sim.ActPromote, int32(i), 0), planAct{kind: planPromote, target: int32(i)})
		add("Let go", ui.Rect{X: row.Right() - 82, Y: by, W: 82, H: bh}, legal(sim.ActLetGo, int32(i), 0), planAct{kind: planLetGo, target: int32(i)})
		ry += p.rowH
	}
	for i := int32(0); i < y.NCandidates; i++ {
		if c := &y.Candidates[i]; c.Hired {
			row := ui.Rect{X: p.team.X + 12, Y: ry, W: p.team.W - 24, H: p.rowH - 4}
			p.rows = append(p.rows, planRow{r: row, name: c.Name, tag: "hired",
				stats: fmt.Sprintf("skill %d  exp %d  morale %d: joins next quarter", pts(c.Skill), pts(c.Experience), pts(c.Morale))})
			ry += p.rowH
		}
	}
	p.teamH = fmt.Sprintf("Your team: %d next quarter", w.Staying())
	if sn := w.NextSeason(); sn != nil && len(sn.Joiners) > 0 {
		// The season's joiners take desks too: say how many, and how many
		// the floor cannot seat (the hires come first).
		fit := min(len(sn.Joiners), max(sim.MaxReps-int(w.Staying()), 0))
		p.teamH = fmt.Sprintf("Your team: %d next quarter + %d joining", w.Staying(), fit)
		if fit < len(sn.Joiners) {
			p.teamH += fmt.Sprintf("; %d has no desk", len(sn.Joiners)-fit)
		}
	}

	// The candidates.
	hired := int32(0)
	for i := int32(0); i < y.NCandidates; i++ {
		if y.Candidates[i].Hired {
			hired++
		}
	}
	switch {
	case y.Headcount == 0:
		p.sub = "This break: " + noHireWhy(w)
	default:
		p.sub = fmt.Sprintf("Hires: %d of %d earned", hired, y.Headcount)
	}
	// What "needs autonomy" means, where there is room for it.
	if more := p.sub + ". Needs autonomy: what orders cost their morale"; ctx.text.Scale > 0 && ctx.text.Measure(more, SizeSmall, false) <= p.cands.W-28 {
		p.sub = more
	}
	p.cardH = min(92, (p.cands.H-66)/float64(max(y.NCandidates, 1)))
	cy := p.cands.Y + 62
	for i := int32(0); i < y.NCandidates; i++ {
		c := &y.Candidates[i]
		card := ui.Rect{X: p.cands.X + 12, Y: cy, W: p.cands.W - 24, H: p.cardH - 6}
		tag := ""
		story := y.CandidateHistory(int(i))
		if wrapped := ctx.text.Wrap(story, card.W-120, SizeSmall, false); len(wrapped) > 0 && ctx.text.Scale > 0 {
			story = wrapped[0]
			if len(wrapped) > 1 {
				story += "..."
			}
		}
		p.rows = append(p.rows, planRow{r: card, name: c.Name, tag: tag, dim: c.Hired, story: story, cand: true,
			stats: fmt.Sprintf("skill %d  exp %d  needs autonomy %d  morale %d", pts(c.Skill), pts(c.Experience), pts(c.Autonomy), pts(c.Morale))})
		label := "Hire"
		if c.Hired {
			label = "Hired"
		}
		add(label, ui.Rect{X: card.Right() - 96, Y: card.Y + 6, W: 88, H: min(30, card.H-12)}, legal(sim.ActHire, sim.TeamTarget, i), planAct{kind: planHire, target: i})
		cy += p.cardH
	}

	quota := nextQuotaWords(w, true)
	p.head = fmt.Sprintf("%s, %s. Quarter %d of %d made %s of %s (score %d). Quarter %d: %s.",
		w.Scenario.Title, w.Difficulty, y.Quarter+1, y.Quarters, session.Money(y.Results[y.Played-1].Revenue),
		session.Money(y.Results[y.Played-1].Quota), scorePoints(y.Results[y.Played-1].Score), y.Quarter+2, quota)
	routine := "No routine: you play the hours yourself."
	if s.Routine != nil {
		routine = "Routine \"" + s.Routine.Label + "\" carries over; change it here or on the floor."
	}
	notice := ""
	p.notice = w.OnNotice()
	if p.notice {
		// The executive's warning is the break's most important line: a
		// second quarter like this one ends the year.
		notice = fmt.Sprintf("On notice: the VP replaces you after another quarter under %d%% of quota with executive trust under %d. ",
			pts(w.P.FireAttainment), pts(w.P.FireTrust))
	}
	// The executive's trust moved over the break toward the result, and
	// the next quarter's leads follow it: the player sees by how much.
	vp := fmt.Sprintf("The VP's trust follows the result: %d next quarter, from %d now; the leads follow the trust. ",
		pts(w.NextExecTrust()), pts(w.Company.ExecTrust))
	p.foot = ctx.text.WrapC(fmt.Sprintf("%s%sOne promotion per break (seniors %d of %d): a senior coaches the others and lifts their morale. Letting go costs everyone %d trust. %s %s",
		notice, vp, seniors, w.P.MaxSeniors, pts(w.P.LetGoTrust), standingOrders(w), routine), ctx.W-40, SizeSmall, false)
}

// comingNote is what the next quarter brings that this one did not: a
// campaign's season, and the executive's routing of leads when it eases or
// tightens (a crunch's VP starves a floor they cannot see only while the
// crunch lasts). Empty when the next quarter is like this one.
func comingNote(w *sim.World) string {
	var notes []string
	if sn := w.NextSeason(); sn != nil {
		notes = append(notes, sn.Note)
	}
	if q := w.Year.Quarter; q+1 < w.Year.Quarters {
		now, next := w.UnseenShare(q), w.UnseenShare(q+1)
		verb := "eases off"
		if next < now {
			verb = "tightens"
		}
		if now != next {
			notes = append(notes, fmt.Sprintf("The VP %s: from quarter %d, a floor the VP does not trust still gets %d%% of its leads (%d%% in quarter %d).",
				verb, q+2, pts(next), pts(now), q+1))
		}
	}
	return strings.Join(notes, " ")
}

// standingOrders says which of the player's standing orders run on into
// the next quarter: reports from everyone and the dial quota do (and bind
// the hires), reports ordered from single reps lapse. An order that keeps
// pressing a rested team must not go unmentioned.
func standingOrders(w *sim.World) string {
	var on []string
	if w.Team.ReportsAll {
		on = append(on, fmt.Sprintf("reports from everyone every %dh", w.P.ReportEvery/sim.TicksPerHour))
	}
	if q := w.Team.DialQuota; q > 0 {
		on = append(on, fmt.Sprintf("a dial quota of %d a day", q))
	}
	// The break puts every rep under the team's order: a single rep's
	// reports lapse when not everyone reports, and a rep excused from
	// everyone's reports reports again.
	var lapse, resume []string
	for i := range w.Reps {
		r := &w.Reps[i]
		switch {
		case r.Gone || r.LetGo:
		case !w.Team.ReportsAll && r.Reports:
			lapse = append(lapse, r.Name)
		case w.Team.ReportsAll && !r.Reports:
			resume = append(resume, r.Name)
		}
	}
	var b strings.Builder
	switch len(on) {
	case 0:
		b.WriteString("No standing orders carry over.")
	case 1:
		b.WriteString("Your standing order carries over: " + on[0] + ".")
	default:
		b.WriteString("Your standing orders carry over: " + on[0] + " and " + on[1] + ".")
	}
	if len(lapse) > 0 {
		b.WriteString(" Reports from " + strings.Join(lapse, ", ") + " lapse.")
	}
	if len(resume) > 0 {
		b.WriteString(" " + strings.Join(resume, ", ") + " will report again, as everyone does.")
	}
	return b.String()
}

// pts is a 0..1 quantity in points of 100, as the bars show it.
func pts(f sim.Fixed) int { return int(f.Float()*100 + 0.5) }

func (p *planScene) Update(ctx *Ctx, in *ui.Input) error {
	s := ctx.Session()
	if s == nil || !s.W.InBreak() {
		ctx.Go(newTitle(ctx))
		return nil
	}
	p.settle.hold(in, ctx.Drawn())
	p.prepare(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		if p.report != nil {
			ctx.Go(p.report)
		}
		return nil
	}
	// Enter with nothing focused starts the quarter, as the button says;
	// so it does when the focus rests on a button a click just spent (a
	// hire made, a promotion given).
	ri := p.menu.Ring.Index
	enter := in.Key(ui.NavActivate) && (ri < 0 || ri >= len(p.dim) || p.dim[ri])
	i := p.menu.Update(in)
	if enter {
		// The menu took Enter for the spent button it rests on; the
		// quarter's start is what Enter means here.
		i = 0
	}
	if i < 0 {
		return nil
	}
	a := p.acts[i]
	w := s.W
	if p.dim[i] && !enter {
		// Refused: say why, in the sim's words.
		if err := s.Check(p.command(w, a)); err != nil {
			ctx.Say(session.Reason(err))
		}
		return nil
	}
	if a.kind == planRoutine || a.kind == planReport {
		// Back here, Enter starts the quarter, as its button says.
		p.menu.Ring.Index = -1
	}
	do := func(act sim.ActionID, target, arg int32, done string) {
		if err := s.Do(act, target, arg); err != nil {
			ctx.Say(session.Reason(err))
			return
		}
		ctx.game.autosave()
		ctx.Say(done)
	}
	switch a.kind {
	case planStart:
		q := w.Year.Quarter + 2
		if err := s.NextQuarter(); err != nil {
			ctx.Say(session.Reason(err))
			return nil
		}
		ctx.game.autosave()
		// The quarter's start is kept apart: the last good save a damaged
		// autosave can fall back to.
		if err := ctx.game.saveTo(store.QuarterSlot); err != nil {
			ctx.Say("Saving the quarter's start failed: " + err.Error())
		}
		ctx.Start(s, true)
		ctx.Say(quarterBegins(ctx, w, q))
	case planRoutine:
		ctx.Go(newRoutineScene(ctx, p))
	case planReport:
		ctx.Go(p.report)
	case planTitle:
		ctx.LeaveGame()
		ctx.Go(newTitle(ctx))
	case planPromote:
		r := &w.Reps[a.target]
		do(sim.ActPromote, a.target, 0, r.Name+" is a senior now.")
	case planLetGo:
		r := &w.Reps[a.target]
		name := r.Name
		m := newMessage(ctx, "Let "+name+" go?",
			fmt.Sprintf("%s leaves when the next quarter starts. Everyone who stays loses %d points of trust in you.", name, pts(w.P.LetGoTrust)),
			"This cannot be undone.", []string{"Let " + name + " go", "Keep " + name}, func(k int) {
				if k == 0 {
					do(sim.ActLetGo, a.target, 0, name+" will leave at the quarter's start.")
				}
				ctx.Go(p)
			})
		m.menu.Ring.Index = 1 // Enter keeps them; Esc does too
		ctx.Go(m)
	case planHire:
		c := &w.Year.Candidates[a.target]
		do(sim.ActHire, sim.TeamTarget, a.target, c.Name+" joins next quarter.")
	}
	return nil
}

// command is the sim command a decision button sends (its action,
// target and argument), for asking why it would be refused.
func (p *planScene) command(w *sim.World, a planAct) (sim.ActionID, int32, int32) {
	switch a.kind {
	case planPromote:
		return sim.ActPromote, a.target, 0
	case planLetGo:
		return sim.ActLetGo, a.target, 0
	case planHire:
		return sim.ActHire, sim.TeamTarget, a.target
	}
	return sim.ActNextQuarter, sim.TeamTarget, 0
}

// quarterBegins is the status line at a quarter's first tick. The pipeline
// starts every quarter empty: a play-test's team of experts sold nothing
// in week 1 of quarter 2, and another's nothing in week 1 of quarter 1,
// and nothing said why. q counts from 1.
func quarterBegins(ctx *Ctx, w *sim.World, q int32) string {
	return fmt.Sprintf("Quarter %d begins: %s, %d reps, an empty pipeline (deals close %d days after booking). %s starts the clock.",
		q, quotaWords(w), w.ActiveReps(), w.P.CloseDays, ctx.Keys.Label(ui.CtlPause))
}

// quotaWords names a world's quota, or its absence.
func quotaWords(w *sim.World) string {
	if w.Company.Quota <= 0 {
		return "no quota"
	}
	return "quota " + session.Money(w.Company.Quota)
}

func (p *planScene) Draw(ctx *Ctx, g *Gfx) {
	// No office behind it: like the report, the screen is text and
	// tables to its edges, and the office art under its title and
	// footer made both hard to read (a play-test).
	s := ctx.Session()
	if s == nil {
		return
	}
	y := &s.W.Year
	g.Text(fmt.Sprintf("Between quarters: planning quarter %d of %d", y.Quarter+2, y.Quarters), 20, 14, SizeBig+4, true, g.P.Accent, Left)
	g.Text(p.head, 22, 52, SizeBody, false, g.P.Text, Left)
	g.Lines(p.season, 22, 80, SizeBody, true, g.P.Accent)

	g.Panel(p.team)
	g.Text(p.teamH, p.team.X+14, p.team.Y+12, SizeHead, true, g.P.Text, Left)
	g.Panel(p.cands)
	g.Text("Candidates", p.cands.X+14, p.cands.Y+12, SizeHead, true, g.P.Text, Left)
	g.Text(p.sub, p.cands.X+14, p.cands.Y+36, SizeSmall, false, g.P.Dim, Left)
	for _, r := range p.rows {
		col := g.P.Text
		if r.dim {
			col = g.P.Dim
		}
		if r.cand {
			g.Fill(r.r, g.P.PanelHi)
			g.Text(r.name, r.r.X+10, r.r.Y+6, SizeBody, true, col, Left)
			if r.tag != "" {
				g.Text(r.tag, r.r.Right()-104, r.r.Y+12, SizeSmall, true, g.P.Good, Right)
			}
			g.Text(r.stats, r.r.X+10, r.r.Y+28, SizeSmall, false, col, Left)
			g.Text(r.story, r.r.X+10, r.r.Y+46, SizeSmall, false, g.P.Dim, Left)
			continue
		}
		ty := r.r.Y + (r.r.H-SizeBody*1.2)/2
		g.Text(r.name, r.r.X+4, ty, SizeBody, true, col, Left)
		if r.tag != "" {
			tc := g.P.Accent
			if r.dim {
				tc = g.P.Bad
			}
			g.Text(r.tag, r.r.X+96, ty+2, SizeSmall, true, tc, Left)
		}
		g.Text(r.stats, r.r.X+160, ty+2, SizeSmall, false, col, Left)
	}
	footC := g.P.Dim
	if p.notice {
		footC = g.P.Bad // the VP's warning leads the footer: it must not read as small print
	}
	g.Lines(p.foot, 22, ctx.H-92, SizeSmall, false, footC)
	for i := range p.menu.Items {
		it := &p.menu.Items[i]
		g.Button(it.Rect, it.Label, ButtonState{Hover: p.menu.Hover == i, Focus: p.menu.Ring.Index == i, Disabled: p.dim[i]})
	}
}

// toastRect puts toasts right of the buttons, or above the footer's lines.
func (p *planScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	last := p.menu.Items[p.lastFoot].Rect
	if room := p.toastRoom(ctx); w <= room {
		// Beside the footer's buttons, wrapped to the room there.
		y := min(last.Y+(last.H-h)/2, ctx.H-4-h)
		return ui.Rect{X: last.Right() + 16, Y: y, W: w, H: h}
	}
	// Inside the foot of the team's panel (where its list seldom reaches),
	// not over the footer's lines nor across the panel's border: a
	// play-test's "No headcount" toast covered one, then the other.
	return ui.Rect{X: p.team.X + 12, Y: p.team.Bottom() - h - 10, W: w, H: h}
}

// toastRoom is the width right of the footer's buttons.
func (p *planScene) toastRoom(ctx *Ctx) float64 {
	return ctx.W - 16 - (p.menu.Items[p.lastFoot].Rect.Right() + 16)
}

// toastMaxW wraps a toast to the room beside the footer, or, where that is
// too narrow for a few words a line, to the team's panel.
func (p *planScene) toastMaxW(ctx *Ctx) float64 {
	if room := p.toastRoom(ctx); room >= 320 {
		return room
	}
	return p.team.W - 24
}

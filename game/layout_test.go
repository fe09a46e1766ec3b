package game

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/routine"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The layout test: no text leaves its box, at every UI scale from 100% to
// 200% and window sizes from 1024x640 to 2560x1440. Each scene is laid out
// (by Update, as the game does) and drawn with Gfx recording every filled
// rect and every text; each text is measured against the box it was placed
// in: the last rect filled before it under the point it was anchored at
// (see textRecord). A box too small for its text, a tooltip too short for
// its lines or a label pushed off the window fails, with the text and both
// rects.

var layoutSizes = []struct{ w, h float64 }{
	{1024, 640}, {1280, 657}, {1280, 800}, {1920, 1080}, {2560, 1440},
}

var layoutScales = []float64{1, 1.25, 1.5, 1.75, 2}

// layoutView is one state of the game to check: set puts the app in it
// (after the game and a selected rep are set up) and returns where the
// pointer rests, or ok false for a state the app cannot reach.
type layoutView struct {
	name string
	set  func(a *App) (x, y float64)
}

func TestLayoutTextFits(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every scene at 25 sizes and scales")
	}
	for _, sz := range layoutSizes {
		screen := ebiten.NewImage(int(sz.w), int(sz.h))
		for _, sc := range layoutScales {
			t.Run(fmt.Sprintf("%.0fx%.0f@%.0f%%", sz.w, sz.h, sc*100), func(t *testing.T) {
				a := newTestApp(t, store.NewMem())
				a.prefs.s.UIScale = sc
				a.LayoutF(sz.w, sz.h)
				for _, v := range layoutViews(a) {
					checkView(t, a, screen, v)
				}
			})
		}
	}
}

// layoutViews are the states checked: the menus, and the floor with a rep
// selected (their causes), each action's tooltip, each reading's help, the
// first-day hints and an event's question; the pause menu, the charts and
// the report.
func layoutViews(a *App) []layoutView {
	ctx := &a.ctx
	at := func(r ui.Rect) (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }
	none := func() (float64, float64) { return -1, -1 }
	var floor *floorScene
	views := []layoutView{
		{"title", func(a *App) (float64, float64) { ctx.Go(newTitle(ctx)); return none() }},
		{"title, importing", func(a *App) (float64, float64) { ctx.Go(newTitleMenu(ctx, true)); return none() }},
		{"settings", func(a *App) (float64, float64) { ctx.Go(newSettings(ctx, newTitle(ctx))); return none() }},
		{"setup", func(a *App) (float64, float64) { ctx.Go(newSetup(ctx)); return none() }},
		{"setup, a year of the longest description", func(a *App) (float64, float64) {
			a.prefs.s.Year = true
			st := newSetup(ctx)
			for i, sc := range st.scens {
				if len(sc.Description)+len(sc.Lesson) > len(st.scens[st.scen].Description)+len(st.scens[st.scen].Lesson) && sc.Campaign == nil {
					st.scen = i
				}
			}
			ctx.Go(st)
			a.prefs.s.Year = false
			return none()
		}},
		{"setup, a campaign", func(a *App) (float64, float64) {
			st := newSetup(ctx)
			st.scen = len(st.scens) - 2 // the merger: the longest story
			ctx.Go(st)
			return none()
		}},
		{"how to play", func(a *App) (float64, float64) { ctx.Go(newHowTo(ctx, newTitle(ctx))); return none() }},
		{"keys", func(a *App) (float64, float64) { ctx.Go(newControls(ctx, newTitle(ctx))); return none() }},
		{"message", func(a *App) (float64, float64) {
			ctx.Go(newMessage(ctx, "The save will not load", "settings.json: keys.dance: no such control. The file is kept as it was; the game starts with its defaults.",
				"a detail line that goes on for a while to see that it wraps inside its box as the text above does", []string{"Start a new game", "Back"}, func(int) {}))
			return none()
		}},
		{"first-day hints", func(a *App) (float64, float64) {
			a.prefs.s.HintsSeen = false
			if err := a.NewGame("default", sim.Normal, 3); err != nil {
				panic(err)
			}
			floor = a.scene.(*floorScene)
			return none()
		}},
		{"floor, a rep selected", func(a *App) (float64, float64) {
			floor.hints = -1
			playUntil(a, func() bool { return a.Session().W.Tick >= sim.TicksPerDay+20 })
			floor.sel = 0
			return none()
		}},
	}
	for i := 0; i < sim.NumPlayActions; i++ {
		views = append(views, layoutView{fmt.Sprintf("tooltip of %s", sim.Actions[i].Name), func(a *App) (float64, float64) {
			return at(floor.panel.Buttons[i].Rect)
		}})
	}
	for i := 0; i < ui.NumStats; i++ {
		views = append(views, layoutView{fmt.Sprintf("help of %s", statHelp[i].name), func(a *App) (float64, float64) {
			return at(floor.lay.Stat[i])
		}})
	}
	views = append(views,
		layoutView{"the team list", func(a *App) (float64, float64) { floor.sel = -1; return none() }},
		layoutView{"the routine's calendar", func(a *App) (float64, float64) {
			w := a.games.week
			for d := 0; d < routine.Days; d++ {
				w.SetSlot(d, 0, routine.Slot{Set: true, Action: sim.ActReports, Aim: routine.AimLeastExperienced, Arg: 1})
				w.SetSlot(d, 5, routine.Slot{Set: true, Action: sim.ActCelebrate, Aim: routine.AimTeam})
				w.SetSlot(d, 7, routine.Slot{Set: true, Action: sim.ActMentor, Aim: routine.AimRep, Rep: int32(d)})
			}
			w.SetFill(sim.ActFloor)
			if err := a.games.saveWeek(); err != nil {
				panic(err)
			}
			ctx.Go(newRoutineScene(ctx, floor))
			return none()
		}},
		layoutView{"auto-pause", func(a *App) (float64, float64) { ctx.Go(newAutoPause(ctx, floor)); return none() }},
		layoutView{"the floor: the routine and a full queue", func(a *App) (float64, float64) {
			ctx.Go(floor)
			s := a.Session()
			for s.Enqueue(sim.ActMentor, 0, 0) == nil {
			}
			return none()
		}},
		layoutView{"a notice", func(a *App) (float64, float64) {
			s := a.Session()
			s.ClearQueue()
			floor.notes.queue = append(floor.notes.queue[:0], session.Notice{Kind: session.NoticeThreat, Rep: 0,
				Title:  "Ana is thinking of leaving (morale 12)",
				Detail: "Ana is thinking of leaving. Morale 12/100.\n\nIf it stays under 25, they resign in about 3 working days; each day above it buys a day back. Mentoring, a celebration or a lighter hand help. Today's biggest knocks: status reports -12.5, fatigue -4.0."})
			return none()
		}},
		layoutView{"after the notice", func(a *App) (float64, float64) { floor.notes.queue = floor.notes.queue[:0]; return none() }},
		layoutView{"an event's question", func(a *App) (float64, float64) {
			playUntil(a, func() bool { _, _, ok := a.Session().W.PendingEvent(); return ok })
			return none()
		}},
		layoutView{"a resignation talk", func(a *App) (float64, float64) {
			// Orders all day until someone threatens to leave: the longest
			// question, with the rep's standing and what wore them down.
			s := a.Session()
			talk := func() bool { _, d, ok := s.W.PendingEvent(); return ok && d.Kind == "resignation" }
			for !talk() && !s.W.Done() {
				if !s.W.Team.ReportsAll && s.W.Player.Busy == 0 {
					_ = s.Do(sim.ActReports, sim.AllReps, 1)
				}
				if s.W.Player.Busy == 0 {
					_ = s.Do(sim.ActReview, firstRep(s.W), 0)
				}
				playUntil(a, func() bool { return talk() || s.W.Player.Busy == 0 })
				if !talk() {
					s.Step(1)
				}
			}
			if !talk() {
				panic("no resignation talk in a quarter of orders")
			}
			return none()
		}},
		layoutView{"pause", func(a *App) (float64, float64) { ctx.Go(newPause(ctx, floor)); return none() }},
		layoutView{"charts", func(a *App) (float64, float64) { ctx.Go(newCharts(ctx, floor, 0, nil)); return none() }},
		layoutView{"report", func(a *App) (float64, float64) {
			playUntil(a, func() bool { return a.Session().W.Done() })
			ctx.Go(newReport(ctx))
			return none()
		}},
		layoutView{"the title, with best results", func(a *App) (float64, float64) {
			b := &a.games.best
			for i, n := range sim.ScenarioNames {
				for _, d := range []string{"easy", "normal", "hard"} {
					b.Record(store.BestEntry{Scenario: n, Difficulty: d, Kind: store.BestQuarter, Score: 88.8, Grade: "A", Seed: uint64(i)})
					b.Record(store.BestEntry{Scenario: n, Difficulty: d, Kind: store.BestYear, Score: 77.7, Title: "The Complete Manager", Seed: uint64(i)})
				}
			}
			ctx.Go(newTitle(ctx))
			return none()
		}},
		layoutView{"a campaign's report, the break ahead", func(a *App) (float64, float64) {
			a.games.set(campaignSession(4, 1, "rookies"))
			ctx.Go(newReport(ctx))
			return none()
		}},
		layoutView{"the break's planning", func(a *App) (float64, float64) {
			ctx.Go(newPlan(ctx, a.scene))
			return none()
		}},
		layoutView{"the break's planning, a hire, a promotion, a rep let go", func(a *App) (float64, float64) {
			s := a.Session()
			_ = s.Do(sim.ActHire, sim.TeamTarget, 0)
			_ = s.Do(sim.ActPromote, 1, 0)
			_ = s.Do(sim.ActLetGo, 2, 0)
			return none()
		}},
		layoutView{"the break before a campaign's season", func(a *App) (float64, float64) {
			s := campaignSession(0, 1, "merger", "adaptive")
			_ = s.Do(sim.ActHire, sim.TeamTarget, 0) // a desk fewer for the joiners
			a.games.set(s)
			ctx.Go(newPlan(ctx, nil))
			return none()
		}},
		layoutView{"the break on notice, after a quarter under the line", func(a *App) (float64, float64) {
			s := campaignSession(4, 1, "turnaround", "idle")
			if !s.W.OnNotice() {
				panic("idle's turnaround quarter did not put the player on notice")
			}
			a.games.set(s)
			ctx.Go(newPlan(ctx, nil))
			return none()
		}},
		layoutView{"the report on notice", func(a *App) (float64, float64) {
			a.games.set(campaignSession(4, 1, "turnaround", "idle"))
			ctx.Go(newReport(ctx))
			return none()
		}},
		layoutView{"the floor in a campaign's quarter 2, week 12", func(a *App) (float64, float64) {
			s := campaignSession(4, 1, "default")
			if err := s.NextQuarter(); err != nil {
				panic(err)
			}
			a.games.set(s)
			f := newFloor(ctx)
			f.hints = -1
			ctx.Go(f)
			playUntil(a, func() bool { return s.W.Day() >= 57 })
			return none()
		}},
		layoutView{"the year review", func(a *App) (float64, float64) {
			a.games.set(campaignSession(4, 4, "default"))
			ctx.Go(newYearReview(ctx, newReport(ctx)))
			return none()
		}},
		layoutView{"the year review, replaced", func(a *App) (float64, float64) {
			a.games.set(campaignSession(4, 4, "turnaround", "expert-command"))
			ctx.Go(newYearReview(ctx, newReport(ctx)))
			return none()
		}},
	)
	return views
}

// campaignSession is a campaign of quarters played by a policy (balanced
// unless named) through played quarters: it stands in the break after the
// last of them, or at the campaign's end.
func campaignSession(quarters, played int, scenario string, policy ...string) *session.Session {
	key := fmt.Sprint(quarters, played, scenario, policy)
	c, ok := campaigns[key]
	if !ok {
		c.w, c.log = playCampaign(quarters, played, scenario, policy...)
		campaigns[key] = c
	}
	return session.FromWorld(c.w.Clone(), append([]sim.Command(nil), c.log...))
}

// campaigns are the campaigns campaignSession played, kept for the next
// size and scale.
var campaigns = map[string]struct {
	w   *sim.World
	log []sim.Command
}{}

func playCampaign(quarters, played int, scenario string, policy ...string) (*sim.World, []sim.Command) {
	sc, err := sim.BuiltinScenario(scenario)
	if err != nil {
		panic(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: sc, Seed: 21, Quarters: quarters})
	if err != nil {
		panic(err)
	}
	name := "balanced"
	if len(policy) > 0 {
		name = policy[0]
	}
	pol, err := sim.NewPolicy(name, 21)
	if err != nil {
		panic(err)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w})
	for q := 0; q < played; q++ {
		if q > 0 {
			if !w.InBreak() {
				break
			}
			_ = d.Plan(pol)
		}
		d.Play(pol, sim.TicksPerQuarter)
	}
	return w, d.Log()
}

// playUntil steps the game in play, answering events with their first
// choice, until done says so (or the quarter ends).
func playUntil(a *App, done func() bool) {
	s := a.Session()
	for !done() && !s.W.Done() {
		if _, _, ok := s.W.PendingEvent(); ok {
			if err := s.Do(sim.ActChoose, sim.TeamTarget, 0); err != nil {
				panic(err)
			}
			continue
		}
		s.Step(1)
	}
}

// checkView puts the app in a view, lays it out with the pointer resting
// where the view says, draws it recording, and measures every text.
func checkView(t *testing.T, a *App, screen *ebiten.Image, v layoutView) {
	t.Helper()
	a.Draw(screen) // the scale and screen size, as the frame before
	x, y := v.set(a)
	for i := 0; i < 3; i++ {
		a.in = ui.Input{X: x, Y: y, Hover: x >= 0}
		if err := a.scene.Update(&a.ctx, &a.in); err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
	}
	rec := &textRecord{}
	a.gfx.rec = rec
	a.Draw(screen)
	a.gfx.rec = nil
	for _, p := range layoutProblems(rec, ui.Rect{W: a.ctx.W, H: a.ctx.H}) {
		t.Errorf("%s: %s", v.name, p)
	}
}

// layoutProblems measures every text recorded against its box (the last
// rect filled before it under its anchor), the screen, the rects filled
// over its box before it, and the texts drawn before it on the same box.
func layoutProblems(rec *textRecord, screen ui.Rect) []string {
	var out []string
	owner := make([]int, len(rec.texts)) // each text's box: an index into fills, -1 the screen
	for k, tx := range rec.texts {
		owner[k] = -1
		box := screen
		for i := tx.fills - 1; i >= 0; i-- {
			r := rec.fills[i]
			if r.W >= 8 && r.H >= tx.box.H*0.9 && r.Contains(tx.ax, tx.ay) {
				box, owner[k] = r, i
				break
			}
		}
		if strings.TrimSpace(tx.s) == "" {
			continue
		}
		switch {
		case !inside(tx.box, box):
			out = append(out, fmt.Sprintf("%q at %v leaves its box %v", tx.s, fmtRect(tx.box), fmtRect(box)))
		case !inside(tx.box, screen):
			out = append(out, fmt.Sprintf("%q at %v leaves the window %v", tx.s, fmtRect(tx.box), fmtRect(screen)))
		}
		// A rect filled over the text's box, before the text: the text
		// runs into another box (a button, a panel).
		for i := owner[k] + 1; i < tx.fills; i++ {
			if r := rec.fills[i]; r.W >= 8 && r.H >= 8 && overlaps(tx.box, r) {
				out = append(out, fmt.Sprintf("%q at %v runs into the box %v", tx.s, fmtRect(tx.box), fmtRect(r)))
				break
			}
		}
		// Another text on the same box.
		for j := 0; j < k; j++ {
			if o := rec.texts[j]; owner[j] == owner[k] && strings.TrimSpace(o.s) != "" && overlaps(tx.box, o.box) {
				out = append(out, fmt.Sprintf("%q at %v overlaps %q at %v", tx.s, fmtRect(tx.box), o.s, fmtRect(o.box)))
				break
			}
		}
	}
	if len(out) > 8 {
		out = append(out[:8], fmt.Sprintf("and %d more", len(out)-8))
	}
	return out
}

// overlaps reports whether two rects share more than a sliver.
func overlaps(a, b ui.Rect) bool {
	const sliver = 1.5
	return a.X+sliver < b.Right() && b.X+sliver < a.Right() && a.Y+sliver < b.Bottom() && b.Y+sliver < a.Bottom()
}

// inside reports whether r lies within box, give or take a UI unit.
func inside(r, box ui.Rect) bool {
	const tol = 1
	return r.X >= box.X-tol && r.Y >= box.Y-tol && r.Right() <= box.Right()+tol && r.Bottom() <= box.Bottom()+tol
}

func fmtRect(r ui.Rect) string {
	return fmt.Sprintf("[%.0f,%.0f %.0fx%.0f]", r.X, r.Y, r.W, r.H)
}

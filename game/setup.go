package game

import (
	"fmt"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// setupScene starts a new game: the scenario (with its lesson and quota),
// the difficulty, and its length: a quarter, or a year of four.
type setupScene struct {
	scen     int
	diff     int
	year     bool // a campaign of four quarters
	scens    []*sim.Scenario
	rows     []ui.Rect
	diffs    [4]ui.Rect
	length   [2]ui.Rect // one quarter, a year
	start    ui.Rect
	back     ui.Rect
	ring     ui.FocusRing
	wrap     []string
	wrapOf   int     // the scenario (times two, plus one for a year) the text is wrapped for
	wrapH    float64 // and the window's height
	wrapSize int     // and the size
}

var diffOrder = [4]sim.Difficulty{sim.Easy, sim.Normal, sim.Hard, sim.Sandbox}
var lengthText = [2]string{"One quarter", "A year: 4 quarters"}

var diffText = [4]string{"Easy: quota -20%, more authority", "Normal", "Hard: quota +20%, fewer leads", "Sandbox: no quota, no grade"}

func newSetup(ctx *Ctx) *setupScene {
	s := &setupScene{diff: 1, ring: ui.FocusRing{Index: -1}, wrapOf: -1, year: ctx.Settings.Year}
	for _, list := range [][]string{sim.ScenarioNames, sim.CampaignNames} {
		for _, n := range list {
			if sc, err := sim.BuiltinScenario(n); err == nil {
				s.scens = append(s.scens, sc)
			}
		}
	}
	s.layout(ctx) // ready for a Draw before the first Update
	return s
}

func (s *setupScene) layout(ctx *Ctx) {
	x, y := ctx.W/2-380, 130.0
	s.rows = s.rows[:0]
	rowH := min(56, (ctx.H-110-y-8)/float64(len(s.scens))-6)
	for range s.scens {
		s.rows = append(s.rows, ui.Rect{X: x, Y: y, W: 360, H: rowH})
		y += rowH + 6
	}
	for i := range s.diffs {
		s.diffs[i] = ui.Rect{X: ctx.W/2 + 20, Y: 130 + float64(i)*48, W: 360, H: 40}
	}
	for i := range s.length {
		s.length[i] = ui.Rect{X: ctx.W/2 + 20 + float64(i)*184, Y: s.diffs[3].Bottom() + 36, W: 176, H: 40}
	}
	s.start = ui.Rect{X: ctx.W/2 + 20, Y: ctx.H - 110, W: 170, H: 46}
	s.back = ui.Rect{X: ctx.W/2 + 210, Y: ctx.H - 110, W: 170, H: 46}
	if key := s.scen*2 + b2i(s.year); s.wrapOf != key || s.wrapH != ctx.H {
		sc := s.scens[s.scen]
		s.wrapOf = key
		text := sc.Description + "\n\nLesson: " + sc.Lesson
		switch {
		case sc.Campaign != nil:
			text = sc.Description + "\n\nThe campaign: " + sc.Campaign.Story
		case s.year:
			// The VP's line, in the scenario's own numbers: a bad quarter
			// alone does not get a player replaced, lost trust with it does.
			p := sc.ModelParams()
			text += fmt.Sprintf("\n\nA year: four quarters with this team. Skill, trust and culture carry over; between quarters you hire and promote. Two quarters in a row under %d%% of quota, with the VP's trust under %d, get you replaced.",
				pts(p.FireAttainment), pts(p.FireTrust))
		}
		// The text fills the room between the length and Start; in a short
		// window a long one drops to the small size.
		s.wrapH, s.wrapSize = ctx.H, SizeBody
		s.wrap = ctx.text.Wrap(text, 360, SizeBody, false)
		if room := s.start.Y - 12 - (s.length[0].Bottom() + 24); float64(len(s.wrap))*SizeBody*1.35 > room {
			s.wrapSize = SizeSmall
			s.wrap = ctx.text.Wrap(text, 360, SizeSmall, false)
		}
	}
}

func (s *setupScene) Update(ctx *Ctx, in *ui.Input) error {
	s.layout(ctx)
	defer s.layout(ctx) // the chosen scenario's text, for Draw
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		ctx.Go(newTitle(ctx))
		return nil
	}
	if in.Key(ui.NavUp) {
		s.scen = (s.scen + len(s.scens) - 1) % len(s.scens)
	}
	if in.Key(ui.NavDown) {
		s.scen = (s.scen + 1) % len(s.scens)
	}
	if ctx.Keys.Pressed(in, ui.CtlPrevTab) {
		s.diff = (s.diff + 3) % 4
	}
	if ctx.Keys.Pressed(in, ui.CtlNextTab) {
		s.diff = (s.diff + 1) % 4
	}
	var focus []ui.Rect
	focus = append(focus, s.rows...)
	focus = append(focus, s.diffs[:]...)
	focus = append(focus, s.length[:]...)
	focus = append(focus, s.start, s.back)
	enter := in.Key(ui.NavActivate) && s.ring.Index < 0
	s.ring.Apply(in, focus)
	for i, r := range s.rows {
		if in.ClickIn(r) {
			s.scen = i
		}
	}
	for i, r := range s.diffs {
		if in.ClickIn(r) {
			s.diff = i
		}
	}
	for i, r := range s.length {
		if in.ClickIn(r) && s.year != (i == 1) {
			s.year = i == 1
			ctx.Settings.Year = s.year // the next game's setup starts here
			ctx.SaveSettings()
		}
	}
	if in.ClickIn(s.back) {
		ctx.Go(newTitle(ctx))
		return nil
	}
	if in.ClickIn(s.start) || enter {
		sc := s.scens[s.scen]
		cfg := session.Config{Scenario: sc.Name, Difficulty: diffOrder[s.diff], Seed: ctx.NewSeed(), Quarters: 1}
		switch {
		case sc.Campaign != nil:
			cfg.Quarters = sc.Campaign.Quarters
		case s.year:
			cfg.Quarters = sim.MaxQuarters
		}
		if err := ctx.NewGame(cfg); err != nil {
			ctx.Say(err.Error())
		}
	}
	return nil
}

func (s *setupScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Panel(ui.Rect{X: ctx.W/2 - 400, Y: 16, W: 800, H: s.start.Bottom() + 16 - 16})
	g.Text("New game", ctx.W/2, 40, SizeBig+6, true, g.P.Accent, Center)
	g.Text("Scenario (Up/Down)", s.rows[0].X, 104, SizeBody, true, g.P.Dim, Left)
	g.Text("Difficulty ("+leftRight(ctx)+")", s.diffs[0].X, 104, SizeBody, true, g.P.Dim, Left)
	for i, r := range s.rows {
		sc := s.scens[i]
		st := ButtonState{On: s.scen == i, Hover: ctx.In.HoverIn(r), Focus: s.ring.Index == i}
		g.Button(r, "", st)
		if s.scen == i {
			g.Stroke(r, 2, g.P.Accent)
		}
		g.Text(sc.Title, r.X+12, r.Y+r.H/2-22, SizeHead, true, g.P.Text, Left)
		q := "quota " + session.Money(diffOrder[s.diff].Quota(sc.Quota))
		if diffOrder[s.diff] == sim.Sandbox {
			q = "no quota"
		}
		line := fmt.Sprintf("%d reps, %s", len(sc.Reps), q)
		if sc.Campaign != nil {
			line += fmt.Sprintf(": a campaign of %d quarters", sc.Campaign.Quarters)
		}
		g.Text(line, r.X+12, r.Y+r.H-22, SizeSmall, false, g.P.Dim, Left)
	}
	for i, r := range s.diffs {
		st := ButtonState{On: s.diff == i, Hover: ctx.In.HoverIn(r), Focus: s.ring.Index == len(s.rows)+i}
		g.Button(r, diffText[i], st)
		if s.diff == i {
			g.Stroke(r, 2, g.P.Accent)
		}
	}
	g.Text("Length", s.length[0].X, s.length[0].Y-22, SizeBody, true, g.P.Dim, Left)
	campaign := s.scens[s.scen].Campaign != nil
	for i, r := range s.length {
		on := s.year == (i == 1) || campaign && i == 1
		g.Button(r, lengthText[i], ButtonState{On: on, Hover: ctx.In.HoverIn(r), Focus: s.ring.Index == len(s.rows)+4+i, Disabled: campaign && i == 0})
		if on {
			g.Stroke(r, 2, g.P.Accent)
		}
	}
	g.Lines(s.wrap, s.diffs[0].X, s.length[0].Bottom()+24, s.wrapSize, false, g.P.Text)
	g.Button(s.start, "Start (Enter)", ButtonState{Hover: ctx.In.HoverIn(s.start), Focus: s.ring.Index == len(s.rows)+6})
	g.Button(s.back, "Back ("+ctx.Keys.Label(ui.CtlMenu)+")", ButtonState{Hover: ctx.In.HoverIn(s.back), Focus: s.ring.Index == len(s.rows)+7})
}

// toastRect puts toasts under the Start and Back buttons.
func (s *setupScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	return ui.Rect{X: (ctx.W - w) / 2, Y: s.start.Bottom() + 8, W: w, H: h}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

package game

import (
	"strings"
	"testing"
	"time"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// A campaign through the game's own screens: the setup's "A year" starts
// one; a routine playing the adaptive policy takes the quarter to its end
// and the report; the report's first button opens the break; a hire and a
// promotion are made by clicking; "Start quarter 2" puts the team, with the
// hire, on the floor; a save mid-quarter reloads to the same hash; the
// campaign's end offers "The year", which opens the review.
func TestCampaignThroughTheScreens(t *testing.T) {
	// Frames step the clock a sixtieth of a second, as Ebiten's do: the
	// report and the break wait for Enter on it.
	clock := time.Unix(0, 0)
	settleNow = func() time.Time { return clock }
	t.Cleanup(func() { settleNow = time.Now })
	files := store.NewMem()
	a := newTestApp(t, files)
	ctx := &a.ctx
	frame := func(fill func(in *ui.Input)) {
		t.Helper()
		clock = clock.Add(time.Second / 60)
		a.work.draws++ // a frame drawn
		a.in = ui.Input{}
		fill(&a.in)
		if err := a.scene.Update(ctx, &a.in); err != nil {
			t.Fatal(err)
		}
	}
	click := func(r ui.Rect) {
		t.Helper()
		frame(func(in *ui.Input) { in.X, in.Y, in.Clicked, in.Hover = r.X+r.W/2, r.Y+r.H/2, true, true })
	}
	idle := func() { t.Helper(); frame(func(*ui.Input) {}) }

	// The setup: a year of the default scenario.
	ctx.Go(newSetup(ctx))
	setup := a.scene.(*setupScene)
	idle()
	click(setup.length[1])
	click(setup.start)
	s := a.Session()
	if s == nil || s.W.Year.Quarters != sim.MaxQuarters {
		t.Fatalf("the setup's year started %v", s)
	}

	// Quarter 1, played by a routine, to the report.
	playQuarter(t, a)
	if sceneName(a.scene) != "report" || !s.W.InBreak() {
		t.Fatalf("at the quarter's end: scene %s, in the break %v (fired %v)", sceneName(a.scene), s.W.InBreak(), s.W.Year.Fired)
	}
	rep := a.scene.(*reportScene)
	if got := rep.menu.Items[0].Label; got != "Plan quarter 2" {
		t.Fatalf("the report's first button is %q", got)
	}
	if !strings.Contains(rep.campText, "Quarter 1 of 4 done") {
		t.Errorf("the report says %q", rep.campText)
	}
	// The first quarter on a fresh table is on record, the one to beat,
	// and not cheered as a new best.
	if top, ok := a.games.best.Top("default", "normal", store.BestQuarter); !ok || rep.bestNew || !strings.Contains(rep.best, "first quarter on record") {
		t.Errorf("the first quarter is not on the table as the one to beat: %+v, %q (new best %v)", top, rep.best, rep.bestNew)
	}
	if _, err := files.ReadFile("best.json"); err != nil {
		t.Errorf("the best results were not written: %v", err)
	}
	click(rep.menu.Items[0].Rect)
	plan, ok := a.scene.(*planScene)
	if !ok {
		t.Fatalf("the report's first button opened %s", sceneName(a.scene))
	}
	idle()
	if s.W.Year.Headcount == 0 {
		t.Fatalf("adaptive earned no hire (attainment %v)", s.W.Year.Results[0].Attainment.Float())
	}
	click(plan.button(planHire, 0))
	click(plan.button(planPromote, 0))
	hired := s.W.Year.Candidates[0].Name
	if !s.W.Year.Candidates[0].Hired || !s.W.Reps[0].Senior {
		t.Fatalf("after the clicks: hired %v, senior %v (toast %q)", s.W.Year.Candidates[0].Hired, s.W.Reps[0].Senior, a.toasts.msg)
	}
	// A second promotion is refused with its reason, and changes nothing.
	n := len(s.Log())
	click(plan.button(planPromote, 1))
	if len(s.Log()) != n {
		t.Error("a second promotion was made")
	}
	if !strings.Contains(a.toasts.msg, "one promotion a break") {
		t.Errorf("the refused promotion says %q", a.toasts.msg)
	}
	// The break is saved: a reload stands in the same break.
	if got, err := LoadSlot(files, store.AutoSlot, false); err != nil || got.Hash() != s.Hash() || !got.W.InBreak() {
		t.Fatalf("the break's autosave: %v", err)
	}
	// Enter, the focus resting on the promotion just spent, starts the
	// quarter, as the button says, once the break has settled.
	for range settleUpdates {
		idle()
	}
	frame(func(in *ui.Input) { in.AddKey(ui.NavActivate) })
	if sceneName(a.scene) != "floor" || s.W.Year.Quarter != 1 || s.W.InBreak() {
		t.Fatalf("after Start: scene %s, quarter %d", sceneName(a.scene), s.W.Year.Quarter+1)
	}
	found := false
	for i := range s.W.Reps {
		found = found || s.W.Reps[i].Name == hired
	}
	if !found {
		t.Errorf("%s is not on the floor in quarter 2", hired)
	}
	if s.Speed != 0 {
		t.Error("quarter 2 does not start paused")
	}

	// Mid-quarter 2: saved and reloaded to the same hash and future.
	for s.W.Tick < 10*sim.TicksPerDay {
		s.Step(1)
		answer(s)
	}
	data, err := s.SaveBytes()
	if err != nil {
		t.Fatal(err)
	}
	back, err := session.LoadSession("mid.sav", data)
	if err != nil || back.Hash() != s.Hash() || back.W.Year.Quarter != 1 {
		t.Fatalf("reload mid-quarter 2: %v", err)
	}

	// The rest of the year.
	for !s.W.Over() {
		playQuarter(t, a)
		if w := s.W; w.InBreak() {
			ctx.Go(newPlan(ctx, a.scene))
			idle()
			click(a.scene.(*planScene).button(planStart, 0))
		}
	}
	if sceneName(a.scene) != "report" {
		t.Fatalf("at the year's end: scene %s", sceneName(a.scene))
	}
	rep = a.scene.(*reportScene)
	if got := rep.menu.Items[0].Label; got != "The year" {
		t.Fatalf("the last report's first button is %q", got)
	}
	if top, ok := a.games.best.Top("default", "normal", store.BestYear); !ok || top.Title == "" {
		t.Errorf("the year is not on the table: %+v", a.games.best.Entries)
	}
	click(rep.menu.Items[0].Rect)
	yr, ok := a.scene.(*yearScene)
	if !ok {
		t.Fatalf("The year opened %s", sceneName(a.scene))
	}
	idle()
	if yr.rv.Title == "" || yr.rv.Verdict == "" || len(yr.rows) != sim.MaxQuarters || len(yr.bars) != int(s.W.Year.Played)*sim.WeeksPerQuarter {
		t.Errorf("the review: %+v, %d rows, %d bars", yr.rv, len(yr.rows), len(yr.bars))
	}
	t.Logf("%s: %s", yr.rv.Title, yr.rv.Verdict)
	// Its replay verifies.
	rb, err := s.ReplayBytes()
	if err != nil {
		t.Fatal(err)
	}
	r, err := sim.ParseReplay("year.json", rb)
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Play("year.json", true)
	if err != nil || res.Mismatch != nil {
		t.Fatalf("the year's replay: %v %v", err, res.Mismatch)
	}
}

// playQuarter lets a routine of the adaptive policy play the game in play
// to the quarter's end, frame by frame at turbo, as the floor plays it.
func playQuarter(t *testing.T, a *App) {
	t.Helper()
	s := a.Session()
	pol, err := sim.NewPolicy("adaptive", 3)
	if err != nil {
		t.Fatal(err)
	}
	s.SetRoutine(&session.Routine{Policy: pol, Label: "adaptive", AnswersEvents: true})
	if sceneName(a.scene) != "floor" {
		a.ctx.Go(newFloor(&a.ctx))
	}
	s.Turbo = 400
	for i := 0; i < 10000 && sceneName(a.scene) == "floor"; i++ {
		a.in = ui.Input{}
		if err := a.scene.Update(&a.ctx, &a.in); err != nil {
			t.Fatal(err)
		}
		if f, ok := a.scene.(*floorScene); ok {
			f.notes.queue = f.notes.queue[:0] // notices would hold the clock
		}
	}
	s.Turbo = 0
	if !s.W.Done() {
		t.Fatalf("the quarter did not end: scene %s, tick %d", sceneName(a.scene), s.W.Tick)
	}
}

// answer answers a pending event with its first choice.
func answer(s *session.Session) {
	if _, _, ok := s.W.PendingEvent(); ok {
		_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
	}
}

// button is the rect of a break's button: the n-th of its kind.
func (p *planScene) button(kind, n int) ui.Rect {
	for i, a := range p.acts {
		if a.kind == kind {
			if n == 0 {
				return p.menu.Items[i].Rect
			}
			n--
		}
	}
	return ui.Rect{}
}

// A damaged table of best results is said at start, and the backup's table
// is the one shown on the title.
func TestBestResultsDamagedAtStart(t *testing.T) {
	files := store.NewMem()
	var b store.Best
	b.Record(store.BestEntry{Scenario: "crunch", Difficulty: "hard", Kind: store.BestQuarter, Score: 55, Grade: "C", Seed: 1})
	if err := store.SaveBest(files, b); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveBest(files, b); err != nil { // the backup
		t.Fatal(err)
	}
	files.Files["best.json"] = []byte(`{"version": 1, "entries": [`)
	a := newTestApp(t, files)
	if !strings.Contains(a.toasts.msg, "best.json") || !strings.Contains(a.toasts.msg, "copy from before") {
		t.Errorf("the toast at start: %q", a.toasts.msg)
	}
	title := a.scene.(*titleScene)
	if len(title.bestRows) != 1 || !strings.Contains(title.bestRows[0].line, "quarter 55") {
		t.Errorf("the title's table: %+v", title.bestRows)
	}
}

// A damaged autosave mid-campaign offers the start of the latest quarter,
// kept apart when it began, and loading it puts the player back there.
func TestDamagedSaveOffersTheQuarterStart(t *testing.T) {
	files := store.NewMem()
	a := newTestApp(t, files)
	ctx := &a.ctx
	s := campaignSession(4, 1, "default")
	if err := s.NextQuarter(); err != nil {
		t.Fatal(err)
	}
	data, err := s.SaveBytes()
	if err != nil {
		t.Fatal(err)
	}
	files.Files[store.SlotFile(store.QuarterSlot)] = data
	files.Files[store.SlotFile(store.AutoSlot)] = append(append([]byte(nil), data[:len(data)/2]...), "garbage"...)
	title := a.scene
	ctx.tryLoad(store.AutoSlot, title)
	m, ok := a.scene.(*messageScene)
	if !ok {
		t.Fatalf("a damaged autosave shows %s", sceneName(a.scene))
	}
	if len(m.menu.Items) != 2 || m.menu.Items[0].Label != "Load the quarter's start" {
		t.Fatalf("the offer: %+v", m.menu.Items)
	}
	if !strings.Contains(m.detail, "autosave.sav") {
		t.Errorf("the detail does not name the file: %q", m.detail)
	}
	m.do(0)
	got := a.Session()
	if got == nil || got.Hash() != s.Hash() || got.W.Year.Quarter != 1 || got.W.Tick != 0 {
		t.Fatalf("loaded %v at quarter %d tick %d", got, got.W.Year.Quarter+1, got.W.Tick)
	}
}

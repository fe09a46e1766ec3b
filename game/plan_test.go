package game

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The break's candidate cards tell each candidate's history as the sim
// gives it (cut to fit, never replaced).
func TestCandidateCardsTellTheirHistory(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	a.games.set(campaignSession(4, 1, "default"))
	p := newPlan(&a.ctx, nil)
	cards := 0
	y := &a.Session().W.Year
	for _, r := range p.rows {
		if !r.cand {
			continue
		}
		cards++
		if want := y.CandidateHistory(cards - 1); r.story == "" || !strings.HasPrefix(want, strings.TrimSuffix(r.story, "...")) {
			t.Errorf("%s's card says %q, want %q", r.name, r.story, want)
		}
	}
	if cards == 0 {
		t.Fatal("the break offers no candidates")
	}
}

// The break says which standing orders run on into the next quarter: the
// all-team reports and the dial quota carry, reports from single reps
// lapse, and a rep excused from everyone's reports reports again.
func TestBreakNamesTheStandingOrders(t *testing.T) {
	for _, tc := range []struct {
		name       string
		all        bool
		quota      int32
		single     []int // reps reporting on their own (not everyone)
		off        []int // reps excused from everyone's reports
		want, lack string
	}{
		{name: "none", want: "No standing orders carry over.", lack: "lapse"},
		{name: "reports for all", all: true, single: []int{1}, want: "Your standing order carries over: reports from everyone every 2h.", lack: "lapse"},
		{name: "quota", quota: 60, want: "Your standing order carries over: a dial quota of 60 a day.", lack: "reports"},
		{name: "both", all: true, quota: 45, want: "Your standing orders carry over: reports from everyone every 2h and a dial quota of 45 a day."},
		{name: "single reps lapse", single: []int{0, 2}, want: "No standing orders carry over. Reports from Ana, Chloe lapse."},
		{name: "an excused rep reports again", all: true, off: []int{2}, want: "Your standing order carries over: reports from everyone every 2h. Chloe will report again, as everyone does."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := campaignSession(4, 1, "default")
			w := s.W
			w.Team.ReportsAll, w.Team.DialQuota = tc.all, tc.quota
			for i := range w.Reps {
				w.Reps[i].Reports = tc.all
			}
			for _, i := range tc.single {
				w.Reps[i].Reports = true
			}
			for _, i := range tc.off {
				w.Reps[i].Reports = false
			}
			got := standingOrders(w)
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("got %q, want it to open %q", got, tc.want)
			}
			if tc.lack != "" && strings.Contains(got, tc.lack) {
				t.Errorf("got %q, which should not mention %q", got, tc.lack)
			}
		})
	}
}

// A rep promoted at the break is marked under their desk in the next
// quarter, not only in the side panel; the others are not.
func TestFloorMarksTheSenior(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	s := campaignSession(4, 1, "default")
	if err := s.Do(sim.ActPromote, 1, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.NextQuarter(); err != nil {
		t.Fatal(err)
	}
	a.games.set(s)
	f := newFloor(&a.ctx)
	f.hints = -1
	a.ctx.Go(f)
	f.layout(&a.ctx)
	for i := range f.names[:f.nnames] {
		r := &s.W.Reps[i]
		got := string(f.names[i].b)
		if want := strings.HasPrefix(got, "Sr. "); want != r.Senior {
			t.Errorf("%s (senior %v) is labelled %q", r.Name, r.Senior, got)
		}
	}
	if !s.W.Reps[1].Senior {
		t.Fatalf("%s was not promoted", s.W.Reps[1].Name)
	}
}

// settleUpdates is settleTime in updates at Ebiten's 60 a second.
const settleUpdates = 30

// Enter pressed on and on through the quarter's last notices does not run
// through the report and the break into the next quarter: each screen
// drops Enter until it has had half a second without one, then takes it
// as its first button.
func TestEnterWaitsOnTheReportAndTheBreak(t *testing.T) {
	// The clock steps a sixtieth of a second a frame, as Ebiten's do when
	// the game keeps up.
	clock := time.Unix(0, 0)
	settleNow = func() time.Time { return clock }
	t.Cleanup(func() { settleNow = time.Now })
	a := newTestApp(t, store.NewMem())
	ctx := &a.ctx
	if err := ctx.NewGame(session.Config{Scenario: "default", Difficulty: sim.Normal, Seed: 5, Quarters: sim.MaxQuarters}); err != nil {
		t.Fatal(err)
	}
	playQuarter(t, a)
	enter := func() {
		t.Helper()
		clock = clock.Add(time.Second / 60)
		a.work.draws++
		a.in = ui.Input{}
		a.in.AddKey(ui.NavActivate)
		if err := a.scene.Update(ctx, &a.in); err != nil {
			t.Fatal(err)
		}
	}
	idle := func() {
		t.Helper()
		clock = clock.Add(time.Second / 60)
		a.work.draws++
		a.in = ui.Input{}
		if err := a.scene.Update(ctx, &a.in); err != nil {
			t.Fatal(err)
		}
	}
	s := a.Session()
	for _, step := range []struct{ on, next string }{{"report", "plan"}, {"plan", "floor"}} {
		if got := sceneName(a.scene); got != step.on {
			t.Fatalf("expected the %s, got %s", step.on, got)
		}
		// A mash: Enter every tenth of a second for two seconds, far
		// longer than the half second the screen waits for.
		for range 20 {
			enter()
			for range 5 {
				idle()
			}
		}
		if got := sceneName(a.scene); got != step.on || s.W.Year.Quarter != 0 {
			t.Fatalf("Enter mashed on the %s went on to %s (quarter %d)", step.on, got, s.W.Year.Quarter+1)
		}
		// Half a second without Enter, and the next one is taken.
		for range settleUpdates {
			idle()
		}
		enter()
		if got := sceneName(a.scene); got != step.next {
			t.Fatalf("Enter on the settled %s went to %s, not the %s", step.on, got, step.next)
		}
	}
	if s.W.Year.Quarter != 1 || s.W.InBreak() {
		t.Errorf("after the break: quarter %d, in the break %v", s.W.Year.Quarter+1, s.W.InBreak())
	}
}

// The break says when the next quarter's lead routing differs from this
// one's: a crunch's VP eases off after the crunch quarter, and says so; a
// scenario whose VP routes the same all year says nothing of it.
func TestBreakSaysTheVPEasesOff(t *testing.T) {
	for _, c := range []struct {
		scenario string
		quarter  int32
		want     string // "" for no routing note
	}{
		{"crunch", 0, "The VP eases off: from quarter 2, a floor the VP does not trust still gets 70% of its leads (60% in quarter 1)."},
		{"crunch", 1, ""},
		{"default", 0, ""},
	} {
		s, err := sim.BuiltinScenario(c.scenario)
		if err != nil {
			t.Fatal(err)
		}
		w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 1, Quarters: sim.MaxQuarters})
		if err != nil {
			t.Fatal(err)
		}
		w.Year.Quarter = c.quarter
		got := comingNote(w)
		if c.want == "" && strings.Contains(got, "The VP") || c.want != "" && got != c.want {
			t.Errorf("%s before quarter %d: %q, want %q", c.scenario, c.quarter+2, got, c.want)
		}
	}
}

// A game that fell behind runs its missed updates back to back, before it
// draws: the report's wait starts when it has been drawn, and is then
// half a second on the clock, however many updates run in it; a slow
// browser's few updates a second do not make it wait longer.
func TestEnterWaitsOnTheClockWhenUpdatesCatchUp(t *testing.T) {
	clock := time.Unix(0, 0)
	settleNow = func() time.Time { return clock }
	t.Cleanup(func() { settleNow = time.Now })
	var st settle
	drawn := 7
	update := func() {
		var in ui.Input
		st.hold(&in, drawn)
	}
	press := func() bool {
		var in ui.Input
		in.AddKey(ui.NavActivate)
		st.hold(&in, drawn)
		return in.Key(ui.NavActivate)
	}
	for range 100 { // catch-up: many updates, no frame drawn
		update()
	}
	clock = clock.Add(2 * settleTime)
	if press() {
		t.Fatal("Enter counted on a screen never drawn")
	}
	drawn++ // on the screen now
	update()
	clock = clock.Add(settleTime / 2)
	if press() {
		t.Fatal("Enter counted a quarter second after the screen was drawn")
	}
	clock = clock.Add(settleTime / 2)
	if press() {
		t.Fatal("Enter counted a quarter second after the last one")
	}
	// A slow browser: one update, a long while after the last press.
	clock = clock.Add(settleTime)
	if !press() {
		t.Fatal("Enter did not count half a second after the last one")
	}
	if !press() {
		t.Fatal("Enter did not count on a settled screen")
	}
}

// The team's rows, headed "next quarter", show what each rep comes back
// with: the morale the break leaves them, with the morale now beside it (a
// play-test read 94 there, and met 82 in the quarter).
func TestBreakRowsShowNextQuartersMorale(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	s := campaignSession(4, 1, "default")
	a.games.set(s)
	w := s.W
	w.Reps[0].Morale = sim.F(94, 100)
	p := newPlan(&a.ctx, nil)
	skill, morale := w.AfterBreak(&w.Reps[0])
	if morale == w.Reps[0].Morale {
		t.Fatalf("the break leaves morale %v as it is: the test shows nothing", morale.Float())
	}
	want := fmt.Sprintf("morale %d (94 now)", pts(morale))
	for _, r := range p.rows {
		if r.name == w.Reps[0].Name {
			if !strings.Contains(r.stats, want) || !strings.HasPrefix(r.stats, fmt.Sprintf("skill %d ", pts(skill))) {
				t.Errorf("%s's row: %q, want %q and skill %d", r.name, r.stats, want, pts(skill))
			}
			return
		}
	}
	t.Fatalf("no row for %s", w.Reps[0].Name)
}

// A refusal on the break's screen wraps beside the footer's buttons, or
// sits inside the team's panel: never over the footer's lines or across a
// panel's border (a play-test's "No headcount" did one, then the other).
func TestPlanToastClearsTheFooterAndPanels(t *testing.T) {
	for _, size := range [][2]float64{{1280, 800}, {1024, 640}, {1920, 1080}} {
		a := newTestApp(t, store.NewMem())
		a.games.set(campaignSession(4, 1, "default"))
		a.LayoutF(size[0], size[1])
		p := newPlan(&a.ctx, nil)
		a.scene = p
		a.Draw(ebiten.NewImage(int(size[0]), int(size[1])))
		p.prepare(&a.ctx)
		a.ctx.Say("No headcount: the quarter's result earned no hire (one takes 70% of quota); letting a rep go frees no headcount")
		a.toasts.layout(&a.ctx, p)
		r := a.toasts.box
		if len(a.toasts.lines) == 0 {
			t.Fatalf("%v: no toast laid out", size)
		}
		inTeam := r.X > p.team.X && r.Right() < p.team.Right() && r.Y > p.team.Y && r.Bottom() < p.team.Bottom()
		last := p.menu.Items[p.lastFoot].Rect
		beside := r.X >= last.Right() && r.Right() <= size[0] && r.Bottom() <= size[1]
		if !inTeam && !beside || r.Right() > size[0] || r.Bottom() > size[1] {
			t.Errorf("%v: toast %v, team panel %v, last button %v", size, r, p.team, last)
		}
		if !inTeam && r.Y < last.Y-20 {
			t.Errorf("%v: toast %v rises over the footer's lines (buttons at %v)", size, r, last)
		}
	}
}

package coach_test

import (
	"strings"
	"testing"
	"time"

	"salesfloor/game/coach"
	"salesfloor/sim"
)

func config(t testing.TB, scenario string, seed uint64) sim.Config {
	t.Helper()
	s, err := sim.BuiltinScenario(scenario)
	if err != nil {
		t.Fatal(err)
	}
	return sim.Config{Scenario: s, Seed: seed}
}

// The expert's quarter played in slices, as the game plays it between
// frames, reaches the same final state as sim.Run with the same expert.
func TestExpertQuarterMatchesRun(t *testing.T) {
	for _, tc := range []struct {
		scenario string
		seed     uint64
		slice    int
	}{
		{"default", 3, 7},
		{"crunch", 8, 1},
	} {
		cfg := config(t, tc.scenario, tc.seed)
		ecfg := sim.ExpertConfig{Budget: 1, Allow: sim.AllActions, Seed: tc.seed}
		e, err := sim.NewExpert(ecfg)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		want, log, err := sim.Run(cfg, e)
		if err != nil {
			t.Fatal(err)
		}
		whole := time.Since(start)
		q, err := coach.NewExpertQuarter(cfg, ecfg)
		if err != nil {
			t.Fatal(err)
		}
		slices := 0
		start = time.Now()
		for !q.Work(tc.slice) {
			slices++
			if p := q.Progress(); p < 0 || p > 1 {
				t.Fatalf("progress %v", p)
			}
		}
		t.Logf("%s/%d: sim.Run %v, in %d slices of %d rollouts %v", tc.scenario, tc.seed, whole, slices, tc.slice, time.Since(start))
		if got := q.W.Hash(); got != want.Hash() {
			t.Errorf("%s/%d: sliced expert ends at %s, sim.Run at %s", tc.scenario, tc.seed, sim.HashHex(got), sim.HashHex(want.Hash()))
		}
		if len(q.Log()) != len(log) {
			t.Errorf("%s/%d: %d commands sliced, %d in sim.Run", tc.scenario, tc.seed, len(q.Log()), len(log))
		}
		f := q.Facts()
		if f.Checkins != want.Company.Checkins || f.Passed != want.Company.CheckinsPassed || f.Prepared > f.Checkins {
			t.Errorf("%s/%d: facts %+v, world had %d check-ins, %d passed", tc.scenario, tc.seed, f, want.Company.Checkins, want.Company.CheckinsPassed)
		}
		if len(f.WeekRevenue) != sim.WeeksPerQuarter {
			t.Errorf("%d weeks of revenue", len(f.WeekRevenue))
		}
	}
}

// forecaster holds a forecast meeting first thing every day and otherwise
// plays the adaptive policy, which turns status reports on from the start
// in some scenarios; off stays off.
type forecaster struct {
	forecast bool
}

func (forecaster) Name() string { return "forecaster" }

func (p forecaster) Fork() sim.Policy { return p }

func (p forecaster) Decide(w *sim.World, buf []sim.Command) []sim.Command {
	if _, _, ok := w.PendingEvent(); ok {
		buf = append(buf, sim.Command{Tick: w.Tick, Action: sim.ActChoose, Target: sim.TeamTarget})
	}
	// Default's VP checks in every fifth day (days 4, 9, ...): a forecast
	// that morning prepares for it, and leaves authority for the next.
	if p.forecast && w.Tick%sim.TicksPerDay == 0 && w.Day()%5 == 4 {
		buf = append(buf, sim.Command{Tick: w.Tick, Action: sim.ActForecast, Target: sim.TeamTarget})
	}
	return buf
}

// Replaying the player's log reproduces their world, and the tracker
// counts the check-ins prepared by a forecast the same day.
func TestReplayAndCheckins(t *testing.T) {
	for _, tc := range []struct {
		forecast bool
		prepared func(checkins int32) int32
	}{
		{true, func(n int32) int32 { return n }},
		{false, func(int32) int32 { return 0 }},
	} {
		cfg := config(t, "default", 4)
		w, log, err := sim.Run(cfg, forecaster{tc.forecast})
		if err != nil {
			t.Fatal(err)
		}
		r, err := coach.NewReplay(coach.ConfigOf(w), log)
		if err != nil {
			t.Fatal(err)
		}
		for !r.Work(100) {
		}
		if r.Err() != nil || r.W.Hash() != w.Hash() {
			t.Fatalf("replay: %v, hash %s want %s", r.Err(), sim.HashHex(r.W.Hash()), sim.HashHex(w.Hash()))
		}
		f := r.Facts()
		if f.Checkins != 13 || f.Checkins != w.Company.Checkins {
			t.Errorf("%d check-ins tracked, the world counted %d", f.Checkins, w.Company.Checkins)
		}
		if want := tc.prepared(f.Checkins); f.Prepared != want {
			t.Errorf("forecast %v: %d check-ins prepared, want %d", tc.forecast, f.Prepared, want)
		}
		if f.Actions[sim.ActForecast] != int32(len(log))-countChoices(log) {
			t.Errorf("forecasts %d, log %d", f.Actions[sim.ActForecast], len(log))
		}
	}
}

func countChoices(log []sim.Command) int32 {
	n := int32(0)
	for _, c := range log {
		if c.Action == sim.ActChoose {
			n++
		}
	}
	return n
}

// A replay stops at a command the world refuses and says so.
func TestReplayRefused(t *testing.T) {
	cfg := config(t, "default", 1)
	bad := []sim.Command{{Tick: 3, Action: sim.ActMentor, Target: 99}}
	r, err := coach.NewReplay(cfg, bad)
	if err != nil {
		t.Fatal(err)
	}
	for !r.Work(50) {
	}
	if r.Err() == nil || r.W.Tick != 3 {
		t.Fatalf("err %v at tick %d", r.Err(), r.W.Tick)
	}
}

func TestWeeklyRevenue(t *testing.T) {
	for _, tc := range []struct {
		cum  []int64
		want []int64
	}{
		{nil, nil},
		{[]int64{5}, []int64{5}},
		{[]int64{1, 2, 3, 4, 10}, []int64{10}},
		{[]int64{1, 2, 3, 4, 10, 11, 12}, []int64{10, 2}},
		{[]int64{0, 0, 0, 0, 7, 7, 7, 7, 7, 20}, []int64{7, 13}},
	} {
		got := coach.WeeklyRevenue(tc.cum)
		if len(got) != len(tc.want) {
			t.Errorf("%v: got %v, want %v", tc.cum, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%v: got %v, want %v", tc.cum, got, tc.want)
			}
		}
	}
}

func facts(mod func(*coach.Facts)) *coach.Facts {
	f := &coach.Facts{Checkins: 13, RepsKept: 8, ActionTicks: 400 * sim.TicksPerHour, AdviceRequests: 40}
	mod(f)
	return f
}

// The comparison table: the three largest relative differences, in plain
// words, largest first; small or noisy differences are left out.
func TestCompare(t *testing.T) {
	for _, tc := range []struct {
		name        string
		expert, you *coach.Facts
		want        []string
	}{
		{"alike", facts(func(*coach.Facts) {}), facts(func(*coach.Facts) {}), nil},
		{"noise is forgiven", facts(func(f *coach.Facts) { f.Actions[sim.ActMentor] = 1 }), facts(func(*coach.Facts) {}), nil},
		{"the brief's examples",
			facts(func(f *coach.Facts) {
				f.Prepared = 11
				f.Actions[sim.ActMentor] = 41
				f.Actions[sim.ActCelebrate] = 30
				f.Actions[sim.ActVision] = 20
			}),
			facts(func(f *coach.Facts) {
				f.Prepared = 2
				f.Actions[sim.ActMentor] = 6
				f.Actions[sim.ActCelebrate] = 2
				f.Actions[sim.ActVision] = 15
				f.QuotaTicks = 60 * sim.TicksPerDay
			}),
			[]string{
				"It never set a dial quota; you kept one on for 60 days.",
				"It celebrated 30 wins; you celebrated 2 wins.",
				"It mentored 41 times; you mentored 6 times.",
			}},
		{"check-ins and singulars",
			facts(func(f *coach.Facts) { f.Prepared = 11; f.Actions[sim.ActReview] = 1; f.RepsKept = 8 }),
			facts(func(f *coach.Facts) { f.Actions[sim.ActReview] = 9; f.RepsKept = 5 }),
			[]string{
				"It counted the pipeline before 11 of 13 check-ins (a forecast meeting that day, or status reports on); you never did.",
				"It ran 1 performance review; you ran 9 performance reviews.",
				"It kept 8 reps; you kept 5 reps.",
			}},
		{"the player did more",
			facts(func(f *coach.Facts) { f.ReportTicks = 0; f.AdviceRequests = 0 }),
			facts(func(f *coach.Facts) { f.ReportTicks = 300 * sim.TicksPerDay; f.Prepared = 3 }),
			[]string{
				"It never ordered status reports; you for 300 rep-days.",
				"No rep came to it for advice; to you 40 times.",
				"It never counted the pipeline before a check-in (a forecast meeting that day, or status reports on); you did before 3 of 13.",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := coach.Compare(tc.expert, tc.you, 3)
			var texts []string
			for _, d := range got {
				texts = append(texts, d.Text)
			}
			if strings.Join(texts, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(texts, "\n"), strings.Join(tc.want, "\n"))
			}
			for i := 1; i < len(got); i++ {
				if got[i].Size > got[i-1].Size {
					t.Errorf("not largest first: %+v", got)
				}
			}
		})
	}
}

func stamp(w *sim.World, version, commands int) coach.Stamp {
	return coach.Stamp{W: w, Tick: w.Tick, Version: version, Commands: commands}
}

// A hint searches a copy: it never changes the world, never issues a
// command, and is discarded as soon as a tick is stepped or a command
// applied, whether it is still thinking or shown.
func TestHintInvalidation(t *testing.T) {
	cfg := config(t, "default", 6)
	w, err := sim.NewWorld(cfg)
	if err != nil {
		t.Fatal(err)
	}
	w.Step(2*sim.TicksPerDay + 3)
	var h coach.Hint
	at := stamp(w, 10, 0)
	if err := h.Ask(at, 1); err != nil {
		t.Fatal(err)
	}
	h.Work(3)
	if h.State != coach.HintThinking || !h.Fresh(at) {
		t.Fatalf("state %v after 3 rollouts", h.State)
	}
	// A tick stepped: discarded while thinking.
	w.Step(1)
	if h.Fresh(stamp(w, 11, 0)) || h.State != coach.HintNone {
		t.Fatalf("a hint survived a tick: %v", h.State)
	}
	// Asked again and finished.
	at = stamp(w, 11, 0)
	before := w.Hash()
	h.Ask(at, 1)
	start := time.Now()
	for !h.Work(5) {
	}
	t.Logf("hint at budget 1: %d rollouts, %v", h.Rollouts, time.Since(start))
	if h.State != coach.HintReady || !h.Fresh(at) {
		t.Fatalf("state %v", h.State)
	}
	a := h.Advice
	if !strings.HasPrefix(a.Head, "Suggested: ") || a.How == "" || a.Reason == "" {
		t.Errorf("advice %+v", a)
	}
	if sug := a.Suggestion; sug.HasAction {
		if err := w.Check(sug.Command); err != nil {
			t.Errorf("suggested %v is not legal: %v", sug.Command, err)
		}
	}
	if w.Hash() != before {
		t.Fatal("the hint changed the world")
	}
	// A command applied (the session's version and log move): discarded
	// once shown.
	if h.Fresh(stamp(w, 12, 1)) || h.State != coach.HintNone {
		t.Fatalf("a shown hint survived a command: %v", h.State)
	}
}

// The hint never touches the live world while it searches.
func TestHintLeavesWorldAlone(t *testing.T) {
	w, err := sim.NewWorld(config(t, "turnaround", 2))
	if err != nil {
		t.Fatal(err)
	}
	w.Step(sim.TicksPerDay + 9)
	h0 := w.Hash()
	var h coach.Hint
	h.Ask(stamp(w, 1, 0), 2)
	for !h.Work(4) {
	}
	if w.Hash() != h0 {
		t.Fatal("the hint changed the live world")
	}
}

// A busy player is told when to ask again, without a search.
func TestHintBusy(t *testing.T) {
	w, err := sim.NewWorld(config(t, "default", 6))
	if err != nil {
		t.Fatal(err)
	}
	w.Step(4) // 10:00
	if err := w.Apply(sim.Command{Tick: w.Tick, Action: sim.ActMentor, Target: 1}); err != nil {
		t.Fatal(err)
	}
	var h coach.Hint
	h.Ask(stamp(w, 1, 1), 1)
	if h.State != coach.HintReady || h.Advice.Head != "You are busy until 11:00 (Mentor)" || h.Advice.Searched {
		t.Fatalf("%v %+v", h.State, h.Advice)
	}
}

// An event awaiting an answer gets a suggested answer.
func TestHintAnswersEvents(t *testing.T) {
	w, err := sim.NewWorld(config(t, "default", 1))
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, d, ok := w.PendingEvent(); ok && len(d.Choices) > 1 {
			break
		}
		if _, _, ok := w.PendingEvent(); ok {
			w.Apply(sim.Command{Tick: w.Tick, Action: sim.ActChoose, Target: sim.TeamTarget})
		}
		w.Step(1)
		if w.Done() {
			t.Fatal("no event with choices")
		}
	}
	var h coach.Hint
	h.Ask(stamp(w, 1, 0), 1)
	for !h.Work(10) {
	}
	if h.Advice.Suggestion.Choice < 0 || !strings.HasPrefix(h.Advice.Head, "Suggested: answer ") || !strings.HasPrefix(h.Advice.How, "Press ") {
		t.Errorf("%+v", h.Advice)
	}
	t.Logf("%s / %s / %s", h.Advice.Head, h.Advice.How, h.Advice.Reason)
}

// The report's job: the player's quarter replayed, the expert's played,
// and at most three differences.
func TestJob(t *testing.T) {
	cfg := config(t, "rookies", 5)
	pol, _ := sim.NewPolicy("balanced", 5)
	w, log, err := sim.Run(cfg, pol)
	if err != nil {
		t.Fatal(err)
	}
	j, err := coach.NewJob(w, log, 1)
	if err != nil {
		t.Fatal(err)
	}
	last := -1.0
	for !j.Work(16) {
		if p := j.Progress(); p < last || p > 1 {
			t.Fatalf("progress went from %v to %v", last, p)
		} else {
			last = p
		}
	}
	r := j.Result()
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if len(r.Diffs) == 0 || len(r.Diffs) > 3 {
		t.Errorf("%d differences", len(r.Diffs))
	}
	if r.You.Score != w.Outcome().Score {
		t.Errorf("your score %v, world's %v", r.You.Score, w.Outcome().Score)
	}
	t.Logf("you %.1f, expert %.1f (command %.0f%% vs %.0f%%)", r.You.Score.Float(), r.Expert.Score.Float(),
		100*r.You.CommandShare.Float(), 100*r.Expert.CommandShare.Float())
	for _, d := range r.Diffs {
		t.Logf("%.2f %s", d.Size, d.Text)
	}
}

// In a campaign the report's job replays the quarters before and the break
// between them, and the expert takes over the team the player brought to
// the quarter: it starts from the player's world at the quarter's start.
func TestJobCampaign(t *testing.T) {
	cfg := config(t, "default", 12)
	cfg.Quarters = 4
	w, err := sim.NewWorld(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("balanced", 12)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	d.Play(pol, sim.TicksPerQuarter)
	if !w.InBreak() {
		t.Fatal("no break after quarter 1")
	}
	if err := d.Plan(pol); err != nil {
		t.Fatal(err)
	}
	startTeam := len(w.Reps)
	startHash := w.Hash()
	d.Play(pol, sim.TicksPerQuarter) // quarter 2, to its end: the second break
	if w.Year.Quarter != 1 || !w.Done() {
		t.Fatalf("at quarter %d tick %d", w.Year.Quarter+1, w.Tick)
	}
	j, err := coach.NewJob(w, d.Log(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var sawStart bool
	for !j.Work(16) {
		if ex := j.Expert(); ex != nil && !sawStart {
			sawStart = true
			if ex.W.Hash() != startHash || len(ex.W.Reps) != startTeam {
				t.Errorf("the expert starts at %s with %d reps, the player's quarter 2 at %s with %d",
					sim.HashHex(ex.W.Hash()), len(ex.W.Reps), sim.HashHex(startHash), startTeam)
			}
		}
	}
	r := j.Result()
	if r.Err != nil || r.NoExpert {
		t.Fatalf("err %v, no expert %v", r.Err, r.NoExpert)
	}
	if r.You.Score != w.Outcome().Score {
		t.Errorf("your score %v, the world's %v", r.You.Score, w.Outcome().Score)
	}
	if ew := j.Expert().W; ew.Year.Quarter != 1 || !ew.Done() {
		t.Errorf("the expert ended at quarter %d tick %d", ew.Year.Quarter+1, ew.Tick)
	}
	if r.You.Checkins == 0 {
		t.Error("the tracker saw no check-in in quarter 2")
	}
	t.Logf("you %.1f, expert %.1f", r.You.Score.Float(), r.Expert.Score.Float())
}

// A campaign log that stops short of the quarter the world is in leaves
// the expert no team to take over: the job says so instead of comparing.
func TestJobCampaignShortLog(t *testing.T) {
	cfg := config(t, "default", 13)
	cfg.Quarters = 2
	w, err := sim.NewWorld(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("balanced", 13)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	d.Play(pol, sim.TicksPerQuarter)
	q1 := len(d.Log())
	if err := d.Plan(pol); err != nil {
		t.Fatal(err)
	}
	d.Play(pol, 100)
	j, err := coach.NewJob(w, d.Log()[:q1], 1)
	if err != nil {
		t.Fatal(err)
	}
	for !j.Work(64) {
	}
	if r := j.Result(); !r.NoExpert || r.Err == nil || !strings.Contains(r.Err.Error(), "end of quarter 1") {
		t.Fatalf("no expert %v, err %v", r.NoExpert, r.Err)
	}
}

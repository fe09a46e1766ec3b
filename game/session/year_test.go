package session_test

import (
	"fmt"
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// The year's title and verdict read the arc: the style over the quarters
// against the revenue's trend, the people kept, and a replacement.
func TestYearReview(t *testing.T) {
	type q struct {
		revenue int64
		command float64
	}
	for _, tc := range []struct {
		name     string
		quarters []q
		fired    bool
		leave    int // reps of the scenario's own gone by the end
		title    string
		says     string
		idle     []int // quarters without an action of the player's (0-based)
	}{
		{"command, falling", []q{{3000, 0.7}, {2500, 0.7}, {2000, 0.6}, {1500, 0.6}}, false, 0, "The Driver", "fell 50%", nil},
		{"example, rising", []q{{2000, 0.1}, {2500, 0.2}, {3000, 0.1}, {3500, 0.1}}, false, 0, "The Builder", "grew 75%", nil},
		{"example, level", []q{{2000, 0.1}, {2000, 0.2}, {2000, 0.1}, {2050, 0.1}}, false, 0, "The Mentor", "held level", nil},
		{"command, level", []q{{2000, 0.8}, {2000, 0.7}, {2000, 0.7}, {2000, 0.7}}, false, 0, "The Commander", "held level", nil},
		{"mixed, rising", []q{{2000, 0.4}, {2400, 0.4}, {2800, 0.4}, {3200, 0.4}}, false, 0, "The Complete Manager", "served", nil},
		{"mixed, level", []q{{2000, 0.4}, {2000, 0.4}, {2000, 0.4}, {2000, 0.4}}, false, 0, "The Steady Hand", "held level", nil},
		{"most of the team gone", []q{{2000, 0.4}, {2400, 0.4}, {2800, 0.4}, {3200, 0.4}}, false, 6, "The Burner", "Most of the team", nil},
		{"replaced", []q{{900, 0.8}}, true, 0, "Replaced", "ended after quarter 1 of 4", nil},
		// A quarter without an action has a command share of 0, which is
		// not "all example": the review reads only the quarters acted in.
		{"no action all year", []q{{2000, 0}, {2000, 0}, {2000, 0}, {2000, 0}}, false, 0, "The Absentee", "nobody led it", []int{0, 1, 2, 3}},
		{"orders, then nothing", []q{{3000, 0.7}, {2500, 0}, {2000, 0}, {1500, 0}}, false, 0, "The Driver", "took no action in quarter 4", []int{1, 2, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := sim.BuiltinScenario("default")
			if err != nil {
				t.Fatal(err)
			}
			w, err := sim.NewWorld(sim.Config{Scenario: sc, Seed: 1, Quarters: 4})
			if err != nil {
				t.Fatal(err)
			}
			y := &w.Year
			for i, r := range tc.quarters {
				y.Results[i] = sim.QuarterResult{Revenue: r.revenue * 1000, Quota: 3_000_000, CommandShare: sim.F(int64(r.command*100), 100),
					Score: sim.F(80, 1), Attainment: sim.F(r.revenue, 3000)}
			}
			y.Played, y.Quarter, y.Fired = int32(len(tc.quarters)), int32(len(tc.quarters)-1), tc.fired
			for i := 0; i < tc.leave; i++ {
				w.Reps[i].Gone = true
			}
			var acted *session.Acted
			if tc.idle != nil {
				acted = new(session.Acted)
				for i := range tc.quarters {
					acted[i] = true
				}
				for _, i := range tc.idle {
					acted[i] = false
				}
			}
			rv := session.YearReview(w, nil, acted)
			if rv.Title != tc.title || !strings.Contains(rv.Verdict, tc.says) {
				t.Errorf("%q: %s", rv.Title, rv.Verdict)
			}
			if len(rv.Team) < 3 {
				t.Errorf("the team in %d lines", len(rv.Team))
			}
		})
	}
}

// The year review counts everyone who joined: an event's hire during a
// quarter as well as a break's, and a season's joiners, as the world saw
// them arrive; and the reps let go. Its numbers add up to the floor at the
// end, and a save loaded mid-year recalls them.
func TestYearReviewCountsEveryJoiner(t *testing.T) {
	for _, scenario := range []string{"default", "merger"} {
		t.Run(scenario, func(t *testing.T) {
			s, err := session.New(session.Config{Scenario: scenario, Difficulty: sim.Normal, Seed: 7, Quarters: 4})
			if err != nil {
				t.Fatal(err)
			}
			pol, err := sim.NewPolicy("adaptive", 7)
			if err != nil {
				t.Fatal(err)
			}
			s.SetRoutine(&session.Routine{Policy: pol, Label: "adaptive", AnswersEvents: true})
			var events, breaks, seasons, letGo int
			for q := 0; ; q++ {
				s.Step(sim.TicksPerQuarter)
				if !s.W.Done() {
					t.Fatalf("quarter %d did not end", q+1)
				}
				events += int(s.W.Company.Hires)
				if q == 1 {
					// Mid-year, a save recalls who joined so far.
					data, err := s.SaveBytes()
					if err != nil {
						t.Fatal(err)
					}
					back, err := session.LoadSession("mid.sav", data)
					if err != nil {
						t.Fatal(err)
					}
					if !back.Team.Known || len(back.Team.Joined) != len(s.Team.Joined) || back.Team.LetGo != s.Team.LetGo {
						t.Fatalf("loaded: %+v, played: %+v", back.Team, s.Team)
					}
				}
				if !s.W.InBreak() {
					break
				}
				// Every hire the break allows, and one rep let go.
				for i := int32(0); i < s.W.Year.NCandidates; i++ {
					if s.Do(sim.ActHire, sim.TeamTarget, i) == nil {
						breaks++
					}
				}
				if q == 1 && s.Do(sim.ActLetGo, 0, 0) == nil {
					letGo++
				}
				staying := int(s.W.Staying())
				if err := s.NextQuarter(); err != nil {
					t.Fatal(err)
				}
				seasons += len(s.W.Reps) - staying
			}
			w := s.W
			joined := events + breaks + seasons
			if events == 0 || breaks == 0 || (scenario == "merger") != (seasons > 0) {
				t.Fatalf("the year had %d event hires, %d break hires, %d season joiners: not what the test needs", events, breaks, seasons)
			}
			if got := len(s.Team.Joined); got != joined || s.Team.Count(session.JoinEvent) != events ||
				s.Team.Count(session.JoinBreak) != breaks || s.Team.Count(session.JoinSeason) != seasons || s.Team.LetGo != letGo {
				t.Errorf("the record: %+v; the world: %d by events, %d at the breaks, %d with seasons, %d let go", s.Team, events, breaks, seasons, letGo)
			}
			rv := session.YearReview(w, &s.Team, session.QuartersActed(s.Log()))
			text := strings.Join(rv.Team, " ")
			if !strings.Contains(text, fmt.Sprintf("%d joined over the year", joined)) ||
				!strings.Contains(text, fmt.Sprintf("%d sent by events", events)) || !strings.Contains(text, fmt.Sprintf("%d hired at the breaks", breaks)) {
				t.Errorf("%d joined (%d by events, %d at the breaks), and the review says: %s", joined, events, breaks, text)
			}
			lost := 0
			for _, r := range w.Year.Results[:w.Year.Played] {
				lost += int(r.RepsLost)
			}
			if start := len(w.Scenario.Reps); start+joined-lost-letGo != w.ActiveReps() {
				t.Errorf("%d started, %d joined, %d left, %d let go: %d on the floor, want %d", start, joined, lost, letGo, w.ActiveReps(), start+joined-lost-letGo)
			}
			t.Log(text)
		})
	}
}

// A quarter counts as acted in when the log has a play action in it; the
// break's decisions (a hire, a promotion, the next quarter) do not count.
func TestQuartersActed(t *testing.T) {
	log := []sim.Command{
		{Quarter: 0, Action: sim.ActReports, Target: sim.TeamTarget, Arg: 1},
		{Quarter: 0, Action: sim.ActHire, Target: sim.TeamTarget},
		{Quarter: 0, Action: sim.ActNextQuarter, Target: sim.TeamTarget},
		{Quarter: 2, Action: sim.ActVision, Target: sim.TeamTarget},
	}
	got := session.QuartersActed(log)
	if want := (session.Acted{true, false, true, false}); *got != want {
		t.Errorf("got %v, want %v", *got, want)
	}
}

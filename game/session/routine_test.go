package session_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"salesfloor/game/session"
	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// A routine is the lab's policy language played in the game: the same file
// on the same seed ends on the same hash in a session, stepped frame by
// frame, as in the lab's run ("simulate -policy FILE").
func TestRoutinePlaysAsInTheLab(t *testing.T) {
	files, err := filepath.Glob("../../sim/lab/testdata/policies/*.json")
	if err != nil || len(files) < 3 {
		t.Fatalf("policy files: %v, %v", files, err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		pf, err := policyfile.ParsePolicyFile(file, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			scenario string
			seed     uint64
		}{{"default", 910001}, {"turnaround", 910002}} {
			sc, err := sim.BuiltinScenario(tc.scenario)
			if err != nil {
				t.Fatal(err)
			}
			want, _, err := sim.Run(sim.Config{Scenario: sc, Seed: tc.seed, Difficulty: sim.Normal}, pf.Policy())
			if err != nil {
				t.Fatal(err)
			}
			s, err := session.NewSession(tc.scenario, sim.Normal, tc.seed)
			if err != nil {
				t.Fatal(err)
			}
			s.SetRoutine(&session.Routine{Policy: pf.Policy(), Label: pf.Name, AnswersEvents: true})
			s.Turbo = 3
			for i := 0; !s.W.Done() && i < 10*sim.TicksPerQuarter; i++ {
				s.Update()
			}
			if got := s.W.Hash(); got != want.Hash() {
				t.Errorf("%s on %s/%d: the session ends on %x, the lab on %x", filepath.Base(file), tc.scenario, tc.seed, got, want.Hash())
			}
		}
	}
}

// The player stays in charge: a paused routine decides nothing, a skip
// drops its next action (and only that), and the player's own action
// comes first, the routine's due hour waiting until they are free.
func TestRoutineSkipPauseAndOverride(t *testing.T) {
	pf, err := policyfile.ParsePolicyFile("week.json", []byte(`{"name": "week", "rules": [
		{"at": "09:00", "do": "vision"}, {"at": "10:00", "do": "forecast"}, {"at": "13:00", "do": "floor"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	play := func(set func(s *session.Session, r *session.Routine)) []sim.Command {
		s, err := session.NewSession("default", sim.Normal, 7)
		if err != nil {
			t.Fatal(err)
		}
		r := &session.Routine{Policy: pf.Policy(), Label: pf.Name}
		s.SetRoutine(r)
		set(s, r)
		for s.W.Tick < sim.TicksPerDay-1 {
			if _, _, ok := s.W.PendingEvent(); ok {
				_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
			}
			s.StepTick()
		}
		return s.Log()
	}
	actions := func(log []sim.Command) (out []sim.ActionID) {
		for _, c := range log {
			if c.Action != sim.ActChoose {
				out = append(out, c.Action)
			}
		}
		return out
	}
	if got := actions(play(func(*session.Session, *session.Routine) {})); !slices.Equal(got, []sim.ActionID{sim.ActVision, sim.ActForecast, sim.ActFloor}) {
		t.Errorf("the routine's day: %v", got)
	}
	if got := actions(play(func(_ *session.Session, r *session.Routine) { r.Skip = 1 })); !slices.Equal(got, []sim.ActionID{sim.ActForecast, sim.ActFloor}) {
		t.Errorf("skipping one: %v", got)
	}
	if got := actions(play(func(_ *session.Session, r *session.Routine) { r.Off = true })); len(got) != 0 {
		t.Errorf("paused: %v", got)
	}
	// The player makes calls (2h) at 09:00: the vision waits until 11:00,
	// the forecast (due at 10:00, still waiting at 11:00) is skipped as in
	// the lab, and the walk is on time.
	log := play(func(s *session.Session, _ *session.Routine) {
		if err := s.Do(sim.ActCalls, sim.TeamTarget, 0); err != nil {
			t.Fatal(err)
		}
	})
	if got := actions(log); len(got) < 2 || got[0] != sim.ActCalls || got[1] != sim.ActVision || log[1].Tick != 2*sim.TicksPerHour {
		t.Errorf("overridden: %v (log %v)", got, log)
	}
}

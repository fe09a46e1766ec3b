package session_test

import (
	"os"
	"path/filepath"
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
			s.SetRoutine(&session.Routine{Policy: pf.Policy(), Name: pf.Name, AnswersEvents: true})
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

package sim_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"salesfloor/sim"
)

// The decoders take files from disk and from players' bug reports: no input
// may panic them, and everything they accept must be usable.

func FuzzParseScenario(f *testing.F) {
	for _, name := range sim.ScenarioNames {
		b, _ := sim.MarshalScenario(scenario(f, name))
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"name":"x","quota":1,"deal_value":1,"reps":[{"name":"a"}],"company":{"market":1}}`))
	f.Add([]byte(`{"name":"x","events":[{"kind":"checkin","title":"t","every":1,"effects":[{"op":"add","field":"rep.morale"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := sim.ParseScenario("fuzz.json", data)
		if err != nil {
			var fe *sim.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is %T, not a *FileError", err, err)
			}
			return
		}
		w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 1})
		if err != nil {
			t.Fatalf("accepted scenario cannot start: %v", err)
		}
		w.Step(3 * sim.TicksPerDay)
		if err := checkInvariants(w); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzParseReplay(f *testing.F) {
	w := newWorld(f, "default", 1)
	log := play(f, w, "random", 200)
	rep, _ := sim.NewReplay(newWorld(f, "default", 1), log)
	b, _ := sim.MarshalReplay(rep)
	f.Add(b)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	m["commands"] = []any{map[string]any{"tick": 3, "do": "mentor", "target": "rep:2"}}
	b2, _ := json.Marshal(m)
	f.Add(b2)
	f.Add([]byte(`{"format":"salesfloor-replay"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := sim.ParseReplay("fuzz.replay", data)
		if err != nil {
			var fe *sim.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is %T, not a *FileError", err, err)
			}
			return
		}
		// What it accepts it writes back, and reads again as the same.
		b, err := sim.MarshalReplay(r)
		if err != nil {
			t.Fatalf("an accepted replay does not write: %v", err)
		}
		r2, err := sim.ParseReplay("fuzz.replay", b)
		if err != nil {
			t.Fatalf("its own output is refused: %v\n%s", err, b)
		}
		if r2.Seed != r.Seed || r2.Difficulty != r.Difficulty || r2.SimVersion != r.SimVersion ||
			!slices.Equal(r2.Commands, r.Commands) || !slices.Equal(r2.Hashes, r.Hashes) {
			t.Fatalf("the round trip changed the replay:\n%+v\n%+v", r, r2)
		}
		// Keep each case short: replay at most the first day.
		if len(r.Commands) > 0 && r.Commands[len(r.Commands)-1].Tick > sim.TicksPerDay {
			return
		}
		for _, h := range r.Hashes {
			if h.Tick > sim.TicksPerDay {
				return
			}
		}
		if _, err := r.Play("fuzz.replay", false); err != nil {
			var fe *sim.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("replaying: error %v is %T, not a *FileError", err, err)
			}
		}
	})
}

func FuzzUnmarshalSave(f *testing.F) {
	good := savedGame(f)
	f.Add(good)
	f.Add(good[:len(good)/3])
	f.Add([]byte("SALESFLOOR-SAVE\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := sim.UnmarshalSave("fuzz.save", data)
		if err != nil {
			var fe *sim.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is %T, not a *FileError", err, err)
			}
			return
		}
		s.World.Step(sim.TicksPerDay)
		if err := checkInvariants(s.World); err != nil {
			t.Fatal(err)
		}
	})
}

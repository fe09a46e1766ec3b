package sim_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesfloor/sim"
)

func defaultScenarioJSON(t testing.TB) map[string]any {
	t.Helper()
	b, err := sim.MarshalScenario(scenario(t, "default"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// Bad scenario files give an error naming the file, the field and the
// problem.
func TestScenarioErrorsNameFileAndField(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(m map[string]any)
		raw    string
		substr []string
	}{
		{"missing name", func(m map[string]any) { delete(m, "name") }, "", []string{"bad.json", "name", "missing"}},
		{"morale out of range", func(m map[string]any) { m["reps"].([]any)[2].(map[string]any)["morale"] = 1.5 }, "", []string{"reps[2].morale", "out of range 0..1"}},
		{"unknown event kind", func(m map[string]any) { m["events"].([]any)[0].(map[string]any)["kind"] = "alien" }, "", []string{"events[0].kind", `"alien"`}},
		{"unknown effect op", func(m map[string]any) {
			m["events"].([]any)[0].(map[string]any)["effects"].([]any)[0].(map[string]any)["op"] = "explode"
		}, "", []string{"events[0].effects[0].op"}},
		{"rep effect without a rep", func(m map[string]any) {
			m["events"].([]any)[0].(map[string]any)["effects"] = []any{map[string]any{"op": "streak"}}
		}, "", []string{"events[0].effects[0]", "picks none"}},
		{"bad parameter", func(m map[string]any) { m["params"] = map[string]any{"close_days": 40} }, "", []string{"params.close_days", "out of range"}},
		{"unknown parameter", func(m map[string]any) { m["params"] = map[string]any{"dial_speed": 2} }, "", []string{"params", "dial_speed"}},
		{"unknown field", func(m map[string]any) { m["colour"] = "red" }, "", []string{"bad.json", "colour"}},
		{"too many reps", func(m map[string]any) {
			reps := m["reps"].([]any)
			for len(reps) <= sim.MaxReps {
				reps = append(reps, reps[0])
			}
			m["reps"] = reps
		}, "", []string{"reps", "1 to 12"}},
		{"wrong type", func(m map[string]any) { m["quota"] = "lots" }, "", []string{"quota", "byte", "expected int64"}},
		{"syntax error", nil, `{"name": "x",, }`, []string{"bad.json", "byte 14", "invalid character"}},
		{"truncated", nil, `{"name": "x"`, []string{"bad.json", "unexpected end"}},
		{"trailing data", nil, `{"name":"x"} {}`, []string{"bad.json"}},
		{"decimal as exponent", nil, `{"name":"x","quota":1,"deal_value":1,"team":{"culture":1e-1}}`, []string{"bad.json", "1e-1", "not a decimal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.raw)
			if tt.edit != nil {
				m := defaultScenarioJSON(t)
				tt.edit(m)
				data, _ = json.Marshal(m)
			}
			_, err := sim.ParseScenario("bad.json", data)
			if err == nil {
				t.Fatal("accepted")
			}
			var fe *sim.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error is %T (%v), want *sim.FileError", err, err)
			}
			for _, s := range tt.substr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestBuiltinScenariosRoundTripAndLoadFromFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range sim.ScenarioNames {
		s := scenario(t, name)
		b, err := sim.MarshalScenario(s)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".json")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		fromFile, err := sim.LoadScenario(path)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := sim.NewWorld(sim.Config{Scenario: s, Seed: 9})
		c, _ := sim.NewWorld(sim.Config{Scenario: fromFile, Seed: 9})
		a.Step(500)
		c.Step(500)
		if a.Hash() != c.Hash() {
			t.Errorf("%s: scenario written to a file and read back plays differently", name)
		}
	}
	if _, err := sim.LoadScenario("no-such-scenario"); err == nil || !strings.Contains(err.Error(), "neither built in") {
		t.Errorf("unknown scenario: %v", err)
	}
}

func TestScenarioParamsOverride(t *testing.T) {
	m := defaultScenarioJSON(t)
	m["params"] = map[string]any{"dials_per_tick": 5, "close_days": 3}
	b, _ := json.Marshal(m)
	s, err := sim.ParseScenario("p.json", b)
	if err != nil {
		t.Fatal(err)
	}
	p := s.ModelParams()
	if p.DialsPerTick != sim.I(5) || p.CloseDays != 3 || p.BookRate != sim.DefaultParams().BookRate {
		t.Errorf("overrides not applied, or others disturbed: %+v", p)
	}
	if err := p.Set("book_rate", "0.5"); err != nil || p.BookRate != sim.One/2 {
		t.Errorf("Set book_rate: %v", err)
	}
	if err := p.Set("close_days", "1.5"); err == nil {
		t.Error("a whole-number parameter accepted 1.5")
	}
	if err := p.Set("nope", "1"); err == nil {
		t.Error("an unknown parameter was accepted")
	}
}

func savedGame(t testing.TB) []byte {
	w := newWorld(t, "default", 8)
	log := play(t, w, "adaptive", 300)
	data, err := sim.MarshalSave(&sim.Save{World: w, Commands: log})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Corrupt, truncated or foreign saves give a clear error with the offset,
// never a panic or a half-loaded game.
func TestSaveErrors(t *testing.T) {
	good := savedGame(t)
	tests := []struct {
		name    string
		data    func() []byte
		foreign bool
		substr  []string
	}{
		{"empty", func() []byte { return nil }, true, []string{"slot.save", "byte 0", "header"}},
		{"not a save", func() []byte { return []byte("PNG....") }, true, []string{"header"}},
		{"other format", func() []byte { b := clone(good); b[16] = 9; return b }, true, []string{"format", "save format 9"}},
		{"other version", func() []byte {
			b := clone(good)
			b[24] = 'X'
			return b
		}, true, []string{"sim_version"}},
		{"truncated", func() []byte { return good[:len(good)/2] }, false, []string{"slot.save", "file ends early"}},
		{"flipped byte", func() []byte { b := clone(good); b[len(b)-100] ^= 0x40; return b }, false, []string{"slot.save"}},
		{"trailing", func() []byte { return append(clone(good), 0) }, false, []string{"unexpected data"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sim.UnmarshalSave("slot.save", tt.data())
			if err == nil {
				t.Fatal("accepted")
			}
			if errors.Is(err, sim.ErrForeignSave) != tt.foreign {
				t.Errorf("foreign = %v for %v", !tt.foreign, err)
			}
			for _, s := range tt.substr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%q does not mention %q", err, s)
				}
			}
		})
	}
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

func TestReplayErrors(t *testing.T) {
	w := newWorld(t, "default", 1)
	log := play(t, w, "balanced", 100)
	start := newWorld(t, "default", 1)
	rep, _ := sim.NewReplay(start, log)
	good, _ := sim.MarshalReplay(rep)
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		_ = json.Unmarshal(good, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	tests := []struct {
		name   string
		data   []byte
		substr []string
	}{
		{"wrong format", edit(func(m map[string]any) { m["format"] = "mp4" }), []string{"r.json", "format"}},
		{"other version", edit(func(m map[string]any) { m["sim_version"] = "0" }), []string{"sim_version", "version"}},
		{"bad difficulty", edit(func(m map[string]any) { m["difficulty"] = "brutal" }), []string{"difficulty", "brutal"}},
		{"unknown action", edit(func(m map[string]any) {
			m["commands"] = []any{map[string]any{"tick": 1, "do": "dance"}}
		}), []string{"r.json", "dance"}},
		{"ticks out of order", edit(func(m map[string]any) {
			m["commands"] = []any{map[string]any{"tick": 5, "do": "vision"}, map[string]any{"tick": 2, "do": "floor"}}
		}), []string{"commands[1].tick", "before"}},
		{"bad hash", edit(func(m map[string]any) { m["hashes"] = []any{map[string]any{"tick": 1, "hash": "xyz"}} }), []string{"hashes[0].hash"}},
		{"bad scenario", edit(func(m map[string]any) { m["scenario"].(map[string]any)["deal_value"] = 0 }), []string{"deal_value"}},
		{"syntax", []byte(`{"format":`), []string{"r.json", "unexpected end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sim.ParseReplay("r.json", tt.data)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, s := range tt.substr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%q does not mention %q", err, s)
				}
			}
		})
	}
	// A command the world refuses on replay is reported with its index.
	bad := edit(func(m map[string]any) {
		m["commands"] = []any{map[string]any{"tick": 0, "do": "mentor", "target": "rep:11"}}
	})
	r, err := sim.ParseReplay("r.json", bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Play("r.json", false); err == nil || !strings.Contains(err.Error(), "commands[0]") {
		t.Errorf("refused command on replay: %v", err)
	}
}

// A replay exported with the clock stopped (an event answered, an order
// given, at the tick the game stands at) verifies: its last checkpoint is
// the state after that tick's commands, and is checked after them.
func TestReplayExportedAfterCommandsVerifies(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 21})
	if err != nil {
		t.Fatal(err)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w})
	d.Step(40)
	if err := d.Apply(sim.Command{Tick: w.Tick, Action: sim.ActVision, Target: sim.TeamTarget}); err != nil {
		t.Fatal(err)
	}
	r, err := sim.NewReplay(w, d.Log())
	if err != nil {
		t.Fatal(err)
	}
	data, err := sim.MarshalReplay(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := sim.ParseReplay("r.json", data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := back.Play("r.json", false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mismatch != nil || res.Checked != 1 || res.World.Hash() != w.Hash() {
		t.Fatalf("mismatch %v, %d checked", res.Mismatch, res.Checked)
	}
}

// An event that recurs is told in its variants in turn, by the day, and
// an empty variant is refused with its field.
func TestEventVariants(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	var d *sim.EventDef
	for i := range s.Events {
		if s.Events[i].ID == "hot_lead" {
			d = &s.Events[i]
		}
	}
	if d == nil || len(d.Variants) < 2 {
		t.Fatalf("hot_lead has no variants: %+v", d)
	}
	seen := map[string]bool{}
	for day := int32(0); day < 3; day++ {
		seen[d.TextOn(day)] = true
	}
	if len(seen) != 3 || !seen[d.Text] {
		t.Errorf("three days tell it %d ways: %v", len(seen), seen)
	}
	d.Variants = []string{d.Variants[0], " "}
	data, err := sim.MarshalScenario(s)
	if err != nil {
		t.Fatal(err)
	}
	_, err = sim.ParseScenario("bad.json", data)
	if err == nil || !strings.Contains(err.Error(), "variants[1]") {
		t.Errorf("an empty variant: %v", err)
	}
}

// A save keeps the player's queue (Save.Pending) in order, beside the
// world and outside its hash; a save of the format before it (2) still
// loads, with none; a queued action the player could not have chosen is
// refused with its field and offset.
func TestSavePending(t *testing.T) {
	w := newWorld(t, "default", 1)
	log := play(t, w, "adaptive", 300)
	pending := []sim.Command{{Action: sim.ActMentor, Target: 2}, {Action: sim.ActReports, Target: sim.AllReps, Arg: 1}}
	none, err := sim.MarshalSave(&sim.Save{World: w, Commands: log})
	if err != nil {
		t.Fatal(err)
	}
	data, err := sim.MarshalSave(&sim.Save{World: w, Commands: log, Pending: pending})
	if err != nil {
		t.Fatal(err)
	}
	sv, err := sim.UnmarshalSave("slot.save", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(sv.Pending) != 2 || sv.Pending[0].Action != sim.ActMentor || sv.Pending[0].Target != 2 ||
		sv.Pending[1].Action != sim.ActReports || sv.Pending[1].Target != sim.AllReps || sv.Pending[1].Arg != 1 {
		t.Errorf("pending %+v, want %+v", sv.Pending, pending)
	}
	if sv.World.Hash() != w.Hash() || len(sv.Commands) != len(log) {
		t.Errorf("the world or its log changed with a queue saved")
	}

	// Where the queue's length sits: the first byte the two files differ
	// at, its lowest (little-endian: 0 against 2).
	at := 0
	for none[at] == data[at] {
		at++
	}
	old := append(append([]byte(nil), none[:at]...), none[at+4:]...)
	old[16] = 2 // the format, after the 16-byte magic line
	sv, err = sim.UnmarshalSave("old.save", old)
	if err != nil {
		t.Fatalf("a format 2 save: %v", err)
	}
	if len(sv.Pending) != 0 || sv.World.Hash() != w.Hash() {
		t.Errorf("a format 2 save loads with pending %+v, hash %s", sv.Pending, sim.HashHex(sv.World.Hash()))
	}

	bad := append([]byte(nil), data...)
	bad[at+4] = byte(sim.ActChoose) // the first queued action
	if _, err := sim.UnmarshalSave("slot.save", bad); err == nil || !strings.Contains(err.Error(), "pending.action") {
		t.Errorf("a queued action the player cannot choose: %v", err)
	}
}

package sim_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"salesfloor/sim"
)

// A refused command returns a typed error and leaves the world exactly as it
// was.
func TestCommandValidation(t *testing.T) {
	tests := []struct {
		name  string
		setup func(w *sim.World)
		cmd   func(w *sim.World) sim.Command
		want  error
		words string
	}{
		{"unknown action", nil, func(w *sim.World) sim.Command { return cmd(w, 99, sim.TeamTarget, 0) }, sim.ErrUnknownAction, "action number 99"},
		{"rep action without a rep", nil, func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, sim.TeamTarget, 0) }, sim.ErrBadTarget, "needs a rep"},
		{"rep out of range", nil, func(w *sim.World) sim.Command { return cmd(w, sim.ActMentor, 42, 0) }, sim.ErrBadTarget, "not on the team"},
		{"team action with a rep", nil, func(w *sim.World) sim.Command { return cmd(w, sim.ActVision, 0, 0) }, sim.ErrBadTarget, "whole team"},
		{"bad reports arg", nil, func(w *sim.World) sim.Command { return cmd(w, sim.ActReports, sim.AllReps, 5) }, sim.ErrBadArg, "1 (on) or 0 (off)"},
		{"bad quota", nil, func(w *sim.World) sim.Command { return cmd(w, sim.ActQuota, sim.TeamTarget, -3) }, sim.ErrBadArg, "dial quota"},
		{"no event pending", nil, func(w *sim.World) sim.Command { return cmd(w, sim.ActChoose, sim.TeamTarget, 0) }, sim.ErrNoEvent, ""},
		{"wrong tick", nil, func(w *sim.World) sim.Command { c := cmd(w, sim.ActVision, sim.TeamTarget, 0); c.Tick += 3; return c }, sim.ErrWrongTick, "stamped"},
		{"busy", func(w *sim.World) {
			if err := w.Apply(cmd(w, sim.ActCalls, sim.TeamTarget, 0)); err != nil {
				panic(err)
			}
			w.Step(1)
		}, func(w *sim.World) sim.Command { return cmd(w, sim.ActVision, sim.TeamTarget, 0) }, sim.ErrBusy, "Make calls yourself until 11:00"},
		{"no hours left", func(w *sim.World) { w.Step(sim.TicksPerDay - 2) }, func(w *sim.World) sim.Command { return cmd(w, sim.ActCalls, sim.TeamTarget, 0) }, sim.ErrNoHours, "Make calls yourself takes 2h, and the day has 30min left"},
		{"quarter over", func(w *sim.World) { w.Step(sim.TicksPerQuarter) }, func(w *sim.World) sim.Command { return cmd(w, sim.ActVision, sim.TeamTarget, 0) }, sim.ErrQuarterOver, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, "default", 1)
			if tt.setup != nil {
				tt.setup(w)
			}
			before := w.Hash()
			err := w.Apply(tt.cmd(w))
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var ce *sim.CommandError
			if !errors.As(err, &ce) {
				t.Fatalf("err is %T, want *sim.CommandError", err)
			}
			if !strings.Contains(err.Error(), tt.words) {
				t.Errorf("message %q does not say %q", err, tt.words)
			}
			if w.Hash() != before {
				t.Error("a refused command changed the world")
			}
		})
	}
}

func TestLeftRepCannotBeTargeted(t *testing.T) {
	w := newWorld(t, "default", 1)
	// Run the floor into the ground with no leads and nobody caring, until
	// someone leaves.
	w.Team.LeadPool, w.Team.LeadInflow = 0, 0
	for i := range w.Reps {
		w.Reps[i].Leads = 0
		w.Reps[i].Morale = 0
		w.Reps[i].Trust = 0
	}
	// One stays, or the empty floor would close the quarter.
	w.Reps[0].Morale, w.Reps[0].Trust = sim.One, sim.One
	w.Step(sim.TicksPerDay * 12)
	gone := -1
	for i := range w.Reps {
		if w.Reps[i].Gone {
			gone = i
			break
		}
	}
	if gone < 0 {
		t.Fatal("nobody left a leaderless floor with no leads in twelve days")
	}
	err := w.Apply(cmd(w, sim.ActMentor, int32(gone), 0))
	if !errors.Is(err, sim.ErrBadTarget) || !strings.Contains(err.Error(), "has left") {
		t.Fatalf("mentoring a rep who left: %v", err)
	}
}

func TestCommandJSON(t *testing.T) {
	c := sim.Command{Tick: 12, Action: sim.ActMentor, Target: 3}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"tick":12,"do":"mentor","target":"rep:3"}` {
		t.Fatalf("got %s", b)
	}
	var back sim.Command
	if err := json.Unmarshal(b, &back); err != nil || back != c {
		t.Fatalf("round trip: %v %+v", err, back)
	}
	for _, bad := range []string{`{"tick":1,"do":"dance"}`, `{"tick":1,"do":"mentor","target":"rep:x"}`, `{"tick":1,"do":"mentor","target":"rep:99"}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

package sim_test

import (
	"encoding/json"
	"strings"
	"testing"

	"salesfloor/sim"
)

// sinkRep puts rep i on the edge of a resignation: morale gone, one low day
// short of the threat, so tonight's close of day brings it.
func sinkRep(w *sim.World, i int) {
	r := &w.Reps[i]
	r.Morale, r.Trust = 0, 0
	r.LowDays = w.P.QuitDays - 1
}

// stepToMorning runs the world to 09:00 of the next day, and one tick
// into it, so the morning's first events have fired.
func stepToMorning(w *sim.World) {
	w.Step(int(sim.TicksPerDay-w.Tick%sim.TicksPerDay) + 1)
}

// A threat that a rep's own low days bring is put to the player the next
// morning as the scenario's resignation event, with its choices, about that
// rep; it is asked once, not every morning while the threat stands.
func TestThreatIsAQuestion(t *testing.T) {
	for _, name := range []string{"default", "turnaround", "rookies", "crunch"} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t, name, 3)
			sinkRep(w, 2)
			stepToMorning(w)
			if !w.Reps[2].Threat {
				t.Fatal("no threat after the last low day")
			}
			rec, d, ok := w.PendingEvent()
			if !ok || rec.Rep != 2 || d.Kind != "resignation" || len(d.Choices) < 2 {
				t.Fatalf("the morning after a threat: pending %v (rep %d, event %+v), want the resignation talk about rep 2", ok, rec.Rep, d)
			}
			if err := w.Apply(cmd(w, sim.ActChoose, sim.TeamTarget, 0)); err != nil {
				t.Fatal(err)
			}
			w.Reps[2].Morale = 0 // still low: the threat stands
			stepToMorning(w)
			if rec, _, ok := w.PendingEvent(); ok && rec.Rep == 2 {
				t.Fatal("the same threat was put to the player twice")
			}
		})
	}
}

// The counter-offer withdraws the threat: the rep stays past the day they
// would have left, and their low days count again from zero. It costs the
// executive's trust.
func TestCounterOfferRetains(t *testing.T) {
	w := newWorld(t, "default", 3)
	sinkRep(w, 4)
	stepToMorning(w)
	_, d, ok := w.PendingEvent()
	if !ok {
		t.Fatal("no talk")
	}
	offer := int32(-1)
	for i, c := range d.Choices {
		if strings.Contains(strings.ToLower(c.Label), "counter") {
			offer = int32(i)
		}
	}
	if offer < 0 {
		t.Fatalf("no counter-offer among %+v", d.Choices)
	}
	trust := w.Company.ExecTrust
	if err := w.Apply(cmd(w, sim.ActChoose, sim.TeamTarget, offer)); err != nil {
		t.Fatal(err)
	}
	if r := &w.Reps[4]; r.Threat || r.LowDays != 0 {
		t.Fatalf("after the counter-offer: threat %v, low days %d", r.Threat, r.LowDays)
	}
	if w.Company.ExecTrust >= trust {
		t.Errorf("the counter-offer cost no trust: %s -> %s", trust, w.Company.ExecTrust)
	}
	w.Step(int(w.P.QuitGraceDays) * sim.TicksPerDay)
	if w.Reps[4].Gone {
		t.Error("the rep left within the grace days despite the counter-offer")
	}
}

// Letting it play out changes nothing: the rep leaves when the grace days
// run out, as before threats were questions.
func TestLetItPlayOut(t *testing.T) {
	w := newWorld(t, "default", 3)
	sinkRep(w, 4)
	stepToMorning(w)
	if err := w.Apply(cmd(w, sim.ActChoose, sim.TeamTarget, 0)); err != nil {
		t.Fatal(err)
	}
	for d := 0; d < int(w.P.QuitGraceDays)+1 && !w.Reps[4].Gone; d++ {
		w.Reps[4].Morale = 0
		stepToMorning(w)
	}
	if !w.Reps[4].Gone {
		t.Error("a rep left to it did not leave")
	}
}

// When the last rep leaves, the quarter closes that night: the clock goes
// to the end, the driver reports it, and the report says so.
func TestEmptyFloorClosesTheQuarter(t *testing.T) {
	w := newWorld(t, "default", 5)
	w.Team.LeadPool, w.Team.LeadInflow = 0, 0
	for i := range w.Reps {
		sinkRep(w, i)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w})
	closed := false
	for !w.Done() {
		d.Step(sim.TicksPerDay)
		for _, h := range d.Ready().Happenings {
			closed = closed || h.Kind == sim.HapClosed
		}
	}
	if w.ActiveReps() != 0 {
		t.Fatalf("the quarter ended with %d reps", w.ActiveReps())
	}
	o := w.Outcome()
	if !closed || o.ClosedWeek < 1 || o.ClosedWeek > 3 {
		t.Fatalf("closed %v in week %d, want a closing in the first weeks", closed, o.ClosedWeek)
	}
	if !strings.Contains(o.Verdict, "closed the empty floor") {
		t.Errorf("verdict %q does not say the floor was closed", o.Verdict)
	}
	if w.Step(10); w.Tick != sim.TicksPerQuarter {
		t.Errorf("a closed quarter stepped on to tick %d", w.Tick)
	}
}

// An offer from elsewhere is not put to the player again about a rep who
// is already wavering and has been asked: with an offer every day to the
// lowest-morale rep, a rep left to it is asked once, not every morning.
func TestOfferNotRepeated(t *testing.T) {
	m := defaultScenarioJSON(t)
	for _, e := range m["events"].([]any) {
		ev := e.(map[string]any)
		if ev["kind"] == "resignation" {
			delete(ev, "chance")
			ev["every"], ev["hour"], ev["from"] = 1, 10, 0
		}
	}
	b, _ := json.Marshal(m)
	s, err := sim.ParseScenario("offers.json", b)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	sinkRep(w, 2)
	asked := 0
	for day := 0; day < 4; day++ {
		for end := (w.Tick/sim.TicksPerDay + 1) * sim.TicksPerDay; w.Tick < end; {
			if rec, d, ok := w.PendingEvent(); ok {
				if d.Kind == "resignation" && rec.Rep == 2 {
					asked++
				}
				if err := w.Apply(cmd(w, sim.ActChoose, sim.TeamTarget, 0)); err != nil {
					t.Fatal(err)
				}
			}
			w.Reps[2].Morale = 0
			w.Step(1)
		}
	}
	if !w.Reps[2].Threat || asked != 1 {
		t.Fatalf("a wavering rep was asked %d times in four days of daily offers (threat %v), want once", asked, w.Reps[2].Threat)
	}
}

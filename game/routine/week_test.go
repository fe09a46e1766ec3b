package routine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// A week set on the calendar is written as a policy file and read back to
// the same calendar, and the lab reads the file as the same rules.
func TestWeekRoundTrips(t *testing.T) {
	w := New("my week")
	set := func(days []int, hour int, s Slot) {
		s.Set = true
		for _, d := range days {
			w.SetSlot(d, hour, s)
		}
	}
	all := []int{0, 1, 2, 3, 4}
	set([]int{0}, 0, Slot{Action: sim.ActForecast, Aim: AimTeam})
	set(all, 5, Slot{Action: sim.ActMentor, Aim: AimLowestMorale})
	set([]int{0}, 1, Slot{Action: sim.ActReports, Aim: AimAll, Arg: 1})
	set([]int{1}, 0, Slot{Action: sim.ActQuota, Aim: AimTeam, Arg: 80})
	set([]int{2, 4}, 2, Slot{Action: sim.ActVision, Aim: AimTeam})
	set([]int{3}, 6, Slot{Action: sim.ActScrub, Aim: AimRep, Rep: 2})
	set([]int{1, 3}, 7, Slot{Action: sim.ActReports, Aim: AimLeastExperienced, Arg: 0})
	w.SetFill(sim.ActCalls)
	data := w.JSON()
	pf, err := w.Check()
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	// One rule per hour and group of days, and the fill.
	if len(pf.Rules) != 8 {
		t.Errorf("%d rules, want 8:\n%s", len(pf.Rules), data)
	}
	back, err := Parse("my-week.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Slots != w.Slots || back.Fill != w.Fill || len(back.Extra) != 0 || back.Name != w.Name {
		t.Errorf("read back differs:\n%s", data)
	}
	if !strings.Contains(string(data), `"at": "14:00", "do": "mentor", "target": "lowest:morale"`) {
		t.Errorf("the daily mentoring is not one rule:\n%s", data)
	}
}

// Any policy file opens as a routine and, unchanged, plays as written:
// the same rules in the same order, the ones the calendar cannot show kept.
func TestPolicyFilesOpenAsRoutines(t *testing.T) {
	files, _ := filepath.Glob("../../sim/lab/testdata/policies/*.json")
	if len(files) < 5 {
		t.Fatalf("%d policy files", len(files))
	}
	placed := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pf, err := policyfile.ParsePolicyFile(f, data)
		if err != nil {
			t.Fatal(err)
		}
		w := FromFile(pf)
		if got, want := string(w.JSON()), string(policyfile.FormatPolicyFile(pf)); got != want {
			t.Errorf("%s changed on opening:\n%s\nwant\n%s", f, got, want)
		}
		n := len(w.Extra)
		if w.Fill != NoFill {
			n++
		}
		for d := range w.Slots {
			for h := range w.Slots[d] {
				if w.Slots[d][h].Set {
					placed++
				}
			}
		}
		if n > len(pf.Rules) {
			t.Errorf("%s: %d extra rules and fill from %d rules", f, n, len(pf.Rules))
		}
	}
	if placed == 0 {
		t.Error("no policy file put anything on the calendar")
	}
}

// A bad routine file is refused with the file, the field and the problem.
func TestBadRoutineFiles(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{`{"name": "x", "rules": [{"at": "09:00", "do": "dance"}]}`, "rules[0]"},
		{`{"name": "x", "rules": [{"at": "18:00", "do": "calls"}]}`, "rules[0].at"},
		{`{"name": "x", "rules": [{"at": "09:00", "do": "mentor", "target": "rep:x"}]}`, "rules[0].target"},
		{`{"name": "x", "rules": [`, "routine.json"},
	} {
		_, err := Parse("routine.json", []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "routine.json") {
			t.Errorf("%s: %v (want %q)", tc.data, err, tc.want)
		}
	}
}

// A new slot's quota is the floor's first level, 40 a day, as Q on the
// floor sets; reports are turned on; other actions take no argument.
func TestDefaultArg(t *testing.T) {
	for _, tc := range []struct {
		a    sim.ActionID
		want int32
	}{{sim.ActQuota, 40}, {sim.ActReports, 1}, {sim.ActMentor, 0}, {sim.ActCalls, 0}} {
		if got := DefaultArg(tc.a); got != tc.want {
			t.Errorf("%s: %d, want %d", sim.Actions[tc.a].Title, got, tc.want)
		}
	}
}

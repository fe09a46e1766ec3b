package sim_test

import (
	"errors"
	"strings"
	"testing"

	"salesfloor/sim"
)

// Every listed move is accepted, changes the world, and is in the allowed
// set; every accepted command of the allowed actions is listed.
func TestLegalMovesAreExactlyTheUsefulOnes(t *testing.T) {
	for _, tc := range []struct {
		scenario string
		allow    sim.ActionSet
	}{
		{"default", sim.AllActions},
		{"crunch", sim.CommandActions},
		{"rookies", sim.ExampleActions},
	} {
		w := newWorld(t, tc.scenario, 3)
		pol, _ := sim.NewPolicy("random", 3)
		d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
		for day := 0; day < 12 && !w.Done(); {
			if w.Player.Busy == 0 {
				moves := w.LegalMoves(tc.allow, make([]sim.Command, 0, 256))
				listed := map[sim.Command]bool{}
				for _, c := range moves {
					listed[c] = true
					if !tc.allow.Has(c.Action) {
						t.Fatalf("%s: listed %v outside %v", tc.scenario, c, tc.allow)
					}
					x := w.Clone()
					h := x.Hash()
					if err := x.Apply(c); err != nil {
						t.Fatalf("%s: listed %v is refused: %v", tc.scenario, c, err)
					}
					if x.Hash() == h {
						t.Fatalf("%s: listed %v changes nothing", tc.scenario, c)
					}
				}
				// Everything accepted is listed (for quota: the offered levels).
				for a := sim.ActionID(0); a < sim.ActionID(sim.NumPlayActions); a++ {
					if !tc.allow.Has(a) {
						continue
					}
					for target := int32(-2); target < int32(len(w.Reps)); target++ {
						for _, arg := range []int32{0, 1, 40, 60, 80} {
							if (a == sim.ActQuota && arg == 1) || (a == sim.ActReports && arg > 1) {
								continue // not an offered level
							}
							c := cmd(w, a, target, arg)
							if w.Allowed(c) && !listed[c] {
								t.Fatalf("%s: %v is accepted but not listed", tc.scenario, c)
							}
						}
					}
				}
			}
			d.Play(pol, w.Tick+1)
			if w.Tick%sim.TicksPerDay == 0 {
				day++
			}
		}
	}
}

func TestLegalMovesDoNotAllocate(t *testing.T) {
	w := newWorld(t, "default", 1)
	buf := make([]sim.Command, 0, sim.NumPlayActions*(sim.MaxReps+2))
	allocs := testing.AllocsPerRun(100, func() {
		buf = w.LegalMoves(sim.AllActions, buf[:0])
	})
	if allocs != 0 {
		t.Errorf("LegalMoves allocates %.1f times a call", allocs)
	}
	if len(buf) == 0 {
		t.Error("no legal moves at the start of the quarter")
	}
}

// Standing orders set to the value they have are refused, with the reason.
func TestNoOpStandingOrdersAreRefused(t *testing.T) {
	w := newWorld(t, "default", 1)
	cases := []struct {
		c    sim.Command
		want string
	}{
		{cmd(w, sim.ActQuota, sim.TeamTarget, 0), "quota: that would change nothing: there is no dial quota to take off"},
		{cmd(w, sim.ActReports, 0, 0), "reports: that would change nothing: reports are already off for " + w.Reps[0].Name},
		{cmd(w, sim.ActReports, sim.AllReps, 0), "reports: that would change nothing: reports are already off for everyone"},
	}
	for _, tc := range cases {
		err := w.Check(tc.c)
		if !errors.Is(err, sim.ErrNoChange) || err.Error() != tc.want {
			t.Errorf("%v: got %v, want %q", tc.c, err, tc.want)
		}
	}
	if err := w.Apply(cmd(w, sim.ActQuota, sim.TeamTarget, 60)); err != nil {
		t.Fatal(err)
	}
	w.Step(int(sim.Actions[sim.ActQuota].Cost))
	if err := w.Check(cmd(w, sim.ActQuota, sim.TeamTarget, 60)); err == nil || err.Error() != "quota: that would change nothing: the dial quota is already 60" {
		t.Errorf("setting the same quota again: %v", err)
	}
}

func TestParseActionSet(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want sim.ActionSet
		err  string
	}{
		{"all", sim.AllActions, ""},
		{"command", sim.CommandActions, ""},
		{"example", sim.ExampleActions, ""},
		{"calls, vision", 1<<sim.ActCalls | 1<<sim.ActVision, ""},
		{"command,floor", sim.CommandActions | 1<<sim.ActFloor, ""},
		{"", 0, "leaves no actions"},
		{" , ", 0, "leaves no actions"},
		{"dance", 0, `"dance" is not an action`},
		{"choose", 0, `"choose" is not an action`},
	} {
		got, err := sim.ParseActionSet(tc.in)
		if tc.err != "" {
			if err == nil || !contains(err.Error(), tc.err) {
				t.Errorf("%q: got %v, want error %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%q: got %v %v, want %v", tc.in, got, err, tc.want)
		}
		if back, _ := sim.ParseActionSet(got.String()); back != got {
			t.Errorf("%q: String %q does not read back", tc.in, got.String())
		}
	}
}

// A set's names and labels: what the lab prints and names evolved files by.
func TestActionSetLabels(t *testing.T) {
	for _, tc := range []struct {
		in, label, names string
	}{
		{"all", "all", "reports quota procedure reassign review forecast calls scrub vision mentor celebrate floor"},
		{"command", "command", "reports quota procedure reassign review forecast"},
		{"example", "example", "calls scrub vision mentor celebrate floor"},
		{"vision,calls", "calls+vision", "calls vision"},
		{"command,calls", "reports+quota+procedure+reassign+review+forecast+calls", "reports quota procedure reassign review forecast calls"},
	} {
		set, err := sim.ParseActionSet(tc.in)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if got := set.Label(); got != tc.label {
			t.Errorf("%q: label %q, want %q", tc.in, got, tc.label)
		}
		if got := strings.Join(set.Names(), " "); got != tc.names {
			t.Errorf("%q: names %q, want %q", tc.in, got, tc.names)
		}
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || (len(s) >= len(sub) && indexOf(s, sub) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

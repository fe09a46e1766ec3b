package lab

import (
	"fmt"
	"testing"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// The ideas of DESIGN.md as controlled experiments: two policy files (in
// testdata/policies) that differ in one action, played on the same
// scenario and the same seeds, and a measurement that must move the way the
// idea says. The same experiments run from the command line, e.g.
//
//	simulate -policy sim/lab/testdata/policies/idle.json,sim/lab/testdata/policies/reports-on.json -seeds 100
//
// A failing idea is a model problem, not a test problem: it is kept and
// skipped with the idea's name until the model is fixed.

const expSeeds = 6

// pairOf plays two policy files on the same seeds and returns, for each
// measure, the means under a and under b.
func pairOf(t *testing.T, scenario, a, b string, measures ...func(*sim.World) float64) (ma, mb []float64) {
	t.Helper()
	s, err := sim.BuiltinScenario(scenario)
	if err != nil {
		t.Fatal(err)
	}
	ma, mb = make([]float64, len(measures)), make([]float64, len(measures))
	for k, f := range []string{a, b} {
		pf, err := policyfile.LoadPolicyFile("testdata/policies/" + f + ".json")
		if err != nil {
			t.Fatal(err)
		}
		out := ma
		if k == 1 {
			out = mb
		}
		for seed := uint64(1); seed <= expSeeds; seed++ {
			w, _, err := sim.Run(sim.Config{Scenario: s, Seed: seed}, pf.Policy())
			if err != nil {
				t.Fatal(err)
			}
			for i, m := range measures {
				out[i] += m(w) / expSeeds
			}
		}
	}
	return ma, mb
}

// expect reports whether got moved in the direction the idea says; it
// describes the comparison for the skip or error message.
func expect(name string, base, treated float64, up bool) (bool, string) {
	ok := treated > base
	dir := "raise"
	if !up {
		ok = treated < base
		dir = "lower"
	}
	return ok, fmt.Sprintf("%s: expected to %s it: %.4f without, %.4f with", name, dir, base, treated)
}

// idea runs checks and fails the test, naming the idea, if any does not hold.
func idea(t *testing.T, idea string, checks ...func() (bool, string)) {
	t.Helper()
	var failed []string
	for _, c := range checks {
		ok, msg := c()
		if !ok {
			failed = append(failed, msg)
		} else {
			t.Log("holds: " + msg)
		}
	}
	if len(failed) > 0 {
		t.Errorf("MODEL: the idea %q does not hold: %v", idea, failed)
	}
}

func outcome(f func(o *sim.Outcome) float64) func(*sim.World) float64 {
	return func(w *sim.World) float64 { o := w.Outcome(); return f(&o) }
}

func meanRep(f func(r *sim.Rep) float64) func(*sim.World) float64 {
	return func(w *sim.World) float64 {
		var s float64
		n := 0
		for i := range w.Reps {
			if !w.Reps[i].Gone {
				s += f(&w.Reps[i])
				n++
			}
		}
		return s / float64(max(n, 1))
	}
}

// meanVisibility is the team's visibility averaged over the quarter's
// working hours: what the player could tell the executive at any moment.
// (The end-of-quarter value only says what happened on the last day.)
func meanVisibilityOver(s *sim.Scenario, file string, seed uint64) (float64, error) {
	pf, err := policyfile.LoadPolicyFile(file)
	if err != nil {
		return 0, err
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: seed})
	if err != nil {
		return 0, err
	}
	p := pf.Policy()
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	var sum float64
	for !w.Done() {
		d.Play(p, w.Tick+1)
		sum += w.Team.Visibility.Float()
	}
	return sum / sim.TicksPerQuarter, nil
}

// Counting value versus creating value: standing two-hour status reports
// give visibility but break momentum and cost dials.
func TestIdeaReportsCountValue(t *testing.T) {
	base, with := pairOf(t, "default", "idle", "reports-on",
		outcome(func(o *sim.Outcome) float64 { return o.MeanMomentum.Float() }),
		outcome(func(o *sim.Outcome) float64 { return float64(o.Dials) }))
	s, _ := sim.BuiltinScenario("default")
	var vb, vw float64
	for seed := uint64(1); seed <= expSeeds; seed++ {
		a, err := meanVisibilityOver(s, "testdata/policies/idle.json", seed)
		if err != nil {
			t.Fatal(err)
		}
		b, err := meanVisibilityOver(s, "testdata/policies/reports-on.json", seed)
		if err != nil {
			t.Fatal(err)
		}
		vb, vw = vb+a/expSeeds, vw+b/expSeeds
	}
	idea(t, "standing two-hour reports lower momentum and dials but raise visibility",
		func() (bool, string) { return expect("mean momentum", base[0], with[0], false) },
		func() (bool, string) { return expect("dials", base[1], with[1], false) },
		func() (bool, string) { return expect("mean visibility", vb, vw, true) })
}

// Scrubbing leads for a rep while they keep dialing creates value they did
// not have: more conversations and meetings for that rep.
func TestIdeaScrubCreatesValue(t *testing.T) {
	rep0 := func(f func(r *sim.Rep) float64) func(*sim.World) float64 {
		return func(w *sim.World) float64 { return f(&w.Reps[0]) }
	}
	base, with := pairOf(t, "default", "idle", "scrub-rep0",
		rep0(func(r *sim.Rep) float64 { return float64(r.Conversations) }),
		rep0(func(r *sim.Rep) float64 { return float64(r.Meetings) }),
		rep0(func(r *sim.Rep) float64 { return r.Trust.Float() }))
	idea(t, "scrubbing leads raises a rep's conversations",
		func() (bool, string) { return expect("rep 0 conversations", base[0], with[0], true) },
		func() (bool, string) { return expect("rep 0 meetings booked", base[1], with[1], true) },
		func() (bool, string) { return expect("rep 0 trust", base[2], with[2], true) })
}

// Leading by example: the player taking a desk brings direct revenue and a
// team-wide lift in morale and trust.
func TestIdeaCallsLeadByExample(t *testing.T) {
	base, with := pairOf(t, "default", "idle", "calls-daily",
		outcome(func(o *sim.Outcome) float64 { return o.MeanMorale.Float() }),
		meanRep(func(r *sim.Rep) float64 { return r.Trust.Float() }),
		outcome(func(o *sim.Outcome) float64 { return float64(o.Revenue) }))
	idea(t, "calls by the player raise morale and trust",
		func() (bool, string) { return expect("mean morale", base[0], with[0], true) },
		func() (bool, string) { return expect("trust", base[1], with[1], true) },
		func() (bool, string) { return expect("revenue", base[2], with[2], true) })
}

// ...and the lift lasts longer than the calls: a week of calls, then
// nothing, leaves morale higher a week later than in the twin world where
// the player never dialed.
func TestIdeaCallsLiftOutlastsThem(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	var base, with float64
	for seed := uint64(1); seed <= expSeeds; seed++ {
		a, err := sim.NewWorld(sim.Config{Scenario: s, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		b := a.Clone()
		for day := 0; day < sim.DaysPerWeek; day++ {
			for _, slot := range []int{0, 16} {
				b.Step(day*sim.TicksPerDay + slot - int(b.Tick))
				a.Step(int(b.Tick - a.Tick))
				if err := b.Apply(sim.Command{Tick: b.Tick, Action: sim.ActCalls, Target: sim.TeamTarget}); err != nil {
					t.Fatal(err)
				}
			}
		}
		end := 2 * sim.DaysPerWeek * sim.TicksPerDay
		a.Step(end - int(a.Tick))
		b.Step(end - int(b.Tick))
		base += a.TeamMorale().Float() / expSeeds
		with += b.TeamMorale().Float() / expSeeds
	}
	idea(t, "the lift from the player's calls lasts longer than the calls",
		func() (bool, string) { return expect("team morale a week after the calls stopped", base, with, true) })
}

// Goals are rarely communicated well: clarity starts low, and vision talks
// raise it over days, not at once.
func TestIdeaVisionBuildsClarity(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	if c := s.Team.Clarity.Float(); c < 0.1 || c > 0.25 {
		t.Errorf("default clarity starts at %.3f, DESIGN says about 0.16", c)
	}
	base, with := pairOf(t, "default", "idle", "vision-daily",
		outcome(func(o *sim.Outcome) float64 { return o.Clarity.Float() }))
	// Over days: the talk lands as pending clarity, which settles later.
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	twin := w.Clone()
	if err := w.Apply(sim.Command{Tick: 0, Action: sim.ActVision, Target: sim.TeamTarget}); err != nil {
		t.Fatal(err)
	}
	w.Step(4)
	twin.Step(4)
	atOnce := w.Team.Clarity.Float() - twin.Team.Clarity.Float()
	w.Step(5*sim.TicksPerDay - 4)
	twin.Step(5*sim.TicksPerDay - 4)
	later := w.Team.Clarity.Float() - twin.Team.Clarity.Float()
	idea(t, "vision raises clarity over days",
		func() (bool, string) { return expect("clarity at the end of the quarter", base[0], with[0], true) },
		func() (bool, string) {
			return later > atOnce && later > 0, fmt.Sprintf("one talk's clarity: +%.4f an hour later, +%.4f a week later", atOnce, later)
		})
}

// Clarity multiplies effort: the same floor with clear goals sells more.
func TestIdeaClarityMultipliesEffort(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	clear := *s
	clear.Team.Clarity = sim.F(80, 100)
	var base, with float64
	for seed := uint64(1); seed <= expSeeds; seed++ {
		for k, sc := range []*sim.Scenario{s, &clear} {
			pol, _ := sim.NewPolicy("idle", seed)
			w, _, err := sim.Run(sim.Config{Scenario: sc, Seed: seed}, pol)
			if err != nil {
				t.Fatal(err)
			}
			m := 0.0
			for i := range w.Reps {
				m += float64(w.Reps[i].Meetings)
			}
			if k == 0 {
				base += m / expSeeds
			} else {
				with += m / expSeeds
			}
		}
	}
	idea(t, "clarity multiplies how much of each rep's effort counts",
		func() (bool, string) {
			return expect("meetings booked with clarity 0.8 instead of 0.16", base, with, true)
		})
}

// Formal power versus a sphere of influence: command spends authority,
// example earns influence, and influence shows as reps asking for advice.
func TestIdeaAuthorityAndInfluence(t *testing.T) {
	authority := func(w *sim.World) float64 { return w.Player.Authority.Float() }
	influence := func(w *sim.World) float64 { return w.Player.Influence.Float() }
	advice := func(w *sim.World) float64 { return float64(w.AdviceRequests) }
	cb, cw := pairOf(t, "default", "idle", "command-only", authority)
	eb, ew := pairOf(t, "default", "idle", "example-only", influence, advice)
	// Authority is spent as orders are given: compare on the first day,
	// before it regenerates.
	s, _ := sim.BuiltinScenario("default")
	w, _ := sim.NewWorld(sim.Config{Scenario: s, Seed: 1})
	before := w.Player.Authority
	_ = w.Apply(sim.Command{Tick: 0, Action: sim.ActProcedure, Target: sim.TeamTarget})
	spent := (before - w.Player.Authority).Float()
	idea(t, "command actions spend authority, example ones earn influence and advice requests",
		func() (bool, string) { return spent > 0, fmt.Sprintf("a procedure spends authority: %.4f", spent) },
		func() (bool, string) { return expect("authority at the end (command-only)", cb[0], cw[0], false) },
		func() (bool, string) { return expect("influence at the end (example-only)", eb[0], ew[0], true) },
		func() (bool, string) { return expect("advice requests (example-only)", eb[1], ew[1], true) })
}

// Managers organise processes: a weekly procedure raises process, and it
// settles in over days rather than at once.
func TestIdeaProcedureRaisesProcess(t *testing.T) {
	base, with := pairOf(t, "default", "idle", "procedure-weekly",
		outcome(func(o *sim.Outcome) float64 { return o.Process.Float() }))
	s, _ := sim.BuiltinScenario("default")
	w, _ := sim.NewWorld(sim.Config{Scenario: s, Seed: 1})
	twin := w.Clone()
	_ = w.Apply(sim.Command{Tick: 0, Action: sim.ActProcedure, Target: sim.TeamTarget})
	w.Step(4)
	twin.Step(4)
	atOnce := w.Team.Process.Float() - twin.Team.Process.Float()
	w.Step(5*sim.TicksPerDay - 4)
	twin.Step(5*sim.TicksPerDay - 4)
	later := w.Team.Process.Float() - twin.Team.Process.Float()
	idea(t, "procedure raises process",
		func() (bool, string) { return expect("process at the end of the quarter", base[0], with[0], true) },
		func() (bool, string) {
			return later > atOnce && later > 0, fmt.Sprintf("one procedure's process: +%.4f an hour later, +%.4f a week later", atOnce, later)
		})
}

// Present versus future: command effects are fast and fade, example effects
// slow and compound. The manager-only run sells more in the first weeks;
// the leader-only run sells more by the end of a year. Since sim 15 the
// future is the year's last quarter: the influence that powers example
// builds over a year, experience turns into skill on a floor with a
// culture, and the executive's trust follows a quarter's result, so a
// leader whose numbers grow wins the leads back (the expert balance still
// checks weeks 10-13 of a single quarter). A run that is replaced before
// the last quarter sells nothing in it.
func TestIdeaCommandNowExampleLater(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	var cmdEarly, exEarly, cmdLate, exLate float64
	for seed := uint64(1); seed <= expSeeds; seed++ {
		for _, name := range []string{"commander", "exemplar"} {
			pol, _ := sim.NewPolicy(name, seed)
			w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: seed, Quarters: sim.MaxQuarters})
			if err != nil {
				t.Fatal(err)
			}
			d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
			d.Play(pol, sim.TicksPerQuarter)
			early := float64(w.Year.Results[0].Weeks[0] + w.Year.Results[0].Weeks[1])
			d.PlayCampaign(pol)
			late := 0.0
			if y := w.YearOutcome(); y.Played == sim.MaxQuarters {
				late = float64(y.Results[sim.MaxQuarters-1].Revenue)
			}
			if name == "commander" {
				cmdEarly, cmdLate = cmdEarly+early, cmdLate+late
			} else {
				exEarly, exLate = exEarly+early, exLate+late
			}
		}
	}
	idea(t, "command wins the present, example wins the future",
		func() (bool, string) {
			return cmdEarly > exEarly, fmt.Sprintf("revenue in weeks 1-2: commander %.0f, exemplar %.0f", cmdEarly/expSeeds, exEarly/expSeeds)
		},
		func() (bool, string) {
			return exLate > cmdLate, fmt.Sprintf("revenue in the year's last quarter: exemplar %.0f, commander %.0f", exLate/expSeeds, cmdLate/expSeeds)
		})
}

// Culture: leaders model it, managers systematise it. Each example action,
// taken daily, should leave more culture at the end of the quarter than
// doing nothing; no command action should.
func TestIdeaExampleBuildsCulture(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	culture := func(rule string) float64 {
		pf, err := policyfile.ParsePolicyFile("inline.json", []byte(`{"rules": [`+rule+`]}`))
		if err != nil {
			t.Fatal(err)
		}
		var sum float64
		for seed := uint64(1); seed <= expSeeds; seed++ {
			w, _, err := sim.Run(sim.Config{Scenario: s, Seed: seed}, pf.Policy())
			if err != nil {
				t.Fatal(err)
			}
			sum += w.Team.Culture.Float() / expSeeds
		}
		return sum
	}
	idle := culture("")
	var checks []func() (bool, string)
	for a := 0; a < sim.NumPlayActions; a++ {
		spec := &sim.Actions[a]
		target := `"team"`
		if spec.Target != sim.TargetTeam {
			target = `"lowest:trust"`
		}
		// Celebrate at the end of the day, when there are wins to recognise.
		at := "09:00"
		if spec.Name == "celebrate" {
			at = "16:00"
		}
		got := culture(fmt.Sprintf(`{"at": %q, "do": %q, "target": %s}`, at, spec.Name, target))
		name := spec.Name
		if spec.Style == sim.StyleExample {
			checks = append(checks, func() (bool, string) { return expect("culture with "+name+" daily", idle, got, true) })
		} else {
			checks = append(checks, func() (bool, string) {
				return got <= idle+0.02, fmt.Sprintf("culture with %s daily: %.4f, idle %.4f (command should not build it)", name, got, idle)
			})
		}
	}
	idea(t, "example actions raise culture, command actions do not", checks...)
}

// Culture and process: process turns culture into repeatable output, and
// their product matters more than either alone. With an idle player, the
// lift from having both exceeds the sum of the lifts from each.
func TestIdeaCultureTimesProcess(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	meetings := func(culture, process sim.Fixed) float64 {
		v := *s
		v.Team.Culture, v.Team.Process = culture, process
		var sum float64
		for seed := uint64(1); seed <= expSeeds; seed++ {
			pol, _ := sim.NewPolicy("idle", seed)
			w, _, err := sim.Run(sim.Config{Scenario: &v, Seed: seed}, pol)
			if err != nil {
				t.Fatal(err)
			}
			o := w.Outcome()
			sum += float64(o.Meetings) / expSeeds
		}
		return sum
	}
	lo, hi := sim.F(10, 100), sim.F(80, 100)
	ll, hl, lh, hh := meetings(lo, lo), meetings(hi, lo), meetings(lo, hi), meetings(hi, hi)
	idea(t, "culture and process: their product matters more than either alone",
		func() (bool, string) {
			return hh-ll > (hl-ll)+(lh-ll), fmt.Sprintf("meetings booked: both low %.0f, culture high %.0f, process high %.0f, both high %.0f", ll, hl, lh, hh)
		})
}

// A leader-only run misses present crises: without counting, the
// executive's "how's the business?" check-ins go badly.
func TestIdeaLeaderOnlyMissesCheckins(t *testing.T) {
	s, _ := sim.BuiltinScenario("default")
	var cmdPassed, exPassed, cmdTrust, exTrust float64
	for seed := uint64(1); seed <= expSeeds; seed++ {
		for _, name := range []string{"commander", "exemplar"} {
			pol, _ := sim.NewPolicy(name, seed)
			w, _, err := sim.Run(sim.Config{Scenario: s, Seed: seed}, pol)
			if err != nil {
				t.Fatal(err)
			}
			share := float64(w.Company.CheckinsPassed) / float64(max(w.Company.Checkins, 1))
			if name == "commander" {
				cmdPassed, cmdTrust = cmdPassed+share/expSeeds, cmdTrust+w.Company.ExecTrust.Float()/expSeeds
			} else {
				exPassed, exTrust = exPassed+share/expSeeds, exTrust+w.Company.ExecTrust.Float()/expSeeds
			}
		}
	}
	idea(t, "a leader-only run misses the executive's check-ins",
		func() (bool, string) {
			return exPassed < cmdPassed, fmt.Sprintf("check-ins passed: exemplar %.2f, commander %.2f", exPassed, cmdPassed)
		},
		func() (bool, string) {
			return exTrust < cmdTrust, fmt.Sprintf("executive trust at the end: exemplar %.3f, commander %.3f", exTrust, cmdTrust)
		})
}

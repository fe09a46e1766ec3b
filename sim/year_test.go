package sim_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"salesfloor/sim"
)

func newYear(t testing.TB, name string, seed uint64) *sim.World {
	t.Helper()
	w, err := sim.NewWorld(sim.Config{Scenario: scenario(t, name), Seed: seed, Quarters: 4})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// toBreak plays the quarter out with a policy and stops at the break.
func toBreak(t *testing.T, d *sim.Driver, policy string) {
	t.Helper()
	pol, err := sim.NewPolicy(policy, d.World().Seed)
	if err != nil {
		t.Fatal(err)
	}
	d.Play(pol, sim.TicksPerQuarter)
	if !d.World().InBreak() {
		t.Fatalf("quarter %d ended without a break (fired %v)", d.World().Year.Quarter+1, d.World().Year.Fired)
	}
}

func TestCampaignLength(t *testing.T) {
	for _, q := range []int{-1, 5, 100} {
		if _, err := sim.NewWorld(sim.Config{Scenario: scenario(t, "default"), Seed: 1, Quarters: q}); err == nil {
			t.Errorf("a campaign of %d quarters was accepted", q)
		}
	}
}

// A single quarter has no break: it ends, and the break's decisions are
// refused with the reason.
func TestSingleQuarterHasNoBreak(t *testing.T) {
	w := newWorld(t, "default", 1)
	play(t, w, "balanced", sim.TicksPerQuarter)
	if !w.Over() || w.InBreak() || w.Year.Played != 1 {
		t.Fatalf("over %v, in break %v, played %d", w.Over(), w.InBreak(), w.Year.Played)
	}
	err := w.Check(cmd(w, sim.ActNextQuarter, sim.TeamTarget, 0))
	if !errors.Is(err, sim.ErrNotPlanning) {
		t.Fatalf("next quarter after a single quarter: %v", err)
	}
}

// What carries over a break, and what does not.
func TestBreakCarriesTheTeam(t *testing.T) {
	w := newYear(t, "default", 3)
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	toBreak(t, d, "adaptive")
	q1 := w.Year.Results[0]
	if q1.Revenue != w.Revenue() || q1.Quota != w.Company.Quota {
		t.Fatalf("quarter 1 on the record: revenue %d quota %d, the world %d %d", q1.Revenue, q1.Quota, w.Revenue(), w.Company.Quota)
	}
	var weeks int64
	for _, v := range q1.Weeks {
		weeks += v
	}
	if weeks != q1.Revenue {
		t.Errorf("the weeks add to %d, the quarter sold %d", weeks, q1.Revenue)
	}
	type carried struct {
		name         string
		skill, trust sim.Fixed
	}
	var before []carried
	for _, r := range w.Reps {
		if !r.Gone {
			before = append(before, carried{r.Name, r.Skill + r.SkillPending, r.Trust})
		}
	}
	culture := w.Team.Culture + w.Team.CulturePending
	if w.Year.Headcount < 1 || w.Year.NCandidates < 3 || w.Year.NCandidates > sim.MaxCandidates {
		t.Fatalf("headcount %d, %d candidates", w.Year.Headcount, w.Year.NCandidates)
	}
	hire := w.Year.Candidates[0]
	for _, c := range []sim.Command{
		cmd(w, sim.ActHire, sim.TeamTarget, 0),
		cmd(w, sim.ActPromote, 0, 0),
		cmd(w, sim.ActNextQuarter, sim.TeamTarget, 0),
	} {
		if err := d.Apply(c); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
	}
	if w.Year.Quarter != 1 || w.Tick != 0 || w.InBreak() {
		t.Fatalf("after the break: quarter %d tick %d in break %v", w.Year.Quarter, w.Tick, w.InBreak())
	}
	if len(w.Reps) != len(before)+1 {
		t.Fatalf("%d reps after the break, want %d kept and the hire", len(w.Reps), len(before))
	}
	for i, b := range before {
		r := &w.Reps[i]
		if r.Name != b.name || r.Skill != b.skill.Clamp01() || r.Trust != b.trust {
			t.Errorf("rep %d: %s skill %v trust %v, carried %s %v %v", i, r.Name, r.Skill, r.Trust, b.name, b.skill, b.trust)
		}
		if r.Revenue != 0 || r.Dials != 0 || r.Gone {
			t.Errorf("%s starts the quarter with revenue %d, %d dials, gone %v", r.Name, r.Revenue, r.Dials, r.Gone)
		}
	}
	if !w.Reps[0].Senior {
		t.Error("the promoted rep is not a senior")
	}
	h := w.Reps[len(w.Reps)-1]
	if h.Name != hire.Name || h.Skill != hire.Skill || h.Autonomy != hire.Autonomy {
		t.Errorf("the hire is %s skill %v, the candidate was %s %v", h.Name, h.Skill, hire.Name, hire.Skill)
	}
	if w.Team.Culture >= culture || w.Team.Culture == 0 {
		t.Errorf("culture %v after the break, %v before: it carries, with decay", w.Team.Culture, culture)
	}
	want := (q1.Quota + q1.Revenue) / 2 * int64(sim.One+w.P.QuotaGrowth) >> 16
	if w.Company.Quota != want {
		t.Errorf("quota %d, want %d from the last quota and revenue", w.Company.Quota, want)
	}
	if w.Revenue() != 0 || w.Player.CommandTicks+w.Player.ExampleTicks != 0 {
		t.Errorf("the new quarter starts with revenue %d", w.Revenue())
	}
}

// The break's decisions are refused with reasons, and the hour's actions
// wait for the next quarter.
func TestBreakRefusals(t *testing.T) {
	w := newYear(t, "default", 5)
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	if err := w.Check(cmd(w, sim.ActHire, sim.TeamTarget, 0)); !errors.Is(err, sim.ErrNotPlanning) {
		t.Fatalf("hire mid-quarter: %v", err)
	}
	toBreak(t, d, "adaptive")
	if err := w.Check(cmd(w, sim.ActVision, sim.TeamTarget, 0)); !errors.Is(err, sim.ErrPlanning) {
		t.Errorf("vision in the break: %v", err)
	}
	for i := int32(0); i < w.Year.Headcount; i++ {
		if err := d.Apply(cmd(w, sim.ActHire, sim.TeamTarget, i)); err != nil {
			t.Fatalf("hire %d of %d: %v", i, w.Year.Headcount, err)
		}
	}
	cases := []struct {
		name string
		c    sim.Command
		want error
	}{
		{"a candidate twice", cmd(w, sim.ActHire, sim.TeamTarget, 0), sim.ErrNoChange},
		{"no candidate", cmd(w, sim.ActHire, sim.TeamTarget, 9), sim.ErrBadArg},
		{"a rep nobody has", cmd(w, sim.ActPromote, 11, 0), sim.ErrBadTarget},
		{"the wrong quarter", sim.Command{Tick: w.Tick, Quarter: 2, Action: sim.ActPromote, Target: 0}, sim.ErrWrongTick},
	}
	if w.Year.Headcount < w.Year.NCandidates {
		cases = append(cases, struct {
			name string
			c    sim.Command
			want error
		}{"over the headcount", cmd(w, sim.ActHire, sim.TeamTarget, w.Year.NCandidates-1), sim.ErrNoHeadcount})
	}
	for _, tc := range cases {
		if err := w.Check(tc.c); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if err := d.Apply(cmd(w, sim.ActPromote, 1, 0)); err != nil {
		t.Fatal(err)
	}
	err := w.Check(cmd(w, sim.ActPromote, 2, 0))
	if !errors.Is(err, sim.ErrNoChange) || err.Error() == "" {
		t.Errorf("a second promotion: %v", err)
	}
	trust := w.Reps[0].Trust
	if err := d.Apply(cmd(w, sim.ActLetGo, 3, 0)); err != nil {
		t.Fatal(err)
	}
	if w.Reps[0].Trust >= trust {
		t.Errorf("letting a rep go cost the others no trust (%v, was %v)", w.Reps[0].Trust, trust)
	}
	if err := w.Check(cmd(w, sim.ActLetGo, 3, 0)); !errors.Is(err, sim.ErrNoChange) {
		t.Errorf("letting go twice: %v", err)
	}
	name := w.Reps[3].Name
	if err := d.Apply(cmd(w, sim.ActNextQuarter, sim.TeamTarget, 0)); err != nil {
		t.Fatal(err)
	}
	for _, r := range w.Reps {
		if r.Name == name {
			t.Errorf("%s was let go and is still on the team", name)
		}
	}
}

// A year is deterministic, and a save or a copy made mid-year or in a break
// goes on to the same end.
func TestYearSaveAndCopy(t *testing.T) {
	run := func(stopAt func(w *sim.World) bool) (*sim.World, *sim.World, []sim.Command) {
		w := newYear(t, "rookies", 11)
		pol, _ := sim.NewPolicy("adaptive", w.Seed)
		d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
		var snap *sim.World
		for !w.Over() {
			if snap == nil && stopAt(w) {
				snap = w.Clone()
			}
			if w.InBreak() {
				if err := d.Plan(pol); err != nil {
					t.Fatal(err)
				}
				continue
			}
			_ = d.Decide(pol)
			d.Step(1)
		}
		return w, snap, d.Log()
	}
	midYear := func(w *sim.World) bool { return w.Year.Quarter == 1 && w.Tick == 700 }
	inBreak := func(w *sim.World) bool { return w.Year.Quarter == 2 && w.InBreak() }
	for name, at := range map[string]func(*sim.World) bool{"mid-year": midYear, "in a break": inBreak} {
		t.Run(name, func(t *testing.T) {
			a, snap, log := run(at)
			b, _, _ := run(func(*sim.World) bool { return false })
			if a.Hash() != b.Hash() {
				t.Fatal("the same year played twice ends differently")
			}
			if snap == nil {
				t.Fatal("never reached the point")
			}
			if a.Year.Played != 4 && !a.Year.Fired {
				t.Fatalf("the year ended after %d quarters, not fired", a.Year.Played)
			}
			data, err := sim.MarshalSave(&sim.Save{World: snap})
			if err != nil {
				t.Fatal(err)
			}
			s, err := sim.UnmarshalSave("year.sav", data)
			if err != nil {
				t.Fatal(err)
			}
			if s.World.Hash() != snap.Hash() {
				t.Fatal("the loaded save hashes differently")
			}
			// The rest of the log, from the snapshot on, replays to the
			// same end on the loaded world.
			d := sim.NewDriver(sim.DriverConfig{World: s.World, Quiet: true})
			for _, c := range log {
				if sim.Pos(c.Quarter, c.Tick) < s.World.Pos() {
					continue
				}
				for s.World.Pos() < sim.Pos(c.Quarter, c.Tick) {
					d.Step(1)
				}
				if err := d.Apply(c); err != nil {
					t.Fatalf("%v: %v", c, err)
				}
			}
			for !s.World.Over() && !s.World.InBreak() {
				d.Step(1)
			}
			if s.World.Hash() != a.Hash() {
				t.Fatal("the loaded save went on to a different end")
			}
		})
	}
}

// A year's replay verifies, break decisions and all.
func TestYearReplay(t *testing.T) {
	w := newYear(t, "crunch", 2)
	pol, _ := sim.NewPolicy("balanced", 2)
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	var hashes []sim.HashAt
	for !w.Over() {
		if w.InBreak() {
			hashes = append(hashes, w.HashNow())
			if err := d.Plan(pol); err != nil {
				t.Fatal(err)
			}
			continue
		}
		d.Play(pol, w.Tick+sim.TicksPerDay)
		hashes = append(hashes, w.HashNow())
	}
	r, err := sim.NewReplay(w, d.Log())
	if err != nil {
		t.Fatal(err)
	}
	r.Hashes = append(hashes, r.Hashes...)
	data, err := sim.MarshalReplay(r)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := sim.ParseReplay("year.json", data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := r2.Play("year.json", true)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mismatch != nil || res.Checked != len(r.Hashes) {
		t.Fatalf("mismatch %v, checked %d of %d", res.Mismatch, res.Checked, len(r.Hashes))
	}
	if res.World.Year.Played != w.Year.Played || res.World.Hash() != w.Hash() {
		t.Fatal("the replayed year ends elsewhere")
	}
}

// An idle player in the turnaround sells too little for an executive who
// does not trust them: the first such quarter puts the player on notice (a
// break, and a warning), the second in a row ends the year.
func TestFiredEndsTheYear(t *testing.T) {
	w := newYear(t, "turnaround", 1)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	pol, _ := sim.NewPolicy("idle", 1)
	d.Play(pol, sim.TicksPerQuarter)
	o := w.Outcome()
	if o.Attainment >= w.P.FireAttainment || w.Company.ExecTrust >= w.P.FireTrust {
		t.Fatalf("idle sold %v of quota with trust %v: not under the line; pick a seed or scenario that is", o.Attainment, w.Company.ExecTrust)
	}
	if w.Year.Fired || !w.InBreak() || !w.OnNotice() {
		t.Fatalf("after one bad quarter: fired %v, break %v, on notice %v; want a break on notice", w.Year.Fired, w.InBreak(), w.OnNotice())
	}
	if err := d.Plan(pol); err != nil {
		t.Fatal(err)
	}
	if w.InBreak() || w.OnNotice() {
		t.Fatal("the second quarter did not start, or the notice outlived the break")
	}
	d.Play(pol, sim.TicksPerQuarter)
	if w.Year.Results[1].Attainment >= w.P.FireAttainment {
		t.Fatalf("idle's second quarter sold %v of quota: not a firing", w.Year.Results[1].Attainment)
	}
	if !w.Year.Fired || !w.Over() || w.InBreak() {
		t.Fatalf("after two bad quarters: fired %v over %v", w.Year.Fired, w.Over())
	}
	fired := false
	for _, h := range d.Ready().Happenings {
		fired = fired || h.Kind == sim.HapFired
	}
	if !fired {
		t.Error("no happening says the player was replaced")
	}
	y := w.YearOutcome()
	if y.Played != 2 || y.Score != (y.Results[0].Score+y.Results[1].Score)/4 {
		t.Errorf("year of %d quarters scores %v; its quarters scored %v and %v", y.Played, y.Score, y.Results[0].Score, y.Results[1].Score)
	}
}

// Every built-in policy plays a whole year in every scenario.
func TestPoliciesPlayAYear(t *testing.T) {
	for _, scen := range []string{"default", "turnaround", "rookies", "crunch"} {
		for _, name := range []string{"balanced", "commander", "exemplar", "adaptive", "random"} {
			w, _, err := sim.Run(sim.Config{Scenario: scenario(t, scen), Seed: 7, Quarters: 4}, mustPolicy(t, name))
			if err != nil {
				t.Fatal(err)
			}
			if !w.Over() || (w.Year.Played != 4 && !w.Year.Fired) {
				t.Errorf("%s/%s: the year stopped after %d quarters", scen, name, w.Year.Played)
			}
		}
	}
}

func mustPolicy(t *testing.T, name string) sim.Policy {
	t.Helper()
	p, err := sim.NewPolicy(name, 7)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The expert keeps playing after a break: its hold after choosing to wait
// is a moment of the campaign, not a tick the next quarter passes again.
func TestExpertPlaysEveryQuarter(t *testing.T) {
	if testing.Short() {
		t.Skip("the expert plays two quarters")
	}
	e, err := sim.NewExpert(sim.ExpertConfig{Seed: 4, Budget: 1, Allow: sim.AllActions})
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: scenario(t, "default"), Seed: 4, Quarters: 2})
	if err != nil {
		t.Fatal(err)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	d.PlayCampaign(e)
	if w.Year.Played != 2 {
		t.Fatalf("played %d quarters", w.Year.Played)
	}
	var acts int32
	for _, n := range w.Player.ActionCounts {
		acts += n
	}
	if acts < 100 {
		t.Errorf("the expert took %d actions in the second quarter", acts)
	}
}

// The expert makes the break's decisions by playing them out: the same
// break gets the same plan, every decision is legal, and it hires within
// the headcount.
func TestExpertPlansTheBreak(t *testing.T) {
	w, err := sim.NewWorld(sim.Config{Scenario: scenario(t, "default"), Seed: 31, Quarters: 4})
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("adaptive", 31)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	d.Play(pol, sim.TicksPerQuarter)
	if !w.InBreak() || w.Year.Headcount == 0 {
		t.Fatalf("break %v, headcount %d", w.InBreak(), w.Year.Headcount)
	}
	e := newExpert(t, sim.AllActions, 1, 31)
	before := w.Hash()
	plan := e.Plan(w, nil)
	if again := e.Plan(w, nil); fmt.Sprint(again) != fmt.Sprint(plan) {
		t.Fatalf("two plans of one break: %v and %v", plan, again)
	}
	if w.Hash() != before {
		t.Fatal("planning changed the world")
	}
	hires := int32(0)
	for _, c := range plan {
		if err := w.Apply(c); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if c.Action == sim.ActHire {
			hires++
		}
	}
	if hires > w.Year.Headcount {
		t.Errorf("%d hires, headcount %d", hires, w.Year.Headcount)
	}
	t.Logf("plan: %v", plan)
}

// A rep still on notice when a campaign's quarter closes resigns that
// evening, is counted lost on the quarter's record, and does not come back
// after the break; in a single quarter, or the year's last, the rep stays
// on the record as kept. A threat left standing with no days counted and
// morale high (a walk of the floor zeroes the count, not the threat) is
// not notice: that rep stays.
func TestNoticeComesDueAtTheBreak(t *testing.T) {
	for _, tc := range []struct {
		name     string
		quarters int
		gone     bool
		stale    bool
	}{
		{"campaign quarter", 4, true, false},
		{"single quarter", 1, false, false},
		{"a stale threat, morale high", 4, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := sim.NewWorld(sim.Config{Scenario: scenario(t, "default"), Seed: 5, Quarters: tc.quarters})
			if err != nil {
				t.Fatal(err)
			}
			d := sim.NewDriver(sim.DriverConfig{World: w})
			pol := mustPolicy(t, "balanced")
			d.Play(pol, sim.TicksPerQuarter-sim.TicksPerDay/2)
			_ = d.Ready()
			// Ben gives notice on the last afternoon.
			r := &w.Reps[1]
			r.Threat, r.LowDays, r.Morale = true, w.P.QuitDays, 0
			if tc.stale {
				r.LowDays, r.Morale = 0, sim.F(95, 100)
			}
			d.Play(pol, sim.TicksPerQuarter)
			rd := d.Ready()
			left := false
			for _, h := range rd.Happenings {
				left = left || (h.Kind == sim.HapLeft && h.Rep == 1)
			}
			res := w.Year.Results[0]
			if r.Gone != tc.gone || left != tc.gone || w.ResignedAtClose(1) != tc.gone {
				t.Fatalf("gone %v, told %v, resigned at close %v; want %v", r.Gone, left, w.ResignedAtClose(1), tc.gone)
			}
			if tc.gone && res.RepsLost < 1 {
				t.Fatalf("the quarter's record lost %d reps", res.RepsLost)
			}
			if !tc.gone {
				return
			}
			if err := w.Apply(cmd(w, sim.ActNextQuarter, sim.TeamTarget, 0)); err != nil {
				t.Fatal(err)
			}
			for i := range w.Reps {
				if w.Reps[i].Name == "Ben" {
					t.Fatal("Ben is back after the break")
				}
			}
		})
	}
}

// A candidate's history never guesses at a gender: any name may be drawn
// beside any story ("Marcus ... the reps vouch for her" reads as a mistake).
func TestCandidateStoriesAreNeutral(t *testing.T) {
	gendered := regexp.MustCompile(`(?i)\b(he|she|him|her|his|hers|himself|herself)\b`)
	n := int32(0)
	for ; (&sim.Candidate{Story: n}).History() != ""; n++ {
		if h := (&sim.Candidate{Story: n}).History(); gendered.MatchString(h) {
			t.Errorf("story %d says %q: %q", n, gendered.FindString(h), h)
		}
	}
	if n < 12 {
		t.Fatalf("%d stories", n)
	}
}

// A hire past the headcount says what the quarter earned in words a player
// reads: no hire at all (and what one takes), one, or several, all made.
func TestHeadcountRefusalSaysWhatWasEarned(t *testing.T) {
	for _, tc := range []struct {
		headcount, hired int32
		want             string
	}{
		{0, 0, "earned no hire (one takes 70% of quota); letting a rep go frees no headcount"},
		{1, 1, "earned one hire, and it is made"},
		{2, 2, "earned 2 hires, and all are made"},
	} {
		w := newYear(t, "default", 7)
		d := sim.NewDriver(sim.DriverConfig{World: w})
		toBreak(t, d, "balanced")
		if w.Year.NCandidates <= tc.hired {
			t.Fatalf("%d candidates", w.Year.NCandidates)
		}
		w.Year.Headcount = tc.headcount
		for i := int32(0); i < tc.hired; i++ {
			if err := d.Apply(cmd(w, sim.ActHire, sim.TeamTarget, i)); err != nil {
				t.Fatal(err)
			}
		}
		err := w.Check(cmd(w, sim.ActHire, sim.TeamTarget, tc.hired))
		if !errors.Is(err, sim.ErrNoHeadcount) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("headcount %d, %d hired: %v; want it to say %q", tc.headcount, tc.hired, err, tc.want)
		}
	}
}

// Candidates in one offer who drew the same history show different ones of
// their kind, first come first served; a kind drawn more often than it has
// stories repeats; the drawn indices (the hash's) are left as they were.
func TestCandidateHistoriesDifferInAnOffer(t *testing.T) {
	story := func(n int32) string { return (&sim.Candidate{Story: n}).History() }
	for _, tc := range []struct {
		name  string
		drawn []int32
		shown []int32
	}{
		{"all different", []int32{0, 5, 9}, []int32{0, 5, 9}},
		{"two beginners alike", []int32{5, 5, 9}, []int32{5, 6, 9}},
		{"the last of a kind wraps", []int32{7, 7, 7}, []int32{7, 4, 5}},
		{"taken by an earlier one", []int32{6, 5, 5}, []int32{6, 5, 7}},
		{"five of a kind", []int32{1, 1, 1, 1, 1}, []int32{1, 2, 3, 0, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var y sim.Year
			for i, s := range tc.drawn {
				y.Candidates[i].Story = s
			}
			y.NCandidates = int32(len(tc.drawn))
			before := y
			for i, want := range tc.shown {
				if got := y.CandidateHistory(i); got != story(want) {
					t.Errorf("candidate %d (drew %d): %q, want story %d %q", i, tc.drawn[i], got, want, story(want))
				}
			}
			if y != before {
				t.Error("showing the histories changed the offer")
			}
			if y.CandidateHistory(len(tc.drawn)) != "" || y.CandidateHistory(-1) != "" {
				t.Error("a candidate past the offer has a history")
			}
		})
	}
}

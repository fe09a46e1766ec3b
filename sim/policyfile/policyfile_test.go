package policyfile

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"salesfloor/sim"
)

func TestPolicyFileErrors(t *testing.T) {
	cases := []struct {
		name  string
		json  string
		field string // the FileError's field: the rule and what in it
		want  string // a phrase of the problem
	}{
		{"not json", `{"rules": [`, "", "unexpected end of file"},
		{"syntax", `{"rules": [}`, "", "invalid character"},
		{"no rules", `{"name": "x"}`, "rules", "missing"},
		{"unknown top field", `{"rules": [], "rule": []}`, "", "unknown field"},
		{"unknown rule field", `{"rules": [{"do": "calls"}, {"do": "calls", "when": "09:00"}]}`, "rules[1]", "unknown field \"when\""},
		{"missing do", `{"rules": [{"at": "09:00"}]}`, "rules[0].do", "missing"},
		{"unknown action", `{"rules": [{"do": "calls"}, {"do": "coffee"}]}`, "rules[1].do", "not an action"},
		{"choose is not an action", `{"rules": [{"do": "choose"}]}`, "rules[0].do", "not an action"},
		{"bad at", `{"rules": [{"at": "9am", "do": "calls"}]}`, "rules[0].at", "not HH:MM"},
		{"at after hours", `{"rules": [{"at": "18:00", "do": "calls"}]}`, "rules[0].at", "outside working hours"},
		{"at off the quarter hour", `{"rules": [{"at": "09:10", "do": "calls"}]}`, "rules[0].at", "quarter hour"},
		{"bad every", `{"rules": [{"every": "2w", "do": "calls"}]}`, "rules[0].every", "not Nh or Nd"},
		{"zero every", `{"rules": [{"every": "0h", "do": "calls"}]}`, "rules[0].every", "positive"},
		{"bad weekday", `{"rules": [{"days": ["mon", "sat"], "do": "calls"}]}`, "rules[0].days[1]", "not a weekday"},
		{"empty days", `{"rules": [{"days": [], "do": "calls"}]}`, "rules[0].days", "empty"},
		{"bad metric scope", `{"rules": [{"if": {"metric": "morale", "below": 0.4}, "do": "calls"}]}`, "rules[0].if", "team.<metric>"},
		{"unknown team metric", `{"rules": [{"if": {"metric": "team.happiness", "below": 0.4}, "do": "calls"}]}`, "rules[0].if", "no team metric"},
		{"unknown rep metric", `{"rules": [{"if": {"metric": "rep.mood", "below": 0.4}, "do": "mentor", "target": "lowest:morale"}]}`, "rules[0].if", "no rep metric"},
		{"both bounds", `{"rules": [{"if": {"metric": "team.morale", "below": 0.4, "above": 0.1}, "do": "calls"}]}`, "rules[0].if", "exactly one"},
		{"no bound", `{"rules": [{"if": {"metric": "team.morale"}, "do": "calls"}]}`, "rules[0].if", "exactly one"},
		{"bound not a number", `{"rules": [{"if": {"metric": "team.morale", "below": "low"}, "do": "calls"}]}`, "rules[0]", ""},
		{"rep condition on team", `{"rules": [{"if": {"metric": "rep.morale", "below": 0.4}, "do": "floor"}]}`, "rules[0].if.metric", "target rep"},
		{"rep action without target", `{"rules": [{"do": "mentor"}]}`, "rules[0].target", "needs a rep"},
		{"rep action on team", `{"rules": [{"do": "scrub", "target": "team"}]}`, "rules[0].target", "one rep"},
		{"all for mentor", `{"rules": [{"do": "mentor", "target": "all"}]}`, "rules[0].target", "one rep"},
		{"team action on a rep", `{"rules": [{"do": "vision", "target": "rep:1"}]}`, "rules[0].target", "whole team"},
		{"bad rep index", `{"rules": [{"do": "mentor", "target": "rep:99"}]}`, "rules[0].target", "rep:0..rep:11"},
		{"bad target", `{"rules": [{"do": "mentor", "target": "bob"}]}`, "rules[0].target", "not team, all"},
		{"bad lowest metric", `{"rules": [{"do": "mentor", "target": "lowest:height"}]}`, "rules[0].target", "no rep metric"},
		{"reports arg", `{"rules": [{"do": "reports", "target": "all", "args": {"on": 1}}]}`, "rules[0].args.on", "true or false"},
		{"reports unknown arg", `{"rules": [{"do": "reports", "target": "all", "args": {"every": 2}}]}`, "rules[0].args.every", "only \"on\""},
		{"quota dials", `{"rules": [{"do": "quota", "args": {"dials": 900}}]}`, "rules[0].args.dials", "0..400"},
		{"args on calls", `{"rules": [{"do": "calls", "args": {"hard": true}}]}`, "rules[0].args.hard", "no arguments"},
		{"bad events", `{"events": "worst", "rules": []}`, "events", "\"best\" or \"first\""},
		{"name with comma", `{"name": "a,b", "rules": []}`, "name", "commas"},
		{"trailing data", `{"rules": []} {}`, "", "after the JSON value"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParsePolicyFile("p.json", []byte(tc.json))
			if err == nil {
				t.Fatal("accepted")
			}
			var fe *sim.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *sim.FileError", err)
			}
			if fe.File != "p.json" {
				t.Errorf("file %q, want p.json", fe.File)
			}
			if fe.Field != tc.field {
				t.Errorf("field %q, want %q (error: %v)", fe.Field, tc.field, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "p.json: ") {
				t.Errorf("error %q does not start with the file", err)
			}
		})
	}
}

func TestPolicyFileParses(t *testing.T) {
	files, err := filepath.Glob("../lab/testdata/policies/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no policy files: %v", err)
	}
	for _, f := range files {
		pf, err := LoadPolicyFile(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if pf.Name == "" {
			t.Errorf("%s: no name", f)
		}
	}
	pf, err := ParsePolicyFile("dir/my-policy.json", []byte(`{"rules": [
		{"at": "09:30", "every": "2d", "days": ["Mon", "wednesday"], "do": "quota", "args": {"dials": 0}},
		{"if": {"metric": "rep.trust", "above": 0.25}, "do": "mentor", "target": "highest:skill"},
		{"if": {"metric": "team.revenue", "below": 100000}, "do": "reports", "target": "rep:3", "args": {"on": false}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if pf.Name != "my-policy" || pf.Events != "best" {
		t.Errorf("name %q events %q", pf.Name, pf.Events)
	}
	r := pf.Rules
	if r[0].At != 2 || r[0].EveryDays != 2 || r[0].Days != 1|4 || r[0].Arg != 0 || !r[0].Timed || r[0].Action != sim.ActQuota {
		t.Errorf("rule 0: %+v", r[0])
	}
	if r[1].Timed || r[1].Cond == nil || !r[1].Cond.Rep || !r[1].Cond.Above || r[1].Cond.Limit != int64(sim.One/4) ||
		r[1].Target.Kind != THighest || RepMetricNames[r[1].Target.Metric] != "skill" {
		t.Errorf("rule 1: %+v %+v", r[1], r[1].Cond)
	}
	if r[2].Cond.Limit != 100000<<16 || r[2].Target != (Target{Kind: TRep, Rep: 3}) || r[2].Arg != 0 {
		t.Errorf("rule 2: %+v %+v", r[2], r[2].Cond)
	}
}

// The timing fields fire exactly where documented.
func TestRuleTiming(t *testing.T) {
	parse := func(rule string) *Rule {
		t.Helper()
		pf, err := ParsePolicyFile("t.json", []byte(`{"rules": [`+rule+`]}`))
		if err != nil {
			t.Fatal(err)
		}
		return &pf.Rules[0]
	}
	count := func(r *Rule) (n int, first, last sim.Clock) {
		for tick := 0; tick < sim.TicksPerQuarter; tick++ {
			c := sim.ClockAt(tick)
			if r.matches(c) {
				if n == 0 {
					first = c
				}
				last = c
				n++
			}
		}
		return
	}
	cases := []struct {
		rule        string
		n           int
		first, last string
	}{
		{`{"at": "09:00", "do": "calls"}`, 65, "W1 Mon 09:00", "W13 Fri 09:00"},
		{`{"at": "13:30", "every": "1d", "do": "calls"}`, 65, "W1 Mon 13:30", "W13 Fri 13:30"},
		{`{"every": "1d", "do": "calls"}`, 65, "W1 Mon 09:00", "W13 Fri 09:00"},
		{`{"every": "2h", "do": "calls"}`, 260, "W1 Mon 09:00", "W13 Fri 15:00"},
		{`{"every": "3h", "do": "calls"}`, 174, "W1 Mon 09:00", "W13 Fri 16:00"},
		{`{"every": "5d", "do": "calls"}`, 13, "W1 Mon 09:00", "W13 Mon 09:00"},
		{`{"every": "65d", "do": "calls"}`, 1, "W1 Mon 09:00", "W1 Mon 09:00"},
		{`{"days": ["fri"], "do": "calls"}`, 13, "W1 Fri 09:00", "W13 Fri 09:00"},
		{`{"days": ["tue", "thu"], "at": "16:00", "do": "calls"}`, 26, "W1 Tue 16:00", "W13 Thu 16:00"},
		{`{"days": ["mon"], "every": "4h", "do": "calls"}`, 26, "W1 Mon 09:00", "W13 Mon 13:00"},
	}
	for _, tc := range cases {
		r := parse(tc.rule)
		n, first, last := count(r)
		if n != tc.n || first.String() != tc.first || last.String() != tc.last {
			t.Errorf("%s: %d times, %s..%s; want %d, %s..%s", tc.rule, n, first, last, tc.n, tc.first, tc.last)
		}
	}
}

// A rule whose action the player cannot take is skipped and counted; a
// timed rule waits for a busy player; a standing rule counts once a day.
func TestFilePolicySkipsAndQueues(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	play := func(rules string) (*sim.World, *FilePolicy) {
		t.Helper()
		pf, err := ParsePolicyFile("t.json", []byte(`{"rules": [`+rules+`]}`))
		if err != nil {
			t.Fatal(err)
		}
		p := pf.Policy()
		w, _, err := sim.Run(sim.Config{Scenario: s, Seed: 1}, p)
		if err != nil {
			t.Fatal(err)
		}
		return w, p
	}
	// Calls take two hours: at 16:00 there is only one left.
	w, p := play(`{"at": "16:00", "do": "calls"}`)
	if p.Skipped != 65 || w.Player.ActionCounts[sim.ActCalls] != 0 {
		t.Errorf("late calls: skipped %d, done %d; want 65, 0", p.Skipped, w.Player.ActionCounts[sim.ActCalls])
	}
	// Vision at 09:00 keeps the player busy an hour; the scrub at the same
	// moment waits and runs at 10:00.
	w, p = play(`{"at": "09:00", "do": "vision"}, {"at": "09:00", "do": "scrub", "target": "rep:0"}`)
	if p.Skipped != 0 || w.Player.ActionCounts[sim.ActVision] != 65 || w.Player.ActionCounts[sim.ActScrub] != 65 {
		t.Errorf("queued: skipped %d, vision %d, scrub %d; want 0, 65, 65", p.Skipped,
			w.Player.ActionCounts[sim.ActVision], w.Player.ActionCounts[sim.ActScrub])
	}
	// A standing order already in force would change nothing: the daily
	// repeat is refused and counted skipped.
	w, p = play(`{"at": "09:00", "do": "reports", "target": "all"}`)
	if p.Skipped != 64 || w.Player.ActionCounts[sim.ActReports] != 1 {
		t.Errorf("repeated order: skipped %d, reports %d; want 64, 1", p.Skipped, w.Player.ActionCounts[sim.ActReports])
	}
	// A timed rule still waiting when the day ends is skipped.
	w, p = play(`{"at": "15:00", "do": "calls"}, {"at": "15:00", "do": "calls"}`)
	if p.Skipped != 65 || w.Player.ActionCounts[sim.ActCalls] != 65 {
		t.Errorf("end of day: skipped %d, calls %d; want 65, 65", p.Skipped, w.Player.ActionCounts[sim.ActCalls])
	}
	// A standing rule that can never act counts one skip a day, not one a tick.
	_, p = play(`{"do": "mentor", "target": "rep:11"}`)
	if p.Skipped != 65 {
		t.Errorf("standing rule on a missing rep: skipped %d, want 65", p.Skipped)
	}
	// A standing rule fills the day.
	w, _ = play(`{"do": "floor"}`)
	if n := w.Player.ActionCounts[sim.ActFloor]; n != 65*8 {
		t.Errorf("standing floor walks: %d, want %d", n, 65*8)
	}
	// Conditions: celebrate only when morale is low, mentor the least trusting.
	w, _ = play(`{"if": {"metric": "team.morale", "above": 2}, "do": "floor"}`)
	if n := w.Player.ActionCounts[sim.ActFloor]; n != 0 {
		t.Errorf("impossible condition acted %d times", n)
	}
}

// A policy file resumes from a copy of the world: forked at 09:15, while
// its 09:00 scrub waits for the vision talk to end, the fork plays on from
// a clone to the same end as the original played through, with the same
// skips. A fork that shared the rules waiting with the original would
// lose the scrub (the original takes it first) and end elsewhere.
func TestFilePolicyForkResumes(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	pf, err := ParsePolicyFile("t.json", []byte(`{"rules": [
		{"at": "09:00", "do": "vision"}, {"at": "09:00", "do": "scrub", "target": "rep:0"},
		{"at": "16:00", "do": "calls"}, {"do": "floor"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	p := pf.Policy()
	play := func(w *sim.World, p sim.Policy, stop int32) {
		sim.NewDriver(sim.DriverConfig{World: w, Quiet: true}).Play(p, stop)
	}
	mid := int32(30*sim.TicksPerDay + 1)
	play(w, p, mid)
	w2, p2 := w.Clone(), p.Fork().(*FilePolicy)
	play(w, p, sim.TicksPerQuarter)
	play(w2, p2, sim.TicksPerQuarter)
	if w.Hash() != w2.Hash() || p.Skipped != p2.Skipped {
		t.Errorf("through: %016x, %d skipped; resumed from a fork: %016x, %d skipped", w.Hash(), p.Skipped, w2.Hash(), p2.Skipped)
	}
	if n := w2.Player.ActionCounts[sim.ActScrub]; n != 65 {
		t.Errorf("the fork scrubbed %d times, want 65", n)
	}
}

// Waiting names the timed rule that came due while the player was busy,
// until it runs.
func TestFilePolicyWaiting(t *testing.T) {
	pf, err := ParsePolicyFile("w.json", []byte(`{"name": "w", "rules": [{"at": "09:15", "do": "vision"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w})
	if err := d.Apply(sim.Command{Tick: 0, Action: sim.ActForecast, Target: sim.TeamTarget}); err != nil {
		t.Fatal(err)
	}
	p := pf.Policy()
	for w.Tick < 2 {
		_ = d.Decide(p)
		d.Step(1)
	}
	if r := p.Waiting(); r == nil || r.Action != sim.ActVision {
		t.Fatalf("waiting at %s: %v", w.Clock(), r)
	}
	for w.Player.Busy > 0 {
		_ = d.Decide(p)
		d.Step(1)
	}
	_ = d.Decide(p)
	if r := p.Waiting(); r != nil {
		t.Fatalf("still waiting at %s: %v", w.Clock(), r)
	}
}

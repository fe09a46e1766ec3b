package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesfloor/sim"
	"salesfloor/sim/lab"
	"salesfloor/sim/policyfile"
)

// tiny is a search small enough for a test: six genomes, two generations,
// three training seeds.
var tiny = []string{"-population", "6", "-generations", "2", "-seeds", "3", "-holdout", "8"}

func evolveArgs(out string, extra ...string) []string {
	return append(append([]string{"evolve", "-out", out}, tiny...), extra...)
}

func TestEvolveFlagErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "best.json")
	badScenario := filepath.Join(dir, "bad-scenario.json")
	if err := os.WriteFile(badScenario, []byte(`{"name": "x", "reps": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string // a phrase of the message on stderr
	}{
		{"no out", []string{"evolve"}, "-out is required"},
		{"unknown action", evolveArgs(out, "-restrict", "calls,coffee"), `-restrict: "coffee" is not an action`},
		{"no actions", evolveArgs(out, "-restrict", ","), "-restrict: \",\" leaves no actions"},
		{"empty restrict", evolveArgs(out, "-restrict", ""), "leaves no actions"},
		{"population 1", evolveArgs(out, "-population", "1"), "-population 1: need at least 2"},
		{"population absurd", evolveArgs(out, "-population", "20000"), "-population 20000: at most 10000"},
		{"generations 0", evolveArgs(out, "-generations", "0"), "-generations 0: need at least 1"},
		{"generations absurd", evolveArgs(out, "-generations", "100000"), "-generations 100000: at most"},
		{"seeds 0", evolveArgs(out, "-seeds", "0"), "-seeds 0: must be 1.."},
		{"seeds negative", evolveArgs(out, "-seeds", "-3"), "-seeds -3"},
		{"holdout 0", evolveArgs(out, "-holdout", "0"), "-holdout 0: must be 1.."},
		{"overlap", evolveArgs(out, "-seed", "10", "-seeds", "5", "-holdout-seed", "14"), "overlap the training seeds 10..14"},
		{"overlap inside", evolveArgs(out, "-seed", "1", "-seeds", "100", "-holdout-seed", "50", "-holdout", "2"), "overlap"},
		{"unknown scenario", evolveArgs(out, "-scenario", "moon"), `-scenario: scenario "moon" is neither built in`},
		{"many scenarios", evolveArgs(out, "-scenario", "default,crunch"), "evolve trains on one scenario"},
		{"scenario all", evolveArgs(out, "-scenario", "all"), "evolve trains on one scenario"},
		{"bad scenario file", evolveArgs(out, "-scenario", badScenario), "bad-scenario.json"},
		{"out dir missing", evolveArgs(filepath.Join(dir, "nope", "best.json")), "-out " + filepath.Join(dir, "nope", "best.json") + ": cannot write in"},
		{"out is a directory", evolveArgs(dir), "is a directory"},
		{"bad compare", evolveArgs(out, "-compare", "nobody"), "-compare: policy \"nobody\""},
		{"bad format", evolveArgs(out, "-format", "xml"), `-format "xml"`},
		{"unknown flag", evolveArgs(out, "-mutation-rate", "2"), "flag provided but not defined"},
		{"extra argument", evolveArgs(out, "more"), `unexpected argument "more"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := simulate(t, tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s", code, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr does not say %q:\n%s", tc.want, stderr)
			}
			if stdout != "" {
				t.Errorf("printed on stdout: %s", stdout)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a failed run wrote -out")
			}
		})
	}
}

// The same flags give the same file and the same stdout, for any number of
// workers; the file loads, runs with -policy, and keeps to -restrict.
func TestEvolveIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	outA := mustRun(t, evolveArgs(a, "-restrict", "example", "-workers", "1")...)
	outB := mustRun(t, evolveArgs(b, "-restrict", "example", "-workers", "2")...)
	fa, _ := os.ReadFile(a)
	fb, _ := os.ReadFile(b)
	if string(fa) != string(fb) || len(fa) == 0 {
		t.Errorf("two runs wrote different files:\n%s\n%s", fa, fb)
	}
	if outA != outB {
		t.Errorf("two runs printed different reports:\n%s\n%s", outA, outB)
	}
	for _, want := range []string{"evolved-default-example", "held-out seeds 1000001..1000008", "idle", "exemplar", "±95%"} {
		if !strings.Contains(outA, want) {
			t.Errorf("the report lacks %q:\n%s", want, outA)
		}
	}
	pf, err := policyfile.LoadPolicyFile(a)
	if err != nil {
		t.Fatal(err)
	}
	if pf.Name != "evolved-default-example" {
		t.Errorf("the policy is named %q", pf.Name)
	}
	set, _ := sim.ParseActionSet("example")
	if used := lab.PolicyActions(pf); used&^set != 0 {
		t.Errorf("an example-only policy uses %v", used.Names())
	}
	// The written file is an ordinary policy file for the lab.
	res := mustRun(t, "-scenario", "default", "-policy", a, "-seeds", "2", "-workers", "1")
	if !strings.Contains(res, "evolved-default-example") {
		t.Errorf("simulate -policy %s did not run it:\n%s", a, res)
	}
}

func TestEvolveJSON(t *testing.T) {
	out := filepath.Join(t.TempDir(), "best.json")
	stdout := mustRun(t, evolveArgs(out, "-restrict", "calls,mentor", "-format", "json", "-compare", "idle")...)
	var doc struct {
		Policy   string   `json:"policy"`
		Restrict []string `json:"restrict"`
		Train    struct {
			Seeds int     `json:"seeds"`
			Score float64 `json:"score"`
		} `json:"train"`
		Progress []map[string]float64 `json:"progress"`
		Holdout  struct {
			Seed  uint64 `json:"seed"`
			Seeds int    `json:"seeds"`
		} `json:"holdout"`
		Results []struct {
			Policy       string             `json:"policy"`
			N            int                `json:"n"`
			Score        map[string]any     `json:"score"`
			CommandShare float64            `json:"command_share"`
			Actions      map[string]float64 `json:"actions"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if doc.Policy != "evolved-default-calls+mentor" || strings.Join(doc.Restrict, ",") != "calls,mentor" {
		t.Errorf("policy %q restrict %v", doc.Policy, doc.Restrict)
	}
	if doc.Train.Seeds != 3 || len(doc.Progress) != 2 || doc.Holdout.Seed != 1000001 || doc.Holdout.Seeds != 8 {
		t.Errorf("train %+v, %d generations, holdout %+v", doc.Train, len(doc.Progress), doc.Holdout)
	}
	if len(doc.Results) != 2 || doc.Results[0].Policy != doc.Policy || doc.Results[1].Policy != "idle" {
		t.Fatalf("results %+v", doc.Results)
	}
	ev := doc.Results[0]
	if ev.N != 8 || ev.Score["ci95"] == nil || ev.CommandShare != 0 {
		t.Errorf("evolved row %+v", ev)
	}
	for a, n := range ev.Actions {
		if n > 0 && a != "calls" && a != "mentor" {
			t.Errorf("the calls+mentor policy used %s %.1f times a quarter", a, n)
		}
	}
	if ev.Score["mean"].(float64) <= doc.Results[1].Score["mean"].(float64) {
		t.Errorf("evolved %v does not beat idle %v on the held-out seeds", ev.Score["mean"], doc.Results[1].Score["mean"])
	}
}

// A run that fails leaves the file that was there.
func TestEvolveFailureKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "best.json")
	old := `{"name": "mine", "rules": [{"do": "calls"}]}`
	if err := os.WriteFile(out, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		evolveArgs(out, "-restrict", "coffee"),
		evolveArgs(out, "-generations", "0"),
		evolveArgs(out, "-holdout-seed", "2"),
		evolveArgs(out, "-compare", "nobody"),
	} {
		if code, _, _ := simulate(t, args...); code != 2 {
			t.Errorf("%v: exit %d", args, code)
		}
		if b, _ := os.ReadFile(out); string(b) != old {
			t.Fatalf("%v replaced the file with %q", args, b)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("files left behind: %v", ents)
	}
}

package lab

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// Every policy file, printed and read back, gives the same rules, and
// printing those gives the same bytes: what the search scores is what it
// writes.
func TestFormatPolicyFileRoundTrips(t *testing.T) {
	files, err := filepath.Glob("testdata/policies/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example policies: %v", err)
	}
	var srcs [][2]string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, [2]string{f, string(data)})
	}
	for i, s := range seedRoutines {
		srcs = append(srcs, [2]string{fmt.Sprintf("seed routine %d", i), s})
	}
	srcs = append(srcs, [2]string{"odd thresholds", `{"name": "odd", "events": "first", "rules": [
		{"every": "3h", "if": {"metric": "team.revenue", "above": 123456789}, "do": "quota", "args": {"dials": 0}},
		{"every": "7d", "at": "16:45", "if": {"metric": "team.morale", "below": -0.00001}, "do": "reports", "target": "rep:3", "args": {"on": false}},
		{"days": ["fri", "mon"], "if": {"metric": "rep.skill", "above": 0.333333}, "do": "review", "target": "highest:drive"}]}`})
	for _, s := range srcs {
		t.Run(s[0], func(t *testing.T) {
			pf, err := policyfile.ParsePolicyFile(s[0], []byte(s[1]))
			if err != nil {
				t.Fatal(err)
			}
			out := policyfile.FormatPolicyFile(pf)
			back, err := policyfile.ParsePolicyFile(s[0], out)
			if err != nil {
				t.Fatalf("the printed file does not load: %v\n%s", err, out)
			}
			if back.Name != pf.Name || back.Events != pf.Events || !reflect.DeepEqual(back.Rules, pf.Rules) {
				t.Errorf("printed and read back, the policy changed:\n%s", out)
			}
			if again := policyfile.FormatPolicyFile(back); !bytes.Equal(again, out) {
				t.Errorf("printing twice differs:\n%s\n%s", out, again)
			}
		})
	}
}

func TestFormatLimit(t *testing.T) {
	cases := []struct {
		limit int64
		want  string
	}{
		{0, "0"},
		{int64(sim.One), "1"},
		{int64(sim.F(35, 100)), "0.35"},
		{int64(sim.F(45, 100)), "0.45"},
		{-int64(sim.F(1, 20)), "-0.05"},
		{25 << 16, "25"},
		{1, "0.00002"},
		{-1, "-0.00002"},
		{123456789 << 16, "123456789"},
	}
	for _, tc := range cases {
		if got := policyfile.FormatLimit(tc.limit); got != tc.want {
			t.Errorf("FormatLimit(%d) = %s, want %s", tc.limit, got, tc.want)
		}
	}
	// Every raw value compiles back to itself.
	for _, l := range []int64{1, 2, 3, 7, 32767, 32768, 32769, 65535, 65537, -3, -32768, 1 << 40, -(1 << 40) - 1} {
		src := fmt.Sprintf(`{"rules": [{"if": {"metric": "team.morale", "below": %s}, "do": "calls"}]}`, policyfile.FormatLimit(l))
		pf, err := policyfile.ParsePolicyFile("p.json", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got := pf.Rules[0].Cond.Limit; got != l {
			t.Errorf("%d printed as %s compiles to %d", l, policyfile.FormatLimit(l), got)
		}
	}
}

// The operators only ever make genomes that compile, stay within the rule
// limit and use the allowed actions, whatever they are.
func TestBreedingKeepsGenomesValid(t *testing.T) {
	for _, restrict := range []string{"all", "example", "command", "reports,quota", "calls"} {
		set, err := sim.ParseActionSet(restrict)
		if err != nil {
			t.Fatal(err)
		}
		b := &breeder{rng: sim.NewRng(7, evolveStream), allowed: set.List(), set: set, reps: 8, maxRules: 6}
		pop, err := b.firstGeneration(16)
		if err != nil {
			t.Fatalf("%s: first generation: %v", restrict, err)
		}
		for round := 0; round < 40; round++ {
			for i, g := range pop {
				rs := b.mutate(g.rules)
				if round%2 == 0 {
					rs = b.crossover(rs, pop[(i+round)%len(pop)].rules)
				}
				child, err := b.build(rs)
				if err != nil {
					t.Fatalf("%s: %v", restrict, err)
				}
				if len(child.rules) < 1 || len(child.rules) > b.maxRules {
					t.Fatalf("%s: a genome of %d rules", restrict, len(child.rules))
				}
				for _, r := range child.rules {
					if !set.Has(r.Action) {
						t.Fatalf("%s: a genome uses %s", restrict, r.Action)
					}
				}
				pop[i] = child
			}
		}
	}
}

func tinyConfig(t *testing.T, restrict string, workers int) EvolveConfig {
	t.Helper()
	scen, err := ResolveScenarios("default")
	if err != nil {
		t.Fatal(err)
	}
	set, err := sim.ParseActionSet(restrict)
	if err != nil {
		t.Fatal(err)
	}
	return EvolveConfig{Scenario: scen[0], Allowed: set, FirstSeed: 1, Seeds: 3, Population: 6, Generations: 2,
		SearchSeed: 1, Workers: workers, Name: "evolved-test"}
}

// A tiny search gives the same file for any number of workers, the file
// loads, and it keeps to the allowed actions.
func TestEvolveIsDeterministicAndRestricted(t *testing.T) {
	for _, restrict := range []string{"example", "command", "calls,mentor,review"} {
		t.Run(restrict, func(t *testing.T) {
			var files [][]byte
			var hist [][]GenerationStats
			for _, workers := range []int{1, 2} {
				res, err := Evolve(tinyConfig(t, restrict, workers))
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, policyfile.FormatPolicyFile(res.Best))
				hist = append(hist, res.Generations)
			}
			if !bytes.Equal(files[0], files[1]) || !reflect.DeepEqual(hist[0], hist[1]) {
				t.Fatalf("1 and 2 workers evolved different policies:\n%s\n%s", files[0], files[1])
			}
			pf, err := policyfile.ParsePolicyFile("evolved.json", files[0])
			if err != nil {
				t.Fatalf("the evolved file does not load: %v\n%s", err, files[0])
			}
			set, _ := sim.ParseActionSet(restrict)
			if used := PolicyActions(pf); used&^set != 0 {
				t.Errorf("the evolved policy uses %v, outside %v", used.Names(), set.Names())
			}
			if len(hist[0]) != 2 || hist[0][1].Best < hist[0][0].Best {
				t.Errorf("progress %+v: want two generations, the best never worse", hist[0])
			}
		})
	}
}

// The evolved policy beats doing nothing on seeds it never trained on, and
// its training score is what the lab measures for the written file.
func TestEvolvedPolicyBeatsIdleOnHeldOutSeeds(t *testing.T) {
	cfg := tinyConfig(t, "all", 0)
	res, err := Evolve(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := policyfile.ParsePolicyFile("evolved.json", policyfile.FormatPolicyFile(res.Best))
	if err != nil {
		t.Fatal(err)
	}
	pols := []PolicySpec{{Name: pf.Name, File: pf}, {Name: "idle"}}
	train, err := Execute(&Plan{Scenarios: []ScenarioRun{cfg.Scenario}, Policies: pols[:1], FirstSeed: cfg.FirstSeed, Seeds: cfg.Seeds}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := train[0].Acc[MScore].Summarise(Metrics[MScore].Scale()).Mean; got != res.Score {
		t.Errorf("the written file scores %v on the training seeds, the search said %v", got, res.Score)
	}
	held, err := Execute(&Plan{Scenarios: []ScenarioRun{cfg.Scenario}, Policies: pols, FirstSeed: 1000001, Seeds: 10}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ev := held[0].Acc[MScore].Summarise(Metrics[MScore].Scale())
	idle := held[1].Acc[MScore].Summarise(Metrics[MScore].Scale())
	if ev.CILo <= idle.CIHi {
		t.Errorf("evolved %.2f (%.2f..%.2f) does not clearly beat idle %.2f (%.2f..%.2f) on held-out seeds",
			ev.Mean, ev.CILo, ev.CIHi, idle.Mean, idle.CILo, idle.CIHi)
	}
}

func TestEvolveConfigCheck(t *testing.T) {
	cases := []struct {
		name string
		edit func(c *EvolveConfig)
		want string
	}{
		{"ok", func(c *EvolveConfig) {}, ""},
		{"no actions", func(c *EvolveConfig) { c.Allowed = 0 }, "no actions"},
		{"no seeds", func(c *EvolveConfig) { c.Seeds = 0 }, "seeds 0"},
		{"too many seeds", func(c *EvolveConfig) { c.Seeds = MaxSeeds + 1 }, "seeds"},
		{"seed overflow", func(c *EvolveConfig) { c.FirstSeed = ^uint64(0) }, "overflow"},
		{"population 1", func(c *EvolveConfig) { c.Population = 1 }, "population 1"},
		{"population huge", func(c *EvolveConfig) { c.Population = MaxPopulation + 1 }, "population"},
		{"no generations", func(c *EvolveConfig) { c.Generations = 0 }, "generations 0"},
		{"bad name", func(c *EvolveConfig) { c.Name = "a,b" }, "name"},
		{"no scenario", func(c *EvolveConfig) { c.Scenario = ScenarioRun{} }, "no scenario"},
	}
	for _, tc := range cases {
		c := tinyConfig(t, "all", 1)
		tc.edit(&c)
		err := c.Check()
		if (err == nil) != (tc.want == "") || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: Check() = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "best.json")
	if err := WriteFileAtomic(path, []byte("old")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("the file holds %q", b)
	}
	// A rename that fails (over a directory that is not empty) leaves the
	// directory as it was and no temporary file behind.
	sub := filepath.Join(dir, "taken")
	if err := os.MkdirAll(filepath.Join(sub, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(sub, []byte("data")); err == nil {
		t.Error("writing over a directory succeeded")
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"best.json", "taken"}) {
		t.Errorf("the directory holds %v after a failed write", names)
	}
	if err := CheckWritable(sub); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("CheckWritable(a directory) = %v", err)
	}
	if err := CheckWritable(filepath.Join(dir, "missing", "f.json")); err == nil || !strings.Contains(err.Error(), "cannot write in") {
		t.Errorf("CheckWritable(in a missing directory) = %v", err)
	}
	if err := CheckWritable(path); err != nil {
		t.Errorf("CheckWritable(a writable file) = %v", err)
	}
}

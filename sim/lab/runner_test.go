package lab

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"salesfloor/sim"
)

func testPlan(t testing.TB, scenarios, policies string, seeds int) *Plan {
	t.Helper()
	sc, err := ResolveScenarios(scenarios)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := ResolvePolicies(policies)
	if err != nil {
		t.Fatal(err)
	}
	return &Plan{Scenarios: sc, Policies: ps, FirstSeed: 1, Seeds: seeds, Runs: true}
}

// runJSON runs the plan and returns its JSON output.
func runJSON(t testing.TB, p *Plan) []byte {
	t.Helper()
	var b bytes.Buffer
	js := NewJSONStream(&b, Header{SimVersion: sim.Version, FirstSeed: p.FirstSeed, Seeds: p.Seeds}, p.Runs)
	if _, err := Execute(p, js, nil); err != nil {
		t.Fatal(err)
	}
	if err := js.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The JSON contract of issue 2, item 5, exactly: these keys, these types.
func TestJSONContract(t *testing.T) {
	p := testPlan(t, "default,crunch", "balanced,testdata/policies/calls-daily.json", 5)
	out := runJSON(t, p)
	var doc struct {
		SimVersion string `json:"sim_version"`
		Results    []struct {
			Scenario string                                `json:"scenario"`
			Policy   string                                `json:"policy"`
			Runs     []map[string]any                      `json:"runs"`
			Summary  map[string]map[string]json.RawMessage `json:"summary"`
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.SimVersion != sim.Version {
		t.Errorf("sim_version %q", doc.SimVersion)
	}
	if len(doc.Results) != 4 {
		t.Fatalf("%d results, want 4", len(doc.Results))
	}
	wantCells := [][2]string{{"default", "balanced"}, {"default", "calls-daily"}, {"crunch", "balanced"}, {"crunch", "calls-daily"}}
	runKeys := []string{"seed", "hash", "score", "revenue", "quota_attainment", "morale", "momentum", "culture", "clarity",
		"process", "visibility", "advice_requests", "dials", "deals", "reps_lost", "revenue_weeks"}
	for i, r := range doc.Results {
		if r.Scenario != wantCells[i][0] || r.Policy != wantCells[i][1] {
			t.Errorf("result %d is %s/%s, want %v", i, r.Scenario, r.Policy, wantCells[i])
		}
		if len(r.Runs) != 5 {
			t.Fatalf("%d runs", len(r.Runs))
		}
		for j, run := range r.Runs {
			if len(run) != len(runKeys) {
				t.Errorf("run has %d keys, want %d: %v", len(run), len(runKeys), run)
			}
			if weeks, ok := run["revenue_weeks"].([]any); !ok || len(weeks) != sim.WeeksPerQuarter {
				t.Errorf("revenue_weeks is not 13 numbers: %v", run["revenue_weeks"])
			} else {
				var sum float64
				for _, v := range weeks {
					sum += v.(float64)
				}
				if sum != run["revenue"].(float64) {
					t.Errorf("revenue_weeks add up to %.0f, revenue is %.0f", sum, run["revenue"].(float64))
				}
			}
			for _, k := range runKeys {
				if _, ok := run[k]; !ok {
					t.Errorf("run lacks %q", k)
				}
			}
			if run["seed"].(float64) != float64(j+1) {
				t.Errorf("run %d has seed %v", j, run["seed"])
			}
			if h, ok := run["hash"].(string); !ok || len(h) != 16 {
				t.Errorf("hash %v", run["hash"])
			}
			for _, k := range []string{"morale", "momentum", "culture", "clarity", "process", "visibility"} {
				if v := run[k].(float64); v < 0 || v > 1 {
					t.Errorf("%s = %v is not in 0..1", k, v)
				}
			}
		}
		for _, k := range append(runKeys[2:len(runKeys)-1], "revenue_week_1", "revenue_week_13") {
			s, ok := r.Summary[k]
			if !ok {
				t.Errorf("summary lacks %q", k)
				continue
			}
			for _, f := range []string{"mean", "p10", "p50", "p90", "std", "ci95"} {
				if _, ok := s[f]; !ok {
					t.Errorf("summary.%s lacks %q", k, f)
				}
			}
		}
	}
	// The run row is byte-for-byte the hash and outcome of sim.Run.
	s, _ := sim.BuiltinScenario("default")
	pol, _ := sim.NewPolicy("balanced", 3)
	w, _, err := sim.Run(sim.Config{Scenario: s, Seed: 3}, pol)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Results[0].Runs[2]["hash"]; got != sim.HashHex(w.Hash()) {
		t.Errorf("seed 3 hash %v, sim.Run says %s", got, sim.HashHex(w.Hash()))
	}
	if got, want := doc.Results[0].Runs[2]["score"].(float64), w.Outcome().Score.Float(); got-want > 1e-5 || want-got > 1e-5 {
		t.Errorf("seed 3 score %v, sim.Run says %v", got, want)
	}
}

// The same plan prints the same bytes: on a rerun, with any number of
// workers, and in any shard split merged back.
func TestOutputIsDeterministic(t *testing.T) {
	p := testPlan(t, "all", "all,testdata/policies/issue-example.json", 6)
	p.Series = true
	p.Workers = 1
	want := runJSON(t, p)
	for _, workers := range []int{1, 2, 3} {
		p.Workers = workers
		if got := runJSON(t, p); !bytes.Equal(got, want) {
			t.Fatalf("%d workers: output differs", workers)
		}
	}
	p.Workers = 2
	dir := t.TempDir()
	whole, err := Execute(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 7} { // 7 shards of 6 seeds: one is empty
		var files []string
		var shards []*ShardFile
		for i := n - 1; i >= 0; i-- { // any order
			q := *p
			q.Shard, q.Shards = i, n
			var b bytes.Buffer
			ss, err := NewShardStream(&b, ShardMeta{SimVersion: sim.Version, Shard: i, Shards: n, Seed: p.FirstSeed, Seeds: p.Seeds,
				Series: true, Runs: true, Options: json.RawMessage(`{"format": "json"}`)})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Execute(&q, ss, nil); err != nil {
				t.Fatal(err)
			}
			if err := ss.Close(); err != nil {
				t.Fatal(err)
			}
			f := filepath.Join(dir, "s.json")
			f = f[:len(f)-5] + string(rune('0'+i)) + ".json"
			if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			sf, err := ReadShard(f)
			if err != nil {
				t.Fatal(err)
			}
			files, shards = append(files, f), append(shards, sf)
		}
		m, err := MergeShards(files, shards)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		js := NewJSONStream(&b, Header{SimVersion: sim.Version, FirstSeed: p.FirstSeed, Seeds: p.Seeds}, true)
		m.Replay(js)
		js.Close()
		if !bytes.Equal(b.Bytes(), want) {
			t.Fatalf("%d shards merged: output differs", n)
		}
		// The series behind the charts merge exactly too.
		for i := range whole {
			if !reflect.DeepEqual(whole[i].Series, m.Cells[i].Series) {
				t.Fatalf("%d shards: cell %d series differ", n, i)
			}
		}
		// Missing or duplicated shards are refused.
		if _, err := MergeShards(files[1:], shards[1:]); err == nil {
			t.Error("merge accepted a missing shard")
		}
		dup := append([]*ShardFile{shards[0]}, shards[:n-1]...)
		if _, err := MergeShards(files, dup); err == nil {
			t.Error("merge accepted a duplicated shard")
		}
	}
}

func TestSeedRange(t *testing.T) {
	p := &Plan{FirstSeed: 10, Seeds: 10}
	covered := map[uint64]int{}
	for i := 0; i < 3; i++ {
		p.Shard, p.Shards = i, 3
		f, n := p.SeedRange()
		for s := f; s < f+uint64(n); s++ {
			covered[s]++
		}
	}
	for s := uint64(10); s < 20; s++ {
		if covered[s] != 1 {
			t.Errorf("seed %d run %d times", s, covered[s])
		}
	}
	if len(covered) != 10 {
		t.Errorf("%d seeds covered", len(covered))
	}
}

func TestBalanceReport(t *testing.T) {
	p := testPlan(t, "all", "all", 8)
	cells, err := Execute(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := Balance(cells, DefaultBalance)
	if len(rep.Scenarios) != len(sim.ScenarioNames) || len(rep.Checks) != 7 {
		t.Fatalf("%d scenarios, %d checks", len(rep.Scenarios), len(rep.Checks))
	}
	for _, sb := range rep.Scenarios {
		if sb.Best == "" || sb.Verdict == "" || len(sb.Policies) != len(sim.PolicyNames) {
			t.Errorf("%s: %+v", sb.Scenario, sb)
		}
		if sb.CommanderVsExemplar == nil || sb.SkillCeiling == nil || sb.RandomVsIdle == nil {
			t.Errorf("%s: gaps missing", sb.Scenario)
		}
	}
	// Without the restricted policies, the checks that need them fail and
	// say why, rather than passing vacuously.
	p = testPlan(t, "default", "balanced,adaptive", 2)
	cells, _ = Execute(p, nil, nil)
	rep = Balance(cells, DefaultBalance)
	if rep.Pass {
		t.Error("a run without commander and exemplar passed the balance check")
	}
	var b bytes.Buffer
	if err := WriteBalanceJSON(&b, Header{SimVersion: "1", FirstSeed: 1, Seeds: 2}, rep); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b.Bytes()) {
		t.Errorf("balance JSON is not valid:\n%s", b.Bytes())
	}
}

func TestSweepValues(t *testing.T) {
	for _, c := range []struct {
		arg  string
		want []string
		err  bool
	}{
		{"report_morale=0.004:0.02:3", []string{"0.004", "0.012", "0.02"}, false},
		{"close_days=2:6:3", []string{"2", "4", "6"}, false},
		{"close_days=2:3:3", []string{"2", "2", "3"}, false},
		{"nope=1:2:3", nil, true},
		{"report_morale=0.1:0.2", nil, true},
		{"report_morale=0.1:0.2:1", nil, true},
		{"close_days=1.5:3:2", nil, true},
	} {
		sw, err := ParseSweep(c.arg)
		if c.err {
			if err == nil {
				t.Errorf("%s accepted", c.arg)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(sw.Values, c.want) {
			t.Errorf("%s: %v %v, want %v", c.arg, sw, err, c.want)
		}
	}
}

// openCalibrationMisses are the heuristic balance targets the model misses
// on purpose, keyed by check name and detail exactly, so that any other
// miss, or this one spreading to another scenario, still fails. Since sim 7
// the turnaround's burned team hears coaching only through trust, and the
// heuristic adaptive answers with example almost alone (9% command); the
// expert, which the balance is judged by now (TestExpertBalanceTargets),
// still mixes there (24% command).
var openCalibrationMisses = map[string]string{
	// Since sim 15 example power builds with influence over a year, and the
	// heuristic adaptive answers the rookies the same way (9% command); the
	// expert mixes there (35% command).
	"the best policy mixes both styles (10%..90% command) in every scenario: not mixed: turnaround (adaptive); rookies (adaptive)": "sim 7 turnaround and sim 15 rookies, see issue 8",
	// The gap check requires the best policy to mix, so it follows the
	// miss above; with its detail empty, no gap is short anywhere.
	"the best policy beats commander and exemplar by at least 10.0% in every scenario: ": "follows the turnaround miss",
}

// The balance check of the lab issue, at a seed count that keeps the suite
// fast (the full check is `simulate -scenario all -policy all -seeds 1000
// -report balance -check`). A failure here is a model calibration problem:
// run the full report to see which target moved.
func TestCalibrationCheck(t *testing.T) {
	p := testPlan(t, "all", "all", 100)
	p.Runs = false
	cells, err := Execute(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := Balance(cells, DefaultBalance)
	for _, c := range rep.Checks {
		if c.OK {
			continue
		}
		if why, open := openCalibrationMisses[c.Name+": "+c.Detail]; open {
			t.Logf("known miss, %s: %s: %s", why, c.Name, c.Detail)
			continue
		}
		t.Errorf("balance target missed: %s: %s", c.Name, c.Detail)
	}
	for _, sb := range rep.Scenarios {
		t.Logf("%s: %s", sb.Scenario, sb.Verdict)
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// simulate runs the command in-process and returns its exit status and
// output.
func simulate(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := simulate(t, args...)
	if code != 0 {
		t.Fatalf("simulate %s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	return out
}

// Issue 2's command: the JSON contract, identical on a second run.
func TestJSONContractAndReruns(t *testing.T) {
	args := []string{"-scenario", "default", "-policy", "balanced", "-seeds", "12", "-format", "json"}
	out := mustRun(t, args...)
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if doc["sim_version"] == nil {
		t.Error("no sim_version")
	}
	results := doc["results"].([]any)
	if len(results) != 1 {
		t.Fatalf("%d results", len(results))
	}
	r := results[0].(map[string]any)
	if r["scenario"] != "default" || r["policy"] != "balanced" {
		t.Errorf("result is %v/%v", r["scenario"], r["policy"])
	}
	runs := r["runs"].([]any)
	if len(runs) != 12 {
		t.Errorf("%d runs", len(runs))
	}
	keys := []string{"seed", "hash", "score", "revenue", "quota_attainment", "morale", "momentum", "culture", "clarity",
		"process", "visibility", "advice_requests", "dials", "deals", "reps_lost"}
	for _, k := range keys {
		if _, ok := runs[0].(map[string]any)[k]; !ok {
			t.Errorf("run lacks %s", k)
		}
	}
	sum := r["summary"].(map[string]any)
	for _, k := range keys[2:] {
		s, ok := sum[k].(map[string]any)
		if !ok {
			t.Errorf("summary lacks %s", k)
			continue
		}
		for _, f := range []string{"mean", "p10", "p50", "p90", "std", "ci95"} {
			if _, ok := s[f]; !ok {
				t.Errorf("summary.%s lacks %s", k, f)
			}
		}
	}
	if again := mustRun(t, args...); again != out {
		t.Error("a second run printed different bytes")
	}
}

func TestWorkersAndShardsGiveTheSameBytes(t *testing.T) {
	dir := t.TempDir()
	pf := filepath.Join("..", "..", "sim", "lab", "testdata", "policies", "issue-example.json")
	for _, mode := range [][]string{
		{"-format", "json"},
		{"-format", "json", "-runs=false"},
		{},
		{"-report", "balance"},
		{"-report", "balance", "-format", "json"},
	} {
		base := append([]string{"-scenario", "default,crunch", "-policy", "all," + pf, "-seeds", "5", "-progress=false"}, mode...)
		want := mustRun(t, append(base, "-workers", "1")...)
		if got := mustRun(t, append(base, "-workers", "2")...); got != want {
			t.Errorf("%v: 2 workers differ from 1", mode)
		}
		var files []string
		for i := 0; i < 3; i++ {
			shard := mustRun(t, append(base, "-shard", []string{"0/3", "1/3", "2/3"}[i])...)
			f := filepath.Join(dir, "shard"+string(rune('0'+i))+".json")
			if err := os.WriteFile(f, []byte(shard), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append([]string{f}, files...) // merge takes them in any order
		}
		if got := mustRun(t, append([]string{"merge"}, files...)...); got != want {
			t.Errorf("%v: merged shards differ from the unsharded run:\n%s\nwant:\n%s", mode, got, want)
		}
	}
	// Shards of different batches do not merge.
	a := filepath.Join(dir, "a.json")
	b := filepath.Join(dir, "b.json")
	os.WriteFile(a, []byte(mustRun(t, "-seeds", "4", "-shard", "0/2")), 0o644)
	os.WriteFile(b, []byte(mustRun(t, "-seeds", "5", "-shard", "1/2")), 0o644)
	if code, _, errs := simulate(t, "merge", a, b); code != 2 || !strings.Contains(errs, "not a shard of the same batch") {
		t.Errorf("mismatched shards: exit %d, %s", code, errs)
	}
}

func TestBadFlagsExit2(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"rules": [{"do": "calls"}, {"do": "mentor", "target": "team"}]}`), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-bogus"}, "not defined"},
		{[]string{"-seeds", "0"}, "at least one seed"},
		{[]string{"-seeds", "many"}, "invalid value"},
		{[]string{"-format", "xml"}, "table or json"},
		{[]string{"-report", "fun"}, "not balance"},
		{[]string{"-scenario", "nowhere"}, "neither built in"},
		{[]string{"-policy", "nobody"}, "neither built in"},
		{[]string{"-policy", bad}, "rules[1].target"},
		{[]string{"-set", "no_such_param=1"}, "no model parameter"},
		{[]string{"-set", "close_days"}, "key=value"},
		{[]string{"-set", "close_days=abc"}, "whole number"},
		{[]string{"-set", "close_days=0"}, "close_days"},
		{[]string{"-sweep", "close_days=1:2"}, "key=lo:hi:steps"},
		{[]string{"-shard", "3/3"}, "0 <= i < n"},
		{[]string{"-shard", "x"}, "0 <= i < n"},
		{[]string{"-workers", "-1"}, "workers"},
		{[]string{"stray"}, "unexpected argument"},
		{[]string{"-replay", filepath.Join(dir, "none.json")}, "no such file"},
		{[]string{"-replay", bad}, bad},
		{[]string{"merge"}, "no shard files"},
		{[]string{"merge", bad}, "not a shard file"},
	} {
		code, _, errs := simulate(t, c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if !strings.Contains(errs, c.want) {
			t.Errorf("%v: stderr does not say %q:\n%s", c.args, c.want, errs)
		}
	}
	if code, _, errs := simulate(t, "-h"); code != 0 || !strings.Contains(errs, "usage: simulate") {
		t.Errorf("-h: exit %d\n%s", code, errs)
	}
}

func TestCheckExitStatus(t *testing.T) {
	// An impossible target fails the check: exit status 1, report printed.
	code, out, errs := simulate(t, "-scenario", "default", "-policy", "all", "-seeds", "3", "-check", "-min-gap", "100")
	if code != 1 || !strings.Contains(out, "balance: FAIL") || !strings.Contains(errs, "targets missed") {
		t.Errorf("impossible target: exit %d\n%s\n%s", code, out, errs)
	}
	// Targets nobody can miss pass.
	code, out, _ = simulate(t, "-scenario", "default", "-policy", "all", "-seeds", "3", "-check", "-min-gap", "-1",
		"-min-skill", "-1", "-mix-lo", "0", "-mix-hi", "1", "-dead-below", "0")
	if !strings.Contains(out, "[ok  ] the best policy mixes") {
		t.Errorf("trivial targets: exit %d\n%s", code, out)
	}
}

func TestSetAndSweep(t *testing.T) {
	base := mustRun(t, "-seeds", "2", "-format", "json")
	set := mustRun(t, "-seeds", "2", "-format", "json", "-set", "report_morale=0.05", "-set", "close_days=3")
	if base == set {
		t.Error("-set changed nothing")
	}
	if !strings.Contains(set, `"set": {"report_morale": "0.05", "close_days": "3"}`) {
		t.Errorf("-set is not recorded in the output:\n%.300s", set)
	}
	out := mustRun(t, "-scenario", "default", "-policy", "all", "-seeds", "2", "-sweep", "close_days=3:5:2")
	if !strings.Contains(out, "sweep close_days over 3..5") || strings.Count(out, "default") != 2 {
		t.Errorf("sweep table:\n%s", out)
	}
	js := mustRun(t, "-scenario", "default", "-policy", "all", "-seeds", "2", "-sweep", "report_morale=0.01:0.03:3", "-format", "json")
	var doc struct {
		Points []struct {
			Value float64 `json:"value"`
		} `json:"points"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil || len(doc.Points) != 3 || doc.Points[2].Value != 0.03 {
		t.Errorf("sweep JSON: %v\n%s", err, js)
	}
	if p := mustRun(t, "-params", "-scenario", "crunch"); !strings.Contains(p, "report_morale") {
		t.Errorf("-params:\n%s", p)
	}
}

func TestHTMLReport(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "r.html")
	mustRun(t, "-scenario", "default,crunch", "-policy", "all", "-seeds", "4", "-html", f, "-report", "balance")
	page, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if n := strings.Count(s, `src="data:image/png;base64,`); n != 8 {
		t.Errorf("%d inline charts, want 8 (4 per scenario)", n)
	}
	for _, bad := range []string{"http://", "https://", "<script", "<link"} {
		if strings.Contains(s, bad) {
			t.Errorf("the page is not self-contained: it has %q", bad)
		}
	}
	// Sharded runs carry the series, so merge can draw the same page.
	var files []string
	for i, sh := range []string{"0/2", "1/2"} {
		out := mustRun(t, "-scenario", "default,crunch", "-policy", "all", "-seeds", "4", "-html", f, "-report", "balance", "-shard", sh)
		sf := filepath.Join(dir, "s"+string(rune('0'+i))+".json")
		os.WriteFile(sf, []byte(out), 0o644)
		files = append(files, sf)
	}
	g := filepath.Join(dir, "merged.html")
	mustRun(t, append([]string{"merge", "-html", g}, files...)...)
	merged, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(merged, page) {
		t.Error("the merged page differs from the unsharded one")
	}
}

func TestReplayVerification(t *testing.T) {
	dir := t.TempDir()
	rec := filepath.Join(dir, "game.json")
	mustRun(t, "-record", rec, "-scenario", "crunch", "-policy", "adaptive", "-seed", "7")
	out := mustRun(t, "-replay", rec)
	if !strings.Contains(out, "verified: all 65 recorded hashes match") || !strings.Contains(out, "score ") {
		t.Errorf("replay:\n%s", out)
	}
	data, _ := os.ReadFile(rec)
	var r map[string]any
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	// Tamper with the hash recorded after day 20.
	hashes := r["hashes"].([]any)
	h := hashes[19].(map[string]any)
	tick := int(h["tick"].(float64))
	h["hash"] = "0123456789abcdef"
	tampered, _ := json.Marshal(r)
	bad := filepath.Join(dir, "tampered.json")
	os.WriteFile(bad, tampered, 0o644)
	code, out, _ := simulate(t, "-replay", bad)
	if code != 1 {
		t.Errorf("tampered hash: exit %d, want 1", code)
	}
	if want := "state differs at tick " + itoa(tick); !strings.Contains(out, want) {
		t.Errorf("tampered replay output does not say %q:\n%s", want, out)
	}
	// A tampered command diverges from the recorded hashes too.
	r2 := map[string]any{}
	json.Unmarshal(data, &r2)
	cmds := r2["commands"].([]any)
	c := cmds[3].(map[string]any)
	c["tick"] = c["tick"].(float64) + 1
	edited, _ := json.Marshal(r2)
	os.WriteFile(bad, edited, 0o644)
	if code, out, _ := simulate(t, "-replay", bad); code != 1 {
		t.Errorf("tampered command: exit %d, want 1\n%s", code, out)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

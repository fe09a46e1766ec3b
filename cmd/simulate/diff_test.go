package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"salesfloor/sim"
)

// writeRun runs the lab and writes its output to dir/name.
func writeRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	f := filepath.Join(dir, name)
	if err := os.WriteFile(f, []byte(mustRun(t, args...)), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestDiffCommand(t *testing.T) {
	dir := t.TempDir()
	base := []string{"-scenario", "default", "-policy", "adaptive,commander", "-seeds", "10", "-format", "json", "-progress=false"}
	a := writeRun(t, dir, "a.json", base...)
	b := writeRun(t, dir, "b.json", append(base, "-set", "close_rate=0.45")...)
	out := mustRun(t, "diff", a, b)
	for _, want := range []string{"B  " + b + "  sim " + sim.Version + "  set close_rate=0.45", "default   adaptive", "0/10  score"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff table lacks %q:\n%s", want, out)
		}
	}
	var scoreLine string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "adaptive") && strings.Contains(l, "score") {
			scoreLine = l
		}
	}
	if !strings.HasSuffix(scoreLine, "*") || !strings.Contains(scoreLine, "  +") {
		t.Errorf("adaptive's score rise is not flagged: %q", scoreLine)
	}
	// Flags go before or after the files; -metric filters.
	js := mustRun(t, "diff", a, b, "-format", "json", "-metric", "score,revenue")
	var doc struct {
		Cells []struct {
			Policy  string `json:"policy"`
			Metrics map[string]struct {
				Diff        float64 `json:"diff"`
				Significant bool    `json:"significant"`
			} `json:"metrics"`
		} `json:"cells"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatalf("diff JSON: %v\n%s", err, js)
	}
	if len(doc.Cells) != 2 || len(doc.Cells[0].Metrics) != 2 || doc.Cells[0].Metrics["score"].Diff <= 0 || !doc.Cells[0].Metrics["revenue"].Significant {
		t.Errorf("diff JSON: %+v", doc)
	}
	if again := mustRun(t, "diff", "-format", "json", "-metric", "score,revenue", a, b); again != js {
		t.Error("flags before the files print something else")
	}
	self := mustRun(t, "diff", a, a)
	if !strings.Contains(self, "all 20 paired runs have the same outcome") || strings.Contains(self, "*\n") {
		t.Errorf("a file against itself:\n%s", self)
	}
}

func TestDiffRefusesExit2(t *testing.T) {
	dir := t.TempDir()
	base := []string{"-scenario", "default", "-policy", "adaptive", "-seeds", "3", "-progress=false"}
	a := writeRun(t, dir, "a.json", append(base, "-format", "json")...)
	noRuns := writeRun(t, dir, "noruns.json", append(base, "-format", "json", "-runs=false")...)
	table := writeRun(t, dir, "table.txt", base...)
	balance := writeRun(t, dir, "balance.json", append(base, "-format", "json", "-report", "balance")...)
	shard := writeRun(t, dir, "shard.json", append(base, "-format", "json", "-shard", "0/2")...)
	crunch := writeRun(t, dir, "crunch.json", "-scenario", "crunch", "-policy", "adaptive", "-seeds", "3", "-format", "json")
	seeds := writeRun(t, dir, "seeds.json", "-scenario", "default", "-policy", "adaptive", "-seeds", "3", "-seed", "2", "-format", "json")
	data, _ := os.ReadFile(a)
	v2 := filepath.Join(dir, "v2.json")
	os.WriteFile(v2, []byte(strings.Replace(string(data), `"sim_version": "`+sim.Version+`"`, `"sim_version": "next"`, 1)), 0o644)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{a}, []string{"need two lab JSON files"}},
		{[]string{a, table}, []string{table, "not lab JSON"}},
		{[]string{noRuns, a}, []string{noRuns, "has no runs", "-runs=false"}},
		{[]string{a, balance}, []string{balance, "balance report"}},
		{[]string{shard, a}, []string{shard, "merge the shards first"}},
		{[]string{a, filepath.Join(dir, "none.json")}, []string{"none.json", "no such file"}},
		{[]string{a, crunch}, []string{crunch, "no scenario × policy in common"}},
		{[]string{a, seeds}, []string{seeds, "seed lists differ", "1..3", "2..4"}},
		{[]string{a, v2}, []string{v2, "-allow-versions"}},
		{[]string{"-metric", "command_share", a, a}, []string{"not a run metric"}},
		{[]string{"-format", "xml", a, a}, []string{"table or json"}},
	} {
		code, _, errs := simulate(t, append([]string{"diff"}, c.args...)...)
		if code != 2 {
			t.Errorf("diff %v: exit %d, want 2", c.args, code)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("diff %v: stderr does not say %q:\n%s", c.args, w, errs)
			}
		}
	}
	out := mustRun(t, "diff", "-allow-versions", a, v2)
	if !strings.Contains(out, "comparing two sim versions (-allow-versions): "+sim.Version+" against next") {
		t.Errorf("-allow-versions header:\n%s", out)
	}
}

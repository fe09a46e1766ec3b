package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Bad expert, ladder and balance flags exit 2 and name the flag and the
// problem.
func TestExpertFlagsExit2(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-policy", "expert", "-budget", "0"}, "-budget 0 is not in 1..256"},
		{[]string{"-policy", "expert", "-budget", "-4"}, "-budget -4 is not in 1..256"},
		{[]string{"-policy", "expert", "-budget", "100000"}, "-budget 100000 is not in 1..256"},
		{[]string{"-against", "heuristics"}, `-against "heuristics" is not expert`},
		{[]string{"-policy", "expert[dance]"}, `"dance" is not an action`},
		{[]string{"ladder", "-budgets", "4,2"}, "budgets must rise: 2 after 4"},
		{[]string{"ladder", "-budgets", "4"}, "a ladder needs at least two budgets"},
		{[]string{"ladder", "-budgets", "0,1"}, `budget "0" is not a whole number in 1..256`},
		{[]string{"ladder", "-expert", "adaptive"}, `-expert "adaptive" is not expert`},
		{[]string{"ladder", "-expert", "expert[]"}, "leaves no actions"},
		{[]string{"ladder", "-seeds", "0"}, "need at least one seed"},
	} {
		code, _, stderr := simulate(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}

// A tiny expert balance report runs and says what it checked; with -check
// it exits 0 or 1 (never 2), and its JSON parses.
func TestBalanceAgainstExpert(t *testing.T) {
	code, out, stderr := simulate(t, "-scenario", "crunch", "-against", "expert", "-budget", "1", "-seeds", "1", "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Scenarios []struct {
			Scenario string          `json:"scenario"`
			Expert   json.RawMessage `json:"expert"`
		} `json:"scenarios"`
		Checks []struct {
			Name string `json:"name"`
			OK   bool   `json:"ok"`
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Scenarios) != 1 || doc.Scenarios[0].Scenario != "crunch" || len(doc.Checks) < 10 {
		t.Errorf("report: %s", out)
	}
	code, out, _ = simulate(t, "-scenario", "crunch", "-against", "expert", "-budget", "1", "-seeds", "1", "-check")
	if code != 0 && code != 1 || !strings.Contains(out, "\nchecks\n") {
		t.Errorf("-check: exit %d\n%s", code, out)
	}
}

func TestLadderRunsAndCharts(t *testing.T) {
	html := filepath.Join(t.TempDir(), "ladder.html")
	code, out, stderr := simulate(t, "ladder", "-scenario", "rookies", "-budgets", "1,2", "-policy", "idle", "-seeds", "1", "-html", html)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"rookies", "expert       1", "expert       2", "idle"} {
		if !strings.Contains(out, want) {
			t.Errorf("ladder lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(html)
	if err != nil || !strings.Contains(string(b), "data:image/png;base64,") {
		t.Errorf("no ladder chart: %v", err)
	}
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSensitivityCommand(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "s.html")
	args := []string{"sensitivity", "-scenario", "default", "-seeds", "3", "-params", "deal_spread,close_rate", "-progress=false"}
	code, out, errs := simulate(t, append(args, "-workers", "1", "-html", f)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(errs, "= 45 runs") {
		t.Errorf("the planned run count is not on stderr:\n%s", errs)
	}
	score := out[strings.Index(out, "score_all"):]
	if !strings.Contains(out, "default · gap_all_command = mean(adaptive)/mean(commander) − 1") ||
		strings.Index(score, "close_rate") > strings.Index(score, "deal_spread") {
		t.Errorf("table:\n%s", out)
	}
	if two := mustRun(t, append(args, "-workers", "2")...); two != out {
		t.Error("2 workers print different bytes than 1")
	}
	page, err := os.ReadFile(f)
	if err != nil || strings.Count(string(page), `src="data:image/png;base64,`) != 4 {
		t.Errorf("the page: %v, %d charts", err, strings.Count(string(page), "data:image/png"))
	}
	js := mustRun(t, append(args, "-format", "json", "-top", "1")...)
	if !strings.Contains(js, `"target": "score_all"`) || strings.Count(js, `"parameter": "deal_spread"`) > 4 {
		t.Errorf("JSON:\n%s", js)
	}
}

func TestSensitivityBadInputExit2(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-params", "close_rate,nonsense"}, `no model parameter "nonsense"`},
		{[]string{"-step", "0"}, "-step"},
		{[]string{"-step", "1"}, "-step"},
		{[]string{"-step", "-0.5"}, "-step"},
		{[]string{"-seeds", "0"}, "-seeds"},
		{[]string{"-policy", "adaptive,commander"}, `needs policy "exemplar"`},
		{[]string{"-trio", "adaptive,commander,balanced"}, `needs policy "balanced"`},
		{[]string{"-trio", "adaptive,commander"}, "three policies"},
		{[]string{"-format", "xml"}, "table or json"},
		{[]string{"-set", "close_days=0"}, "close_days"},
		{[]string{"stray"}, "unexpected argument"},
	} {
		code, _, errs := simulate(t, append([]string{"sensitivity", "-scenario", "default", "-seeds", "1", "-params", "close_rate"}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, want 2 and %q:\n%s", c.args, code, c.want, errs)
		}
	}
}

package lab

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestResolvePolicies(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(file, []byte(`{"name": "mine", "rules": [{"do": "calls"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	clash := filepath.Join(dir, "clash.json")
	if err := os.WriteFile(clash, []byte(`{"name": "adaptive", "rules": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	names := func(ps []PolicySpec) string {
		var s []string
		for _, p := range ps {
			s = append(s, p.Name)
		}
		return strings.Join(s, ",")
	}
	for _, c := range []struct{ arg, want, err string }{
		{"all", "idle,commander,exemplar,balanced,adaptive,random", ""},
		{"balanced", "balanced", ""},
		{"adaptive," + file + ",idle", "adaptive,mine,idle", ""},
		{"balanced,balanced", "", "twice"},
		{"nope", "", "neither built in"},
		{clash, "", "built-in policy's"},
		{"", "", "no policy"},
	} {
		ps, err := ResolvePolicies(c.arg)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.arg, err, c.err)
			}
			continue
		}
		if err != nil || names(ps) != c.want {
			t.Errorf("%q: %s, %v; want %s", c.arg, names(ps), err, c.want)
		}
	}
}

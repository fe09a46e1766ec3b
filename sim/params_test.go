package sim_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"salesfloor/sim"
)

// The model's tuning numbers live in Params, where a scenario can override
// them and the lab can sweep them. F builds a constant, so a call to F in the
// code that carries out actions, ticks and events is a tuning number hidden
// from both: there is no allow-list, because nothing there needs one.
func TestNoTuningLiteralsInModelCode(t *testing.T) {
	call := regexp.MustCompile(`(^|[^A-Za-z0-9_.])F\(`)
	for _, file := range []string{"effects.go", "tick.go", "events.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			code, _, _ := strings.Cut(line, "//")
			if call.MatchString(code) {
				t.Errorf("%s:%d: a constant in model code; make it a field of sim.Params: %s", file, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// Every parameter is reachable by a unique snake_case name: the lab's -set
// and -sweep, and a scenario's "params", find them by it.
func TestParamNames(t *testing.T) {
	snake := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	p := sim.DefaultParams()
	seen := map[string]bool{}
	for _, f := range p.Fields() {
		if !snake.MatchString(f.Name) {
			t.Errorf("parameter %q is not snake_case", f.Name)
		}
		if seen[f.Name] {
			t.Errorf("parameter %q is named twice", f.Name)
		}
		seen[f.Name] = true
	}
}

// Thresholds, shares and a new hire's stats are fractions, and a fraction
// outside 0..1 is refused with the parameter's name.
func TestValidateParamsRanges(t *testing.T) {
	tests := []struct {
		name, value string
		ok          bool
	}{
		{"lead_quality_floor", "0.05", true},
		{"lead_quality_floor", "1.5", false},
		{"lead_quality_floor", "-0.01", false},
		{"resent_below", "1.01", false},
		{"review_threat_trust", "-0.1", false},
		{"floor_rescue_keep", "2", false},
		{"checkin_pass", "1", true},
		{"checkin_pass", "1.2", false},
		{"distrusted_inflow", "-0.5", false},
		{"hire_skill", "1.1", false},
		{"hire_morale", "0", true},
		{"hire_morale", "-0.2", false},
		{"hire_trust", "3", false},
		{"hire_autonomy", "1.0001", false},
		{"morale_momentum_pct", "100", true},
		{"morale_momentum_pct", "101", false},
		{"morale_momentum_pct", "-1", false},
		{"report_on_morale", "0.5", true}, // a magnitude, not a fraction: only the -8..8 bound
		{"report_on_morale", "9", false},
		{"process_novice", "2", true},
	}
	for _, tt := range tests {
		p := sim.DefaultParams()
		if err := p.Set(tt.name, tt.value); err != nil {
			t.Fatalf("Set %s=%s: %v", tt.name, tt.value, err)
		}
		err := sim.ValidateParams("p.json", &p)
		switch {
		case tt.ok && err != nil:
			t.Errorf("%s=%s refused: %v", tt.name, tt.value, err)
		case !tt.ok && err == nil:
			t.Errorf("%s=%s accepted", tt.name, tt.value)
		case !tt.ok && !strings.Contains(err.Error(), "params."+tt.name):
			t.Errorf("%s=%s: the error does not name the parameter: %v", tt.name, tt.value, err)
		}
	}
}

package sim_test

import (
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// The simulation is pure: no Ebiten anywhere below it, and no clock, global
// randomness, goroutines or floating-point maths imported directly. This
// guards the determinism contract against a well-meant import.
func TestSimIsPure(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("needs the go tool")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	list := func(format string) []string {
		out, err := exec.Command(goTool, "list", "-f", format, "salesfloor/sim").Output()
		if err != nil {
			t.Skipf("go list: %v", err)
		}
		return strings.Fields(strings.Trim(strings.TrimSpace(string(out)), "[]"))
	}
	for _, dep := range list(`{{join .Deps " "}}`) {
		if strings.Contains(dep, "ebiten") || strings.Contains(dep, "golang.org/x/image") {
			t.Errorf("sim depends on %s", dep)
		}
	}
	forbidden := map[string]string{
		"math/rand":    "use sim.Rng: math/rand's streams may change between Go releases",
		"math/rand/v2": "use sim.Rng",
		"time":         "the simulation has no clock",
		"sync":         "no goroutines inside a run",
		"math":         "floats are not portable; use sim.Fixed",
	}
	for _, imp := range list(`{{join .Imports " "}}`) {
		if why, bad := forbidden[imp]; bad {
			t.Errorf("sim imports %s: %s", imp, why)
		}
	}
}

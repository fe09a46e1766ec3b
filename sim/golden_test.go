package sim_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"salesfloor/sim"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json from the current model")

// goldenFile holds the final state hash of every built-in scenario × built-in
// policy at fixed seeds, and the hash at a few checkpoints along one run. The
// same file must pass on amd64, arm64 and js/wasm: that is the proof that a
// replay recorded in a browser plays back identically on a desktop.
const goldenFile = "testdata/golden.json"

type golden struct {
	SimVersion string            `json:"sim_version"`
	Final      map[string]string `json:"final"`
	// Trace is the default scenario under the balanced policy, seed 1: the
	// hash every 260 ticks, to show where a divergence starts.
	Trace []string `json:"trace"`
}

var goldenSeeds = []uint64{1, 2, 3}

func computeGolden(t *testing.T) golden {
	g := golden{SimVersion: sim.Version, Final: map[string]string{}}
	for _, sn := range sim.ScenarioNames {
		for _, pn := range sim.PolicyNames {
			for _, seed := range goldenSeeds {
				pol, err := sim.NewPolicy(pn, seed)
				if err != nil {
					t.Fatal(err)
				}
				w, _, err := sim.Run(sim.Config{Scenario: scenario(t, sn), Seed: seed}, pol)
				if err != nil {
					t.Fatal(err)
				}
				g.Final[fmt.Sprintf("%s/%s/%d", sn, pn, seed)] = sim.HashHex(w.Hash())
			}
		}
	}
	// A year per scenario, and each campaign: the carried state, the
	// breaks' decisions, the seasons and every quarter's dice.
	for _, sn := range append(append([]string(nil), sim.ScenarioNames...), sim.CampaignNames...) {
		for _, pn := range []string{"balanced", "adaptive"} {
			pol, err := sim.NewPolicy(pn, 1)
			if err != nil {
				t.Fatal(err)
			}
			w, _, err := sim.Run(sim.Config{Scenario: scenario(t, sn), Seed: 1, Quarters: sim.MaxQuarters}, pol)
			if err != nil {
				t.Fatal(err)
			}
			g.Final[fmt.Sprintf("year/%s/%s/1", sn, pn)] = sim.HashHex(w.Hash())
		}
	}
	w := newWorld(t, "default", 1)
	for !w.Done() {
		play(t, w, "balanced", 260)
		g.Trace = append(g.Trace, sim.HashHex(w.Hash()))
	}
	return g
}

func TestGoldenHashes(t *testing.T) {
	got := computeGolden(t)
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.MkdirAll(filepath.Dir(goldenFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", goldenFile)
		return
	}
	data, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test ./sim -run TestGoldenHashes -update to create it)", err)
	}
	var want golden
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if want.SimVersion != sim.Version {
		t.Fatalf("goldens are for sim version %q, the sim is %q: regenerate them with -update in the commit that bumps the version", want.SimVersion, sim.Version)
	}
	for i := range want.Trace {
		if i >= len(got.Trace) || got.Trace[i] != want.Trace[i] {
			t.Errorf("default/balanced/1 first diverges before tick %d", (i+1)*260)
			break
		}
	}
	if len(got.Final) != len(want.Final) {
		t.Errorf("%d golden runs, want %d", len(got.Final), len(want.Final))
	}
	for k, h := range want.Final {
		if got.Final[k] != h {
			t.Errorf("%s: final hash %s, golden %s", k, got.Final[k], h)
		}
	}
	// Changing the version without changing the hashes is fine; changing the
	// hashes without changing the version is what this test exists to stop.
}

package policyfile

import (
	"testing"

	"salesfloor/sim"
)

// Every team and rep metric a policy file's conditions and targets may
// read, on a finished quarter: the per-tick cost of a rule's "if" and of
// "lowest:"/"highest:" targets.
func BenchmarkPolicyMetrics(b *testing.B) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		b.Fatal(err)
	}
	pol, _ := sim.NewPolicy("adaptive", 1)
	w, _, err := sim.Run(sim.Config{Scenario: s, Seed: 1}, pol)
	if err != nil {
		b.Fatal(err)
	}
	p := (&PolicyFile{Name: "bench"}).Policy()
	var sink int64
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for m := range TeamMetricNames {
			sink += p.teamMetric(w, m)
		}
		for r := range w.Reps {
			for m := range RepMetricNames {
				sink += repMetric(&w.Reps[r], m)
			}
		}
	}
	_ = sink
}

// benchPolicy reads metrics in every way a policy file can: team and rep
// conditions, and lowest:/highest: targets.
const benchPolicy = `{"name": "metrics",
 "rules": [{"if": {"metric": "team.morale", "below": 0.3}, "do": "celebrate", "target": "team"},
           {"if": {"metric": "team.exec_trust", "below": 0.3}, "do": "forecast"},
           {"if": {"metric": "team.culture", "below": 0.2}, "do": "vision"},
           {"if": {"metric": "team.score", "below": 5}, "do": "floor"},
           {"if": {"metric": "rep.threat", "above": 0.5}, "do": "mentor", "target": "highest:threat"},
           {"if": {"metric": "rep.leads", "below": 3}, "do": "scrub", "target": "lowest:leads"},
           {"if": {"metric": "rep.trust", "below": 0.2}, "do": "mentor", "target": "lowest:trust"},
           {"if": {"metric": "rep.drive", "below": 0.01}, "do": "review", "target": "lowest:drive"},
           {"do": "calls"}]}`

// A quarter played by a policy file that reads metrics on every free tick.
func BenchmarkPolicyFileQuarter(b *testing.B) {
	pf, err := ParsePolicyFile("metrics.json", []byte(benchPolicy))
	if err != nil {
		b.Fatal(err)
	}
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := sim.Run(sim.Config{Scenario: s, Seed: uint64(i)}, pf.Policy()); err != nil {
			b.Fatal(err)
		}
	}
}

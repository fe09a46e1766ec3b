package sim

import "testing"

// Every "add" effect an event may make, applied to a mid-quarter world:
// what resolving a field through the registry costs an event.
func BenchmarkApplyEffects(b *testing.B) {
	s, err := BuiltinScenario("default")
	if err != nil {
		b.Fatal(err)
	}
	w, err := NewWorld(Config{Scenario: s, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	w.Step(TicksPerQuarter / 2)
	var effs []Effect
	for _, name := range []string{"rep.morale", "rep.momentum", "rep.energy", "rep.trust", "rep.skill", "rep.lead_quality",
		"team.culture", "team.clarity", "team.process", "team.visibility", "team.lead_quality",
		"company.exec_trust", "player.authority", "player.influence", "player.energy"} {
		effs = append(effs, Effect{Op: "add", Field: name, Amount: One / 100}, Effect{Op: "add", Field: name, Amount: -One / 100})
	}
	if err := compileEffects("bench", "effects", effs, pickRandom); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w.applyEffects(effs, 0, CauseCheckin)
	}
}

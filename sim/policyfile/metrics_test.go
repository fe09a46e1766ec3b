package policyfile

import (
	"slices"
	"testing"

	"salesfloor/sim"
)

// The policy-file language's metric names and their numbering: existing
// files name them, and the evolutionary search draws them by number, so a
// metric renamed, dropped or moved fails here. New metrics go at the end.
func TestPolicyMetricNames(t *testing.T) {
	for _, c := range []struct {
		list, want []string
	}{
		{TeamMetricNames, []string{"score", "revenue", "quota_attainment", "morale", "momentum", "culture", "clarity",
			"process", "visibility", "advice_requests", "dials", "deals", "reps_lost", "command_share", "exec_trust",
			"authority", "influence", "energy", "lead_pool", "active_reps"}},
		{RepMetricNames, []string{"morale", "momentum", "skill", "experience", "energy", "trust", "autonomy", "drive",
			"leads", "lead_quality", "dials", "deals", "revenue", "advice_requests", "meetings_today", "threat"}},
	} {
		if !slices.Equal(c.list, c.want) {
			t.Errorf("metrics are\n%q\nwant\n%q", c.list, c.want)
		}
	}
}

// Every field the registry gives a policy name is readable under it, read
// through the registry: a rep's as "rep.<metric>", the others as
// "team.<metric>"; and no derived team metric takes a field's name.
func TestPolicyMetricsAreRegistryFields(t *testing.T) {
	for f := sim.Field(0); f < sim.NumFields; f++ {
		name := f.Metric()
		if name == "" {
			continue
		}
		if f.Scope() == sim.ScopeRep {
			if i := slices.Index(repMetrics[:], f); i < 0 || RepMetricNames[i] != name {
				t.Errorf("rep.%s (%s) is not a rep metric", name, f)
			}
			continue
		}
		i := slices.Index(TeamMetricNames, name)
		if i < 0 || teamMetrics[i].derive != nil || teamMetrics[i].field != f {
			t.Errorf("team.%s is not read from the registry's %s", name, f)
		}
	}
	for _, m := range teamMetrics {
		if m.derive == nil && (m.field.Scope() == sim.ScopeRep || m.field.Metric() != m.name) {
			t.Errorf("team.%s reads %s", m.name, m.field)
		}
	}
}

// Every metric reads what it always has, on a world in mid-quarter.
func TestPolicyMetricsRead(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	pol, _ := sim.NewPolicy("adaptive", 5)
	d.Play(pol, sim.TicksPerQuarter/2)
	w.Reps[1].Threat = true
	o := w.Outcome()
	n := func(v int64) int64 { return v << 16 }
	team := map[string]int64{
		"score": int64(o.Score), "revenue": n(w.Revenue()), "quota_attainment": int64(o.Attainment),
		"morale": int64(w.TeamMorale()), "momentum": int64(w.TeamMomentum()), "culture": int64(w.Team.Culture),
		"clarity": int64(w.Team.Clarity), "process": int64(w.Team.Process), "visibility": int64(w.Team.Visibility),
		"advice_requests": n(int64(w.AdviceRequests)), "dials": n(int64(o.Dials)), "deals": n(int64(o.Deals)),
		"reps_lost": n(int64(w.RepsLost)), "command_share": int64(o.CommandShare),
		"exec_trust": int64(w.Company.ExecTrust), "authority": int64(w.Player.Authority),
		"influence": int64(w.Player.Influence), "energy": int64(w.Player.Energy),
		"lead_pool": n(int64(w.Team.LeadPool)), "active_reps": n(int64(w.ActiveReps())),
	}
	p := (&PolicyFile{Name: "read"}).Policy()
	for m, name := range TeamMetricNames {
		if got, want := p.teamMetric(w, m), team[name]; got != want {
			t.Errorf("team.%s = %d, want %d", name, got, want)
		}
	}
	for i := range w.Reps {
		r := &w.Reps[i]
		threat := int64(0)
		if r.Threat {
			threat = int64(sim.One)
		}
		rep := map[string]int64{
			"morale": int64(r.Morale), "momentum": int64(r.Momentum), "skill": int64(r.Skill),
			"experience": int64(r.Experience), "energy": int64(r.Energy), "trust": int64(r.Trust),
			"autonomy": int64(r.Autonomy), "drive": int64(r.Drive), "leads": n(int64(r.Leads)),
			"lead_quality": int64(r.LeadQuality), "dials": n(int64(r.Dials)), "deals": n(int64(r.Deals)),
			"revenue": n(r.Revenue), "advice_requests": n(int64(r.AdviceAsked)),
			"meetings_today": n(int64(r.MeetingsToday)), "threat": threat,
		}
		for m, name := range RepMetricNames {
			if got, want := repMetric(r, m), rep[name]; got != want {
				t.Errorf("reps[%d]: rep.%s = %d, want %d", i, name, got, want)
			}
		}
	}
}

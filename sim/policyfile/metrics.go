package policyfile

import "salesfloor/sim"

// The metrics a policy file's conditions and targets read. A plain
// quantity of the world is a field of the sim's registry, read through
// it; the others are derived here, in one list. A rule names a metric once,
// when the file is compiled, and keeps its index (Cond.Metric,
// Target.Metric): reading it each tick is an index and a call, never a
// comparison of names.
//
// The lists' order numbers the metrics, and the evolutionary search draws
// by those numbers: TestPolicyMetricNames pins it, so grow a list at its
// end.

// teamMetric is one metric "team.<metric>" reads: a registry field, or,
// when derive is set, a quantity derived from several.
type teamMetric struct {
	name   string
	field  sim.Field
	derive func(p *FilePolicy, w *sim.World) int64 // in 1/65536 units
}

func plain(f sim.Field) teamMetric { return teamMetric{name: f.Metric(), field: f} }

func derived(name string, read func(p *FilePolicy, w *sim.World) int64) teamMetric {
	return teamMetric{name: name, derive: read}
}

// teamMetrics are every metric the JSON output reports (read live: morale
// and momentum are the team's mean now, not over the quarter), and a few
// more of the player's and company's standing.
var teamMetrics = [...]teamMetric{
	derived("score", func(p *FilePolicy, w *sim.World) int64 { return int64(p.running(w).Score) }),
	// The team's revenue, dials and deals include the player's own calls.
	derived("revenue", func(_ *FilePolicy, w *sim.World) int64 { return w.Revenue() << 16 }),
	derived("quota_attainment", func(p *FilePolicy, w *sim.World) int64 { return int64(p.running(w).Attainment) }),
	// The mean of the reps still on the team.
	derived("morale", func(_ *FilePolicy, w *sim.World) int64 { return int64(w.TeamMorale()) }),
	derived("momentum", func(_ *FilePolicy, w *sim.World) int64 { return int64(w.TeamMomentum()) }),
	plain(sim.FieldTeamCulture),
	plain(sim.FieldTeamClarity),
	plain(sim.FieldTeamProcess),
	plain(sim.FieldTeamVisibility),
	plain(sim.FieldAdviceRequests),
	derived("dials", func(p *FilePolicy, w *sim.World) int64 { return int64(p.running(w).Dials) << 16 }),
	derived("deals", func(p *FilePolicy, w *sim.World) int64 { return int64(p.running(w).Deals) << 16 }),
	plain(sim.FieldRepsLost),
	derived("command_share", func(p *FilePolicy, w *sim.World) int64 { return int64(p.running(w).CommandShare) }),
	plain(sim.FieldCompanyExecTrust),
	plain(sim.FieldPlayerAuthority),
	plain(sim.FieldPlayerInfluence),
	plain(sim.FieldPlayerEnergy),
	plain(sim.FieldTeamLeadPool),
	derived("active_reps", func(_ *FilePolicy, w *sim.World) int64 { return int64(w.ActiveReps()) << 16 }),
}

// repMetrics are the metrics "rep.<metric>", "lowest:" and "highest:" read:
// all of them fields of a rep.
var repMetrics = [...]sim.Field{
	sim.FieldRepMorale, sim.FieldRepMomentum, sim.FieldRepSkill, sim.FieldRepExperience, sim.FieldRepEnergy,
	sim.FieldRepTrust, sim.FieldRepAutonomy, sim.FieldRepDrive, sim.FieldRepLeads, sim.FieldRepLeadQuality,
	sim.FieldRepDials, sim.FieldRepDeals, sim.FieldRepRevenue, sim.FieldRepAdviceAsked, sim.FieldRepMeetingsToday,
	sim.FieldRepThreat,
}

// TeamMetricNames are the metrics "team.<metric>" may read, by number.
var TeamMetricNames = func() []string {
	names := make([]string, len(teamMetrics))
	for i, m := range teamMetrics {
		names[i] = m.name
	}
	return names
}()

// RepMetricNames are the metrics "rep.<metric>", "lowest:" and "highest:"
// read, by number.
var RepMetricNames = func() []string {
	names := make([]string, len(repMetrics))
	for i, f := range repMetrics {
		names[i] = f.Metric()
	}
	return names
}()

// repMetric reads a rep metric in 1/65536 units.
func repMetric(r *sim.Rep, m int) int64 { return repMetrics[m].Get(nil, r) }

// teamMetric reads a team metric in 1/65536 units.
func (p *FilePolicy) teamMetric(w *sim.World, m int) int64 {
	tm := &teamMetrics[m]
	if tm.derive != nil {
		return tm.derive(p, w)
	}
	return tm.field.Get(w, nil)
}

// running is the world's outcome so far, which several team metrics read:
// computed once a tick.
func (p *FilePolicy) running(w *sim.World) *sim.Outcome {
	if p.outcome == nil || p.otick != w.Tick {
		o := w.Outcome()
		p.outcome, p.otick = &o, w.Tick
	}
	return p.outcome
}

package sim

// The field registry: one table of the sim's named quantities, so that the
// names a scenario file, an event effect, a policy file, a save's error
// message and the lab's output use for, say, the team's culture are one
// name ("team.culture") for one struct field, not several hand-kept
// spellings that can drift apart.
//
// It lists the quantities someone outside the model reads or writes by
// name: a scenario's start values, an event's "add" targets, a policy's
// metrics. The model's own bookkeeping (pending effects, day stamps,
// cause ledgers, the generators) is visited by the codec under names of
// its own and is not here: nothing outside the model should name it.
//
// fields_test.go holds the table to its constants (TestFieldRegistrySource
// reads both from this file, as stringer does), and to the codec
// (TestFieldsMatchCodec: Get and ref reach the very value the codec saves
// and hashes under the field's name, and the constants follow the codec's
// visit order).

// Field is one named quantity of the world.
type Field uint8

// The fields, in the order the codec visits them: the reps' first, then
// the team's, the player's, the company's and the world's own tallies.
const (
	FieldRepSkill Field = iota
	FieldRepExperience
	FieldRepEnergy
	FieldRepMorale
	FieldRepMomentum
	FieldRepTrust
	FieldRepAutonomy
	FieldRepDrive
	FieldRepLeads
	FieldRepLeadQuality
	FieldRepDials
	FieldRepDeals
	FieldRepRevenue
	FieldRepMeetingsToday
	FieldRepAdviceAsked
	FieldRepThreat
	FieldTeamCulture
	FieldTeamClarity
	FieldTeamProcess
	FieldTeamVisibility
	FieldTeamLeadPool
	FieldTeamLeadQuality
	FieldTeamLeadInflow
	FieldPlayerAuthority
	FieldPlayerInfluence
	FieldPlayerEnergy
	FieldCompanyExecTrust
	FieldCompanyMarket
	FieldAdviceRequests
	FieldRepsLost
	NumFields
)

// Scope is what a field belongs to: one rep, or the world as a whole.
type Scope uint8

const (
	ScopeRep Scope = iota
	ScopeTeam
	ScopePlayer
	ScopeCompany
	// ScopeWorld is the world's own tallies; their names have no prefix.
	ScopeWorld
)

var scopeNames = [...]string{ScopeRep: "rep", ScopeTeam: "team", ScopePlayer: "player", ScopeCompany: "company", ScopeWorld: ""}

func (s Scope) String() string { return scopeNames[s] }

// Unit is what a field's value means, and so how it is stored.
type Unit uint8

const (
	UnitShare  Unit = iota // a Fixed in 0..1
	UnitFactor             // a Fixed multiplier, 1 normal (the market)
	UnitCount              // a whole number, int32
	UnitMoney              // dollars, int64
	UnitFlag               // yes or no
)

// effectRule is how an event's "add" effect lands on a field. Morale and
// momentum go through the rep's own adders, which book the change to the
// event's cause for the "why" panels; the rest are clamped in place.
type effectRule uint8

const (
	noEffect          effectRule = iota // events may not change it
	addShare                            // clamped to 0..1
	addAboveLeadFloor                   // clamped to Params.LeadQualityFloor..1
	addMorale                           // Rep.addMorale
	addMomentum                         // Rep.addMomentum
)

// fieldInfo is a field's entry; Field.Get and Field.ref reach its value.
type fieldInfo struct {
	name   string // the full name: "team.culture"
	scope  Scope
	unit   Unit
	metric string // its name in a policy file's "team.<metric>" or "rep.<metric>", "" none
	effect effectRule
}

// fields is the registry, keyed by the constants.
var fields = [NumFields]fieldInfo{
	FieldRepSkill:         {name: "rep.skill", scope: ScopeRep, unit: UnitShare, metric: "skill", effect: addShare},
	FieldRepExperience:    {name: "rep.experience", scope: ScopeRep, unit: UnitShare, metric: "experience"},
	FieldRepEnergy:        {name: "rep.energy", scope: ScopeRep, unit: UnitShare, metric: "energy", effect: addShare},
	FieldRepMorale:        {name: "rep.morale", scope: ScopeRep, unit: UnitShare, metric: "morale", effect: addMorale},
	FieldRepMomentum:      {name: "rep.momentum", scope: ScopeRep, unit: UnitShare, metric: "momentum", effect: addMomentum},
	FieldRepTrust:         {name: "rep.trust", scope: ScopeRep, unit: UnitShare, metric: "trust", effect: addShare},
	FieldRepAutonomy:      {name: "rep.autonomy", scope: ScopeRep, unit: UnitShare, metric: "autonomy"},
	FieldRepDrive:         {name: "rep.drive", scope: ScopeRep, unit: UnitShare, metric: "drive"},
	FieldRepLeads:         {name: "rep.leads", scope: ScopeRep, unit: UnitCount, metric: "leads"},
	FieldRepLeadQuality:   {name: "rep.lead_quality", scope: ScopeRep, unit: UnitShare, metric: "lead_quality", effect: addAboveLeadFloor},
	FieldRepDials:         {name: "rep.dials", scope: ScopeRep, unit: UnitCount, metric: "dials"},
	FieldRepDeals:         {name: "rep.deals", scope: ScopeRep, unit: UnitCount, metric: "deals"},
	FieldRepRevenue:       {name: "rep.revenue", scope: ScopeRep, unit: UnitMoney, metric: "revenue"},
	FieldRepMeetingsToday: {name: "rep.meetings_today", scope: ScopeRep, unit: UnitCount, metric: "meetings_today"},
	// A rep's advice requests are "advice_asked" in a save, and
	// "advice_requests" to a policy, like the team's tally.
	FieldRepAdviceAsked: {name: "rep.advice_asked", scope: ScopeRep, unit: UnitCount, metric: "advice_requests"},
	FieldRepThreat:      {name: "rep.threat", scope: ScopeRep, unit: UnitFlag, metric: "threat"},

	FieldTeamCulture:     {name: "team.culture", scope: ScopeTeam, unit: UnitShare, metric: "culture", effect: addShare},
	FieldTeamClarity:     {name: "team.clarity", scope: ScopeTeam, unit: UnitShare, metric: "clarity", effect: addShare},
	FieldTeamProcess:     {name: "team.process", scope: ScopeTeam, unit: UnitShare, metric: "process", effect: addShare},
	FieldTeamVisibility:  {name: "team.visibility", scope: ScopeTeam, unit: UnitShare, metric: "visibility", effect: addShare},
	FieldTeamLeadPool:    {name: "team.lead_pool", scope: ScopeTeam, unit: UnitCount, metric: "lead_pool"},
	FieldTeamLeadQuality: {name: "team.lead_quality", scope: ScopeTeam, unit: UnitShare, effect: addAboveLeadFloor},
	FieldTeamLeadInflow:  {name: "team.lead_inflow", scope: ScopeTeam, unit: UnitCount},

	// The player's and the company's standing read as team metrics in a
	// policy file: "team.authority", "team.exec_trust".
	FieldPlayerAuthority: {name: "player.authority", scope: ScopePlayer, unit: UnitShare, metric: "authority", effect: addShare},
	FieldPlayerInfluence: {name: "player.influence", scope: ScopePlayer, unit: UnitShare, metric: "influence", effect: addShare},
	FieldPlayerEnergy:    {name: "player.energy", scope: ScopePlayer, unit: UnitShare, metric: "energy", effect: addShare},

	FieldCompanyExecTrust: {name: "company.exec_trust", scope: ScopeCompany, unit: UnitShare, metric: "exec_trust", effect: addShare},
	// The market moves only by the "market" effect, which remembers the
	// level to return to; a plain add would not.
	FieldCompanyMarket: {name: "company.market", scope: ScopeCompany, unit: UnitFactor},

	FieldAdviceRequests: {name: "advice_requests", scope: ScopeWorld, unit: UnitCount, metric: "advice_requests"},
	FieldRepsLost:       {name: "reps_lost", scope: ScopeWorld, unit: UnitCount, metric: "reps_lost"},
}

// ref is the address of the field's value in w (a rep field's on r), as
// the type the codec visits it as: *Fixed for shares and factors, *int32
// for counts, *int64 for money, *bool for flags. Get is the same switch
// reading the value: see there.
func (f Field) ref(w *World, r *Rep) any {
	switch f {
	case FieldRepSkill:
		return &r.Skill
	case FieldRepExperience:
		return &r.Experience
	case FieldRepEnergy:
		return &r.Energy
	case FieldRepMorale:
		return &r.Morale
	case FieldRepMomentum:
		return &r.Momentum
	case FieldRepTrust:
		return &r.Trust
	case FieldRepAutonomy:
		return &r.Autonomy
	case FieldRepDrive:
		return &r.Drive
	case FieldRepLeads:
		return &r.Leads
	case FieldRepLeadQuality:
		return &r.LeadQuality
	case FieldRepDials:
		return &r.Dials
	case FieldRepDeals:
		return &r.Deals
	case FieldRepRevenue:
		return &r.Revenue
	case FieldRepMeetingsToday:
		return &r.MeetingsToday
	case FieldRepAdviceAsked:
		return &r.AdviceAsked
	case FieldRepThreat:
		return &r.Threat
	case FieldTeamCulture:
		return &w.Team.Culture
	case FieldTeamClarity:
		return &w.Team.Clarity
	case FieldTeamProcess:
		return &w.Team.Process
	case FieldTeamVisibility:
		return &w.Team.Visibility
	case FieldTeamLeadPool:
		return &w.Team.LeadPool
	case FieldTeamLeadQuality:
		return &w.Team.LeadQuality
	case FieldTeamLeadInflow:
		return &w.Team.LeadInflow
	case FieldPlayerAuthority:
		return &w.Player.Authority
	case FieldPlayerInfluence:
		return &w.Player.Influence
	case FieldPlayerEnergy:
		return &w.Player.Energy
	case FieldCompanyExecTrust:
		return &w.Company.ExecTrust
	case FieldCompanyMarket:
		return &w.Company.Market
	case FieldAdviceRequests:
		return &w.AdviceRequests
	case FieldRepsLost:
		return &w.RepsLost
	}
	panic("sim: field " + f.Name() + " has no case in Field.ref")
}

// Name is the field's full name, as scenario files, event effects and the
// codec's error messages write it: "team.culture", "rep.morale".
func (f Field) Name() string { return fields[f].name }

// String is the field's full name.
func (f Field) String() string { return f.Name() }

// Scope is what the field belongs to.
func (f Field) Scope() Scope { return fields[f].scope }

// Unit is what the field's value means.
func (f Field) Unit() Unit { return fields[f].unit }

// Metric is the field's name in a policy file's conditions and targets
// ("culture" in "team.culture", "trust" in "lowest:trust"), or "" when
// policies do not read it.
func (f Field) Metric() string { return fields[f].metric }

// Key is the field's name within its scope: "culture" for "team.culture",
// as a scenario's "team" object and a rep's entry spell it.
func (f Field) Key() string {
	if s := fields[f].scope; s != ScopeWorld {
		return fields[f].name[len(scopeNames[s])+1:]
	}
	return fields[f].name
}

// Get reads the field in 1/65536 units, so every field compares as one
// exact integer: a Fixed is its own bits, a count or a dollar amount is
// shifted up 16 bits, a flag is One or 0. r is the rep a rep field is read
// on; the other scopes ignore it.
//
// Get and ref are switches on the constants rather than functions in the
// table's entries: a policy file reads metrics every tick, and a jump to a
// direct load keeps up with the hand-written reads they replaced, where a
// call through a function value per read measured slower.
// TestFieldsMatchCodec holds both to the codec.
func (f Field) Get(w *World, r *Rep) int64 {
	switch f {
	case FieldRepSkill:
		return int64(r.Skill)
	case FieldRepExperience:
		return int64(r.Experience)
	case FieldRepEnergy:
		return int64(r.Energy)
	case FieldRepMorale:
		return int64(r.Morale)
	case FieldRepMomentum:
		return int64(r.Momentum)
	case FieldRepTrust:
		return int64(r.Trust)
	case FieldRepAutonomy:
		return int64(r.Autonomy)
	case FieldRepDrive:
		return int64(r.Drive)
	case FieldRepLeads:
		return int64(r.Leads) << 16
	case FieldRepLeadQuality:
		return int64(r.LeadQuality)
	case FieldRepDials:
		return int64(r.Dials) << 16
	case FieldRepDeals:
		return int64(r.Deals) << 16
	case FieldRepRevenue:
		return r.Revenue << 16
	case FieldRepMeetingsToday:
		return int64(r.MeetingsToday) << 16
	case FieldRepAdviceAsked:
		return int64(r.AdviceAsked) << 16
	case FieldRepThreat:
		if r.Threat {
			return int64(One)
		}
		return 0
	case FieldTeamCulture:
		return int64(w.Team.Culture)
	case FieldTeamClarity:
		return int64(w.Team.Clarity)
	case FieldTeamProcess:
		return int64(w.Team.Process)
	case FieldTeamVisibility:
		return int64(w.Team.Visibility)
	case FieldTeamLeadPool:
		return int64(w.Team.LeadPool) << 16
	case FieldTeamLeadQuality:
		return int64(w.Team.LeadQuality)
	case FieldTeamLeadInflow:
		return int64(w.Team.LeadInflow) << 16
	case FieldPlayerAuthority:
		return int64(w.Player.Authority)
	case FieldPlayerInfluence:
		return int64(w.Player.Influence)
	case FieldPlayerEnergy:
		return int64(w.Player.Energy)
	case FieldCompanyExecTrust:
		return int64(w.Company.ExecTrust)
	case FieldCompanyMarket:
		return int64(w.Company.Market)
	case FieldAdviceRequests:
		return int64(w.AdviceRequests) << 16
	case FieldRepsLost:
		return int64(w.RepsLost) << 16
	}
	panic("sim: field " + f.Name() + " has no case in Field.Get")
}

// FieldByName finds a field by its full name.
func FieldByName(name string) (Field, bool) {
	for f := range fields {
		if fields[f].name == name {
			return Field(f), true
		}
	}
	return 0, false
}

// effectFields are the names an event's "add" effect may change, in
// registry order: the list its error message offers.
var effectFields = func() []string {
	var names []string
	for _, x := range fields {
		if x.effect != noEffect {
			names = append(names, x.name)
		}
	}
	return names
}()

// isEffect reports whether an event's "add" may change the field.
func (f Field) isEffect() bool { return fields[f].effect != noEffect }

// add adds d to an effect field, clamped as the field's rule says; r is
// the rep for a rep field, and a change to morale or momentum is booked to
// cause.
func (f Field) add(w *World, r *Rep, d Fixed, cause Cause) {
	switch fields[f].effect {
	case addShare:
		v := f.ref(w, r).(*Fixed)
		*v = (*v + d).Clamp01()
	case addAboveLeadFloor:
		v := f.ref(w, r).(*Fixed)
		*v = (*v + d).Clamp(w.P.LeadQualityFloor, One)
	case addMorale:
		r.addMorale(d, cause)
	case addMomentum:
		r.addMomentum(d, cause)
	}
}

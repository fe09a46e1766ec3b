package sim

import (
	"fmt"
	"reflect"
	"strconv"
)

// Params are the model's tunable constants. They live in one struct, with a
// JSON name each, so that a scenario can override any of them and the
// balance lab can sweep them without touching code. All rates are per tick
// (15 minutes) unless the name says per day.
type Params struct {
	// Dialing and conversion.
	DialsPerTick    Fixed `json:"dials_per_tick"`    // a fresh, content rep's dials in 15 minutes
	ConnectRate     Fixed `json:"connect_rate"`      // chance a dial reaches someone, times lead quality
	BookRate        Fixed `json:"book_rate"`         // chance a conversation books a meeting, times effectiveness
	CloseRate       Fixed `json:"close_rate"`        // chance a booked meeting becomes a deal
	CloseDays       int32 `json:"close_days"`        // working days from meeting booked to close
	LeadPull        int32 `json:"lead_pull"`         // leads a rep takes from the pool when their queue runs dry
	DealSpread      Fixed `json:"deal_spread"`       // deal values vary within ±this fraction
	EnergyDrain     Fixed `json:"energy_drain"`      // energy spent per tick of dialing
	EnergyNight     Fixed `json:"energy_night"`      // energy recovered overnight
	RestBelow       Fixed `json:"rest_below"`        // a rep below this energy stops to rest
	PlayerSkill     Fixed `json:"player_skill"`      // the player's own skill on the phone
	ExperienceGain  Fixed `json:"experience_gain"`   // experience per conversation
	SkillFromExp    Fixed `json:"skill_from_exp"`    // skill gained per day per unit of experience gap
	ExpLearnBase    Fixed `json:"exp_learn_base"`    // share of skill_from_exp a floor with no culture still turns into skill
	ExpLearnCulture Fixed `json:"exp_learn_culture"` // and how much more per unit of culture

	// How a rep's state shapes the work. Each factor is base + weight × the
	// quantity, so that a weak rep still works and a strong one works
	// better; the factors multiply.
	EffectSkillBase      Fixed `json:"effect_skill_base"`      // conversation effectiveness at zero skill (the player's own calls too)
	EffectSkillWeight    Fixed `json:"effect_skill_weight"`    // effectiveness added per unit of skill
	EffectMoraleBase     Fixed `json:"effect_morale_base"`     // effectiveness at zero morale
	EffectMoraleWeight   Fixed `json:"effect_morale_weight"`   // effectiveness added per unit of morale
	EffectMomentumBase   Fixed `json:"effect_momentum_base"`   // effectiveness at zero momentum
	EffectMomentumWeight Fixed `json:"effect_momentum_weight"` // effectiveness added per unit of momentum
	EffectDrive          Fixed `json:"effect_drive"`           // effectiveness lift per unit of drive from a review
	ProcessNovice        Fixed `json:"process_novice"`         // process_alone counts times (this - skill): a playbook helps a novice more
	DialEnergyBase       Fixed `json:"dial_energy_base"`       // dial rate at zero energy
	DialEnergyWeight     Fixed `json:"dial_energy_weight"`     // dial rate added per unit of energy
	DialMoraleBase       Fixed `json:"dial_morale_base"`       // dial rate at zero morale
	DialMoraleWeight     Fixed `json:"dial_morale_weight"`     // dial rate added per unit of morale
	DialDrive            Fixed `json:"dial_drive"`             // dial-rate lift per unit of drive from a review
	CloseSkillBase       Fixed `json:"close_skill_base"`       // close rate at zero skill
	CloseSkillWeight     Fixed `json:"close_skill_weight"`     // close rate added per unit of skill
	RoutingBase          Fixed `json:"routing_base"`           // routed leads' quality, times the pool's, at zero process
	RoutingProcess       Fixed `json:"routing_process"`        // routed leads' quality added per unit of process: routing is process
	LeadQualityFloor     Fixed `json:"lead_quality_floor"`     // no lead queue is worse than this (0..1)

	// Energy.
	RestEnergy        Fixed `json:"rest_energy"`         // recovered per tick by a rep who stops to rest
	RestBusyEnergy    Fixed `json:"rest_busy_energy"`    // recovered per tick by a rep resting while busy (nothing makes a rep rest while busy yet)
	PlayerEnergyDrain Fixed `json:"player_energy_drain"` // the player's energy spent per tick of any action
	QuotaDrain        Fixed `json:"quota_drain"`         // energy drain multiplier under a dial quota
	PushDials         Fixed `json:"push_dials"`          // dial-rate multiplier during a quarter-end push
	PushDrain         Fixed `json:"push_drain"`          // energy drain multiplier during a quarter-end push

	// Momentum: the confidence carried from the last good call.
	MomentumGain  Fixed `json:"momentum_gain"`  // per meeting booked
	MomentumLoss  Fixed `json:"momentum_loss"`  // per tick of conversations without a booking
	MomentumDecay Fixed `json:"momentum_decay"` // fraction lost per tick
	MomentumBreak Fixed `json:"momentum_break"` // fraction lost when a report or meeting interrupts
	DealMomentum  Fixed `json:"deal_momentum"`  // for a rep whose deals close at the start of a day

	// Morale.
	MoraleDrift    Fixed `json:"morale_drift"`     // fraction of the gap to baseline closed per tick
	MoraleBase     Fixed `json:"morale_base"`      // baseline morale before culture and trust
	MoraleCulture  Fixed `json:"morale_culture"`   // baseline morale per unit of culture
	MoraleTrust    Fixed `json:"morale_trust"`     // baseline morale per unit of trust
	QuitBelow      Fixed `json:"quit_below"`       // morale under which a rep starts to think of leaving
	QuitDays       int32 `json:"quit_days"`        // days of low morale before a resignation threat
	QuitGraceDays  int32 `json:"quit_grace_days"`  // further days after a threat before the rep leaves
	IdleMoraleCost Fixed `json:"idle_morale_cost"` // morale lost per tick with no leads to call
	InspirationDay Fixed `json:"inspiration_day"`  // fraction of inspiration that turns into morale each day
	AdviceRate     Fixed `json:"advice_rate"`      // chance per tick, times influence and trust, that a rep asks for advice

	// Morale moved by the work itself. Momentum lifts the baseline in whole
	// percent, because the model divides: 10 adds momentum/10.
	MoraleMomentumPct  int32 `json:"morale_momentum_pct"`  // baseline morale per unit of momentum, in percent (0..100)
	BookMorale         Fixed `json:"book_morale"`          // per meeting booked
	DealMorale         Fixed `json:"deal_morale"`          // per deal closed
	FatigueMorale      Fixed `json:"fatigue_morale"`       // lost per tick a rep must stop to rest
	TeammateLeftMorale Fixed `json:"teammate_left_morale"` // lost by everyone left when a teammate resigns

	// Asking for advice. The chance is advice_rate × influence × (trust +
	// advice_trust_offset), so even a wary rep sometimes asks.
	AdviceTrustOffset Fixed `json:"advice_trust_offset"`
	AdviceSkill       Fixed `json:"advice_skill"`  // pending skill the rep gains per question
	AdviceMorale      Fixed `json:"advice_morale"` // morale the rep gains per question
	AdviceTrust       Fixed `json:"advice_trust"`  // trust the rep gains per question

	// Team quantities: decay per day and how pending effects settle.
	SettleRate       Fixed `json:"settle_rate"`       // fraction of a pending effect that lands each day
	CultureDecay     Fixed `json:"culture_decay"`     // per day
	ClarityDecay     Fixed `json:"clarity_decay"`     // per day
	ProcessDecay     Fixed `json:"process_decay"`     // per day
	VisibilityDecay  Fixed `json:"visibility_decay"`  // per day
	InfluenceDecay   Fixed `json:"influence_decay"`   // per day
	AuthorityRegen   Fixed `json:"authority_regen"`   // per day, times executive trust
	AuthorityResults Fixed `json:"authority_results"` // per day, times the day's revenue over its share of quota (at most 2): results give orders weight
	GrowthSettle     Fixed `json:"growth_settle"`     // share of pending skill, culture and clarity that lands each day: example compounds slowly
	RevenueFull      Fixed `json:"revenue_full"`      // attainment that earns the revenue score in full; the score rises to it on a concave curve
	DriveDecay       Fixed `json:"drive_decay"`       // per day
	ProcessCulture   Fixed `json:"process_culture"`   // output bonus per unit of process × culture
	ProcessAlone     Fixed `json:"process_alone"`     // output bonus per unit of process
	CultureAlone     Fixed `json:"culture_alone"`     // output bonus per unit of culture
	ClarityFloor     Fixed `json:"clarity_floor"`     // share of effort that counts at zero clarity
	CheckinWeight    Fixed `json:"checkin_weight"`    // executive trust moved per unit of visibility gap at a check-in
	TrustedInflow    Fixed `json:"trusted_inflow"`    // executive trust at or above which the team gets its full lead inflow

	// Standing orders.
	ReportEvery      int32 `json:"report_every"`      // ticks between status reports (8 = two hours)
	ReportVisibility Fixed `json:"report_visibility"` // visibility per report written
	ReportMorale     Fixed `json:"report_morale"`     // morale per report, times autonomy need plus report_autonomy_offset
	ReportCoaching   Fixed `json:"report_coaching"`   // effectiveness a checked-on rep gains, times (1-autonomy)(1-skill)
	QuotaBoost       Fixed `json:"quota_boost"`       // dial-rate lift under a dial quota of quota_ref dials a day
	QuotaRef         int32 `json:"quota_ref"`         // the dial quota at which quota_boost, quota_stress and quota_strain apply in full; they scale with the quota, up to twice
	QuotaRush        Fixed `json:"quota_rush"`        // conversation quality lost to rushing under a quota
	QuotaStress      Fixed `json:"quota_stress"`      // morale per tick under a quota, times autonomy need plus quota_autonomy_offset
	QuotaMiss        Fixed `json:"quota_miss"`        // morale lost by a rep who misses the day's dial quota, times autonomy need plus quota_miss_autonomy_offset

	// Standing orders: who minds them, and what switching one on costs.
	// report_morale, quota_stress and quota_miss count times (autonomy need
	// + the offset): a rep who wants direction still minds a little.
	ReportAutonomyOffset    Fixed `json:"report_autonomy_offset"`
	QuotaAutonomyOffset     Fixed `json:"quota_autonomy_offset"`
	QuotaMissAutonomyOffset Fixed `json:"quota_miss_autonomy_offset"` // a missed quota stings everyone, more so the autonomous
	ReportOnMorale          Fixed `json:"report_on_morale"`           // morale lost, times autonomy need, when reports are switched on for a rep
	ReportOnTrust           Fixed `json:"report_on_trust"`            // trust lost when reports are switched on for a rep
	QuotaOnMorale           Fixed `json:"quota_on_morale"`            // morale lost per rep, times autonomy need, when a quota is first set
	QuotaStrain             Fixed `json:"quota_strain"`               // strain a rep builds per tick of dialing under a quota, times autonomy need plus quota_autonomy_offset
	StrainMorale            Fixed `json:"strain_morale"`              // baseline morale lost per unit of strain: the quota's cost arrives later
	StrainRecover           Fixed `json:"strain_recover"`             // share of strain shed each night
	StrainDials             Fixed `json:"strain_dials"`               // dial rate lost per unit of strain: a team pushed for weeks dials slower, and no search sees it coming
	ReviewStrain            Fixed `json:"review_strain"`              // strain a review leaves on the rep: pressure adds up, whoever applies it

	// The player's power. Command effects scale with command power,
	// (command_power_base + authority) × energy factor; example effects
	// with example power, (example_power_base + example_power_influence ×
	// influence) × energy factor; the energy factor is power_energy_base +
	// power_energy_weight × the player's energy.
	CommandPowerBase      Fixed `json:"command_power_base"`
	ExamplePowerBase      Fixed `json:"example_power_base"`      // a leader's first talks work...
	ExamplePowerInfluence Fixed `json:"example_power_influence"` // ...and later ones work better
	PowerEnergyBase       Fixed `json:"power_energy_base"`
	PowerEnergyWeight     Fixed `json:"power_energy_weight"`
	ResentBelow           Fixed `json:"resent_below"`  // authority under which the title no longer carries an order (0..1)
	ResentTrust           Fixed `json:"resent_trust"`  // trust lost by each rep an order falls on, given below resent_below
	ResentMorale          Fixed `json:"resent_morale"` // morale lost by each rep an order falls on, given below resent_below

	// Action magnitudes. Command effects scale with authority, example
	// effects with influence.
	ProcedureGain Fixed `json:"procedure_gain"`
	ReassignGain  Fixed `json:"reassign_gain"`
	ReviewDrive   Fixed `json:"review_drive"`
	ReviewMorale  Fixed `json:"review_morale"`
	ReviewRepeat  Fixed `json:"review_repeat"`   // a review's sting grows by this per unit of drive left from the last one
	ReviewGapDays int32 `json:"review_gap_days"` // working days before the same rep can be reviewed again
	ForecastGain  Fixed `json:"forecast_gain"`
	CommandCost   Fixed `json:"command_cost"` // authority spent per hour of command
	CallsLift     Fixed `json:"calls_lift"`   // inspiration from the player taking a desk, per hour
	ScrubQuality  Fixed `json:"scrub_quality"`
	ScrubLeads    int32 `json:"scrub_leads"`
	VisionGain    Fixed `json:"vision_gain"`
	MentorSkill   Fixed `json:"mentor_skill"`
	MentorTrust   Fixed `json:"mentor_trust"`
	CelebrateLift Fixed `json:"celebrate_lift"`
	FloorLift     Fixed `json:"floor_lift"`
	ExampleGain   Fixed `json:"example_gain"` // influence earned per hour of example

	// Each action's further effects, in the order of the action table.
	// Amounts on the player's example scale with example power; culture
	// lands as pending culture, times (1 - culture).
	ProcedureMorale       Fixed `json:"procedure_morale"`        // lost per rep, times autonomy need: one more meeting about how to work
	ReviewVisibility      Fixed `json:"review_visibility"`       // a review shows the player one rep's numbers
	ReviewThreatTrust     Fixed `json:"review_threat_trust"`     // a review pushes a threatening rep who trusts the player less than this a day closer to leaving (0..1)
	ForecastBase          Fixed `json:"forecast_base"`           // share of forecast_gain a team without process gets
	ForecastProcessWeight Fixed `json:"forecast_process_weight"` // share added per unit of process: a system makes the count accurate
	ForecastProcess       Fixed `json:"forecast_process"`        // process gained from counting the pipeline together
	CallsTrust            Fixed `json:"calls_trust"`             // per rep, from seeing the boss dial
	CallsMorale           Fixed `json:"calls_morale"`            // per rep
	CallsCulture          Fixed `json:"calls_culture"`
	ScrubTrust            Fixed `json:"scrub_trust"`  // the rep's
	ScrubMorale           Fixed `json:"scrub_morale"` // the rep's
	ScrubCulture          Fixed `json:"scrub_culture"`
	VisionMorale          Fixed `json:"vision_morale"` // per rep
	VisionCulture         Fixed `json:"vision_culture"`
	VisionRepeatMorale    Fixed `json:"vision_repeat_morale"` // lost per rep by a second vision talk the same day: noise
	MentorMorale          Fixed `json:"mentor_morale"`        // the rep's
	MentorCulture         Fixed `json:"mentor_culture"`
	MentorInfluence       Fixed `json:"mentor_influence"` // influence per hour of mentoring, in example_gains: a coached rep tells the others
	// How much of a coaching hour is heard (World.heard): a rep who does
	// not trust the player takes coaching as criticism. By default all of
	// it is; the turnaround's burned team hears it only as trust returns.
	LessonTrustBase   Fixed `json:"lesson_trust_base"`   // share of a coaching hour's lesson and lift that reaches a rep with no trust in the player
	LessonTrustWeight Fixed `json:"lesson_trust_weight"` // share added per unit of the rep's trust, up to all of it
	CelebrateMomentum Fixed `json:"celebrate_momentum"`  // for each rep who won today
	CelebrateCulture  Fixed `json:"celebrate_culture"`
	HollowMorale      Fixed `json:"hollow_morale"` // lost per rep by applause for nothing
	HollowTrust       Fixed `json:"hollow_trust"`  // lost per rep by applause for nothing
	FloorTrust        Fixed `json:"floor_trust"`   // per rep
	FloorEnergy       Fixed `json:"floor_energy"`  // per rep, not scaled: the player unblocks what wore them down
	FloorVisibility   Fixed `json:"floor_visibility"`
	FloorCulture      Fixed `json:"floor_culture"`
	FloorRescueMorale Fixed `json:"floor_rescue_morale"` // for the unhappiest rep threatening to leave
	FloorRescueKeep   Fixed `json:"floor_rescue_keep"`   // share of that rep's low days left after the talk (0..1)

	// Event mechanics: an event's data picks a mechanic and scales it;
	// these are the mechanics' own magnitudes.
	CheckinPass      Fixed `json:"checkin_pass"`      // visibility at which the player answers "how's the business?" well (0..1)
	CheckinAuthority Fixed `json:"checkin_authority"` // authority lost per unit of executive trust lost at a check-in
	DistrustedInflow Fixed `json:"distrusted_inflow"` // share of the lead inflow a team gets at zero executive trust (0..1), in a single quarter and a year's first
	// DistrustedInflowLater is DistrustedInflow in a year's later quarters:
	// a crunch's executive starves an unseen floor while the crunch lasts
	// and eases off once it is over, so the crunch quarter is the
	// manager's and the year after it is not.
	DistrustedInflowLater Fixed `json:"distrusted_inflow_later"`
	StreakMomentum        Fixed `json:"streak_momentum"`     // a hot streak's momentum
	StreakMorale          Fixed `json:"streak_morale"`       // a hot streak's morale
	ThreatMorale          Fixed `json:"threat_morale"`       // lost by a rep who threatens to resign
	EventDealMorale       Fixed `json:"event_deal_morale"`   // for the rep whose deal an event closes
	EventDealMomentum     Fixed `json:"event_deal_momentum"` // for the rep whose deal an event closes
	HireSkill             Fixed `json:"hire_skill"`          // a new hire's skill (0..1)
	HireMorale            Fixed `json:"hire_morale"`         // a new hire's morale (0..1)
	HireTrust             Fixed `json:"hire_trust"`          // a new hire's trust in the player (0..1)
	HireAutonomy          Fixed `json:"hire_autonomy"`       // a new hire's autonomy need (0..1)

	// The year: a campaign's break between quarters (year.go) and what the
	// company makes of a quarter's result.
	BreakMorale         Fixed `json:"break_morale"`         // where a rep's morale heads over the break (0..1)
	BreakRecover        Fixed `json:"break_recover"`        // share of the way it gets there (0..1)
	BreakDecay          Fixed `json:"break_decay"`          // share of culture, clarity and process lost over the break (0..1)
	BreakAuthority      Fixed `json:"break_authority"`      // share of the way authority returns to the title's over the break (0..1)
	BreakExecResults    Fixed `json:"break_exec_results"`   // share of the way executive trust moves over the break toward the quarter's attainment, capped at 1 (0..1)
	QuotaGrowth         Fixed `json:"quota_growth"`         // next quota: (this quota + revenue) / 2, grown by this
	FireAttainment      Fixed `json:"fire_attainment"`      // a quarter under this attainment, with
	FireTrust           Fixed `json:"fire_trust"`           // executive trust under this, and the player is replaced
	HeadcountAttainment Fixed `json:"headcount_attainment"` // attainment that earns a hire at the break
	HeadcountStep       Fixed `json:"headcount_step"`       // and each this much more, another
	SeniorCoach         Fixed `json:"senior_coach"`         // per day, share of a senior's lead in skill a teammate takes as coaching
	SeniorMorale        Fixed `json:"senior_morale"`        // per day, share of the way a teammate's morale moves toward a senior's
	PromoteMorale       Fixed `json:"promote_morale"`       // a promoted rep's morale lift
	LetGoTrust          Fixed `json:"let_go_trust"`         // trust every other rep loses when one is let go
	MaxSeniors          int32 `json:"max_seniors"`          // seniors a team can have

	// What the quarter is judged on, out of 100 together: a scenario can
	// say that this quarter only the number counts, or that the team must
	// still be there next quarter.
	WeightRevenue   int32 `json:"weight_revenue"`
	WeightHealth    int32 `json:"weight_health"`
	WeightFuture    int32 `json:"weight_future"`
	WeightExecutive int32 `json:"weight_executive"`
}

// DefaultParams are the calibrated defaults. A scenario's "params" object
// overrides any of them.
func DefaultParams() Params {
	return Params{
		DialsPerTick:    F(3, 1),
		ConnectRate:     F(22, 100),
		BookRate:        F(30, 100),
		CloseRate:       F(35, 100),
		CloseDays:       5,
		LeadPull:        25,
		DealSpread:      F(40, 100),
		EnergyDrain:     F(2, 100),
		EnergyNight:     F(70, 100),
		RestBelow:       F(12, 100),
		PlayerSkill:     F(70, 100),
		ExperienceGain:  F(5, 10000),
		SkillFromExp:    F(1, 100),
		ExpLearnBase:    F(25, 100),
		ExpLearnCulture: One,

		EffectSkillBase:      F(3, 10),
		EffectSkillWeight:    F(7, 10),
		EffectMoraleBase:     F(7, 10),
		EffectMoraleWeight:   F(3, 10),
		EffectMomentumBase:   F(8, 10),
		EffectMomentumWeight: F(4, 10),
		EffectDrive:          F(8, 10),
		ProcessNovice:        F(3, 2),
		DialEnergyBase:       F(5, 10),
		DialEnergyWeight:     F(1, 2),
		DialMoraleBase:       F(7, 10),
		DialMoraleWeight:     F(3, 10),
		DialDrive:            F(1, 2),
		CloseSkillBase:       F(6, 10),
		CloseSkillWeight:     F(4, 10),
		RoutingBase:          F(8, 10),
		RoutingProcess:       F(4, 10),
		LeadQualityFloor:     F(5, 100),

		RestEnergy:        F(10, 100),
		RestBusyEnergy:    F(5, 100),
		PlayerEnergyDrain: F(15, 1000),
		QuotaDrain:        F(115, 100),
		PushDials:         F(12, 10),
		PushDrain:         F(12, 10),

		MomentumGain:  F(18, 100),
		MomentumLoss:  F(2, 100),
		MomentumDecay: F(15, 1000),
		MomentumBreak: F(50, 100),
		DealMomentum:  F(10, 100),

		MoraleDrift:    F(15, 1000),
		MoraleBase:     F(25, 100),
		MoraleCulture:  F(25, 100),
		MoraleTrust:    F(20, 100),
		QuitBelow:      F(25, 100),
		QuitDays:       5,
		QuitGraceDays:  5,
		IdleMoraleCost: F(4, 1000),
		InspirationDay: F(30, 100),
		AdviceRate:     F(8, 1000),

		MoraleMomentumPct:  10,
		BookMorale:         F(5, 1000),
		DealMorale:         F(2, 100),
		FatigueMorale:      F(5, 1000),
		TeammateLeftMorale: F(5, 100),

		AdviceTrustOffset: F(1, 4),
		AdviceSkill:       F(5, 1000),
		AdviceMorale:      F(1, 100),
		AdviceTrust:       F(5, 1000),

		SettleRate:       F(20, 100),
		CultureDecay:     F(6, 1000),
		ClarityDecay:     F(1, 100),
		ProcessDecay:     F(2, 100),
		VisibilityDecay:  F(50, 100),
		InfluenceDecay:   F(1, 100),
		AuthorityRegen:   F(2, 100),
		AuthorityResults: F(2, 100),
		GrowthSettle:     F(12, 100),
		RevenueFull:      F(25, 10),
		DriveDecay:       F(30, 100),
		ProcessCulture:   F(80, 100),
		ProcessAlone:     F(50, 100),
		CultureAlone:     F(20, 100),
		ClarityFloor:     F(70, 100),
		CheckinWeight:    F(20, 100),
		TrustedInflow:    F(50, 100),

		ReportEvery:      8,
		ReportVisibility: F(2, 100),
		ReportMorale:     F(8, 1000),
		ReportCoaching:   F(30, 100),
		QuotaBoost:       F(70, 100),
		QuotaRef:         60,
		QuotaRush:        F(5, 100),
		QuotaStress:      F(3, 10000),
		QuotaMiss:        F(2, 100),

		ReportAutonomyOffset:    F(1, 4),
		QuotaAutonomyOffset:     F(1, 4),
		QuotaMissAutonomyOffset: F(1, 2),
		ReportOnMorale:          F(2, 100),
		ReportOnTrust:           F(1, 100),
		QuotaOnMorale:           F(2, 100),
		QuotaStrain:             F(4, 10000),
		StrainMorale:            F(50, 100),
		StrainRecover:           F(10, 100),
		StrainDials:             F(50, 100),
		ReviewStrain:            F(5, 1000),

		CommandPowerBase:      One,
		ExamplePowerBase:      F(3, 10),
		ExamplePowerInfluence: F(8, 10),
		PowerEnergyBase:       F(5, 10),
		PowerEnergyWeight:     F(1, 2),
		ResentBelow:           F(15, 100),
		ResentTrust:           F(1, 100),
		ResentMorale:          F(2, 100),

		ProcedureGain: F(12, 100),
		ReassignGain:  F(2, 100),
		ReviewDrive:   F(40, 100),
		ReviewMorale:  F(5, 100),
		ReviewRepeat:  F(3, 1),
		ReviewGapDays: 5,
		ForecastGain:  F(35, 100),
		CommandCost:   F(3, 100),
		CallsLift:     F(2, 100),
		ScrubQuality:  F(10, 100),
		ScrubLeads:    8,
		VisionGain:    F(10, 100),
		MentorSkill:   F(6, 100),
		MentorTrust:   F(6, 100),
		CelebrateLift: F(5, 100),
		FloorLift:     F(1, 100),
		ExampleGain:   F(1, 1000),

		ProcedureMorale:       F(2, 100),
		ReviewVisibility:      F(4, 100),
		ReviewThreatTrust:     F(4, 10),
		ForecastBase:          F(7, 10),
		ForecastProcessWeight: F(6, 10),
		ForecastProcess:       F(5, 1000),
		CallsTrust:            F(2, 100),
		CallsMorale:           F(5, 1000),
		CallsCulture:          F(1, 100),
		ScrubTrust:            F(3, 100),
		ScrubMorale:           F(1, 100),
		ScrubCulture:          F(5, 1000),
		VisionMorale:          F(6, 100),
		VisionCulture:         F(3, 100),
		VisionRepeatMorale:    F(1, 100),
		MentorMorale:          F(4, 100),
		MentorCulture:         F(5, 1000),
		MentorInfluence:       F(3, 2),
		LessonTrustBase:       One,
		LessonTrustWeight:     0,
		CelebrateMomentum:     F(15, 100),
		CelebrateCulture:      F(2, 100),
		HollowMorale:          F(1, 100),
		HollowTrust:           F(2, 100),
		FloorTrust:            F(2, 100),
		FloorEnergy:           F(5, 100),
		FloorVisibility:       F(2, 100),
		FloorCulture:          F(1, 100),
		FloorRescueMorale:     F(3, 100),
		FloorRescueKeep:       F(1, 2),

		CheckinPass:           F(1, 2),
		CheckinAuthority:      F(1, 2),
		DistrustedInflow:      F(1, 2),
		DistrustedInflowLater: F(1, 2),
		StreakMomentum:        One,
		StreakMorale:          F(5, 100),
		ThreatMorale:          F(5, 100),
		EventDealMorale:       F(4, 100),
		EventDealMomentum:     F(20, 100),
		HireSkill:             F(25, 100),
		HireMorale:            F(70, 100),
		HireTrust:             F(50, 100),
		HireAutonomy:          F(30, 100),

		BreakMorale:         F(70, 100),
		BreakRecover:        F(50, 100),
		BreakDecay:          F(15, 100),
		BreakAuthority:      F(50, 100),
		BreakExecResults:    One,
		QuotaGrowth:         F(5, 100),
		FireAttainment:      F(45, 100),
		FireTrust:           F(20, 100),
		HeadcountAttainment: F(70, 100),
		HeadcountStep:       F(40, 100),
		SeniorCoach:         F(2, 100),
		SeniorMorale:        F(5, 100),
		PromoteMorale:       F(10, 100),
		LetGoTrust:          F(8, 100),
		MaxSeniors:          2,

		WeightRevenue:   50,
		WeightHealth:    20,
		WeightFuture:    20,
		WeightExecutive: 10,
	}
}

// ParamField is one named model parameter, for listing, validation and
// overrides.
type ParamField struct {
	Name  string
	Fixed bool  // a fixed-point value; otherwise a whole number
	Value Fixed // the value; a whole number is stored as is, not shifted
}

var (
	fixedType = reflect.TypeOf(Fixed(0))
	int32Type = reflect.TypeOf(int32(0))
)

// paramNames holds each parameter's name and kind, in declaration order
// (Value unset). They are read from the struct tags once: parsing tags is
// most of what Fields and digest would otherwise cost, and both run for
// every world made with parameters of its own.
var paramNames = func() []ParamField {
	t := reflect.TypeOf(Params{})
	out := make([]ParamField, t.NumField())
	for i := range out {
		f := t.Field(i)
		out[i] = ParamField{Name: f.Tag.Get("json"), Fixed: f.Type == fixedType}
	}
	return out
}()

// Fields lists the parameters in declaration order.
func (p *Params) Fields() []ParamField {
	v := reflect.ValueOf(p).Elem()
	out := make([]ParamField, len(paramNames))
	for i, f := range paramNames {
		f.Value = Fixed(v.Field(i).Int())
		out[i] = f
	}
	return out
}

// Set overrides one parameter by its JSON name, parsing value as a decimal
// (fixed-point parameters) or a whole number.
func (p *Params) Set(name, value string) error {
	v := reflect.ValueOf(p).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Tag.Get("json") != name {
			continue
		}
		if t.Field(i).Type == int32Type {
			n, err := strconv.ParseInt(value, 10, 32)
			if err != nil {
				return fmt.Errorf("parameter %s takes a whole number, not %q", name, value)
			}
			v.Field(i).SetInt(n)
			return nil
		}
		f, err := ParseFixed(value)
		if err != nil {
			return fmt.Errorf("parameter %s: %w", name, err)
		}
		v.Field(i).SetInt(int64(f))
		return nil
	}
	return fmt.Errorf("no model parameter %q", name)
}

// digest hashes the parameters' names and values, so the world's hash
// changes when any parameter does.
func (p *Params) digest() uint64 {
	h := hasher{h: fnvOffset}
	v := reflect.ValueOf(p).Elem()
	for i := range paramNames {
		value := Fixed(v.Field(i).Int())
		h.str("", &paramNames[i].Name)
		h.fx("", &value)
	}
	return h.h
}

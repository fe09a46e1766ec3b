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
	DialsPerTick   Fixed `json:"dials_per_tick"`  // a fresh, content rep's dials in 15 minutes
	ConnectRate    Fixed `json:"connect_rate"`    // chance a dial reaches someone, times lead quality
	BookRate       Fixed `json:"book_rate"`       // chance a conversation books a meeting, times effectiveness
	CloseRate      Fixed `json:"close_rate"`      // chance a booked meeting becomes a deal
	CloseDays      int32 `json:"close_days"`      // working days from meeting booked to close
	LeadPull       int32 `json:"lead_pull"`       // leads a rep takes from the pool when their queue runs dry
	DealSpread     Fixed `json:"deal_spread"`     // deal values vary within ±this fraction
	EnergyDrain    Fixed `json:"energy_drain"`    // energy spent per tick of dialing
	EnergyNight    Fixed `json:"energy_night"`    // energy recovered overnight
	RestBelow      Fixed `json:"rest_below"`      // a rep below this energy stops to rest
	PlayerSkill    Fixed `json:"player_skill"`    // the player's own skill on the phone
	ExperienceGain Fixed `json:"experience_gain"` // experience per conversation
	SkillFromExp   Fixed `json:"skill_from_exp"`  // skill gained per day per unit of experience gap

	// Momentum: the confidence carried from the last good call.
	MomentumGain  Fixed `json:"momentum_gain"`  // per meeting booked
	MomentumLoss  Fixed `json:"momentum_loss"`  // per tick of conversations without a booking
	MomentumDecay Fixed `json:"momentum_decay"` // fraction lost per tick
	MomentumBreak Fixed `json:"momentum_break"` // fraction lost when a report or meeting interrupts

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

	// Team quantities: decay per day and how pending effects settle.
	SettleRate      Fixed `json:"settle_rate"`      // fraction of a pending effect that lands each day
	CultureDecay    Fixed `json:"culture_decay"`    // per day
	ClarityDecay    Fixed `json:"clarity_decay"`    // per day
	ProcessDecay    Fixed `json:"process_decay"`    // per day
	VisibilityDecay Fixed `json:"visibility_decay"` // per day
	InfluenceDecay  Fixed `json:"influence_decay"`  // per day
	AuthorityRegen  Fixed `json:"authority_regen"`  // per day, times executive trust
	DriveDecay      Fixed `json:"drive_decay"`      // per day
	ProcessCulture  Fixed `json:"process_culture"`  // output bonus per unit of process × culture
	ProcessAlone    Fixed `json:"process_alone"`    // output bonus per unit of process
	CultureAlone    Fixed `json:"culture_alone"`    // output bonus per unit of culture
	ClarityFloor    Fixed `json:"clarity_floor"`    // share of effort that counts at zero clarity
	CheckinWeight   Fixed `json:"checkin_weight"`   // executive trust moved per unit of visibility gap at a check-in
	TrustedInflow   Fixed `json:"trusted_inflow"`   // executive trust at or above which the team gets its full lead inflow

	// Standing orders.
	ReportEvery      int32 `json:"report_every"`      // ticks between status reports (8 = two hours)
	ReportVisibility Fixed `json:"report_visibility"` // visibility per report written
	ReportMorale     Fixed `json:"report_morale"`     // morale per report, times autonomy need
	ReportCoaching   Fixed `json:"report_coaching"`   // effectiveness a checked-on rep gains, times (1-autonomy)(1-skill)
	QuotaBoost       Fixed `json:"quota_boost"`       // dial-rate lift under a dial quota
	QuotaRush        Fixed `json:"quota_rush"`        // conversation quality lost to rushing under a quota
	QuotaStress      Fixed `json:"quota_stress"`      // morale per tick under a quota, times autonomy need
	QuotaMiss        Fixed `json:"quota_miss"`        // morale lost by a rep who misses the day's dial quota

	// Action magnitudes. Command effects scale with authority, example
	// effects with influence.
	ProcedureGain Fixed `json:"procedure_gain"`
	ReassignGain  Fixed `json:"reassign_gain"`
	ReviewDrive   Fixed `json:"review_drive"`
	ReviewMorale  Fixed `json:"review_morale"`
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
		DialsPerTick:   F(3, 1),
		ConnectRate:    F(22, 100),
		BookRate:       F(30, 100),
		CloseRate:      F(35, 100),
		CloseDays:      5,
		LeadPull:       25,
		DealSpread:     F(40, 100),
		EnergyDrain:    F(2, 100),
		EnergyNight:    F(70, 100),
		RestBelow:      F(12, 100),
		PlayerSkill:    F(70, 100),
		ExperienceGain: F(5, 10000),
		SkillFromExp:   F(1, 100),

		MomentumGain:  F(18, 100),
		MomentumLoss:  F(2, 100),
		MomentumDecay: F(15, 1000),
		MomentumBreak: F(50, 100),

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

		SettleRate:      F(20, 100),
		CultureDecay:    F(6, 1000),
		ClarityDecay:    F(1, 100),
		ProcessDecay:    F(2, 100),
		VisibilityDecay: F(50, 100),
		InfluenceDecay:  F(2, 100),
		AuthorityRegen:  F(2, 100),
		DriveDecay:      F(30, 100),
		ProcessCulture:  F(80, 100),
		ProcessAlone:    F(50, 100),
		CultureAlone:    F(20, 100),
		ClarityFloor:    F(70, 100),
		CheckinWeight:   F(20, 100),
		TrustedInflow:   F(50, 100),

		ReportEvery:      8,
		ReportVisibility: F(2, 100),
		ReportMorale:     F(8, 1000),
		ReportCoaching:   F(30, 100),
		QuotaBoost:       F(40, 100),
		QuotaRush:        F(10, 100),
		QuotaStress:      F(3, 10000),
		QuotaMiss:        F(2, 100),

		ProcedureGain: F(12, 100),
		ReassignGain:  F(2, 100),
		ReviewDrive:   F(40, 100),
		ReviewMorale:  F(5, 100),
		ForecastGain:  F(35, 100),
		CommandCost:   F(3, 100),
		CallsLift:     F(2, 100),
		ScrubQuality:  F(20, 100),
		ScrubLeads:    15,
		VisionGain:    F(10, 100),
		MentorSkill:   F(6, 100),
		MentorTrust:   F(6, 100),
		CelebrateLift: F(5, 100),
		FloorLift:     F(1, 100),
		ExampleGain:   F(2, 100),

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

// Fields lists the parameters in declaration order.
func (p *Params) Fields() []ParamField {
	v := reflect.ValueOf(p).Elem()
	t := v.Type()
	out := make([]ParamField, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		out = append(out, ParamField{Name: f.Tag.Get("json"), Fixed: f.Type == fixedType, Value: Fixed(v.Field(i).Int())})
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
	for _, f := range p.Fields() {
		h.str("", &f.Name)
		h.fx("", &f.Value)
	}
	return h.h
}

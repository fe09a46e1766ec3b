package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"

	"salesfloor/assets"
)

// Scenario is a starting situation for a quarter: the team, the market, the
// quota, the events that may happen, and any model parameters it changes.
// Scenarios are data: the built-in ones are JSON files embedded from
// assets/scenarios, and a designer can load their own from a file.
type Scenario struct {
	Name        string      `json:"name"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Lesson      string      `json:"lesson"`
	Quota       int64       `json:"quota"`      // revenue target for the quarter, in dollars
	DealValue   int64       `json:"deal_value"` // mean revenue of one deal, in dollars
	Reps        []RepSpec   `json:"reps"`
	Team        TeamSpec    `json:"team"`
	Player      PlayerSpec  `json:"player"`
	Company     CompanySpec `json:"company"`
	Events      []EventDef  `json:"events"`
	// Params overrides model parameters by their JSON names.
	Params json.RawMessage `json:"params,omitempty"`
	// Campaign makes the scenario a campaign: its length and what its
	// later quarters bring (campaign.go).
	Campaign *CampaignSpec `json:"campaign,omitempty"`

	params Params // defaults with the overrides applied, set by Validate
	// checked is params as Validate last accepted them, with their digest:
	// NewWorld, which the lab and the expert call thousands of times, skips
	// validating and digesting parameters equal to these (a walk over a
	// hundred-odd fields by reflection, twice). Only Validate writes it, so
	// worlds started concurrently from one scenario only read it.
	checked checkedParams
}

// checkedParams are parameters known to be valid, and their digest.
type checkedParams struct {
	p      Params
	digest uint64
	ok     bool
}

// RepSpec is a rep as the scenario starts them.
type RepSpec struct {
	Name       string `json:"name"`
	Skill      Fixed  `json:"skill"`
	Experience Fixed  `json:"experience"`
	Morale     Fixed  `json:"morale"`
	Trust      Fixed  `json:"trust"`
	Autonomy   Fixed  `json:"autonomy"`
}

// TeamSpec is the team's starting state.
type TeamSpec struct {
	Culture     Fixed `json:"culture"`
	Clarity     Fixed `json:"clarity"`
	Process     Fixed `json:"process"`
	Visibility  Fixed `json:"visibility"`
	LeadPool    int32 `json:"lead_pool"`
	LeadQuality Fixed `json:"lead_quality"`
	LeadInflow  int32 `json:"lead_inflow"` // new leads per day
}

// PlayerSpec is the player's starting standing.
type PlayerSpec struct {
	Authority Fixed `json:"authority"`
	Influence Fixed `json:"influence"`
}

// CompanySpec is the company around the team.
type CompanySpec struct {
	ExecTrust Fixed `json:"exec_trust"`
	Market    Fixed `json:"market"` // demand multiplier, 1 is normal
}

// Params returns the model parameters in force for this scenario.
func (s *Scenario) ModelParams() Params { return s.params }

// ScenarioNames lists the built-in scenarios in their fixed order: the order
// "-scenario all" runs them in.
var ScenarioNames = []string{"default", "turnaround", "rookies", "crunch"}

// builtinNames is every embedded scenario's name: the quarters', then the
// campaigns'.
func builtinNames() string {
	return strings.Join(append(append([]string(nil), ScenarioNames...), CampaignNames...), ", ")
}

// BuiltinScenario loads one of the embedded scenarios (or campaigns) by
// name.
func BuiltinScenario(name string) (*Scenario, error) {
	data, err := fs.ReadFile(assets.Scenarios, path.Join("scenarios", name+".json"))
	if err != nil || strings.ContainsAny(name, "/\\.") {
		return nil, fmt.Errorf("no built-in scenario %q (have %s)", name, builtinNames())
	}
	return ParseScenario("scenarios/"+name+".json", data)
}

// LoadScenario loads a scenario by built-in name, or else from a file.
func LoadScenario(nameOrFile string) (*Scenario, error) {
	for _, list := range [][]string{ScenarioNames, CampaignNames} {
		for _, n := range list {
			if n == nameOrFile {
				return BuiltinScenario(n)
			}
		}
	}
	data, err := os.ReadFile(nameOrFile)
	if err != nil {
		return nil, fmt.Errorf("scenario %q is neither built in (%s) nor a readable file: %w",
			nameOrFile, builtinNames(), err)
	}
	return ParseScenario(nameOrFile, data)
}

// ParseScenario decodes and validates a scenario. file names the source in
// errors.
func ParseScenario(file string, data []byte) (*Scenario, error) {
	var s Scenario
	if err := decodeStrict(file, data, &s); err != nil {
		return nil, err
	}
	if err := s.Validate(file); err != nil {
		return nil, err
	}
	return &s, nil
}

// MarshalScenario encodes a scenario as indented JSON; ParseScenario reads it
// back to the same scenario.
func MarshalScenario(s *Scenario) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Validate checks every field's range and compiles the events and parameter
// overrides. The first problem is returned as a *FileError naming the field.
func (s *Scenario) Validate(file string) error {
	bad := func(field, format string, args ...any) error { return fieldErr(file, field, format, args...) }
	unit := func(field string, v Fixed) error {
		if v < 0 || v > One {
			return bad(field, "%s is out of range 0..1", v)
		}
		return nil
	}
	if s.Name == "" {
		return bad("name", "missing")
	}
	if s.Quota < 0 || s.Quota > 1e12 {
		return bad("quota", "%d is out of range 0..1e12", s.Quota)
	}
	if s.DealValue <= 0 || s.DealValue > 1e9 {
		return bad("deal_value", "%d must be positive and at most 1e9", s.DealValue)
	}
	if len(s.Reps) == 0 || len(s.Reps) > MaxReps {
		return bad("reps", "a team needs 1 to %d reps, found %d", MaxReps, len(s.Reps))
	}
	for i, r := range s.Reps {
		f := fmt.Sprintf("reps[%d]", i)
		if r.Name == "" {
			return bad(f+".name", "missing")
		}
		for _, c := range []struct {
			f Field
			v Fixed
		}{{FieldRepSkill, r.Skill}, {FieldRepExperience, r.Experience}, {FieldRepMorale, r.Morale},
			{FieldRepTrust, r.Trust}, {FieldRepAutonomy, r.Autonomy}} {
			if err := unit(f+"."+c.f.Key(), c.v); err != nil {
				return err
			}
		}
	}
	t := s.Team
	for _, c := range []struct {
		f Field
		v Fixed
	}{{FieldTeamCulture, t.Culture}, {FieldTeamClarity, t.Clarity}, {FieldTeamProcess, t.Process},
		{FieldTeamVisibility, t.Visibility}, {FieldTeamLeadQuality, t.LeadQuality},
		{FieldPlayerAuthority, s.Player.Authority}, {FieldPlayerInfluence, s.Player.Influence},
		{FieldCompanyExecTrust, s.Company.ExecTrust}} {
		if err := unit(c.f.Name(), c.v); err != nil {
			return err
		}
	}
	if t.LeadPool < 0 || t.LeadPool > 1e6 {
		return bad(FieldTeamLeadPool.Name(), "%d is out of range 0..1000000", t.LeadPool)
	}
	if t.LeadInflow < 0 || t.LeadInflow > 1e5 {
		return bad(FieldTeamLeadInflow.Name(), "%d is out of range 0..100000", t.LeadInflow)
	}
	if s.Company.Market <= 0 || s.Company.Market > I(4) {
		return bad(FieldCompanyMarket.Name(), "%s is out of range (0, 4]", s.Company.Market)
	}
	if s.Campaign != nil {
		if err := s.Campaign.validate(file); err != nil {
			return err
		}
	}
	if len(s.Events) > MaxEventDefs {
		return bad("events", "at most %d events, found %d", MaxEventDefs, len(s.Events))
	}
	ids := map[string]int{}
	for i := range s.Events {
		e := &s.Events[i]
		if j, dup := ids[e.ID]; dup && e.ID != "" {
			return bad(fmt.Sprintf("events[%d].id", i), "%q is already used by events[%d]", e.ID, j)
		}
		ids[e.ID] = i
		if err := e.compile(file, fmt.Sprintf("events[%d]", i)); err != nil {
			return err
		}
	}
	s.params = DefaultParams()
	if len(s.Params) > 0 {
		if err := decodeStrict(file, s.Params, &s.params); err != nil {
			if fe, ok := err.(*FileError); ok {
				fe.Field = "params" + dotted(fe.Field)
				fe.Offset = -1
			}
			return err
		}
	}
	if err := ValidateParams(file, &s.params); err != nil {
		return err
	}
	s.checked = checkedParams{p: s.params, digest: s.params.digest(), ok: true}
	return nil
}

func dotted(f string) string {
	if f == "" {
		return ""
	}
	return "." + f
}

// ValidateParams checks model parameters for values the model cannot run on.
func ValidateParams(file string, p *Params) error {
	if p.CloseDays < 1 || p.CloseDays >= PipeDays {
		return fieldErr(file, "params.close_days", "%d is out of range 1..%d", p.CloseDays, PipeDays-1)
	}
	if p.ReportEvery < 1 || p.ReportEvery > TicksPerDay {
		return fieldErr(file, "params.report_every", "%d is out of range 1..%d", p.ReportEvery, TicksPerDay)
	}
	if p.QuitDays < 1 || p.QuitGraceDays < 0 {
		return fieldErr(file, "params.quit_days", "must be at least 1 (and quit_grace_days at least 0)")
	}
	if sum := p.WeightRevenue + p.WeightHealth + p.WeightFuture + p.WeightExecutive; sum != 100 {
		return fieldErr(file, "params.weight_revenue", "the four score weights add up to %d, not 100", sum)
	}
	if p.RevenueFull < F(1, 10) {
		return fieldErr(file, "params.revenue_full", "%s is below 0.1: the revenue score needs an attainment to be full at", p.RevenueFull)
	}
	if p.LeadPull < 1 || p.ScrubLeads < 0 {
		return fieldErr(file, "params.lead_pull", "must be at least 1 (and scrub_leads at least 0)")
	}
	if p.QuotaRef < 1 || p.QuotaRef > MaxDialQuota {
		return fieldErr(file, "params.quota_ref", "%d is out of range 1..%d", p.QuotaRef, MaxDialQuota)
	}
	if p.HeadcountStep <= 0 {
		return fieldErr(file, "params.headcount_step", "%s must be above 0", p.HeadcountStep)
	}
	if p.MaxSeniors > MaxReps {
		return fieldErr(file, "params.max_seniors", "%d is over the team's limit of %d", p.MaxSeniors, MaxReps)
	}
	if p.MoraleMomentumPct > 100 {
		return fieldErr(file, "params.morale_momentum_pct", "%d is out of range 0..100", p.MoraleMomentumPct)
	}
	// Thresholds, shares and a new hire's stats are fractions: the model's
	// quantities they stand for, or are compared with, are 0..1.
	for _, u := range []struct {
		name string
		v    Fixed
	}{
		{"lead_quality_floor", p.LeadQualityFloor}, {"resent_below", p.ResentBelow},
		{"review_threat_trust", p.ReviewThreatTrust}, {"floor_rescue_keep", p.FloorRescueKeep},
		{"checkin_pass", p.CheckinPass}, {"distrusted_inflow", p.DistrustedInflow},
		{"distrusted_inflow_later", p.DistrustedInflowLater},
		{"settle_rate", p.SettleRate}, {"growth_settle", p.GrowthSettle}, {"strain_recover", p.StrainRecover},
		{"hire_skill", p.HireSkill}, {"hire_morale", p.HireMorale},
		{"hire_trust", p.HireTrust}, {"hire_autonomy", p.HireAutonomy},
		{"break_morale", p.BreakMorale}, {"break_recover", p.BreakRecover}, {"break_decay", p.BreakDecay},
		{"break_authority", p.BreakAuthority}, {"break_exec_results", p.BreakExecResults}, {"fire_attainment", p.FireAttainment}, {"fire_trust", p.FireTrust},
		{"senior_coach", p.SeniorCoach}, {"senior_morale", p.SeniorMorale}, {"let_go_trust", p.LetGoTrust},
	} {
		if u.v < 0 || u.v > One {
			return fieldErr(file, "params."+u.name, "%s is out of range 0..1", u.v)
		}
	}
	// Every Fixed parameter must be within -8..8: anything larger is a typo
	// and could overflow the fixed-point products.
	for _, kv := range p.Fields() {
		if kv.Fixed && (kv.Value < -I(8) || kv.Value > I(8)) {
			return fieldErr(file, "params."+kv.Name, "%s is out of range -8..8", kv.Value)
		}
		if !kv.Fixed && kv.Value < 0 {
			return fieldErr(file, "params."+kv.Name, "%d must not be negative", int32(kv.Value))
		}
	}
	return nil
}

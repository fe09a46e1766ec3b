package sim

import "fmt"

// A campaign scenario is a scenario with a "campaign" block: its length,
// and what each later quarter brings, as data. The floor starts as the
// scenario says; at the start of each quarter a season may move the market,
// change the daily lead inflow, bring joiners onto the team (a merger), and
// shake the team's culture. The break before it tells the player what is
// coming (Season.Note), so the next quarter can be planned for.

// CampaignNames lists the built-in campaigns, in their fixed order: the
// lab's "-scenario campaigns".
var CampaignNames = []string{"stars", "merger", "crash"}

// CampaignSpec makes a scenario a campaign.
type CampaignSpec struct {
	// Quarters is the campaign's length (2 to MaxQuarters); a world made
	// with Config.Quarters 0 plays all of them.
	Quarters int `json:"quarters"`
	// Story is the arc the campaign teaches, in a sentence or two: the
	// setup screen shows it, and the lab's README checks it against the
	// expert.
	Story string `json:"story"`
	// Seasons are what the later quarters bring, each for the quarter it
	// names; a quarter with none carries on as the last.
	Seasons []SeasonSpec `json:"seasons,omitempty"`
}

// SeasonSpec is what a campaign's quarter brings at its start.
type SeasonSpec struct {
	Quarter int    `json:"quarter"` // 2 to the campaign's quarters
	Note    string `json:"note"`    // what the break before it tells the player
	// Market is the demand multiplier from this quarter on (0: unchanged).
	Market Fixed `json:"market,omitempty"`
	// LeadInflow is the new daily lead inflow from this quarter on (0:
	// unchanged), before the difficulty's cut.
	LeadInflow int32 `json:"lead_inflow,omitempty"`
	// Joiners join the team at the quarter's start, as a merger's floor
	// does (within the floor's desks).
	Joiners []RepSpec `json:"joiners,omitempty"`
	// CultureShock is culture the team loses when the season begins (the
	// joiners' habits are not the floor's), 0..1.
	CultureShock Fixed `json:"culture_shock,omitempty"`
	// QuotaScale scales the quota the quarter would carry (0: unchanged):
	// a merged floor takes on the acquired floor's target, a crash's
	// executive cuts it.
	QuotaScale Fixed `json:"quota_scale,omitempty"`
}

// validate checks a campaign block.
func (c *CampaignSpec) validate(file string) error {
	bad := func(field, format string, args ...any) error {
		return fieldErr(file, "campaign."+field, format, args...)
	}
	if c.Quarters < 2 || c.Quarters > MaxQuarters {
		return bad("quarters", "%d is not 2 to %d", c.Quarters, MaxQuarters)
	}
	if c.Story == "" {
		return bad("story", "missing: say what the campaign teaches")
	}
	seen := map[int]int{}
	for i, s := range c.Seasons {
		f := fmt.Sprintf("seasons[%d]", i)
		if s.Quarter < 2 || s.Quarter > c.Quarters {
			return bad(f+".quarter", "%d is not 2 to %d: the first quarter is the scenario itself", s.Quarter, c.Quarters)
		}
		if j, dup := seen[s.Quarter]; dup {
			return bad(f+".quarter", "quarter %d already has seasons[%d]", s.Quarter, j)
		}
		seen[s.Quarter] = i
		if s.Note == "" {
			return bad(f+".note", "missing: the break must tell the player what is coming")
		}
		if s.Market < 0 || s.Market > I(4) {
			return bad(f+".market", "%s is out of range (0, 4]", s.Market)
		}
		if s.LeadInflow < 0 || s.LeadInflow > 1e5 {
			return bad(f+".lead_inflow", "%d is out of range 0..100000", s.LeadInflow)
		}
		if s.QuotaScale < 0 || s.QuotaScale > I(4) {
			return bad(f+".quota_scale", "%s is out of range 0..4", s.QuotaScale)
		}
		if s.CultureShock < 0 || s.CultureShock > One {
			return bad(f+".culture_shock", "%s is out of range 0..1", s.CultureShock)
		}
		if len(s.Joiners) > MaxReps {
			return bad(f+".joiners", "at most %d, found %d", MaxReps, len(s.Joiners))
		}
		for k, r := range s.Joiners {
			jf := fmt.Sprintf("%s.joiners[%d]", f, k)
			if r.Name == "" {
				return bad(jf+".name", "missing")
			}
			for _, v := range []struct {
				name string
				v    Fixed
			}{{"skill", r.Skill}, {"experience", r.Experience}, {"morale", r.Morale}, {"trust", r.Trust}, {"autonomy", r.Autonomy}} {
				if v.v < 0 || v.v > One {
					return bad(jf+"."+v.name, "%s is out of range 0..1", v.v)
				}
			}
		}
	}
	return nil
}

// Season is what the campaign's quarter q (0-based) brings at its start,
// or nil.
func (s *Scenario) Season(q int32) *SeasonSpec {
	if s.Campaign == nil {
		return nil
	}
	for i := range s.Campaign.Seasons {
		if int32(s.Campaign.Seasons[i].Quarter) == q+1 {
			return &s.Campaign.Seasons[i]
		}
	}
	return nil
}

// NextSeason is what the quarter after the current one brings, or nil: the
// break shows its note.
func (w *World) NextSeason() *SeasonSpec {
	if w.Year.Quarter+1 >= w.Year.Quarters {
		return nil
	}
	return w.Scenario.Season(w.Year.Quarter + 1)
}

// applySeason begins quarter y.Quarter's season, if it has one: called by
// beginQuarter once the team is set and the market reset.
func (w *World) applySeason() {
	s := w.Scenario.Season(w.Year.Quarter)
	if s == nil {
		return
	}
	if s.Market > 0 {
		w.Company.Market = s.Market
		w.Events.MarketBase = s.Market
	}
	if s.LeadInflow > 0 {
		w.Team.LeadInflow = s.LeadInflow
		if w.Difficulty == Hard {
			w.Team.LeadInflow = w.Team.LeadInflow * 17 / 20
		}
	}
	w.Team.Culture = (w.Team.Culture - s.CultureShock).Clamp01()
	for _, r := range s.Joiners {
		if len(w.Reps) >= MaxReps || w.nameTaken(r.Name) {
			continue
		}
		w.Reps = append(w.Reps, w.newcomer(r))
		w.StartReps++
		w.StartSkill += r.Skill
	}
}

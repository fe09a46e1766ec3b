package sim_test

import (
	"encoding/json"
	"strings"
	"testing"

	"salesfloor/sim"
)

// Every built-in campaign parses, names its story, and plays its own
// length by default; a season's market, leads, quota, joiners and culture
// shock arrive with its quarter, and its note is shown at the break before.
func TestCampaignSeasons(t *testing.T) {
	for _, name := range sim.CampaignNames {
		s := scenario(t, name)
		if s.Campaign == nil || s.Campaign.Story == "" {
			t.Fatalf("%s: no campaign", name)
		}
		w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 9})
		if err != nil {
			t.Fatal(err)
		}
		if int(w.Year.Quarters) != s.Campaign.Quarters {
			t.Errorf("%s: %d quarters by default, the campaign has %d", name, w.Year.Quarters, s.Campaign.Quarters)
		}
	}

	w, err := sim.NewWorld(sim.Config{Scenario: scenario(t, "merger"), Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("balanced", 4)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	d.Play(pol, sim.TicksPerQuarter)
	if !w.InBreak() {
		t.Fatal("no break after quarter 1")
	}
	sn := w.NextSeason()
	if sn == nil || !strings.Contains(sn.Note, "merger") {
		t.Fatalf("the break's next season: %+v", sn)
	}
	unscaled := (w.Year.Results[0].Quota + w.Year.Results[0].Revenue) / 2 * int64(sim.One+w.P.QuotaGrowth) >> 16
	if want := unscaled * int64(sn.QuotaScale) >> 16; w.NextQuota() != want {
		t.Errorf("next quota %d, want %d scaled from %d", w.NextQuota(), want, unscaled)
	}
	kept := w.ActiveReps()
	culture := (w.Team.Culture + w.Team.CulturePending).Clamp01()
	if err := d.Apply(sim.Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: sim.ActNextQuarter, Target: sim.TeamTarget}); err != nil {
		t.Fatal(err)
	}
	if got, want := w.ActiveReps(), kept+len(sn.Joiners); got != want {
		t.Errorf("quarter 2 has %d reps, want %d with the joiners", got, want)
	}
	if w.Team.LeadInflow != sn.LeadInflow {
		t.Errorf("lead inflow %d, want %d", w.Team.LeadInflow, sn.LeadInflow)
	}
	decayed := culture.Mul(sim.One - w.P.BreakDecay)
	if w.Team.Culture != (decayed - sn.CultureShock).Clamp01() {
		t.Errorf("culture %v, want %v less the shock %v", w.Team.Culture, decayed, sn.CultureShock)
	}
	if int(w.StartReps) != w.ActiveReps() {
		t.Errorf("the quarter's starting team %d, on the floor %d", w.StartReps, w.ActiveReps())
	}

	// The crash's third quarter: the market and the leads fall.
	c, err := sim.NewWorld(sim.Config{Scenario: scenario(t, "crash"), Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	cd := sim.NewDriver(sim.DriverConfig{World: c})
	for c.Year.Quarter < 2 && !c.Over() {
		cd.Play(pol, sim.TicksPerQuarter)
		_ = cd.Plan(pol)
	}
	if c.Year.Quarter != 2 || c.Company.Market != sim.F(60, 100) || c.Team.LeadInflow != 70 {
		t.Errorf("the crash's quarter 3: quarter %d, market %v, inflow %d", c.Year.Quarter+1, c.Company.Market, c.Team.LeadInflow)
	}
}

// A bad campaign block is refused with the file and the field.
func TestCampaignValidation(t *testing.T) {
	base := scenario(t, "crash")
	for _, tc := range []struct {
		name  string
		edit  func(c *sim.CampaignSpec)
		field string
	}{
		{"too short", func(c *sim.CampaignSpec) { c.Quarters = 1 }, "campaign.quarters"},
		{"too long", func(c *sim.CampaignSpec) { c.Quarters = 5 }, "campaign.quarters"},
		{"no story", func(c *sim.CampaignSpec) { c.Story = "" }, "campaign.story"},
		{"a season in quarter 1", func(c *sim.CampaignSpec) { c.Seasons[0].Quarter = 1 }, "campaign.seasons[0].quarter"},
		{"two seasons in one quarter", func(c *sim.CampaignSpec) { c.Seasons[1].Quarter = c.Seasons[0].Quarter }, "campaign.seasons[1].quarter"},
		{"no note", func(c *sim.CampaignSpec) { c.Seasons[0].Note = "" }, "campaign.seasons[0].note"},
		{"a market of 9", func(c *sim.CampaignSpec) { c.Seasons[0].Market = sim.I(9) }, "campaign.seasons[0].market"},
		{"a joiner with skill 2", func(c *sim.CampaignSpec) {
			c.Seasons[0].Joiners = []sim.RepSpec{{Name: "X", Skill: sim.I(2)}}
		}, "campaign.seasons[0].joiners[0].skill"},
		{"a nameless joiner", func(c *sim.CampaignSpec) { c.Seasons[0].Joiners = []sim.RepSpec{{}} }, "campaign.seasons[0].joiners[0].name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := sim.MarshalScenario(base)
			if err != nil {
				t.Fatal(err)
			}
			var s sim.Scenario
			if err := json.Unmarshal(data, &s); err != nil {
				t.Fatal(err)
			}
			tc.edit(s.Campaign)
			data, _ = sim.MarshalScenario(&s)
			_, err = sim.ParseScenario("my.json", data)
			if err == nil || !strings.Contains(err.Error(), "my.json") || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("error %v, want my.json and %s", err, tc.field)
			}
		})
	}
}

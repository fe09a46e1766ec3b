package lab

import (
	"salesfloor/sim"
)

// Record plays one quarter (or the campaign of s.Quarters) and returns its
// replay file, with the state hash recorded at the end of every day.
func Record(s *ScenarioRun, pol PolicySpec, seed uint64) ([]byte, error) {
	params := s.Params
	w, err := sim.NewWorld(sim.Config{Scenario: s.Scenario, Seed: seed, Params: &params, Quarters: s.Quarters})
	if err != nil {
		return nil, err
	}
	var p sim.Policy
	if pol.File != nil {
		p = pol.File.Policy()
	} else if p, err = sim.NewPolicy(pol.Name, seed); err != nil {
		return nil, err
	}
	var hashes []sim.HashAt
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	for !w.Over() {
		if w.InBreak() {
			if err := d.Plan(p); err != nil {
				return nil, err
			}
			continue
		}
		d.Play(p, w.Tick+1)
		if w.Tick%sim.TicksPerDay == 0 {
			hashes = append(hashes, w.HashNow())
		}
	}
	r, err := sim.NewReplay(w, d.Log())
	if err != nil {
		return nil, err
	}
	r.Hashes = hashes
	return sim.MarshalReplay(r)
}

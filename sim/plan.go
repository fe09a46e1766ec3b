package sim

// Planner is a policy that makes a campaign's break decisions itself: whom
// to hire, promote and let go. A policy that is not a Planner gets
// DefaultPlan, so every policy can play a year.
type Planner interface {
	// Plan appends the break's decisions to buf. It need not end with
	// ActNextQuarter: the driver starts the next quarter after them.
	Plan(w *World, buf []Command) []Command
}

// DefaultPlan spends a break as a careful manager would: hire the strongest
// candidates the headcount allows (skill first, then experience, and a
// need for autonomy counted against them), promote the most skilled rep
// with good morale to senior if the team has none, and let nobody go.
func DefaultPlan(w *World, buf []Command) []Command {
	y := &w.Year
	if !y.Planning {
		return buf
	}
	stamp := func(a ActionID, target, arg int32) Command {
		return Command{Tick: w.Tick, Quarter: y.Quarter, Action: a, Target: target, Arg: arg}
	}
	// Candidates by merit, best first: insertion order is the tie-break.
	var order [MaxCandidates]int32
	n := int32(0)
	merit := func(c *Candidate) Fixed { return c.Skill + c.Experience/2 - c.Autonomy/4 }
	for i := int32(0); i < y.NCandidates; i++ {
		j := n
		for j > 0 && merit(&y.Candidates[order[j-1]]) < merit(&y.Candidates[i]) {
			order[j] = order[j-1]
			j--
		}
		order[j] = i
		n++
	}
	hires := min(y.Headcount, n)
	for k := int32(0); k < hires; k++ {
		buf = append(buf, stamp(ActHire, TeamTarget, order[k]))
	}
	if w.Seniors() == 0 {
		best := int32(-1)
		for i := range w.Reps {
			r := &w.Reps[i]
			if r.Gone || r.Morale < F(50, 100) {
				continue
			}
			if best < 0 || r.Skill > w.Reps[best].Skill {
				best = int32(i)
			}
		}
		if best >= 0 && w.ActiveReps() >= 4 {
			buf = append(buf, stamp(ActPromote, best, 0))
		}
	}
	return buf
}

// Plan makes the break's decisions with pol (DefaultPlan if it is not a
// Planner), skipping any the world refuses, and starts the next quarter.
// It does nothing outside a break. The first refusal is returned once the
// next quarter has started.
func (d *Driver) Plan(pol Policy) error {
	w := d.w
	if !w.Year.Planning {
		return nil
	}
	d.buf = d.buf[:0]
	if pl, ok := pol.(Planner); ok {
		d.buf = pl.Plan(w, d.buf)
	} else {
		d.buf = DefaultPlan(w, d.buf)
	}
	var first error
	for _, c := range d.buf {
		if !w.Year.Planning {
			break
		}
		if err := d.Apply(c); err != nil && first == nil {
			first = err
		}
	}
	if w.Year.Planning {
		if err := d.Apply(Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: ActNextQuarter, Target: TeamTarget}); err != nil {
			return err
		}
	}
	return first
}

// PlayCampaign lets pol play the campaign to its end: every quarter, and
// every break between them.
func (d *Driver) PlayCampaign(pol Policy) {
	for {
		d.Play(pol, TicksPerQuarter)
		if !d.w.Year.Planning {
			return
		}
		_ = d.Plan(pol)
	}
}

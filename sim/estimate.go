package sim

// Estimate projects the quarter's outcome from a world not yet at its end,
// as if today's rates held to the last day: revenue booked, plus the
// pipeline's expected deals, plus what the floor is expected to sell each
// remaining day (lead supply permitting); morale averaged over the hours so
// far and, for the hours to come, at today's level; culture, clarity and
// skill with the effects already set in motion. It is the expert's value
// for the end of a short rollout: the search looks a few days ahead, and
// this says what those days have set up. At the end of the quarter it is
// the outcome itself.
func (w *World) Estimate() Outcome {
	o := w.Outcome()
	if w.Done() {
		return o
	}
	p := &w.P
	t := &w.Team
	daysLeft := F(int64(TicksPerQuarter-w.Tick), TicksPerDay)

	// What the floor sells in a day at today's rates, for as long as each
	// rep stays: a rep whose morale is headed below the quitting line is
	// counted until the day they would leave, and as lost.
	var conns, future Fixed // conversations per day; deals to come
	var pipeValue Fixed     // expected deals in the pipelines, in deal units
	var moraleAhead Fixed   // the morale the staying reps are headed for
	leaving := int32(0)
	f := w.floorRates()
	// Slow effects land over the days left: the floor is projected at the
	// mean level each slow quantity is headed for, as what is pending
	// settles and what stands decays. A procedure, a vision talk or a
	// coaching hour is worth the output it will buy, not only what has
	// landed by the end of a rollout.
	days := int((TicksPerQuarter - w.Tick + TicksPerDay - 1) / TicksPerDay)
	fa := f
	fa.setSlow(p,
		meanLanding(t.Clarity, t.ClarityPending, p.GrowthSettle, p.ClarityDecay, days),
		meanLanding(t.Process, t.ProcessPending, p.SettleRate, p.ProcessDecay, days),
		meanLanding(t.Culture, t.CulturePending, p.GrowthSettle, p.CultureDecay, days))
	skillLanded := meanLanding(0, One, p.GrowthSettle, 0, days)
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone {
			continue
		}
		skill := (r.Skill + r.SkillPending.Mul(skillLanded)).Clamp01()
		c, b := w.expectedPerTick(r, &fa, skill)
		day := I(TicksPerDay - 4) // breaks, reports and meetings take some of the day
		conns += c.Mul(day)
		closeRate := w.closeRate(skill)
		d := b.Mul(day).Mul(closeRate)
		stay := daysLeft
		ahead := w.moraleAhead(r, &f)
		if ahead < p.QuitBelow {
			if left := I(int(p.QuitDays + p.QuitGraceDays - r.LowDays)); left < stay {
				stay = left.Clamp(One, daysLeft)
				leaving++
			}
		} else {
			moraleAhead += ahead
		}
		future += d.Mul(stay)
		var m int32
		for _, x := range r.Pipe {
			m += x
		}
		pipeValue += I(int(m)).Mul(closeRate)
	}
	var pm int32
	for _, x := range w.Player.Pipe {
		pm += x
	}
	pipeValue += I(int(pm)).Mul(w.closeRate(p.PlayerSkill))
	// Every conversation uses a lead: a floor that would talk to more
	// people than the pool and the inflow supply sells less.
	if conns > 0 {
		supply := I(int(w.leadInflow())) + I(int(t.LeadPool)).Div(daysLeft.Clamp(One, I(DaysPerQuarter)))
		for i := range w.Reps {
			supply += I(int(w.Reps[i].Leads)).Div(daysLeft.Clamp(One, I(DaysPerQuarter)))
		}
		if supply < conns {
			future = future.Mul(supply.Div(conns))
		}
	}
	future += pipeValue
	o.Revenue += int64(future) * w.Scenario.DealValue >> 16

	// Morale: the hours to come at the level the staying reps are headed
	// for; the reps headed out count as lost.
	o.RepsKept -= leaving
	hoursLeft := int64(HoursPerQuarter - int(w.HoursSeen))
	if hoursLeft > 0 && o.RepsKept > 0 {
		m := moraleAhead / Fixed(o.RepsKept)
		o.MeanMorale = Fixed((w.MoraleSum + int64(m)*hoursLeft) / int64(HoursPerQuarter))
		o.EndMorale = m
	} else if o.RepsKept <= 0 {
		o.RepsKept = 0
		o.EndMorale = 0
	}
	// Effects in motion land.
	o.Culture = (t.Culture + t.CulturePending).Clamp01()
	o.Clarity = (t.Clarity + t.ClarityPending).Clamp01()
	if o.RepsKept > 0 {
		var pend Fixed
		for i := range w.Reps {
			if !w.Reps[i].Gone {
				pend += w.Reps[i].SkillPending
			}
		}
		o.SkillGrowth += pend / Fixed(o.RepsKept)
	}
	w.score(&o)
	return o
}

// expectedPerTick is a rep's expected conversations and meetings booked in
// a tick of dialing, on the floor's factors f and at the skill given: the
// mean of what repsTick draws.
func (w *World) expectedPerTick(r *Rep, f *floor, skill Fixed) (conns, books Fixed) {
	p := &w.P
	rate := w.dialRate(r, f)
	conns = rate.Mul(p.ConnectRate).Mul(r.LeadQuality).Mul(f.market)
	books = conns.Mul(p.BookRate).Mul(w.effectivenessAt(r, f, skill))
	return conns, books
}

// meanLanding is the mean, over the next days, of a slow quantity at level
// x with pending still to land: each day rate of what is pending lands and
// decay of what stands wears off, as at each day's end.
func meanLanding(x, pending, rate, decay Fixed, days int) Fixed {
	if days <= 0 {
		return x
	}
	var sum int64
	for d := 0; d < days; d++ {
		sum += int64(x)
		landed := pending.Mul(rate)
		pending -= landed
		x = (x + landed).Clamp01()
		x -= x.Mul(decay)
	}
	return Fixed(sum / int64(days))
}

// moraleAhead is where a rep's morale settles if today goes on as it has:
// the baseline it drifts to, shifted by today's other pushes and pulls per
// tick (reviews, reports, a quota, talks, wins) over the drift that undoes
// them. A manager who reviews someone daily sees the sting add up here,
// not weeks later in a resignation.
func (w *World) moraleAhead(r *Rep, f *floor) Fixed {
	var push Fixed
	for c, v := range r.MoraleCauses {
		if Cause(c) != CauseDrift {
			push += v
		}
	}
	ticks := w.Tick%TicksPerDay + 1
	if ticks < TicksPerDay/2 {
		ticks = TicksPerDay / 2
	}
	return (w.moraleBaseline(r, f) + (push / Fixed(ticks)).Div(w.P.MoraleDrift)).Clamp01()
}

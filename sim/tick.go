package sim

// Step advances the world by n ticks, stopping at the end of the quarter.
// Stepping one tick n times and n ticks at once are the same operation, which
// is why game speed never changes outcomes.
func (w *World) Step(n int) {
	for i := 0; i < n && !w.Done(); i++ {
		w.tick()
	}
}

// tick simulates one 15-minute slice: due events, the player's action, then
// each rep in order.
func (w *World) tick() {
	slot := w.Tick % TicksPerDay
	w.fireDue(slot)
	w.playerTick()
	w.repsTick(w.floorNow())
	if slot%TicksPerHour == TicksPerHour-1 {
		w.record(false)
	}
	w.Tick++
	if slot == TicksPerDay-1 {
		w.endDay()
		if !w.Done() {
			w.startDay()
		} else {
			w.quarterEnded()
		}
	}
}

// floor holds the factors of a rep's tick that are the same for every
// rep: they depend on the team, the player, the market, the standing
// orders and the day, none of which a rep's tick changes. tick works them
// out once for the whole floor rather than once per rep, and Estimate
// does the same.
//
// Each field is a whole subexpression of the per-rep formulas, computed in
// the same order: fixed-point products round at every step, so a product
// can be hoisted but never regrouped without changing the bits. A factor
// that applies only under a condition (a quota, a push) is still applied
// only then: multiplying by One would give the same bits, but a rep's
// tick mostly waits on its chains of dependent multiplications, and each
// one more makes it longer.
type floor struct {
	quotaOn   bool  // a dial quota stands
	pushOn    bool  // a quarter-end push is on
	pressure  Fixed // quotaPressure, when quotaOn
	quotaDial Fixed // dial-rate factor from the quota, when quotaOn
	quotaRush Fixed // effectiveness factor from rushed calls, when quotaOn
	drain     Fixed // energy spent per tick of dialing

	clarity        Fixed // effectiveness' clarity factor
	structureBase  Fixed // One + process × culture: the team's part of structure
	processAlone   Fixed // process alone, before the rep's novice factor
	cultureAlone   Fixed // culture alone
	advice         Fixed // the chance of advice, before the rep's trust
	moraleBaseline Fixed // the team's part of moraleBaseline
	market         Fixed
	pipe           int32 // the pipeline slot that meetings booked today close in
}

// floorInputs is everything in the world that floorRates reads and that
// can change during a quarter (the parameters never do).
type floorInputs struct {
	set                                          bool // false: nothing memoised yet
	push                                         bool
	quota, day                                   int32
	clarity, process, culture, influence, market Fixed
}

// floorNow is floorRates for the tick, memoised: the floor's inputs change
// a few times a day (at the day's end, when an action or event lands), so
// most ticks find them as they were and reuse the factors worked out from
// them. The memo is keyed by the inputs themselves, so it is exactly what
// floorRates would return, whatever changed them and however the world was
// made (a loaded world starts with none; a copy has the original's, with
// the inputs it was made from). It is transient: neither saved nor hashed.
func (w *World) floorNow() *floor {
	t, in := &w.Team, &w.floorIn
	// Field by field, in line: comparing whole structs calls a generated
	// equality, which cost more than the floor it saves.
	if !in.set || in.push != (w.Events.PushDays > 0) || in.quota != t.DialQuota || in.day != w.Day() ||
		in.clarity != t.Clarity || in.process != t.Process || in.culture != t.Culture ||
		in.influence != w.Player.Influence || in.market != w.Company.Market {
		*in = floorInputs{set: true, push: w.Events.PushDays > 0, quota: t.DialQuota, day: w.Day(),
			clarity: t.Clarity, process: t.Process, culture: t.Culture,
			influence: w.Player.Influence, market: w.Company.Market}
		w.floorMemo = w.floorRates()
	}
	return &w.floorMemo
}

// floorRates works out the floor's factors for the world as it is now.
func (w *World) floorRates() floor {
	p := &w.P
	t := &w.Team
	f := floor{drain: p.EnergyDrain}
	if t.DialQuota > 0 {
		f.quotaOn = true
		f.pressure = w.quotaPressure()
		f.quotaDial = One + p.QuotaBoost.Mul(f.pressure)
		f.quotaRush = One - p.QuotaRush
		f.drain = f.drain.Mul(p.QuotaDrain)
	}
	if w.Events.PushDays > 0 {
		f.pushOn = true
		f.drain = f.drain.Mul(p.PushDrain)
	}
	f.setSlow(p, t.Clarity, t.Process, t.Culture)
	f.advice = p.AdviceRate.Mul(w.Player.Influence)
	f.moraleBaseline = p.MoraleBase + p.MoraleCulture.Mul(t.Culture)
	f.market = w.Company.Market
	f.pipe = (w.Day() + p.CloseDays) % PipeDays
	return f
}

// setSlow works out the factors that come from the team's slow quantities:
// today's for a tick, the levels they are headed for in the estimate.
func (f *floor) setSlow(p *Params, clarity, process, culture Fixed) {
	f.clarity = p.ClarityFloor + (One - p.ClarityFloor).Mul(clarity)
	f.structureBase = One + p.ProcessCulture.Mul(process.Mul(culture))
	f.processAlone = p.ProcessAlone.Mul(process)
	f.cultureAlone = p.CultureAlone.Mul(culture)
}

// effectivenessAt is the effectiveness of a rep's conversations at the
// skill given (the tick's is the rep's own; the estimate passes the skill
// the rep's coaching is headed for): the share of effort that goes to work
// that counts (clarity), skill, morale, momentum, the structure that
// process and culture give together, a review's drive, standing orders.
//
// It is a chain of steps, each small enough for the compiler to inline, so
// that the reps' tick can run the chain in line rather than call it (see
// World.dial). Each step multiplies in its factors in the formula's order:
// fixed-point products round at every step, so the order is the formula.
func (w *World) effectivenessAt(r *Rep, f *floor, skill Fixed) Fixed {
	p := &w.P
	e := f.effectSkill(p, skill)
	e = effectMood(p, r, e)
	e = f.effectStructure(p, skill, e)
	e = effectDrive(p, r, e)
	return f.effectOrders(p, r, skill, e)
}

// effectSkill is where effectiveness starts: the share of effort that goes
// to work that counts (clarity), times skill.
func (f *floor) effectSkill(p *Params, skill Fixed) Fixed {
	return f.clarity.Mul(p.EffectSkillBase + skill.Mul(p.EffectSkillWeight))
}

// effectMood applies morale and momentum to effectiveness e.
func effectMood(p *Params, r *Rep, e Fixed) Fixed {
	e = e.Mul(p.EffectMoraleBase + r.Morale.Mul(p.EffectMoraleWeight))
	return e.Mul(p.EffectMomentumBase + r.Momentum.Mul(p.EffectMomentumWeight))
}

// effectStructure applies the structure that process and culture give
// together: a playbook helps a novice more than an expert.
func (f *floor) effectStructure(p *Params, skill, e Fixed) Fixed {
	return e.Mul(f.structureBase + f.processAlone.Mul(p.ProcessNovice-skill) + f.cultureAlone)
}

// effectDrive applies a review's drive: it focuses the rep, for a while.
func effectDrive(p *Params, r *Rep, e Fixed) Fixed {
	return e.Mul(One + r.Drive.Mul(p.EffectDrive))
}

// effectOrders applies standing orders: a novice who wants direction does
// better when someone checks the work (an autonomous expert gains nothing
// from it), and a dial quota rushes the calls.
func (f *floor) effectOrders(p *Params, r *Rep, skill, e Fixed) Fixed {
	if r.Reports {
		e = e.Mul(One + p.ReportCoaching.Mul(One-r.Autonomy).Mul(One-skill))
	}
	if f.quotaOn {
		e = e.Mul(f.quotaRush)
	}
	return e
}

// repsTick simulates each rep's slice of the tick, in order. It is one
// loop rather than a function called per rep, which saves a call and the
// registers spilled around it eight times a tick (a few percent of a
// quarter); only a rep who dials calls out, to dial, which takes the place
// of the two calls (dialRate, effectiveness) the loop used to make.
func (w *World) repsTick(f *floor) {
	p := &w.P
	reps := w.Reps
	// Each rep's dice live in a local rather than in w.dice: rolled in
	// registers, and no store to the world that would make the compiler
	// reload what it has already read from it.
	key := w.tickDice()
	for i := range reps {
		r := &reps[i]
		if r.Gone {
			r.Activity = Left
			continue
		}
		if r.Busy > 0 {
			r.Busy--
			if r.Activity == Resting {
				r.Energy = (r.Energy + p.RestBusyEnergy).Clamp01()
			}
			continue
		}
		if r.Reports {
			r.ReportIn--
			if r.ReportIn <= 0 {
				// The two-hour status report: the player sees the pipeline, the
				// rep stops dialing and loses the thread of a good run.
				r.ReportIn = p.ReportEvery
				w.Team.Visibility = (w.Team.Visibility + p.ReportVisibility).Clamp01()
				r.addMorale(-p.ReportMorale.Mul(r.Autonomy+p.ReportAutonomyOffset), CauseReports)
				before := r.Momentum
				r.interrupt(p, Reporting, 1, CauseReports)
				w.note(Happening{Kind: HapReport, Rep: int32(i), Momentum: before - r.Momentum})
				r.Busy--
				continue
			}
		}
		if r.Energy < p.RestBelow {
			r.Activity = Resting
			r.Energy = (r.Energy + p.RestEnergy).Clamp01()
			r.addMorale(-p.FatigueMorale, CauseFatigue)
			r.addMomentum(-r.Momentum.Mul(p.MomentumDecay), CauseFatigue)
			continue
		}
		if r.Leads == 0 {
			n := p.LeadPull
			if n > w.Team.LeadPool {
				n = w.Team.LeadPool
			}
			if n == 0 {
				r.Activity = Idle
				r.addMorale(-p.IdleMoraleCost, CauseNoLeads)
				r.addMomentum(-r.Momentum.Mul(p.MomentumDecay), CauseNoLeads)
				continue
			}
			w.Team.LeadPool -= n
			r.Leads = n
			// Routing is process: a floor with a system hands out better leads.
			r.LeadQuality = w.Team.LeadQuality.Mul(p.RoutingBase+w.Team.Process.Mul(p.RoutingProcess)).Clamp(p.LeadQualityFloor, One)
		}
		dice := key.at(diceRep + uint64(i))
		if dice.Chance(f.advice.Mul(r.Trust + p.AdviceTrustOffset)) {
			// The surest sign of a leader: the rep walks over to ask.
			r.Activity = AskingAdvice
			r.AdviceAsked++
			w.AdviceRequests++
			r.SkillPending += p.AdviceSkill
			r.addMorale(p.AdviceMorale, CauseAdvice)
			r.Trust = (r.Trust + p.AdviceTrust).Clamp01()
			w.note(Happening{Kind: HapAdvice, Rep: int32(i)})
			continue
		}

		w.dial(r, f, dice)
	}
}

// dial is a rep's tick on the phone: dials, conversations, meetings booked,
// and what they do to momentum, morale, energy and experience. It is a
// function of its own, called by repsTick for a rep who dials, so that it
// runs with few values live and the dial rate's and effectiveness' steps
// inlined: without calls inside, the compiler keeps its work in registers.
// dice are the rep's dice for this tick, already rolled once for advice.
func (w *World) dial(r *Rep, f *floor, dice Rng) {
	p := &w.P
	// w.dialRate(r, f), in line.
	rate := dialMood(p, r)
	rate = f.dialOrders(p, rate)
	rate = dialStrainDrive(p, r, rate)
	carry := r.DialCarry + rate
	dials := int32(carry.Floor())
	r.DialCarry = carry - I(int(dials))

	// p.ConnectRate.MulInt(dials) is I(dials).Mul(p.ConnectRate) (dials, a
	// Fixed's whole part, always fits I) one step sooner: this chain of
	// products is what a rep's tick waits on.
	conns := int32(dice.Round(p.ConnectRate.MulInt(int(dials)).Mul(r.LeadQuality).Mul(f.market)))
	// min, not an if: whether the dice outrun the leads left is as random
	// as the dice, and a conditional move cannot be mispredicted.
	conns = min(conns, r.Leads)
	r.Leads -= conns
	books := int32(0)
	if conns > 0 {
		// w.effectivenessAt(r, f, r.Skill), in line.
		e := f.effectSkill(p, r.Skill)
		e = effectMood(p, r, e)
		e = f.effectStructure(p, r.Skill, e)
		e = effectDrive(p, r, e)
		e = f.effectOrders(p, r, r.Skill, e)
		books = int32(dice.Round(I(int(conns)).Mul(p.BookRate).Mul(e)))
		r.Activity = Talking
	} else {
		r.Activity = Dialing
	}
	switch {
	case books > 0:
		r.addMomentum(p.MomentumGain.MulInt(int(books)), CauseCall)
		r.addMorale(p.BookMorale.MulInt(int(books)), CauseCall)
	case conns > 0:
		r.addMomentum(-p.MomentumLoss, CauseCall)
	}
	r.addMomentum(-r.Momentum.Mul(p.MomentumDecay), CauseDrift)

	r.addMorale((w.moraleBaseline(r, f) - r.Morale).Mul(p.MoraleDrift), CauseDrift)
	if f.quotaOn {
		r.addMorale(-p.QuotaStress.Mul(r.Autonomy+p.QuotaAutonomyOffset).Mul(f.pressure), CauseQuota)
		r.Strain = (r.Strain + p.QuotaStrain.Mul(r.Autonomy+p.QuotaAutonomyOffset).Mul(f.pressure)).Clamp01()
	}
	r.Energy = (r.Energy - f.drain).Clamp01()
	r.Experience = (r.Experience + p.ExperienceGain.MulInt(int(conns))).Clamp01()

	r.Dials += dials
	r.DialsToday += dials
	r.Conversations += conns
	r.Meetings += books
	r.MeetingsToday += books
	r.hourOutput += books
	r.Pipe[f.pipe] += books
}

// playerTick carries out the player's current action: the hours it takes,
// and for calls, the dialing itself.
func (w *World) playerTick() {
	pl := &w.Player
	if pl.Busy <= 0 {
		return
	}
	pl.Busy--
	if Actions[pl.Doing].Style == StyleCommand {
		pl.CommandTicks++
	} else {
		pl.ExampleTicks++
	}
	p := &w.P
	pl.Energy = (pl.Energy - p.PlayerEnergyDrain).Clamp01()
	if pl.Doing != ActCalls {
		return
	}
	t := &w.Team
	w.roll(dicePlayer) // only for calls: the other actions draw nothing
	dials := p.DialsPerTick.Floor()
	pl.Dials += int32(dials)
	conns := int32(w.dice.Round(I(dials).Mul(p.ConnectRate).Mul(t.LeadQuality).Mul(w.Company.Market)))
	if conns > t.LeadPool {
		conns = t.LeadPool
	}
	t.LeadPool -= conns
	eff := (p.ClarityFloor + (One - p.ClarityFloor).Mul(t.Clarity)).Mul(p.EffectSkillBase + p.PlayerSkill.Mul(p.EffectSkillWeight))
	books := int32(w.dice.Round(I(int(conns)).Mul(p.BookRate).Mul(eff)))
	pl.Pipe[(w.Day()+p.CloseDays)%PipeDays] += books
	// The team watches the boss dial: a lift that outlasts the calls.
	t.Inspiration = (t.Inspiration + p.CallsLift/TicksPerHour).Clamp01()
}

// quotaPressure is how hard the standing dial quota presses, 1 at
// quota_ref dials a day: a higher number lifts dials more and strains
// more, up to twice the reference.
func (w *World) quotaPressure() Fixed {
	q, ref := w.Team.DialQuota, w.P.QuotaRef
	if q > 2*ref {
		q = 2 * ref
	}
	return I(int(q)).Div(I(int(ref)))
}

// dialRate is a rep's dials per tick of dialing: energy, morale, a dial
// quota, a quarter-end push, the strain a quota leaves and a review's
// drive. Like effectivenessAt it is a chain of steps the compiler inlines,
// which the reps' tick runs in line.
func (w *World) dialRate(r *Rep, f *floor) Fixed {
	p := &w.P
	rate := dialMood(p, r)
	rate = f.dialOrders(p, rate)
	return dialStrainDrive(p, r, rate)
}

// dialMood is where the dial rate starts: energy and morale.
func dialMood(p *Params, r *Rep) Fixed {
	return p.DialsPerTick.Mul(p.DialEnergyBase + r.Energy.Mul(p.DialEnergyWeight)).
		Mul(p.DialMoraleBase + r.Morale.Mul(p.DialMoraleWeight))
}

// dialOrders applies a dial quota and a quarter-end push to the rate.
func (f *floor) dialOrders(p *Params, rate Fixed) Fixed {
	if f.quotaOn {
		rate = rate.Mul(f.quotaDial)
	}
	if f.pushOn {
		rate = rate.Mul(p.PushDials)
	}
	return rate
}

// dialStrainDrive applies the strain a quota has left and a review's
// drive to the rate.
func dialStrainDrive(p *Params, r *Rep, rate Fixed) Fixed {
	rate = rate.Mul((One - r.Strain.Mul(p.StrainDials)).Clamp01())
	return rate.Mul(One + r.Drive.Mul(p.DialDrive))
}

// closeRate is the chance a booked meeting closes, for a closer of this
// skill.
func (w *World) closeRate(skill Fixed) Fixed {
	p := &w.P
	return p.CloseRate.Mul(p.CloseSkillBase + skill.Mul(p.CloseSkillWeight)).Mul(w.Company.Market)
}

// leadInflow is the day's new leads. The company routes leads to teams it
// trusts: an executive who cannot get a straight answer sends them
// elsewhere.
func (w *World) leadInflow() int32 {
	inflow := w.Team.LeadInflow
	if w.Company.ExecTrust < w.P.TrustedInflow {
		inflow = int32(int64(inflow) * int64(w.leadShare(w.Year.Quarter)) >> 16)
	}
	return inflow
}

// leadShare is the share of the company's leads routed to the team at the
// executive's trust in quarter q (0-based): all of them at TrustedInflow
// and above.
func (w *World) leadShare(q int32) Fixed {
	p := &w.P
	if et := w.Company.ExecTrust; et < p.TrustedInflow {
		d := p.distrusted(q)
		return d + (One - d).Mul(et.Div(p.TrustedInflow))
	}
	return One
}

// distrusted is the share of the lead inflow a team at zero executive
// trust gets in quarter q (0-based) of its year.
func (p *Params) distrusted(q int32) Fixed {
	if q > 0 {
		return p.DistrustedInflowLater
	}
	return p.DistrustedInflow
}

// dealValue is one deal's revenue: the scenario's mean deal value times mult,
// varied by Params.DealSpread.
func (w *World) dealValue(mult Fixed) int64 {
	v := w.Scenario.DealValue * int64(mult.Mul(w.dice.Spread(w.P.DealSpread)))
	return v >> 16
}

// closeDeals turns the meetings due today into deals.
func (w *World) closeDeals(pipe *[PipeDays]int32, skill Fixed) (deals int32, revenue int64) {
	idx := w.Day() % PipeDays
	m := pipe[idx]
	pipe[idx] = 0
	if m == 0 {
		return 0, 0
	}
	deals = int32(w.dice.Round(I(int(m)).Mul(w.closeRate(skill))))
	if deals > m {
		deals = m
	}
	for i := int32(0); i < deals; i++ {
		revenue += w.dealValue(One)
	}
	return deals, revenue
}

// startDay opens a working day: yesterday's causes are cleared, meetings
// that have matured close, and the day's events are drawn.
func (w *World) startDay() {
	w.Team.WinsToday = 0
	w.Team.RevenueToday = 0
	w.Team.QuotaPeak = w.Team.DialQuota
	for i := range w.Reps {
		r := &w.Reps[i]
		r.MoraleCauses = [NumCauses]Fixed{}
		r.MomentumCauses = [NumCauses]Fixed{}
		r.WonToday = 0
		if r.Gone {
			continue
		}
		w.roll(diceClose + uint64(i))
		d, v := w.closeDeals(&r.Pipe, r.Skill)
		if d > 0 {
			r.Deals += d
			r.Revenue += v
			r.WonToday = d
			w.Team.WinsToday += d
			w.Team.RevenueToday += v
			r.addMorale(w.P.DealMorale.MulInt(int(d)), CauseDeal)
			r.addMomentum(w.P.DealMomentum, CauseDeal)
			w.note(Happening{Kind: HapDeals, Rep: int32(i), Count: d, Amount: v})
		}
	}
	w.roll(dicePlayerClose)
	d, v := w.closeDeals(&w.Player.Pipe, w.P.PlayerSkill)
	w.Player.Deals += d
	w.Player.Revenue += v
	if d > 0 {
		w.note(Happening{Kind: HapDeals, Rep: -1, Count: d, Amount: v})
	}
	w.Team.WinsToday += d
	w.Team.RevenueToday += v
	w.scheduleDay(w.Day())
}

// resign takes rep i off the floor: their leads go back to the pool, and
// the departure is told.
func (w *World) resign(i int32) {
	r := &w.Reps[i]
	r.Gone = true
	r.Activity = Left
	r.Busy = 0
	w.Team.LeadPool += r.Leads
	r.Leads = 0
	r.Reports = false
	w.RepsLost++
	w.note(Happening{Kind: HapLeft, Rep: i, Knocks: r.knocks()})
}

// teammatesLeft is what n departures cost the reps who stay.
func (w *World) teammatesLeft(n int32) {
	for k := int32(0); k < n; k++ {
		for j := range w.Reps {
			if !w.Reps[j].Gone {
				w.Reps[j].addMorale(-w.P.TeammateLeftMorale, CauseTeammateLeft)
			}
		}
	}
}

// closeFloor ends the quarter tonight: the last rep has left, and the VP
// does not let an empty floor run on for weeks. The clock goes to the
// quarter's end; what was sold stands, and the report says when it closed.
func (w *World) closeFloor() {
	w.Company.ClosedDay = w.Day() // 1 + the day just ended: Tick is already on the next
	w.Tick = TicksPerQuarter
	w.note(Happening{Kind: HapClosed, Rep: -1})
}

// endDay closes a working day: the night's recovery, settling effects,
// decay, the lead inflow, and the slow arithmetic of people deciding to
// leave.
func (w *World) endDay() {
	p := &w.P
	t := &w.Team
	if w.Events.Pending >= 0 {
		w.resolvePending(0)
	}
	left := int32(0)
	// Experience turns into skill on a floor that talks about its calls:
	// culture is how much of the day's lessons a rep keeps.
	learn := p.SkillFromExp.Mul(p.ExpLearnBase + t.Culture.Mul(p.ExpLearnCulture))
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone {
			continue
		}
		if t.QuotaPeak > 0 && r.DialsToday < t.QuotaPeak {
			r.addMorale(-p.QuotaMiss.Mul(r.Autonomy+p.QuotaMissAutonomyOffset), CauseQuotaMissed)
		}
		r.addMorale(t.Inspiration.Mul(p.InspirationDay), CauseInspiration)
		r.Strain -= r.Strain.Mul(p.StrainRecover)
		settle := r.SkillPending.Mul(p.GrowthSettle)
		r.SkillPending -= settle
		r.Skill += settle
		if r.Experience > r.Skill {
			r.Skill += (r.Experience - r.Skill).Mul(learn)
		}
		r.Skill = r.Skill.Clamp01()
		r.Drive -= r.Drive.Mul(p.DriveDecay)
		r.Energy = (r.Energy + p.EnergyNight).Clamp01()
		if r.Morale < p.QuitBelow {
			r.LowDays++
		} else if r.LowDays > 0 {
			r.LowDays--
			if r.LowDays == 0 {
				r.Threat, r.Heard = false, false
			}
		}
		if r.LowDays >= p.QuitDays && !r.Threat {
			r.Threat = true
			w.note(Happening{Kind: HapThreat, Rep: int32(i), Knocks: r.knocks()})
		}
		if r.Threat && r.LowDays >= p.QuitDays+p.QuitGraceDays {
			w.resign(int32(i))
			left++
		}
	}
	w.teammatesLeft(left)
	t.Inspiration -= t.Inspiration.Mul(p.InspirationDay)
	settle := func(v, pending *Fixed, rate Fixed) {
		d := pending.Mul(rate)
		*pending -= d
		*v = (*v + d).Clamp01()
	}
	settle(&t.Process, &t.ProcessPending, p.SettleRate)
	settle(&t.Clarity, &t.ClarityPending, p.GrowthSettle)
	settle(&t.Culture, &t.CulturePending, p.GrowthSettle)
	t.Culture -= t.Culture.Mul(p.CultureDecay)
	t.Clarity -= t.Clarity.Mul(p.ClarityDecay)
	t.Process -= t.Process.Mul(p.ProcessDecay)
	t.Visibility -= t.Visibility.Mul(p.VisibilityDecay)

	ev := &w.Events
	if ev.DroughtDays > 0 {
		ev.DroughtDays--
	} else {
		t.LeadPool += w.leadInflow()
	}
	if t.LeadPool > 1000000 {
		t.LeadPool = 1000000
	}
	if ev.PushDays > 0 {
		ev.PushDays--
	}
	if ev.MarketDays > 0 {
		ev.MarketDays--
		if ev.MarketDays == 0 {
			w.Company.Market = ev.MarketBase
		}
	}

	pl := &w.Player
	pl.Authority = (pl.Authority + p.AuthorityRegen.Mul(w.Company.ExecTrust) + p.AuthorityResults.Mul(w.dayResults())).Clamp01()
	pl.Influence -= pl.Influence.Mul(p.InfluenceDecay)
	pl.Energy = One
	pl.Busy = 0
	w.record(true)
	if d := w.Tick / TicksPerDay; d%DaysPerWeek == 0 && d > 0 && d <= DaysPerQuarter {
		w.Year.weekEnd[d/DaysPerWeek-1] = w.Revenue()
	}
	if w.Year.Played > 0 { // seniors exist only in a campaign's later quarters
		w.seniorsDay()
	}
	for i := range w.Reps {
		w.Reps[i].DialsToday = 0
		w.Reps[i].MeetingsToday = 0
	}
	if left > 0 && w.ActiveReps() == 0 {
		w.closeFloor()
	}
}

// dayResults is today's closed revenue over the day's share of the quota,
// at most 2: the results that give a manager's orders their weight. It is 0
// in the sandbox, which has no quota.
func (w *World) dayResults() Fixed {
	share := w.Company.Quota / DaysPerQuarter
	if share <= 0 {
		return 0
	}
	r := w.Team.RevenueToday << 16 / share
	if r > int64(I(2)) {
		r = int64(I(2))
	}
	return Fixed(r)
}

// moraleBaseline is where a working rep's morale drifts: culture, trust in
// the player and momentum lift it; strain from a quota weighs it down.
func (w *World) moraleBaseline(r *Rep, f *floor) Fixed {
	p := &w.P
	return f.moraleBaseline + p.MoraleTrust.Mul(r.Trust) +
		r.Momentum.MulInt(int(p.MoraleMomentumPct))/100 - r.Strain.Mul(p.StrainMorale)
}

// UnseenShare is the share of its leads a team the executive does not
// trust at all gets in quarter q (0-based) of its year: the break tells
// the player when the next quarter's routing differs from this one's.
func (w *World) UnseenShare(q int32) Fixed { return w.P.distrusted(q) }

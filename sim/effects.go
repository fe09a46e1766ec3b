package sim

// commandPower scales command effects: formal authority, and the player's
// energy. By default it is 0.5..1.5 at full energy.
func (w *World) commandPower() Fixed {
	p := &w.P
	return (p.CommandPowerBase + w.Player.Authority).Mul(w.energyFactor())
}

// examplePower scales example effects: influence earned, and energy. By
// default it is 0.6..1.4 at full energy, so a leader's first talks work, and
// later ones work better.
func (w *World) examplePower() Fixed {
	p := &w.P
	return (p.ExamplePowerBase + w.Player.Influence.Mul(p.ExamplePowerInfluence)).Mul(w.energyFactor())
}

// energyFactor is how much of the player's power a tired player still has.
func (w *World) energyFactor() Fixed {
	return w.P.PowerEnergyBase + w.Player.Energy.Mul(w.P.PowerEnergyWeight)
}

// spendAuthority takes authority for a command. Past the point where the
// title no longer carries it, orders are obeyed with resentment: the trust
// of those the order falls on drops (one rep's, or everyone's for an order
// to the team).
func (w *World) spendAuthority(amount Fixed, on *Rep) {
	pl := &w.Player
	pl.Authority = (pl.Authority - amount).Clamp01()
	if pl.Authority >= w.P.ResentBelow {
		return
	}
	resent := func(r *Rep) {
		r.Trust = (r.Trust - w.P.ResentTrust).Clamp01()
		r.addMorale(-w.P.ResentMorale, CauseResentment)
	}
	if on != nil {
		resent(on)
		return
	}
	w.eachRep(resent)
}

func (w *World) earnInfluence(amount Fixed) {
	w.Player.Influence = (w.Player.Influence + amount).Clamp01()
}

// eachRep calls f for every active rep.
func (w *World) eachRep(f func(r *Rep)) {
	for i := range w.Reps {
		if !w.Reps[i].Gone {
			f(&w.Reps[i])
		}
	}
}

// act carries out an action's immediate effects and sets its slow ones in
// motion. The command has been checked.
func (w *World) act(c Command) {
	p := &w.P
	t := &w.Team
	cause := actionCause(c.Action)
	day := w.Day()
	var target *Rep
	if c.Target >= 0 {
		target = &w.Reps[c.Target]
	}
	cp, ep := w.commandPower(), w.examplePower()
	switch c.Action {
	case ActReports:
		on := c.Arg == 1
		set := func(r *Rep) {
			if r.Reports == on {
				return
			}
			r.Reports = on
			r.OrderDay = day + 1
			if on {
				r.ReportIn = p.ReportEvery
				r.addMorale(-p.ReportOnMorale.Mul(r.Autonomy), cause)
				r.Trust = (r.Trust - p.ReportOnTrust).Clamp01()
			}
		}
		if target != nil {
			set(target)
		} else {
			w.eachRep(set)
			t.ReportsAll = on
			t.AllDay = day + 1
		}
		if on {
			w.spendAuthority(w.orderCost(c), target)
		}
	case ActQuota:
		// A quota is pressure, not a system: it builds no process, so
		// switching it off and on pays nothing.
		if c.Arg > 0 && t.DialQuota == 0 {
			w.eachRep(func(r *Rep) { r.addMorale(-p.QuotaOnMorale.Mul(r.Autonomy), cause) })
		}
		if cost := w.orderCost(c); cost > 0 {
			w.spendAuthority(cost, nil)
		}
		if (c.Arg == 0) != (t.DialQuota == 0) {
			t.QuotaDay = day + 1
		}
		t.DialQuota = c.Arg
		// The day's misses are judged against the highest quota that stood
		// today, so lowering it before the evening spares no one.
		if c.Arg > t.QuotaPeak {
			t.QuotaPeak = c.Arg
		}
	case ActProcedure:
		t.ProcessPending += p.ProcedureGain.Mul(cp).Mul(One - t.Process)
		w.eachRep(func(r *Rep) {
			r.interrupt(p, InMeeting, Actions[ActProcedure].RepTicks, cause)
			r.addMorale(-p.ProcedureMorale.Mul(r.Autonomy), cause)
		})
		w.spendAuthority(w.orderCost(c), nil)
	case ActReassign:
		w.reassign()
		if t.ReassignDay != day {
			// Routing once a day is a system; reshuffling all day is not.
			t.ReassignDay = day
			t.Process = (t.Process + p.ReassignGain.Mul(cp)).Clamp01()
		}
		w.spendAuthority(w.orderCost(c), nil)
	case ActReview:
		r := target
		r.ReviewDay = day + 1
		// A rep still pushing from the last review gains little from
		// another, and takes it as harassment.
		sting := p.ReviewMorale.Mul(One - r.Trust).Mul(One + r.Drive.Mul(p.ReviewRepeat))
		r.Drive = (r.Drive + p.ReviewDrive.Mul(cp).Mul(One-r.Drive)).Clamp01()
		r.Strain = (r.Strain + p.ReviewStrain).Clamp01()
		r.addMorale(-sting, cause)
		r.interrupt(p, InMeeting, Actions[ActReview].RepTicks, cause)
		t.Visibility = (t.Visibility + p.ReviewVisibility).Clamp01()
		if r.Threat && r.Trust < p.ReviewThreatTrust {
			r.LowDays++ // a review of someone already halfway out the door
		}
		w.spendAuthority(w.orderCost(c), r)
	case ActForecast:
		t.Visibility = (t.Visibility + p.ForecastGain.Mul(cp).Mul(p.ForecastBase+t.Process.Mul(p.ForecastProcessWeight))).Clamp01()
		t.Process = (t.Process + p.ForecastProcess).Clamp01()
		w.eachRep(func(r *Rep) { r.interrupt(p, InMeeting, Actions[ActForecast].RepTicks, cause) })
		w.spendAuthority(w.orderCost(c), nil)

	case ActCalls:
		w.eachRep(func(r *Rep) {
			r.Trust = (r.Trust + p.CallsTrust.Mul(ep)).Clamp01()
			r.addMorale(p.CallsMorale.Mul(ep), cause)
		})
		t.CulturePending += p.CallsCulture.Mul(ep).Mul(One - t.Culture)
		w.earnInfluence(p.ExampleGain * 2)
	case ActScrub:
		r := target
		moved := p.ScrubLeads
		if moved > t.LeadPool {
			moved = t.LeadPool
		}
		t.LeadPool -= moved
		// Qualifying existing and new leads: the blend gets better.
		if r.Leads+moved > 0 {
			q := (r.LeadQuality.MulInt(int(r.Leads)) + t.LeadQuality.MulInt(int(moved))) / Fixed(r.Leads+moved)
			r.LeadQuality = q
		}
		r.Leads += moved
		r.LeadQuality = (r.LeadQuality + (One - r.LeadQuality).Mul(p.ScrubQuality).Mul(ep)).Clamp(p.LeadQualityFloor, One)
		r.Trust = (r.Trust + p.ScrubTrust.Mul(ep)).Clamp01()
		r.addMorale(p.ScrubMorale.Mul(ep), cause)
		t.CulturePending += p.ScrubCulture.Mul(ep).Mul(One - t.Culture)
		w.earnInfluence(p.ExampleGain)
	case ActVision:
		if t.VisionDay == day {
			// A second vision talk the same day is noise.
			w.eachRep(func(r *Rep) {
				r.interrupt(p, InMeeting, Actions[ActVision].RepTicks, cause)
				r.addMorale(-p.VisionRepeatMorale, cause)
			})
			break
		}
		t.VisionDay = day
		t.ClarityPending += p.VisionGain.Mul(ep).Mul(One - t.Clarity)
		t.CulturePending += p.VisionCulture.Mul(ep).Mul(One - t.Culture)
		w.eachRep(func(r *Rep) {
			r.interrupt(p, InMeeting, Actions[ActVision].RepTicks, cause)
			r.addMorale(p.VisionMorale.Mul(ep), cause)
		})
		w.earnInfluence(p.ExampleGain)
	case ActMentor:
		r := target
		r.MentorDay = day + 1
		heard := w.heard(r)
		r.SkillPending += p.MentorSkill.Mul(ep).Mul(One - r.Skill).Mul(heard)
		r.Trust = (r.Trust + p.MentorTrust.Mul(ep).Mul(heard)).Clamp01()
		r.addMorale(p.MentorMorale.Mul(ep).Mul(heard), cause)
		// Coaching takes the rep's hour but not their confidence.
		r.Activity = InMeeting
		if r.Busy < Actions[ActMentor].RepTicks {
			r.Busy = Actions[ActMentor].RepTicks
		}
		if r.Threat {
			r.Threat = false
			r.LowDays = 0
		}
		t.CulturePending += p.MentorCulture.Mul(ep).Mul(One - t.Culture)
		w.earnInfluence(p.ExampleGain.Mul(p.MentorInfluence))
	case ActCelebrate:
		hollow := t.CelebrateDay == day || t.WinsToday == 0
		t.CelebrateDay = day
		w.eachRep(func(r *Rep) {
			r.interrupt(p, InMeeting, Actions[ActCelebrate].RepTicks, cause)
			if hollow {
				// Applause for nothing: the team notices.
				r.addMorale(-p.HollowMorale, cause)
				r.Trust = (r.Trust - p.HollowTrust).Clamp01()
				return
			}
			r.addMorale(p.CelebrateLift.Mul(ep), cause)
			if r.WonToday > 0 {
				r.addMomentum(p.CelebrateMomentum, cause)
			}
		})
		if !hollow {
			t.CulturePending += p.CelebrateCulture.Mul(ep).Mul(One - t.Culture)
			w.earnInfluence(p.ExampleGain / 2)
		}
	case ActFloor:
		var worst *Rep
		w.eachRep(func(r *Rep) {
			r.addMorale(p.FloorLift.Mul(ep), cause)
			r.Trust = (r.Trust + p.FloorTrust.Mul(ep)).Clamp01()
			r.Energy = (r.Energy + p.FloorEnergy).Clamp01()
			if r.Threat && (worst == nil || r.Morale < worst.Morale) {
				worst = r
			}
		})
		if worst != nil {
			worst.LowDays = int32(p.FloorRescueKeep.MulInt(int(worst.LowDays)).Floor())
			worst.addMorale(p.FloorRescueMorale, cause)
			if worst.LowDays == 0 {
				// Talked round: the notice is withdrawn, as when the nights
				// count a rep's low days back to none. Left standing, the
				// flag would have a contented rep ask about leaving, and a
				// later slump end in a resignation with no fresh warning.
				worst.Threat, worst.Heard = false, false
			}
		}
		t.Visibility = (t.Visibility + p.FloorVisibility).Clamp01()
		t.CulturePending += p.FloorCulture.Mul(ep).Mul(One - t.Culture)
		w.earnInfluence(p.ExampleGain)
	}
}

// heard is the share of a coaching hour that reaches the rep as help
// rather than criticism: it grows with the rep's trust in the player. A
// team burned by its last manager has to see the player do the work (calls,
// walking the floor) before coaching lands; until then it is an hour spent
// being judged.
func (w *World) heard(r *Rep) Fixed {
	return (w.P.LessonTrustBase + r.Trust.Mul(w.P.LessonTrustWeight)).Clamp01()
}

// reassign evens out the lead queues of the active reps, topping them up from
// the pool, and blends their quality.
func (w *World) reassign() {
	t := &w.Team
	var total int64
	var quality int64
	n := int32(0)
	w.eachRep(func(r *Rep) {
		total += int64(r.Leads)
		quality += int64(r.LeadQuality) * int64(r.Leads)
		n++
	})
	if n == 0 {
		return
	}
	want := int64(n) * int64(w.P.LeadPull)
	if total < want {
		take := want - total
		if take > int64(t.LeadPool) {
			take = int64(t.LeadPool)
		}
		t.LeadPool -= int32(take)
		total += take
		routed := t.LeadQuality.Mul(w.P.RoutingBase + t.Process.Mul(w.P.RoutingProcess))
		quality += int64(routed) * take
	}
	q := t.LeadQuality
	if total > 0 {
		q = Fixed(quality / total)
	}
	each, extra := int32(total/int64(n)), int32(total%int64(n))
	w.eachRep(func(r *Rep) {
		r.Leads = each
		if extra > 0 {
			r.Leads++
			extra--
		}
		r.LeadQuality = q.Clamp(w.P.LeadQualityFloor, One)
	})
}

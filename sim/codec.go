package sim

import (
	"encoding/binary"
	"fmt"
)

// codec visits every field of the world in one fixed order. The same visit
// serves three purposes, so they can never disagree: the state hash, writing
// a save, and reading one back (with the field name and byte offset of the
// first problem).
//
// The names only label a corrupt save's first problem: neither the hash nor
// the file holds them. A quantity in the field registry (fields.go) takes
// its name from there; the rest are the model's bookkeeping, which nothing
// outside the model names, and are named here.
type codec interface {
	i32(name string, v *int32)
	i64(name string, v *int64)
	u64(name string, v *uint64)
	u8(name string, v *uint8)
	fx(name string, v *Fixed)
	flag(name string, v *bool)
	str(name string, v *string)
	// length writes n, or reads a length and checks it is at most max.
	length(name string, n, max int) int
}

func (w *World) visit(c codec) {
	c.u8("difficulty", (*uint8)(&w.Difficulty))
	c.u64("seed", &w.Seed)
	c.u64("params", &w.paramsDigest)
	c.i32("tick", &w.Tick)
	n := c.length("reps", len(w.Reps), MaxReps)
	if n != len(w.Reps) {
		w.Reps = w.Reps[:n]
	}
	for i := range w.Reps {
		w.Reps[i].visit(c)
	}
	w.Team.visit(c)
	w.Player.visit(c)
	co := &w.Company
	c.i64("company.quota", &co.Quota)
	c.fx(FieldCompanyExecTrust.Name(), &co.ExecTrust)
	c.fx(FieldCompanyMarket.Name(), &co.Market)
	c.i32("company.checkins", &co.Checkins)
	c.i32("company.checkins_passed", &co.CheckinsPassed)
	c.i32("company.closed_day", &co.ClosedDay)
	c.i32("company.hires", &co.Hires)
	w.Events.visit(c)
	w.Year.visit(c)
	c.u64("rng.state", &w.rng.State)
	c.u64("rng.inc", &w.rng.Inc)
	c.u64("erng.state", &w.erng.State)
	c.u64("erng.inc", &w.erng.Inc)
	c.i32(FieldAdviceRequests.Name(), &w.AdviceRequests)
	c.i32(FieldRepsLost.Name(), &w.RepsLost)
	c.i32("start_reps", &w.StartReps)
	c.fx("start_skill", &w.StartSkill)
	c.i64("morale_sum", &w.MoraleSum)
	c.i64("momentum_sum", &w.MomentumSum)
	c.i32("hours_seen", &w.HoursSeen)
	s := w.Series
	if s == nil {
		s = &Series{} // a search clone: no charts
	}
	visitSamples(c, "series.team_hour", &s.TeamHour, HoursPerQuarter)
	visitSamples(c, "series.team_day", &s.TeamDay, DaysPerQuarter)
	for i := range s.RepHour {
		visitSamples(c, "series.rep_hour", &s.RepHour[i], HoursPerQuarter)
		visitSamples(c, "series.rep_day", &s.RepDay[i], DaysPerQuarter)
	}
	n = c.length("series.revenue_day", len(s.RevenueDay), DaysPerQuarter)
	s.RevenueDay = s.RevenueDay[:n]
	for i := range s.RevenueDay {
		c.i64("series.revenue_day", &s.RevenueDay[i])
	}
}

func visitSamples(c codec, name string, s *[]Sample, max int) {
	n := c.length(name, len(*s), max)
	*s = (*s)[:n]
	// The hash takes a direct path through the charts, which are most of a
	// world's values: one call through the codec interface per value cost
	// a third of the hash (a replay hashes every tick). It must visit the
	// same fields in the same order as the loop below; the golden hashes
	// and the saves' checksums hold it to that.
	if h, ok := c.(*hasher); ok {
		h.h = mixSamples(h.h, *s)
		return
	}
	for i := range *s {
		x := &(*s)[i]
		c.fx(name, &x.Morale)
		c.fx(name, &x.Momentum)
		c.i32(name, &x.Output)
	}
}

func (r *Rep) visit(c codec) {
	c.str("rep.name", &r.Name)
	c.fx(FieldRepSkill.Name(), &r.Skill)
	c.fx(FieldRepExperience.Name(), &r.Experience)
	c.fx(FieldRepEnergy.Name(), &r.Energy)
	c.fx(FieldRepMorale.Name(), &r.Morale)
	c.fx(FieldRepMomentum.Name(), &r.Momentum)
	c.fx(FieldRepTrust.Name(), &r.Trust)
	c.fx(FieldRepAutonomy.Name(), &r.Autonomy)
	c.fx(FieldRepDrive.Name(), &r.Drive)
	c.fx("rep.skill_pending", &r.SkillPending)
	c.u8("rep.activity", (*uint8)(&r.Activity))
	c.i32("rep.busy", &r.Busy)
	c.i32(FieldRepLeads.Name(), &r.Leads)
	c.fx(FieldRepLeadQuality.Name(), &r.LeadQuality)
	c.fx("rep.dial_carry", &r.DialCarry)
	c.flag("rep.reports", &r.Reports)
	c.i32("rep.report_in", &r.ReportIn)
	c.i32("rep.order_day", &r.OrderDay)
	c.i32("rep.mentor_day", &r.MentorDay)
	c.i32("rep.review_day", &r.ReviewDay)
	c.fx("rep.strain", &r.Strain)
	for i := range r.Pipe {
		c.i32("rep.pipe", &r.Pipe[i])
	}
	c.i32(FieldRepDials.Name(), &r.Dials)
	c.i32("rep.conversations", &r.Conversations)
	c.i32("rep.meetings", &r.Meetings)
	c.i32(FieldRepDeals.Name(), &r.Deals)
	c.i64(FieldRepRevenue.Name(), &r.Revenue)
	c.i32("rep.dials_today", &r.DialsToday)
	c.i32(FieldRepMeetingsToday.Name(), &r.MeetingsToday)
	c.i32(FieldRepAdviceAsked.Name(), &r.AdviceAsked)
	c.i32("rep.won_today", &r.WonToday)
	c.i32("rep.low_days", &r.LowDays)
	c.flag(FieldRepThreat.Name(), &r.Threat)
	c.flag("rep.heard", &r.Heard)
	c.flag("rep.gone", &r.Gone)
	c.flag("rep.senior", &r.Senior)
	c.flag("rep.let_go", &r.LetGo)
	for i := range r.MoraleCauses {
		c.fx("rep.morale_causes", &r.MoraleCauses[i])
		c.fx("rep.momentum_causes", &r.MomentumCauses[i])
	}
	c.i32("rep.hour_output", &r.hourOutput)
}

func (y *Year) visit(c codec) {
	c.i32("year.quarters", &y.Quarters)
	c.i32("year.quarter", &y.Quarter)
	c.i32("year.played", &y.Played)
	c.flag("year.planning", &y.Planning)
	c.flag("year.fired", &y.Fired)
	for i := range y.Results {
		r := &y.Results[i]
		c.fx("year.results.score", &r.Score)
		c.i64("year.results.revenue", &r.Revenue)
		c.i64("year.results.quota", &r.Quota)
		c.fx("year.results.attainment", &r.Attainment)
		c.fx("year.results.command_share", &r.CommandShare)
		c.fx("year.results.mean_morale", &r.MeanMorale)
		c.fx("year.results.end_morale", &r.EndMorale)
		c.fx("year.results.culture", &r.Culture)
		c.fx("year.results.clarity", &r.Clarity)
		c.fx("year.results.process", &r.Process)
		c.fx("year.results.exec_trust", &r.ExecTrust)
		c.fx("year.results.team_skill", &r.TeamSkill)
		c.i32("year.results.reps_start", &r.RepsStart)
		c.i32("year.results.reps_kept", &r.RepsKept)
		c.i32("year.results.reps_lost", &r.RepsLost)
		c.i32("year.results.closed_week", &r.ClosedWeek)
		for k := range r.Weeks {
			c.i64("year.results.weeks", &r.Weeks[k])
		}
	}
	for i := range y.Candidates {
		k := &y.Candidates[i]
		c.str("year.candidates.name", &k.Name)
		c.fx("year.candidates.skill", &k.Skill)
		c.fx("year.candidates.experience", &k.Experience)
		c.fx("year.candidates.autonomy", &k.Autonomy)
		c.fx("year.candidates.morale", &k.Morale)
		c.i32("year.candidates.story", &k.Story)
		c.flag("year.candidates.hired", &k.Hired)
	}
	c.i32("year.n_candidates", &y.NCandidates)
	c.i32("year.headcount", &y.Headcount)
	c.flag("year.promoted", &y.Promoted)
	for i := range y.weekEnd {
		c.i64("year.week_end", &y.weekEnd[i])
	}
}

func (t *Team) visit(c codec) {
	c.fx(FieldTeamCulture.Name(), &t.Culture)
	c.fx(FieldTeamClarity.Name(), &t.Clarity)
	c.fx(FieldTeamProcess.Name(), &t.Process)
	c.fx(FieldTeamVisibility.Name(), &t.Visibility)
	c.fx("team.process_pending", &t.ProcessPending)
	c.fx("team.clarity_pending", &t.ClarityPending)
	c.fx("team.culture_pending", &t.CulturePending)
	c.fx("team.inspiration", &t.Inspiration)
	c.i32(FieldTeamLeadPool.Name(), &t.LeadPool)
	c.fx(FieldTeamLeadQuality.Name(), &t.LeadQuality)
	c.i32(FieldTeamLeadInflow.Name(), &t.LeadInflow)
	c.i32("team.dial_quota", &t.DialQuota)
	c.flag("team.reports_all", &t.ReportsAll)
	c.i32("team.quota_day", &t.QuotaDay)
	c.i32("team.quota_peak", &t.QuotaPeak)
	c.i32("team.all_day", &t.AllDay)
	c.i64("team.revenue_today", &t.RevenueToday)
	c.i32("team.vision_day", &t.VisionDay)
	c.i32("team.celebrate_day", &t.CelebrateDay)
	c.i32("team.reassign_day", &t.ReassignDay)
	c.i32("team.wins_today", &t.WinsToday)
}

func (p *Player) visit(c codec) {
	c.fx(FieldPlayerAuthority.Name(), &p.Authority)
	c.fx(FieldPlayerInfluence.Name(), &p.Influence)
	c.fx(FieldPlayerEnergy.Name(), &p.Energy)
	c.i32("player.busy", &p.Busy)
	c.u8("player.doing", (*uint8)(&p.Doing))
	c.i32("player.target", &p.Target)
	for i := range p.Pipe {
		c.i32("player.pipe", &p.Pipe[i])
	}
	c.i32("player.dials", &p.Dials)
	c.i32("player.deals", &p.Deals)
	c.i64("player.revenue", &p.Revenue)
	c.i32("player.command_ticks", &p.CommandTicks)
	c.i32("player.example_ticks", &p.ExampleTicks)
	for i := range p.ActionCounts {
		c.i32("player.action_counts", &p.ActionCounts[i])
	}
}

func (e *Events) visit(c codec) {
	for i := range e.Fired {
		c.i32("events.fired", &e.Fired[i])
	}
	for i := range e.Today {
		s := &e.Today[i]
		c.i32("events.today.def", &s.Def)
		c.i32("events.today.slot", &s.Slot)
		c.i32("events.today.rep", &s.Rep)
		c.flag("events.today.done", &s.Done)
		c.flag("events.today.direct", &s.Direct)
	}
	c.i32("events.n_today", &e.NToday)
	c.i32("events.pending", &e.Pending)
	for i := range e.Log {
		l := &e.Log[i]
		c.i32("events.log.def", &l.Def)
		c.i32("events.log.rep", &l.Rep)
		c.i32("events.log.tick", &l.Tick)
		c.i32("events.log.choice", &l.Choice)
	}
	c.i32("events.n_log", &e.NLog)
	c.i32("events.drought_days", &e.DroughtDays)
	c.i32("events.push_days", &e.PushDays)
	c.i32("events.market_days", &e.MarketDays)
	c.fx("events.market_base", &e.MarketBase)
}

// hasher folds every visited value into a 64-bit hash: FNV-1a's offset basis
// and prime, applied to whole 64-bit words with an extra xor-shift so high
// bits reach the low ones. It is a regression check, not a cryptographic
// digest.
type hasher struct{ h uint64 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func (h *hasher) mix(v uint64) { h.h = mix(h.h, v) }

// mix folds v into the hash h.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= fnvPrime
	return h ^ h>>29
}

// mixSamples folds each sample's morale, momentum and output into h, as
// three calls of mix each would. A hash is one chain of mixes, each waiting
// on the one before, and the charts are most of its links, so what counts
// is the time along the chain. mix's link is xor, multiply, shift, xor;
// here the running state is kept before its final xor-shift (y, with
// h = y ^ y>>29), so that the shift and the next value's xor run side by
// side: (y ^ v) ^ y>>29 is mix's h ^ v, one step shorter. The running
// state is a local, so each value mixes in registers rather than through
// the hasher in memory.
func mixSamples(h uint64, s []Sample) uint64 {
	if len(s) == 0 {
		return h
	}
	y := (h ^ uint64(uint32(s[0].Morale))) * fnvPrime
	y = ((y ^ uint64(uint32(s[0].Momentum))) ^ y>>29) * fnvPrime
	y = ((y ^ uint64(uint32(s[0].Output))) ^ y>>29) * fnvPrime
	for i := 1; i < len(s); i++ {
		x := &s[i]
		y = ((y ^ uint64(uint32(x.Morale))) ^ y>>29) * fnvPrime
		y = ((y ^ uint64(uint32(x.Momentum))) ^ y>>29) * fnvPrime
		y = ((y ^ uint64(uint32(x.Output))) ^ y>>29) * fnvPrime
	}
	return y ^ y>>29
}

func (h *hasher) i32(_ string, v *int32)  { h.mix(uint64(uint32(*v))) }
func (h *hasher) i64(_ string, v *int64)  { h.mix(uint64(*v)) }
func (h *hasher) u64(_ string, v *uint64) { h.mix(*v) }
func (h *hasher) u8(_ string, v *uint8)   { h.mix(uint64(*v)) }
func (h *hasher) fx(_ string, v *Fixed)   { h.mix(uint64(uint32(*v))) }
func (h *hasher) flag(_ string, v *bool) {
	if *v {
		h.mix(1)
	} else {
		h.mix(0)
	}
}
func (h *hasher) str(_ string, v *string) {
	h.mix(uint64(len(*v)))
	for i := 0; i < len(*v); i++ {
		h.mix(uint64((*v)[i]))
	}
}
func (h *hasher) length(_ string, n, _ int) int { h.mix(uint64(n)); return n }

// Hash returns a 64-bit hash of the full state. Equal hashes at every tick are
// the determinism contract: same scenario, seed and commands give the same
// hash on amd64, arm64 and js/wasm.
func (w *World) Hash() uint64 {
	h := hasher{h: fnvOffset}
	h.str("scenario", &w.Scenario.Name)
	w.visit(&h)
	return h.h
}

// HashHex formats a hash as 16 hex digits, as replays and the lab print it.
func HashHex(h uint64) string { return fmt.Sprintf("%016x", h) }

// writer appends the visited values to a byte slice, little-endian.
type writer struct{ b []byte }

func (w *writer) i32(_ string, v *int32)  { w.b = binary.LittleEndian.AppendUint32(w.b, uint32(*v)) }
func (w *writer) i64(_ string, v *int64)  { w.b = binary.LittleEndian.AppendUint64(w.b, uint64(*v)) }
func (w *writer) u64(_ string, v *uint64) { w.b = binary.LittleEndian.AppendUint64(w.b, *v) }
func (w *writer) u8(_ string, v *uint8)   { w.b = append(w.b, *v) }
func (w *writer) fx(_ string, v *Fixed)   { w.b = binary.LittleEndian.AppendUint32(w.b, uint32(*v)) }
func (w *writer) flag(_ string, v *bool) {
	if *v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}
func (w *writer) str(_ string, v *string) {
	w.b = binary.LittleEndian.AppendUint32(w.b, uint32(len(*v)))
	w.b = append(w.b, *v...)
}
func (w *writer) length(_ string, n, _ int) int {
	w.b = binary.LittleEndian.AppendUint32(w.b, uint32(n))
	return n
}

// reader reads what writer wrote. The first problem is kept with the field
// name and byte offset; after it every read yields zero, so a truncated or
// corrupt file never panics and never produces a half-read world silently.
type reader struct {
	b   []byte
	off int
	err error
	// maxStr bounds strings, so a corrupt length cannot ask for gigabytes.
	maxStr int
}

func (r *reader) fail(name, format string, args ...any) {
	if r.err == nil {
		r.err = &FileError{Field: name, Offset: int64(r.off), Err: fmt.Errorf(format, args...)}
	}
}

func (r *reader) take(name string, n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b)-r.off < n {
		r.fail(name, "file ends early (needs %d more bytes, has %d)", n, len(r.b)-r.off)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) i32(name string, v *int32) {
	if b := r.take(name, 4); b != nil {
		*v = int32(binary.LittleEndian.Uint32(b))
	}
}
func (r *reader) i64(name string, v *int64) {
	if b := r.take(name, 8); b != nil {
		*v = int64(binary.LittleEndian.Uint64(b))
	}
}
func (r *reader) u64(name string, v *uint64) {
	if b := r.take(name, 8); b != nil {
		*v = binary.LittleEndian.Uint64(b)
	}
}
func (r *reader) u8(name string, v *uint8) {
	if b := r.take(name, 1); b != nil {
		*v = b[0]
	}
}
func (r *reader) fx(name string, v *Fixed) {
	if b := r.take(name, 4); b != nil {
		*v = Fixed(binary.LittleEndian.Uint32(b))
	}
}
func (r *reader) flag(name string, v *bool) {
	start := r.off
	if b := r.take(name, 1); b != nil {
		if b[0] > 1 {
			r.off = start
			r.fail(name, "boolean byte is %d, not 0 or 1", b[0])
			return
		}
		*v = b[0] == 1
	}
}
func (r *reader) str(name string, v *string) {
	n := r.length(name, 0, r.maxStr)
	if b := r.take(name, n); b != nil {
		*v = string(b)
	}
}
func (r *reader) length(name string, _, max int) int {
	start := r.off
	b := r.take(name, 4)
	if b == nil {
		return 0
	}
	n := binary.LittleEndian.Uint32(b)
	if n > uint32(max) {
		r.off = start
		r.fail(name, "length %d is over the limit of %d", n, max)
		return 0
	}
	return int(n)
}

package session

import (
	"fmt"

	"salesfloor/sim"
)

// NoticeKind says what a notice is about.
type NoticeKind uint8

const (
	// NoticeCheckinSoon: the executive checks in tomorrow.
	NoticeCheckinSoon NoticeKind = iota
	// NoticeCheckinToday: the executive checks in today.
	NoticeCheckinToday
	// NoticeCheckin: the executive checked in; Good if the player passed.
	NoticeCheckin
	// NoticeThreat: a rep began to think of leaving.
	NoticeThreat
	// NoticeLeft: a rep resigned.
	NoticeLeft
	// NoticeHire: a rep joined.
	NoticeHire
	// NoticeDropped: a queued action could no longer be taken.
	NoticeDropped
	// NoticeClosed: the last rep left, and the quarter closed early.
	NoticeClosed
)

// Notice is a moment the player must not miss: a check-in coming and its
// result, a rep thinking of leaving, a resignation, a hire. The floor lists
// notices beside the events, and the ones the player's auto-pause settings
// name stop the clock until read. They are the game's record of the
// driver's happenings (and of the calendar), not simulation state: a
// loaded game starts a new list.
type Notice struct {
	Tick   int32 // when it happened; -1 when noticed: now
	Kind   NoticeKind
	Rep    int32  // the rep it is about, or -1
	Title  string // one line, for the list: "VP check-in: failed (visibility 32 of 50)"
	Detail string // the dialog's text, when it stops the clock
	Good   bool   // good news (a check-in passed, a hire)
	// Asked: the moment is also put to the player as an event with
	// choices (a threat, in a scenario that talks them through), so the
	// notice is for the list and the question is what stops the clock.
	Asked bool
	// Again: a check-in that went as the last one did (passed again,
	// failed again) and moved trust and authority by less than ten points
	// each. It is news for the list and the status line, which say where
	// trust and authority stand and what it cost, not a reason to stop the
	// clock: crunch's VP checks in every other day, and play-tests stopped
	// 32, then 13, times in a quarter or two to read the same verdict. A
	// change of verdict, or a dear one, stops it.
	Again bool
	// Mild: a threat that is an offer to a rep above the quitting line,
	// who stays while their morale holds: listed in the plain colour, not
	// bad news'.
	Mild bool
	// Short: a warning of a check-in the team's visibility is short of
	// today, with no status reports standing to raise it. The floor says it on the status line as well as listing it:
	// the player who manages by example meets the VP's measure here,
	// before the first failure.
	Short bool
	// after is a check-in's trust and authority after it, in points.
	after [2]int
}

// Fresh is the notices a frame of play brought (Moments.Notices), oldest
// first: the newest in the list.
func (s *Session) Fresh(m Moments) []Notice {
	return s.Notices[len(s.Notices)-min(m.Notices, len(s.Notices)):]
}

// NewestFresh is the newest of a frame's notices (Fresh) that match, or
// nil: the floor says the newest check-in passed in the list, warning,
// dropped action or hire of a frame on the status line or in a toast.
func (s *Session) NewestFresh(m Moments, match func(*Notice) bool) *Notice {
	fresh := s.Fresh(m)
	for i := len(fresh) - 1; i >= 0; i-- {
		if match(&fresh[i]) {
			return &fresh[i]
		}
	}
	return nil
}

// maxNotices bounds the notices kept: the list shows the newest.
const maxNotices = 64

func (s *Session) notice(n Notice) {
	if len(s.Notices) >= maxNotices {
		copy(s.Notices, s.Notices[1:])
		s.Notices = s.Notices[:maxNotices-1]
	}
	if n.Tick < 0 {
		n.Tick = s.W.Tick
	}
	s.Notices = append(s.Notices, n)
	s.frame.Notices++
}

// points is a 0..1 quantity on the bars' 0..100 scale.
func points(f sim.Fixed) int { return int(f.Float()*100 + 0.5) }

// floorPoints is a 0..1 quantity on the bars' scale, rounded down: a
// morale under the quitting line of 25 reads 24, never 25.
func floorPoints(f sim.Fixed) int { return int(f.Float() * 100) }

// signed is a change on the 0..100 scale, with its sign: "+3.6", "-1.8".
func signed(f sim.Fixed) string { return fmt.Sprintf("%+.1f", f.Float()*100) }

// noteCheckin records the executive's check-in and what followed.
func (s *Session) noteCheckin(h sim.Happening) {
	w := s.W
	verdict, why := "failed", "They asked \"How's the business?\" and you could not answer: visibility comes from status reports and forecast meetings."
	if h.Passed {
		verdict, why = "passed", "They asked \"How's the business?\" and you could answer."
	}
	n := Notice{Tick: h.Tick, Kind: NoticeCheckin, Rep: -1, Good: h.Passed,
		Title: fmt.Sprintf("VP check-in: %s (visibility %d of %d)", verdict, points(h.Had), points(h.Needed))}
	auth := "unchanged"
	if h.Authority != 0 {
		auth = signed(h.Authority) + " points"
	}
	n.after = [2]int{points(w.Company.ExecTrust), points(w.Player.Authority)}
	n.Again = s.lastCheckin(h.Passed) && h.Trust.Abs() < againCost && h.Authority.Abs() < againCost
	if n.Again {
		// Listed, not shown in a dialog: the list's line carries what it
		// left, and what it cost when it cost anything.
		n.Title = fmt.Sprintf("VP check-in: %s again (visibility %d of %d); trust %d, authority %d%s",
			verdict, points(h.Had), points(h.Needed), n.after[0], n.after[1], costText(h))
	}
	n.Detail = fmt.Sprintf("%s\n\nNeeded: visibility %d/100. You had: %d/100.\nExecutive trust %s points (now %d/100); authority %s (now %d/100).\nCheck-ins passed this quarter: %d of %d.",
		why, points(h.Needed), points(h.Had), signed(h.Trust), points(w.Company.ExecTrust), auth,
		points(w.Player.Authority), w.Company.CheckinsPassed, w.Company.Checkins)
	s.notice(n)
}

// costText is what a check-in moved, for a listed one's line: " (authority
// -3.0)", or "" when it moved nothing a point's tenth would show.
func costText(h sim.Happening) string {
	out := ""
	for _, m := range [...]struct {
		name string
		d    sim.Fixed
	}{{"trust", h.Trust}, {"authority", h.Authority}} {
		if t := signed(m.d); t != "+0.0" && t != "-0.0" {
			if out != "" {
				out += ", "
			}
			out += m.name + " " + t
		}
	}
	if out == "" {
		return ""
	}
	// "this one": "authority 0 (authority -0.8)" read as a contradiction
	// to a play-tester; it is what this check-in took to leave it there.
	return " (this one: " + out + ")"
}

// againCost is how far a repeated check-in may move the VP's trust or the
// player's authority and still pass in the list: one that costs more stops
// the clock whatever its verdict. A play-test watched trust go 100, 12, 4
// in two weeks of "failed again" at 8x, at 39 points a check-in.
var againCost = sim.F(10, 100)

// lastCheckin reports whether this quarter's last check-in on the list
// went as this one did (passed or failed); false when there is none. What
// it moved is on the repeated one's line: a play-test called two failures
// "identical" that cost 20.3 and 20.4 points of authority, and stopped
// seven times a quarter for them when the rule asked trust and authority
// to stand still as well.
func (s *Session) lastCheckin(passed bool) bool {
	for i := len(s.Notices) - 1; i >= 0; i-- {
		if n := &s.Notices[i]; n.Kind == NoticeCheckin {
			return n.Good == passed
		}
	}
	return false
}

// noteThreat records a rep beginning to think of leaving.
func (s *Session) noteThreat(tick, rep int32, knocks [2]sim.CauseAmount) {
	r := &s.W.Reps[rep]
	p := &s.W.P
	days := lowDaysLeft(r, p)
	why := fmt.Sprintf("Their morale has been under %d for days.", points(p.QuitBelow))
	// seeResignation has just read the happenings: an offer brought this one.
	if r.Morale >= p.QuitBelow || !s.lowThreat[rep] {
		why = "They have an offer from elsewhere."
	}
	s.threatKnocks[rep] = knocks
	knocked := knockText("The day's biggest knocks", knocks)
	if knocked == "" && r.Morale < p.QuitBelow {
		// Nothing pulled them down today: they are climbing, from too low.
		knocked = "Nothing knocked them today; their morale is climbing, but from too low to stay."
	}
	title := fmt.Sprintf("%s is thinking of leaving (morale %d)", r.Name, floorPoints(r.Morale))
	mild := r.Morale >= p.QuitBelow
	if mild {
		// An offer to a rep above the line: news, not an alarm. A
		// play-test read "Grace is thinking of leaving (morale 81)" in red
		// for a rep in no danger while her morale holds.
		title = fmt.Sprintf("%s has an offer from elsewhere (morale %d, above the quitting line of %d)", r.Name, floorPoints(r.Morale), points(p.QuitBelow))
	}
	s.notice(Notice{Tick: tick, Kind: NoticeThreat, Rep: rep, Asked: s.W.TalksThreats(), Mild: mild,
		Title: title,
		Detail: fmt.Sprintf("%s is thinking of leaving. %s Morale %d/100.\n\nEach working day their morale ends at %d or more buys a day back, and %d such days end it; a day under it brings them closer: after about %d more such days they resign. Mentoring, a celebration or a lighter hand help. %s",
			r.Name, why, floorPoints(r.Morale), points(p.QuitBelow), r.LowDays, days, knocked)})
}

// lowDaysLeft is about how many more working days under the quitting line
// a threatening rep has before they resign, at least one.
func lowDaysLeft(r *sim.Rep, p *sim.Params) int32 {
	return max(p.QuitDays+p.QuitGraceDays-r.LowDays, 1)
}

// noteLeft records a resignation and what drove it.
func (s *Session) noteLeft(tick, rep int32, knocks [2]sim.CauseAmount) {
	r := &s.W.Reps[rep]
	if s.W.ResignedAtClose(rep) {
		// The quarter closed with them still on notice: they resigned on
		// its last evening (sim's noticesComeDue), dated at its close, not
		// at the tick after it (a week 14 that is never played).
		s.notice(Notice{Tick: EndTick(s.W), Kind: NoticeLeft, Rep: rep,
			Title: fmt.Sprintf("%s resigned as the quarter closed (morale %d)", r.Name, floorPoints(r.Morale)),
			Detail: fmt.Sprintf("%s was still on notice when the quarter ended, and will not come back after the break: a rest does not undo a decision to leave. Their leads go back to the pool, the quarter counts them as lost, and the rest of the team takes it to heart.\n\n%s",
				r.Name, knockText("Their last day's biggest knocks", knocks))})
		return
	}
	s.notice(Notice{Tick: tick, Kind: NoticeLeft, Rep: rep,
		Title: fmt.Sprintf("%s resigned (morale %d)", r.Name, floorPoints(r.Morale)),
		Detail: fmt.Sprintf("%s has resigned after %d working days in all with morale under %d. Their leads go back to the pool, and the rest of the team takes the loss to heart.\n\n%s",
			r.Name, r.LowDays, points(s.W.P.QuitBelow), knockText("Their last day's biggest knocks", knocks))})
}

// knockText names the knocks in points: "The day's biggest knocks: status
// reports -4.1, fatigue -2.0."
func knockText(head string, knocks [2]sim.CauseAmount) string {
	out := ""
	for _, k := range knocks {
		if k.Amount >= 0 {
			break
		}
		if k.Cause == sim.CauseResignation {
			continue // the threat itself, not what brought it
		}
		if out != "" {
			out += ", "
		}
		out += fmt.Sprintf("%s %s", CauseLabel(k.Cause, false, false), signed(k.Amount))
	}
	if out == "" {
		return ""
	}
	return head + ": " + out + "."
}

// noteCalendar warns of a check-in today or tomorrow, at the start of a day.
func (s *Session) noteCalendar() {
	w := s.W
	day := w.Day()
	for _, d := range [...]int32{day, day + 1} {
		hour, ok := w.CheckinOn(d)
		if !ok {
			continue
		}
		when, kind := "Tomorrow", NoticeCheckinSoon
		if day%sim.DaysPerWeek == sim.DaysPerWeek-1 {
			// Friday's next working day is Monday's.
			when = "Monday"
		}
		if d == day {
			when, kind = "Today", NoticeCheckinToday
		}
		title := fmt.Sprintf("%s %d:00: the VP checks in. Needs visibility %d; you have %d", when, hour, points(w.P.CheckinPass), points(w.Team.Visibility))
		// Short of it with no status reports standing: with reports on,
		// visibility fades overnight and climbs back by 16:00, and a red
		// warning every morning would cry wolf.
		short := w.Team.Visibility < w.P.CheckinPass && !anyReports(w)
		if short {
			// Short of it: say how to get there where the warning is read
			// (the list, the status line), not only in its detail. A
			// play-test by example met the VP's measure first as a failure.
			title += " (status reports and a forecast meeting raise it)"
		}
		s.notice(Notice{Tick: -1, Kind: kind, Rep: -1, Short: short,
			Title: title,
			Detail: fmt.Sprintf("%s at %d:00 the VP stops by and asks how the business is going. To answer they need visibility %d/100; you have %d now, and it fades by itself. Status reports and a forecast meeting raise it.",
				when, hour, points(w.P.CheckinPass), points(w.Team.Visibility))})
		return
	}
}

// anyReports reports whether any rep on the team is on status reports.
func anyReports(w *sim.World) bool {
	for i := range w.Reps {
		if r := &w.Reps[i]; !r.Gone && r.Reports {
			return true
		}
	}
	return false
}

// ThreatText is what the player is told beside a resignation talk about
// rep: where their morale stands, how long they have, and what knocked it
// the day they threatened, all in the bars' points.
func (s *Session) ThreatText(rep int32) string {
	w := s.W
	if rep < 0 || int(rep) >= len(w.Reps) {
		return ""
	}
	r := &w.Reps[rep]
	p := &w.P
	days := lowDaysLeft(r, p)
	line := points(p.QuitBelow)
	if r.Morale >= p.QuitBelow {
		// An offer to a rep in good spirits: what decides it is whether
		// their mood holds, said first. The day's knocks, listed here
		// before, read as a threat to a play-tester.
		out := fmt.Sprintf("%s: morale %d/100, above the quitting line of %d: the offer takes them only if their mood sinks.", r.Name, floorPoints(r.Morale), line)
		if r.Threat {
			out += fmt.Sprintf(" Each working day that ends under %d brings them closer (about %d such days and they resign); each that ends at %d or more buys a day back.", line, days, line)
		}
		return out
	}
	out := fmt.Sprintf("%s: morale %d/100, under the quitting line of %d.", r.Name, floorPoints(r.Morale), line)
	if r.Threat {
		out += fmt.Sprintf(" Each working day that ends under %d brings them closer: about %d more such days and they resign. Each day that ends at %d or more buys a day back.", line, days, line)
	}
	if k := knockText("What wore them down", s.threatKnocks[rep]); k != "" {
		out += " " + k
	}
	return out
}

// TalkAfterLowDays reports whether the resignation question about rep
// asked at tick comes from the rep's own low days (the threat noted at the
// end of a day, the question the next morning), not from an offer from
// elsewhere (the event that brought the threat, or a new offer to a rep
// already wavering).
func (s *Session) TalkAfterLowDays(rep, tick int32) bool {
	for i := range s.talks {
		if t := &s.talks[i]; t.rep == rep && t.tick == tick {
			return t.lowDays
		}
	}
	return false
}

// TalkTitle and TalkText are what a resignation question from a rep's own
// low days is called and says, in place of the scenario's offer.
const (
	TalkTitle = "Thinking of leaving"
	TalkText  = "Days of low morale have worn them down, and they have started to talk about leaving."
)

// talkSeen is what the session knows of the last resignation question:
// when, about whom, and whether the rep's own low days brought it.
type talkSeen struct {
	tick, rep int32
	lowDays   bool
}

// seeResignation follows a happening for the resignation questions: a
// threat not brought by an offer in the same breath is the rep's own low
// days, and the next question about them is that threat's talk.
func (s *Session) seeResignation(h sim.Happening, prev *sim.Happening) {
	switch h.Kind {
	case sim.HapThreat:
		offer := prev != nil && prev.Kind == sim.HapEvent && prev.Rep == h.Rep &&
			s.W.Scenario.Events[prev.Event].Kind == "resignation"
		s.lowThreat[h.Rep] = !offer
	case sim.HapEvent:
		if h.Rep >= 0 && s.W.Scenario.Events[h.Event].Kind == "resignation" {
			s.talks[s.nTalks%len(s.talks)] = talkSeen{tick: h.Tick, rep: h.Rep, lowDays: s.lowThreat[h.Rep]}
			s.nTalks++
			s.lowThreat[h.Rep] = false
		}
	}
}

// EventTitle is what an event is called for the player: the scenario's
// title, or TalkTitle for a resignation question from the rep's own low
// days.
func (s *Session) EventTitle(rec sim.EventRecord) string {
	if s.TalkAfterLowDays(rec.Rep, rec.Tick) {
		return TalkTitle
	}
	return s.W.Scenario.Events[rec.Def].Title
}

// LastEventTitle is EventTitle of the newest event fired, "" before any.
func (s *Session) LastEventTitle() string {
	ev := &s.W.Events
	if ev.NLog == 0 {
		return ""
	}
	return s.EventTitle(ev.Log[(ev.NLog-1)%sim.EventLogSize])
}

// EndTick is the last tick the quarter played: the end of the day the floor
// emptied when the VP closed it early, or the quarter's last tick. While
// the quarter runs it is the tick about to be played.
func EndTick(w *sim.World) int32 {
	switch {
	case !w.Done():
		return w.Tick
	case w.Company.ClosedDay > 0:
		return w.Company.ClosedDay*sim.TicksPerDay - 1
	}
	return sim.TicksPerQuarter - 1
}

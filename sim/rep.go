package sim

// Activity is what a rep is doing this tick; the game draws it at the desk.
type Activity uint8

const (
	Dialing Activity = iota
	Talking
	Reporting
	InMeeting
	Resting
	AskingAdvice
	Idle // no leads to call
	Left // resigned
	numActivities
)

var activityNames = [numActivities]string{"dialing", "talking", "writing a report", "in a meeting", "resting", "asking for advice", "idle (no leads)", "left"}

func (a Activity) String() string {
	if a < numActivities {
		return activityNames[a]
	}
	return "unknown"
}

// PipeDays is the length of the ring of booked meetings waiting to close; it
// bounds Params.CloseDays.
const PipeDays = 8

// MaxReps bounds a team, so that a new hire never reallocates the world.
const MaxReps = 12

// Rep is one member of the sales team. Quantities are 0..1 unless noted.
type Rep struct {
	Name       string
	Skill      Fixed
	Experience Fixed
	Energy     Fixed
	Morale     Fixed
	Momentum   Fixed // confidence carried from the last good call
	Trust      Fixed // trust in the player
	Autonomy   Fixed // how much the rep needs to run their own day
	Drive      Fixed // short-term push from a review; fades daily (0..1)

	SkillPending Fixed // coaching that has not settled into skill yet

	Activity Activity
	Busy     int32 // ticks left in a non-dialing activity

	Leads       int32 // lead queue length
	LeadQuality Fixed // quality of the queued leads
	DialCarry   Fixed // fractional dials carried to the next tick

	Reports  bool  // standing order: a status report every two hours
	ReportIn int32 // ticks until the next report

	// OrderDay is 1 + the day this rep's standing order (reports) last
	// changed, 0 never: an order changes at most once a day. MentorDay is
	// 1 + the day of the rep's last lesson: one a day sticks.
	OrderDay  int32
	MentorDay int32
	// ReviewDay is 1 + the day of the rep's last performance review, 0
	// never: a review means something once in Params.ReviewGapDays.
	ReviewDay int32
	// Strain is pressure that has built up under a dial quota: the extra
	// dials come now, the strain weighs on morale for days after.
	Strain Fixed

	Pipe [PipeDays]int32 // meetings booked, by the day (mod PipeDays) they close

	Dials, Conversations, Meetings, Deals int32
	Revenue                               int64
	DialsToday, MeetingsToday             int32
	AdviceAsked                           int32
	WonToday                              int32 // deals closed today, what a celebration recognises

	LowDays int32 // consecutive days with morale below Params.QuitBelow
	Threat  bool  // has threatened to resign
	// Heard: the manager has been asked about this threat (the scenario's
	// resignation talk was put to the player), so it is not asked again
	// until the threat passes.
	Heard bool
	Gone  bool // has left the team
	// Senior: promoted to senior at a campaign's break (year.go). LetGo:
	// let go at this break; the rep leaves when the next quarter starts.
	Senior bool
	LetGo  bool

	// Today's changes to morale and momentum by cause, so the game can say
	// why a number moved. Reset at the start of each day.
	MoraleCauses   [NumCauses]Fixed
	MomentumCauses [NumCauses]Fixed

	// Hour accumulators for the series.
	hourOutput int32
}

// Active reports whether the rep is still on the team.
func (r *Rep) Active() bool { return !r.Gone }

// addMorale changes morale by d, clamped, and books the actual change to cause.
func (r *Rep) addMorale(d Fixed, c Cause) {
	old := r.Morale
	r.Morale = (r.Morale + d).Clamp01()
	r.MoraleCauses[c] += r.Morale - old
}

// addMomentum changes momentum by d, clamped, and books it to cause.
func (r *Rep) addMomentum(d Fixed, c Cause) {
	old := r.Momentum
	r.Momentum = (r.Momentum + d).Clamp01()
	r.MomentumCauses[c] += r.Momentum - old
}

// interrupt pulls the rep off the phone for n ticks, breaking momentum: the
// cost of counting value rather than creating it.
func (r *Rep) interrupt(p *Params, a Activity, n int32, c Cause) {
	if r.Gone {
		return
	}
	r.addMomentum(-r.Momentum.Mul(p.MomentumBreak), c)
	r.Activity = a
	if n > r.Busy {
		r.Busy = n
	}
}

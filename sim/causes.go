package sim

// Cause names why a rep's morale or momentum moved. Every change is booked to
// one, so the game can answer "why did this move?" with the simulation's own
// accounting rather than a guess.
type Cause uint8

const (
	CauseDrift Cause = iota // the slow pull toward what culture and trust support
	CauseCall               // how the rep's own calls went
	CauseDeal               // a deal closed
	CauseFatigue
	CauseNoLeads
	CauseAdvice // asked the player for advice and got it
	CauseInspiration
	CauseTeammateLeft
	CauseQuotaMissed
	// One cause per action.
	CauseReports
	CauseQuota
	CauseProcedure
	CauseReassign
	CauseReview
	CauseForecast
	CauseCalls
	CauseScrub
	CauseVision
	CauseMentor
	CauseCelebrate
	CauseFloor
	// One cause per event kind.
	CauseCheckin
	CauseDrought
	CauseHotLead
	CauseHotStreak
	CauseBurnout
	CauseResignation
	CauseNewHire
	CausePush
	CauseMarket
	// An order given after the title's authority ran out.
	CauseResentment
	// A senior rep's example: coaching and mood that spread (a campaign's
	// promotion).
	CauseSenior
	NumCauses
)

var causeNames = [NumCauses]string{
	"drift", "calls going well or badly", "a deal closed", "fatigue", "no leads to call",
	"advice from you", "your example on the phones", "a teammate left", "missed the dial quota",
	"status reports", "dial quota", "new procedure", "leads reassigned", "performance review",
	"forecast meeting", "you taking a desk", "leads scrubbed", "vision talk", "mentoring",
	"celebration", "walking the floor",
	"executive check-in", "lead drought", "hot inbound lead", "hot streak", "burnout",
	"resignation threat", "new hire", "quarter-end push", "market swing",
	"orders given without authority", "a senior's example",
}

func (c Cause) String() string {
	if c < NumCauses {
		return causeNames[c]
	}
	return "unknown"
}

// CauseAmount is one line of a "why did this move?" breakdown.
type CauseAmount struct {
	Cause  Cause
	Amount Fixed
}

// knocks are the two causes that cost r the most morale today, largest
// first (a zero Amount where there were fewer).
func (r *Rep) knocks() (k [2]CauseAmount) {
	for c, v := range r.MoraleCauses {
		switch {
		case v >= 0:
		case v < k[0].Amount:
			k[1], k[0] = k[0], CauseAmount{Cause(c), v}
		case v < k[1].Amount:
			k[1] = CauseAmount{Cause(c), v}
		}
	}
	return k
}

// TopCauses writes the nonzero causes of sums into out, largest magnitude
// first, and returns the filled prefix. It does not allocate when out has room
// for NumCauses entries, so the game can call it every frame.
func TopCauses(sums *[NumCauses]Fixed, out []CauseAmount) []CauseAmount {
	out = out[:0]
	for c, v := range sums {
		if v != 0 {
			out = append(out, CauseAmount{Cause(c), v})
		}
	}
	// Insertion sort: at most NumCauses entries, stable, no allocation.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Amount.Abs() > out[j-1].Amount.Abs(); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

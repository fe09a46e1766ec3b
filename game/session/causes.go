package session

import "salesfloor/sim"

// causeText is what the player reads for a cause of a change in a rep's
// morale or momentum: what happened, said one way when it lifted the number
// and another when it lowered it. The sim's own names (sim.Cause.String)
// are the model's accounting; these are the floor's words for the same
// events, and live here so the game can word them without touching sim.
type causeText struct {
	up, down string
	// momDown, if set, replaces down for momentum: the same booking
	// means "cooling off" there, not "settling".
	momDown string
}

// causeTexts is indexed by sim.Cause; TestCauseTexts checks every cause
// has its words, so a cause added to sim cannot show up unnamed.
var causeTexts = [sim.NumCauses]causeText{
	sim.CauseDrift: {up: "rising to what trust and culture give", down: "sinking to what trust and culture give",
		momDown: "cooling off since the last booking"},
	sim.CauseCall:         {up: "booked meetings on the phone", down: "calls that booked nothing"},
	sim.CauseDeal:         {up: "deals closed this morning", down: "deals closed this morning"},
	sim.CauseFatigue:      {up: "rested", down: "too tired to dial: resting"},
	sim.CauseNoLeads:      {up: "leads to call again", down: "idle, with no leads to call"},
	sim.CauseAdvice:       {up: "asked your advice and got it", down: "asked your advice"},
	sim.CauseInspiration:  {up: "inspired by you dialing beside them", down: "your example on the phones"},
	sim.CauseTeammateLeft: {up: "a teammate left", down: "a teammate quit the team"},
	sim.CauseQuotaMissed:  {up: "the dial quota", down: "missed the day's dial quota"},
	sim.CauseReports:      {up: "status reports", down: "pulled off the phone for a report"},
	sim.CauseQuota:        {up: "the dial quota", down: "pressure of the dial quota"},
	sim.CauseProcedure:    {up: "the new procedure", down: "a procedure imposed on them", momDown: "pulled into a procedure meeting"},
	sim.CauseReassign:     {up: "leads reassigned", down: "leads reassigned"},
	sim.CauseReview:       {up: "the performance review", down: "the sting of a performance review", momDown: "pulled into a review"},
	sim.CauseForecast:     {up: "the forecast meeting", down: "pulled into a forecast meeting"},
	sim.CauseCalls:        {up: "saw you take a desk and dial", down: "you on the phones"},
	sim.CauseScrub:        {up: "you scrubbed their leads", down: "you scrubbed their leads"},
	sim.CauseVision:       {up: "your vision talk", down: "a second vision talk in a day", momDown: "pulled into a vision talk"},
	sim.CauseMentor:       {up: "an hour of your coaching", down: "coaching that felt like judgement"},
	sim.CauseCelebrate:    {up: "a win celebrated in front of the team", down: "applause for nothing", momDown: "pulled into a celebration"},
	sim.CauseFloor:        {up: "you walked the floor and listened", down: "you walked the floor"},
	sim.CauseCheckin:      {up: "the executive's check-in", down: "the executive's check-in"},
	sim.CauseDrought:      {up: "the lead drought", down: "the lead drought"},
	sim.CauseHotLead:      {up: "a hot inbound lead", down: "a hot inbound lead"},
	sim.CauseHotStreak:    {up: "a hot streak: call after call landing", down: "a hot streak ended"},
	sim.CauseBurnout:      {up: "burnout handled", down: "burning out"},
	sim.CauseResignation:  {up: "talked out of resigning", down: "thinking of resigning"},
	sim.CauseNewHire:      {up: "a new hire joined", down: "a new hire joined"},
	sim.CauseSenior:       {up: "a senior's example lifted them", down: "a senior's low mood spread to them"},
	sim.CausePush:         {up: "the quarter-end push", down: "the quarter-end push"},
	sim.CauseMarket:       {up: "the market turned up", down: "the market turned down"},
	sim.CauseResentment:   {up: "orders given without authority", down: "orders from a boss out of authority"},
}

// CauseLabel is the player's words for a cause of a change of sign up (or
// down), in momentum or morale.
func CauseLabel(c sim.Cause, up, momentum bool) string {
	if c >= sim.NumCauses {
		return c.String()
	}
	t := &causeTexts[c]
	switch {
	case up:
		return t.up
	case momentum && t.momDown != "":
		return t.momDown
	}
	return t.down
}

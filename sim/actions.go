package sim

// ActionID names one of the twelve actions (plus the event choice). The ids
// are stable strings in replays, policy files and the UI.
type ActionID uint8

const (
	ActReports ActionID = iota
	ActQuota
	ActProcedure
	ActReassign
	ActReview
	ActForecast
	ActCalls
	ActScrub
	ActVision
	ActMentor
	ActCelebrate
	ActFloor
	// ActChoose answers the pending event's question; it is not one of the
	// twelve and costs nothing.
	ActChoose
	// The break between a campaign's quarters has its own decisions (see
	// year.go): hire a candidate, promote a rep to senior, let a rep go,
	// and start the next quarter. They cost no hours and have no style:
	// they are the year's choices, not the hour's.
	ActHire
	ActPromote
	ActLetGo
	ActNextQuarter
	NumActions
)

// Planning reports whether a is one of the break's decisions.
func (a ActionID) Planning() bool { return a > ActChoose && a < NumActions }

// NumPlayActions is the number of real actions (excluding ActChoose).
const NumPlayActions = int(ActChoose)

// Style is the side of the leading-versus-managing divide an action is on.
type Style uint8

const (
	StyleCommand Style = iota // the manager's way: organise, measure, direct
	StyleExample              // the leader's way: do the work, inspire, advise
	NoStyle
)

func (s Style) String() string {
	switch s {
	case StyleCommand:
		return "command"
	case StyleExample:
		return "example"
	}
	return "none"
}

// TargetKind says what an action applies to.
type TargetKind uint8

const (
	TargetTeam     TargetKind = iota // the whole team; no rep needed
	TargetRep                        // exactly one rep
	TargetRepOrAll                   // one rep, or every rep (standing orders)
)

// Target values in a Command besides a rep index.
const (
	TeamTarget = -1 // the team as a whole
	AllReps    = -2 // every rep, one at a time (standing orders)
)

// ActionSpec describes an action for the UI, policies and validation.
type ActionSpec struct {
	ID       ActionID
	Name     string // the stable id: "reports", "vision", ...
	Title    string // what the button says
	Style    Style
	Cost     int32 // player time in ticks (4 = one hour)
	Target   TargetKind
	RepTicks int32  // ticks the targeted rep or team spends on it
	Now      string // what it tends to do at once
	Later    string // what it tends to do over the following days
	// Cooldown: a second use on the same day has little or no effect.
	OncePerDay bool
}

// Actions is the action table, indexed by ActionID.
var Actions = [NumActions]ActionSpec{
	ActReports: {
		ID: ActReports, Name: "reports", Title: "Status reports", Style: StyleCommand, Cost: 1, Target: TargetRepOrAll, RepTicks: 1,
		Now:   "orders a status report every two hours: you see the pipeline",
		Later: "each report pulls the rep off the phone and breaks their momentum; autonomous reps resent it",
	},
	ActQuota: {
		ID: ActQuota, Name: "quota", Title: "Dial quota", Style: StyleCommand, Cost: 4, Target: TargetTeam, RepTicks: 0,
		Now:   "sets a daily dial target: more dials at once",
		Later: "rushed calls convert worse, and the pressure wears on morale",
	},
	ActProcedure: {
		ID: ActProcedure, Name: "procedure", Title: "Roll out procedure", Style: StyleCommand, Cost: 4, Target: TargetTeam, RepTicks: 4,
		Now:   "an hour-long meeting for everyone",
		Later: "process rises as the playbook settles in over a week, turning culture into repeatable output",
	},
	ActReassign: {
		ID: ActReassign, Name: "reassign", Title: "Reassign leads", Style: StyleCommand, Cost: 2, Target: TargetTeam, RepTicks: 0,
		Now:   "evens out the lead queues and routes fresh leads from the pool",
		Later: "a little more process",
	},
	ActReview: {
		ID: ActReview, Name: "review", Title: "Performance review", Style: StyleCommand, Cost: 4, Target: TargetRep, RepTicks: 4,
		Now:   "the rep pushes harder for a few days and you see their numbers",
		Later: "the push fades; the sting to morale stays unless they trust you",
	},
	ActForecast: {
		ID: ActForecast, Name: "forecast", Title: "Forecast meeting", Style: StyleCommand, Cost: 4, Target: TargetTeam, RepTicks: 2,
		Now:   "a pipeline count: visibility jumps, ready for the executive's check-in",
		Later: "visibility fades within days",
	},
	ActCalls: {
		ID: ActCalls, Name: "calls", Title: "Make calls yourself", Style: StyleExample, Cost: 8, Target: TargetTeam, RepTicks: 0,
		Now:   "you take a desk and dial for two hours: your own meetings and deals",
		Later: "the team sees you do it: morale and trust rise and stay up",
	},
	ActScrub: {
		ID: ActScrub, Name: "scrub", Title: "Scrub leads", Style: StyleExample, Cost: 4, Target: TargetRep, RepTicks: 0,
		Now:   "you qualify a rep's leads while they keep dialing: better leads, more of them",
		Later: "the rep trusts you more",
	},
	ActVision: {
		ID: ActVision, Name: "vision", Title: "Share the vision", Style: StyleExample, Cost: 4, Target: TargetTeam, RepTicks: 2,
		Now:        "the quarter's goal, told well: a lift in morale",
		Later:      "clarity compounds over the following days; twice in a day is noise",
		OncePerDay: true,
	},
	ActMentor: {
		ID: ActMentor, Name: "mentor", Title: "Mentor", Style: StyleExample, Cost: 4, Target: TargetRep, RepTicks: 4,
		Now:   "an hour coaching one rep: trust and morale",
		Later: "skill grows over the following days, and they come to you for advice",
	},
	ActCelebrate: {
		ID: ActCelebrate, Name: "celebrate", Title: "Celebrate a win", Style: StyleExample, Cost: 2, Target: TargetTeam, RepTicks: 1,
		Now:        "recognise today's wins in front of the team: morale, and momentum for the winners",
		Later:      "culture; hollow if there was no win, or twice in a day",
		OncePerDay: true,
	},
	ActFloor: {
		ID: ActFloor, Name: "floor", Title: "Walk the floor", Style: StyleExample, Cost: 4, Target: TargetTeam, RepTicks: 0,
		Now:   "listen and unblock: energy, morale and a sense of the pipeline",
		Later: "trust; a rep thinking of leaving may stay",
	},
	ActChoose: {
		ID: ActChoose, Name: "choose", Title: "Answer event", Style: NoStyle, Cost: 0, Target: TargetTeam, RepTicks: 0,
		Now:   "answers the question an event put to you",
		Later: "",
	},
	ActHire: {
		ID: ActHire, Name: "hire", Title: "Hire", Style: NoStyle, Target: TargetTeam,
		Now:   "a candidate joins the team for the next quarter",
		Later: "a new rep has to learn the floor: skill grows with the team's culture and your time",
	},
	ActPromote: {
		ID: ActPromote, Name: "promote", Title: "Promote to senior", Style: NoStyle, Target: TargetRep,
		Now:   "the rep becomes a senior: a leader grown from the team",
		Later: "a senior coaches the others a little every day, and their morale spreads through the floor",
	},
	ActLetGo: {
		ID: ActLetGo, Name: "let_go", Title: "Let go", Style: NoStyle, Target: TargetRep,
		Now:   "the rep leaves before the next quarter, and frees a desk",
		Later: "the others saw it: their trust in you drops",
	},
	ActNextQuarter: {
		ID: ActNextQuarter, Name: "next_quarter", Title: "Start the next quarter", Style: NoStyle, Target: TargetTeam,
		Now:   "the break ends and the next quarter begins",
		Later: "",
	},
}

// ActionByName finds an action by its stable id.
func ActionByName(name string) (ActionID, bool) {
	for i := range Actions {
		if Actions[i].Name == name {
			return ActionID(i), true
		}
	}
	return 0, false
}

func (a ActionID) String() string {
	if a < NumActions {
		return Actions[a].Name
	}
	return "unknown"
}

// Spec returns the action's description.
func (a ActionID) Spec() *ActionSpec { return &Actions[a] }

// actionCauses are the causes each action's effects are booked to, keyed
// by action: reordering either list cannot re-book one action's effects
// under another's name (TestNameTables checks every action has its own).
var actionCauses = [NumPlayActions]Cause{
	ActReports: CauseReports, ActQuota: CauseQuota, ActProcedure: CauseProcedure, ActReassign: CauseReassign,
	ActReview: CauseReview, ActForecast: CauseForecast, ActCalls: CauseCalls, ActScrub: CauseScrub,
	ActVision: CauseVision, ActMentor: CauseMentor, ActCelebrate: CauseCelebrate, ActFloor: CauseFloor,
}

// actionCause maps an action to the cause booked for its effects.
func actionCause(a ActionID) Cause { return actionCauses[a] }

// Hollow reports whether taking a right now would be noise: a second vision
// talk the same day, or a celebration with no win to recognise (or a second
// one). The game warns before the player spends the hours.
func (w *World) Hollow(a ActionID) bool {
	day := w.Day()
	switch a {
	case ActVision:
		return w.Team.VisionDay == day
	case ActCelebrate:
		return w.Team.CelebrateDay == day || w.Team.WinsToday == 0
	}
	return false
}

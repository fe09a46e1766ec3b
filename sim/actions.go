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
	NumActions
)

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
	RepTicks int32 // ticks the targeted rep or team spends on it
	Hotkey   byte
	Now      string // what it tends to do at once
	Later    string // what it tends to do over the following days
	// Cooldown: a second use on the same day has little or no effect.
	OncePerDay bool
}

// Actions is the action table, indexed by ActionID.
var Actions = [NumActions]ActionSpec{
	ActReports: {ActReports, "reports", "Status reports", StyleCommand, 1, TargetRepOrAll, 1, 'r',
		"orders a status report every two hours: you see the pipeline",
		"each report pulls the rep off the phone and breaks their momentum; autonomous reps resent it", false},
	ActQuota: {ActQuota, "quota", "Dial quota", StyleCommand, 2, TargetTeam, 0, 'q',
		"sets a daily dial target: more dials at once",
		"rushed calls convert worse, and the pressure wears on morale", false},
	ActProcedure: {ActProcedure, "procedure", "Roll out procedure", StyleCommand, 4, TargetTeam, 4, 'p',
		"an hour-long meeting for everyone",
		"process rises as the playbook settles in over a week, turning culture into repeatable output", false},
	ActReassign: {ActReassign, "reassign", "Reassign leads", StyleCommand, 2, TargetTeam, 0, 'a',
		"evens out the lead queues and routes fresh leads from the pool", "a little more process", false},
	ActReview: {ActReview, "review", "Performance review", StyleCommand, 4, TargetRep, 4, 'v',
		"the rep pushes harder for a few days and you see their numbers",
		"the push fades; the sting to morale stays unless they trust you", false},
	ActForecast: {ActForecast, "forecast", "Forecast meeting", StyleCommand, 4, TargetTeam, 2, 'f',
		"a pipeline count: visibility jumps, ready for the executive's check-in",
		"visibility fades within days", false},
	ActCalls: {ActCalls, "calls", "Make calls yourself", StyleExample, 8, TargetTeam, 0, 'c',
		"you take a desk and dial for two hours: your own meetings and deals",
		"the team sees you do it: morale and trust rise and stay up", false},
	ActScrub: {ActScrub, "scrub", "Scrub leads", StyleExample, 4, TargetRep, 0, 's',
		"you qualify a rep's leads while they keep dialing: better leads, more of them",
		"the rep trusts you more", false},
	ActVision: {ActVision, "vision", "Share the vision", StyleExample, 4, TargetTeam, 2, 'g',
		"the quarter's goal, told well: a lift in morale",
		"clarity compounds over the following days; twice in a day is noise", true},
	ActMentor: {ActMentor, "mentor", "Mentor", StyleExample, 4, TargetRep, 4, 'm',
		"an hour coaching one rep: trust and morale",
		"skill grows over the following days, and they come to you for advice", false},
	ActCelebrate: {ActCelebrate, "celebrate", "Celebrate a win", StyleExample, 2, TargetTeam, 1, 'w',
		"recognise today's wins in front of the team: morale, and momentum for the winners",
		"culture; hollow if there was no win, or twice in a day", true},
	ActFloor: {ActFloor, "floor", "Walk the floor", StyleExample, 4, TargetTeam, 0, 'l',
		"listen and unblock: energy, morale and a sense of the pipeline",
		"trust; a rep thinking of leaving may stay", false},
	ActChoose: {ActChoose, "choose", "Answer event", NoStyle, 0, TargetTeam, 0, 0,
		"answers the question an event put to you", "", false},
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

// actionCause maps an action to the cause booked for its effects.
func actionCause(a ActionID) Cause { return CauseReports + Cause(a) }

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

package sim

import (
	"fmt"
	"strings"
)

// MaxDialQuota is the largest dial quota a player can set, per rep per day.
const MaxDialQuota = 400

// QuotaLevels are the dial quotas a search or a menu offers: off, and three
// levels of pressure. Any quota up to MaxDialQuota is a legal command; these
// are the ones worth telling apart.
var QuotaLevels = [...]int32{0, 40, 60, 80}

// ActionSet is a set of actions: what a restricted player (command-only,
// example-only, or any list) may use.
type ActionSet uint32

// Action sets by style.
var (
	CommandActions = styleSet(StyleCommand)
	ExampleActions = styleSet(StyleExample)
	AllActions     = CommandActions | ExampleActions
)

func styleSet(s Style) ActionSet {
	var m ActionSet
	for i := 0; i < NumPlayActions; i++ {
		if Actions[i].Style == s {
			m |= 1 << i
		}
	}
	return m
}

// Has reports whether a is in the set.
func (s ActionSet) Has(a ActionID) bool { return a < NumActions && s&(1<<a) != 0 }

// Len counts the actions in the set.
func (s ActionSet) Len() int {
	n := 0
	for a := ActionID(0); a < ActionID(NumPlayActions); a++ {
		if s.Has(a) {
			n++
		}
	}
	return n
}

// String writes the set as ParseActionSet reads it.
func (s ActionSet) String() string {
	switch s {
	case AllActions:
		return "all"
	case CommandActions:
		return "command"
	case ExampleActions:
		return "example"
	}
	var names []string
	for a := ActionID(0); a < ActionID(NumPlayActions); a++ {
		if s.Has(a) {
			names = append(names, Actions[a].Name)
		}
	}
	return strings.Join(names, ",")
}

// List is the set's play actions in action order.
func (s ActionSet) List() []ActionID {
	var out []ActionID
	for a := ActionID(0); a < ActionID(NumPlayActions); a++ {
		if s.Has(a) {
			out = append(out, a)
		}
	}
	return out
}

// Names is the set's action names in action order.
func (s ActionSet) Names() []string {
	var out []string
	for _, a := range s.List() {
		out = append(out, Actions[a].Name)
	}
	return out
}

// Label names the set briefly for a policy or file name: "all",
// "command", "example", or its actions joined by "+" (a policy name may
// not hold commas).
func (s ActionSet) Label() string {
	switch s {
	case AllActions, CommandActions, ExampleActions:
		return s.String()
	}
	return strings.Join(s.Names(), "+")
}

// ParseActionSet reads a restriction: "all", "command", "example", an
// action name, or a comma list of any of them (their union). An unknown
// name, or a list that leaves no actions, is an error saying which.
func ParseActionSet(arg string) (ActionSet, error) {
	var s ActionSet
	for _, part := range strings.Split(arg, ",") {
		part = strings.TrimSpace(part)
		switch part {
		case "":
			continue
		case "all":
			s |= AllActions
		case "command":
			s |= CommandActions
		case "example":
			s |= ExampleActions
		default:
			a, ok := ActionByName(part)
			if !ok || a >= ActChoose {
				return 0, fmt.Errorf("%q is not an action (have all, command, example, %s)", part, actionNameList())
			}
			s |= 1 << a
		}
	}
	if s == 0 {
		return 0, fmt.Errorf("%q leaves no actions: name all, command, example or some of %s", arg, actionNameList())
	}
	return s, nil
}

func actionNameList() string {
	names := make([]string, 0, NumPlayActions)
	for a := 0; a < NumPlayActions; a++ {
		names = append(names, Actions[a].Name)
	}
	return strings.Join(names, ", ")
}

// LegalMoves appends to buf every command in allow that the world would
// accept now, stamped with the current tick, in a fixed order: by action,
// then target (the team or all reps first, then each rep), then argument.
// A command that would change nothing is not legal, so every move listed
// does something. Event answers are not included (see PendingEvent). It does
// not allocate when buf has room (NumPlayActions*(MaxReps+2) is always
// enough).
func (w *World) LegalMoves(allow ActionSet, buf []Command) []Command {
	if w.Done() || w.Player.Busy > 0 {
		return buf
	}
	for a := ActionID(0); a < ActionID(NumPlayActions); a++ {
		if !allow.Has(a) {
			continue
		}
		spec := &Actions[a]
		if spec.Cost > TicksPerDay-w.Tick%TicksPerDay {
			continue
		}
		switch {
		case a == ActQuota:
			for _, q := range QuotaLevels {
				buf = w.tryMove(buf, a, TeamTarget, q)
			}
		case a == ActReports:
			buf = w.tryMove(buf, a, AllReps, 1)
			buf = w.tryMove(buf, a, AllReps, 0)
			for i := range w.Reps {
				if !w.Reps[i].Gone {
					buf = w.tryMove(buf, a, int32(i), boolArg(!w.Reps[i].Reports))
				}
			}
		case spec.Target == TargetTeam:
			buf = w.tryMove(buf, a, TeamTarget, 0)
		default:
			for i := range w.Reps {
				if !w.Reps[i].Gone {
					buf = w.tryMove(buf, a, int32(i), 0)
				}
			}
		}
	}
	return buf
}

// tryMove appends the command if the world would accept it now.
func (w *World) tryMove(buf []Command, a ActionID, target, arg int32) []Command {
	c := Command{Tick: w.Tick, Quarter: w.Year.Quarter, Action: a, Target: target, Arg: arg}
	if w.check(c, false) == nil {
		buf = append(buf, c)
	}
	return buf
}

// noChange refuses a command that would change nothing. The reason is
// only put into words when explain is set, so that LegalMoves, which asks
// this of every candidate, never allocates.
func (w *World) noChange(c Command, explain bool) error {
	why := w.noChangeReason(c)
	if why == 0 {
		return nil
	}
	if why == noopNoAuthority {
		if !explain {
			return ErrNoAuthority
		}
		return &CommandError{Command: c, Err: ErrNoAuthority, Detail: fmt.Sprintf(
			"the order needs %.0f%% authority and you have %.0f%%; it regrows each night with the day's results and the executive's trust",
			100*w.orderCost(c).Float(), 100*w.Player.Authority.Float())}
	}
	if !explain {
		return ErrNoChange
	}
	var detail string
	err := ErrNoChange
	on := c.Arg == 1
	switch why {
	case noopReportsRep:
		detail = fmt.Sprintf("reports are already %s for %s", onOff(on), w.Reps[c.Target].Name)
	case noopReportsAll:
		detail = fmt.Sprintf("reports are already %s for everyone", onOff(on))
	case noopQuotaOff:
		detail = "there is no dial quota to take off"
	case noopQuotaSame:
		detail = fmt.Sprintf("the dial quota is already %d", c.Arg)
	case noopVision:
		detail = "the team heard the vision today; a second talk is noise"
	case noopCelebrated:
		detail = "today's wins have been celebrated"
	case noopNoWin:
		detail = "no deal has closed today: there is no win to recognise"
	case noopOrderToday:
		err = ErrTooSoon
		switch i := w.orderedToday(); {
		case c.Target >= 0:
			detail = fmt.Sprintf("reports for %s were changed today; an order that changes by the hour is noise", w.Reps[c.Target].Name)
		case w.Team.AllDay == w.Day()+1 || i < 0:
			detail = "reports for everyone were changed today; an order that changes by the hour is noise"
		default:
			// An order for everyone, refused because one rep's changed: say
			// so, or the refusal reads as about that rep alone.
			detail = fmt.Sprintf("an order for everyone waits until tomorrow: reports for %s were changed today, and an order that changes by the hour is noise", w.Reps[i].Name)
		}
	case noopQuotaToday:
		err = ErrTooSoon
		detail = "the dial quota was switched on or off today; an order that changes by the hour is noise"
	case noopReviewed:
		r := &w.Reps[c.Target]
		detail = fmt.Sprintf("%s was reviewed %s; a review means something once in %d working days",
			r.Name, daysAgo(w.Day()+1-r.ReviewDay), w.P.ReviewGapDays)
	case noopMentored:
		detail = fmt.Sprintf("%s had a lesson today; a second one the same day will not stick", w.Reps[c.Target].Name)
	}
	return &CommandError{Command: c, Err: err, Detail: detail}
}

// Why a command would change nothing.
const (
	noopReportsRep = 1 + iota
	noopReportsAll
	noopQuotaOff
	noopQuotaSame
	noopVision
	noopCelebrated
	noopNoWin
	noopOrderToday
	noopQuotaToday
	noopMentored
	noopReviewed
	noopNoAuthority
)

// NoChangeReason is 0 when c would change something (and the player has
// the authority to order it), and otherwise a number saying why not (the
// same number for the same reason and wording), so a caller that caches
// Check's verdicts can key them on it.
func (w *World) NoChangeReason(c Command) int {
	why := w.noChangeReason(c)
	switch why {
	case noopReviewed:
		why |= int(w.Day()+1-w.Reps[c.Target].ReviewDay) << 8
	case noopNoAuthority:
		why |= int(w.Player.Authority>>10) << 8
	}
	return why
}

func (w *World) noChangeReason(c Command) int {
	if why := w.noChangeReasonOf(c); why != 0 {
		return why
	}
	if cost := w.orderCost(c); cost > 0 && w.Player.Authority < cost {
		return noopNoAuthority
	}
	return 0
}

// orderCost is the authority a command spends: orders do, example does
// not, and a standing order costs only when it is switched on.
func (w *World) orderCost(c Command) Fixed {
	cost := w.P.CommandCost
	switch c.Action {
	case ActReports:
		if c.Arg == 1 {
			return cost / 4
		}
	case ActQuota:
		// Setting a quota or raising one is an order; lowering it is relief.
		if c.Arg > w.Team.DialQuota {
			return cost / 4
		}
	case ActReassign:
		return cost / 2
	case ActProcedure, ActReview, ActForecast:
		return cost
	}
	return 0
}

func (w *World) noChangeReasonOf(c Command) int {
	t := &w.Team
	on := c.Arg == 1
	today := w.Day() + 1
	switch c.Action {
	case ActReports:
		if c.Target >= 0 {
			r := &w.Reps[c.Target]
			if r.Reports == on {
				return noopReportsRep
			}
			if r.OrderDay == today || t.AllDay == today {
				return noopOrderToday
			}
			return 0
		}
		changes := t.ReportsAll != on
		for i := range w.Reps {
			if !w.Reps[i].Gone && w.Reps[i].Reports != on {
				changes = true
			}
		}
		if !changes {
			return noopReportsAll
		}
		// Standing orders change at most once a day: a toggle back and
		// forth would cost the team's morale and show nothing.
		if t.AllDay == today || w.orderedToday() >= 0 {
			return noopOrderToday
		}
	case ActQuota:
		if t.DialQuota == c.Arg {
			if c.Arg == 0 {
				return noopQuotaOff
			}
			return noopQuotaSame
		}
		// Raising or lowering a quota that stands is fine; switching it
		// on and off again the same day is not.
		if t.QuotaDay == today && (c.Arg == 0) != (t.DialQuota == 0) {
			return noopQuotaToday
		}
	case ActMentor:
		if w.Reps[c.Target].MentorDay == today {
			return noopMentored
		}
	case ActReview:
		if d := w.Reps[c.Target].ReviewDay; d > 0 && today-d < w.P.ReviewGapDays {
			return noopReviewed
		}
	case ActVision:
		if t.VisionDay == w.Day() {
			return noopVision
		}
	case ActCelebrate:
		if t.CelebrateDay == w.Day() {
			return noopCelebrated
		}
		if t.WinsToday == 0 {
			return noopNoWin
		}
	}
	return 0
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}

// orderedToday is the first active rep whose reports order changed today,
// or -1.
func (w *World) orderedToday() int {
	today := w.Day() + 1
	for i := range w.Reps {
		if !w.Reps[i].Gone && w.Reps[i].OrderDay == today {
			return i
		}
	}
	return -1
}

func daysAgo(n int32) string {
	switch n {
	case 0:
		return "today"
	case 1:
		return "yesterday"
	}
	return fmt.Sprintf("%d working days ago", n)
}

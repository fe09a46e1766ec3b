package sim

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Command is one thing the player does, stamped with the tick it is applied
// at (before that tick is simulated). Commands are the only way anything
// outside the sim changes the world; a replay is a list of them.
type Command struct {
	Tick   int32
	Action ActionID
	Target int32 // a rep index, TeamTarget, or AllReps
	Arg    int32 // reports: 1 on, 0 off; quota: dials per day (0 off); choose: the option; hire: the candidate
	// Quarter is the campaign's quarter (0-based) the command is applied
	// in: the tick starts again each quarter.
	Quarter int32
}

func (c Command) String() string {
	if c.Quarter > 0 {
		return fmt.Sprintf("@q%d:%d %s %s arg=%d", c.Quarter+1, c.Tick, c.Action, TargetString(c.Target), c.Arg)
	}
	return fmt.Sprintf("@%d %s %s arg=%d", c.Tick, c.Action, TargetString(c.Target), c.Arg)
}

// TargetString writes a target as replays and policy files spell it.
func TargetString(t int32) string {
	switch t {
	case TeamTarget:
		return "team"
	case AllReps:
		return "all"
	}
	return "rep:" + strconv.Itoa(int(t))
}

// ParseTarget reads "team", "all", "rep:N" or a bare index.
func ParseTarget(s string) (int32, error) {
	switch s {
	case "", "team":
		return TeamTarget, nil
	case "all":
		return AllReps, nil
	}
	n, err := strconv.Atoi(strings.TrimPrefix(s, "rep:"))
	if err != nil || n < 0 || n >= MaxReps {
		return 0, fmt.Errorf("target %q is not team, all, or rep:0..%d", s, MaxReps-1)
	}
	return int32(n), nil
}

type commandJSON struct {
	Quarter int32  `json:"quarter,omitempty"`
	Tick    int32  `json:"tick"`
	Do      string `json:"do"`
	Target  string `json:"target,omitempty"`
	Arg     int32  `json:"arg,omitempty"`
}

// MarshalJSON writes {"tick":12,"do":"mentor","target":"rep:2"}.
func (c Command) MarshalJSON() ([]byte, error) {
	return json.Marshal(commandJSON{c.Quarter, c.Tick, c.Action.String(), TargetString(c.Target), c.Arg})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (c *Command) UnmarshalJSON(b []byte) error {
	var j commandJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	a, ok := ActionByName(j.Do)
	if !ok {
		return fmt.Errorf("unknown action %q", j.Do)
	}
	t, err := ParseTarget(j.Target)
	if err != nil {
		return err
	}
	if j.Quarter < 0 || j.Quarter >= MaxQuarters {
		return fmt.Errorf("quarter %d is not 0..%d", j.Quarter, MaxQuarters-1)
	}
	*c = Command{Tick: j.Tick, Action: a, Target: t, Arg: j.Arg, Quarter: j.Quarter}
	return nil
}

// Check reports whether the command could be applied now, and why not. It
// never changes the world: the game calls it to grey out a button and show
// the reason.
func (w *World) Check(c Command) error { return w.check(c, true) }

// Allowed reports whether the command would be accepted. Unlike Check it
// never allocates, so policies can ask it of every action every tick.
func (w *World) Allowed(c Command) bool { return w.check(c, false) == nil }

// check validates c. Without explain it returns a bare sentinel and skips
// formatting the reason.
func (w *World) check(c Command, explain bool) error {
	refuse := func(err error, format string, args ...any) error {
		if !explain {
			return err
		}
		return &CommandError{Command: c, Err: err, Detail: fmt.Sprintf(format, args...)}
	}
	if c.Action >= NumActions {
		return refuse(ErrUnknownAction, "action number %d", c.Action)
	}
	spec := &Actions[c.Action]
	if c.Action.Planning() {
		// Outside a break, checkPlan says so before any target is read.
		if w.Year.Planning {
			if err := w.checkTarget(c, spec, refuse); err != nil {
				return err
			}
		}
		return w.checkPlan(c, refuse)
	}
	if w.Year.Planning {
		return refuse(ErrPlanning, "hire, promote, let go, or start the next quarter")
	}
	if w.Done() {
		return refuse(ErrQuarterOver, "")
	}
	if c.Tick != w.Tick || c.Quarter != w.Year.Quarter {
		if c.Quarter != w.Year.Quarter {
			return refuse(ErrWrongTick, "stamped for quarter %d, the world is in quarter %d", c.Quarter+1, w.Year.Quarter+1)
		}
		return refuse(ErrWrongTick, "stamped %d, the world is at %d", c.Tick, w.Tick)
	}
	if c.Action == ActChoose {
		rec, d, ok := w.PendingEvent()
		if !ok {
			return refuse(ErrNoEvent, "")
		}
		_ = rec
		if c.Arg < 0 || int(c.Arg) >= len(d.Choices) {
			return refuse(ErrBadArg, "choice %d of %d", c.Arg, len(d.Choices))
		}
		return nil
	}
	if err := w.checkTarget(c, spec, refuse); err != nil {
		return err
	}
	switch c.Action {
	case ActReports:
		if c.Arg != 0 && c.Arg != 1 {
			return refuse(ErrBadArg, "reports takes 1 (on) or 0 (off), not %d", c.Arg)
		}
	case ActQuota:
		if c.Arg < 0 || c.Arg > MaxDialQuota {
			return refuse(ErrBadArg, "a dial quota is 0 (off) to %d dials a day, not %d", MaxDialQuota, c.Arg)
		}
	default:
		if c.Arg != 0 {
			return refuse(ErrBadArg, "%s takes no argument", spec.Name)
		}
	}
	// A busy player and a day too short are what policies run into every
	// tick, so these two refusals return before their arguments are put
	// into words: boxing them for refuse allocates even when it does not
	// explain.
	if w.Player.Busy > 0 {
		if !explain {
			return ErrBusy
		}
		until := ClockAt(int(w.Tick + w.Player.Busy))
		return refuse(ErrBusy, "%s until %02d:%02d", Actions[w.Player.Doing].Title, until.Hour, until.Minute)
	}
	if left := TicksPerDay - w.Tick%TicksPerDay; spec.Cost > left {
		if !explain {
			return ErrNoHours
		}
		return refuse(ErrNoHours, "%s takes %s, and the day has %s left", spec.Title, hours(spec.Cost), hours(left))
	}
	if err := w.noChange(c, explain); err != nil {
		return err
	}
	return nil
}

// checkTarget validates c's target against what its action applies to.
func (w *World) checkTarget(c Command, spec *ActionSpec, refuse func(error, string, ...any) error) error {
	switch spec.Target {
	case TargetTeam:
		if c.Target != TeamTarget {
			return refuse(ErrBadTarget, "%s is for the whole team, not %s", spec.Name, TargetString(c.Target))
		}
	case TargetRep, TargetRepOrAll:
		if c.Target == AllReps && spec.Target == TargetRepOrAll {
			break
		}
		if c.Target < 0 || int(c.Target) >= len(w.Reps) {
			return refuse(ErrBadTarget, "%s needs a rep, and %s is not on the team (0..%d)", spec.Name, TargetString(c.Target), len(w.Reps)-1)
		}
		if w.Reps[c.Target].Gone {
			return refuse(ErrBadTarget, "%s has left the team", w.Reps[c.Target].Name)
		}
	}
	return nil
}

func hours(ticks int32) string {
	h, q := ticks/TicksPerHour, ticks%TicksPerHour
	switch {
	case q == 0:
		return fmt.Sprintf("%dh", h)
	case h == 0:
		return fmt.Sprintf("%dmin", q*MinutesPerTick)
	}
	return fmt.Sprintf("%dh%02d", h, q*MinutesPerTick)
}

// Apply checks and carries out a command. On error the world is unchanged.
func (w *World) Apply(c Command) error {
	if err := w.Check(c); err != nil {
		return err
	}
	if c.Action == ActChoose {
		w.resolvePending(c.Arg)
		return nil
	}
	if c.Action.Planning() {
		w.applyPlan(c)
		return nil
	}
	spec := &Actions[c.Action]
	pl := &w.Player
	pl.Busy = spec.Cost
	pl.Doing = c.Action
	pl.Target = c.Target
	pl.ActionCounts[c.Action]++
	w.act(c)
	return nil
}

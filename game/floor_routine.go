package game

import (
	"fmt"
	"strconv"

	"salesfloor/game/routine"
	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// The routine on the floor: a line that says what it will do next, and the
// keys that open it, pause it and skip its next action.

// routineLines are the floor's two lines about the routine: what it does
// next, and its keys; with no routine, how to make one.
func routineLines(ctx *Ctx, s *session.Session) [2]string {
	keys := func(ctl ui.Control) string { return ctx.Keys.Label(ctl) }
	r, w := s.Routine, ctx.game.week
	if r == nil || w == nil {
		return [2]string{"No routine yet", keys(ui.CtlRoutine) + " plans your week on a calendar"}
	}
	// At the top of an hour the routine has not yet decided at (a
	// quarter's first tick, paused), that hour's slot is next: a
	// play-test read "Next: Mon 10:00" at 09:00 and took the 09:00 slot
	// for one that never runs.
	now := s.W.Clock().Minute == 0 && !r.DecidedAt(s.W.Tick)
	head := "Next: " + nextSlot(w, s.W, now)
	if fp, ok := r.Policy.(*policyfile.FilePolicy); ok {
		if rule := fp.Waiting(); rule != nil && rule.At >= 0 {
			due := sim.ClockAt(rule.At)
			head = fmt.Sprintf("Waiting for you to be free: %s (due %02d:%02d)", sim.Actions[rule.Action].Title, due.Hour, due.Minute)
			if pl := &s.W.Player; pl.Busy > 0 {
				// Say what it waits on, as the HUD's "busy: Mentor" does:
				// a play-test read "waiting for you to be free: Mentor"
				// beside "busy: Mentor" as the routine stuck.
				head = fmt.Sprintf("After your %s: %s (due %02d:%02d)", sim.Actions[pl.Doing].Title, sim.Actions[rule.Action].Title, due.Hour, due.Minute)
			}
		}
	}
	if r.Off {
		head = "Routine paused"
	}
	if r.Skip > 0 {
		head += fmt.Sprintf(" (skipping %d)", r.Skip)
	}
	return [2]string{head, fmt.Sprintf("%s edits, %s pauses, %s skips one", keys(ui.CtlRoutine), keys(ui.CtlRoutineRun), keys(ui.CtlRoutineSkip))}
}

// nextSlot names the calendar's next hour from now (from this hour's, with
// now): "Mentor, lowest morale, Tue 14:00".
func nextSlot(w *routine.Week, world *sim.World, now bool) string {
	c := world.Clock()
	names := make([]string, len(world.Reps))
	for i := range world.Reps {
		names[i] = world.Reps[i].Name
	}
	first := 1
	if now {
		first = 0 // this hour's slot, still to run
	}
	for k := first; k <= routine.Days*routine.Hours; k++ {
		at := c.Weekday*routine.Hours + (c.Hour - 9) + k
		d, h := (at/routine.Hours)%routine.Days, at%routine.Hours
		// An action longer than the day has left from its hour never runs
		// (the calendar outlines it in red): it is never next.
		if sl := &w.Slots[d][h]; sl.Set && int32((routine.Hours-h)*sim.TicksPerHour) >= sim.Actions[sl.Action].Cost {
			day := sim.ClockAt(d * sim.TicksPerDay).WeekdayName()
			what := slotWords(sl, names)
			return fmt.Sprintf("%s %02d:00 %s", day, 9+h, what)
		}
	}
	if w.Fill != routine.NoFill {
		return "free hours to " + sim.Actions[w.Fill].Title
	}
	return "rules from its file"
}

// updateRoutine takes the floor's routine keys.
func (f *floorScene) updateRoutine(ctx *Ctx, in *ui.Input, s *session.Session) bool {
	switch {
	case ctx.Keys.Pressed(in, ui.CtlRoutine):
		ctx.Go(newRoutineScene(ctx, f))
		return true
	case ctx.Keys.Pressed(in, ui.CtlRoutineRun) && s.Routine != nil:
		ctx.game.weekOff = !ctx.game.weekOff
		s.Routine.Off = ctx.game.weekOff
		ctx.Settings.RoutineOff = ctx.game.weekOff
		ctx.SaveSettings()
		s.Version++
		s.QueueVer++
		if s.Routine.Off {
			f.say("Routine paused: nothing runs but what you choose.", true)
		} else {
			f.say("Routine running again.", true)
		}
	case ctx.Keys.Pressed(in, ui.CtlRoutineSkip) && s.Routine != nil:
		s.Routine.Skip++
		s.Version++
		s.QueueVer++
		f.say("The routine will skip its next action.", true)
	}
	return false
}

// slotWords says what an hour of the routine does: "Mentor, lowest
// morale", "Status reports on, everyone", "Dial quota 60 a day". An order
// says what it sets: "Status reports, everyone" left a play-test guessing
// whether they went on or off.
func slotWords(sl *routine.Slot, names []string) string {
	what := sim.Actions[sl.Action].Title
	switch {
	case sl.Action == sim.ActReports && sl.Arg != 0:
		what += " on"
	case sl.Action == sim.ActReports, sl.Action == sim.ActQuota && sl.Arg == 0:
		what += " off"
	case sl.Action == sim.ActQuota:
		what += " " + strconv.Itoa(int(sl.Arg)) + " a day"
	}
	if words := sl.Words(names); words != "" && sl.Aim != routine.AimTeam {
		what += ", " + words
	}
	return what
}

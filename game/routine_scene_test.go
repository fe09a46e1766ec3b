package game

import (
	"errors"
	"testing"

	"salesfloor/game/routine"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The calendar shows what an hour holds: the tail of a two-hour action
// above it, an hour set under one that waits for it, and an action longer
// than the day has left, which the sim refuses every time. A play-test
// read the hour under two hours of calls as free.
func TestRoutineGridShowsLongActions(t *testing.T) {
	calls := routine.Slot{Set: true, Action: sim.ActCalls, Aim: routine.AimTeam}
	mentor := routine.Slot{Set: true, Action: sim.ActMentor, Aim: routine.AimLowestMorale}
	a, _, _ := routineGame(t, slot{0, 0, calls}, slot{1, 0, calls}, slot{1, 1, mentor}, slot{2, routine.Hours - 1, calls}, slot{3, 2, mentor})
	s := newRoutineScene(&a.ctx, a.scene)
	s.layout(&a.ctx)
	for _, tc := range []struct {
		name    string
		d, h    int
		under   sim.ActionID
		trouble bool
		line    [2]string
	}{
		{"the tail of Monday's calls", 0, 1, sim.ActCalls, false, [2]string{"Make calls yourself, on", "until 11:00"}},
		{"the hour after it", 0, 2, noneUnder, false, [2]string{}},
		{"Tuesday's mentoring under the calls", 1, 1, sim.ActCalls, true, [2]string{"Mentor", "waits till 11:00  ·  lowest morale  ·  1h"}},
		{"calls at 16:00", 2, routine.Hours - 1, noneUnder, true, [2]string{"Make calls yourself", "past 17:00: it never runs"}},
		{"a plain hour", 3, 2, noneUnder, false, [2]string{"Mentor", "lowest morale  ·  1h"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if s.under[tc.d][tc.h] != tc.under || s.trouble[tc.d][tc.h] != tc.trouble {
				t.Errorf("under %d, trouble %v; want %d, %v", s.under[tc.d][tc.h], s.trouble[tc.d][tc.h], tc.under, tc.trouble)
			}
			if got := s.labels[tc.d][tc.h]; got != tc.line {
				t.Errorf("labels %q, want %q", got, tc.line)
			}
		})
	}
	// What "it never runs" says is so: two hours of calls at 16:00 are refused.
	se := a.Session()
	se.Step(2*sim.TicksPerDay + (routine.Hours-1)*sim.TicksPerHour)
	if err := se.W.Apply(sim.Command{Tick: se.W.Tick, Action: sim.ActCalls, Target: sim.TeamTarget}); !errors.Is(err, sim.ErrNoHours) {
		t.Errorf("calls at %s: %v, want refused for the hours", se.W.Clock(), err)
	}
}

// Copying an hour to every weekday says what it replaced: a play-test
// copied Tuesday's 12:00 and lost, unseen, Wednesday's reports going off.
func TestRoutineEveryWeekdaySaysWhatItReplaced(t *testing.T) {
	scrub := routine.Slot{Set: true, Action: sim.ActScrub, Aim: routine.AimLowestLeads}
	off := routine.Slot{Set: true, Action: sim.ActReports, Aim: routine.AimAll, Arg: 0}
	a, _, _ := routineGame(t, slot{1, 3, scrub}, slot{2, 3, off}, slot{4, 3, scrub})
	s := newRoutineScene(&a.ctx, a.scene)
	s.layout(&a.ctx)
	s.day, s.hour = 1, 3
	in := ui.Input{X: -1, Y: -1}
	in.AddKey('e')
	if err := s.Update(&a.ctx, &in); err != nil {
		t.Fatal(err)
	}
	w := a.games.week
	for d := 0; d < routine.Days; d++ {
		if w.Slots[d][3] != scrub {
			t.Fatalf("day %d at 12:00: %+v, want the copy", d, w.Slots[d][3])
		}
	}
	if want := "Every weekday at 12:00 now does the same. It replaced Status reports off, everyone on Wed."; s.note != want {
		t.Errorf("note %q, want %q", s.note, want)
	}
}

package game

import (
	"strconv"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
	"salesfloor/sim/policyfile"
)

// The queue: actions chosen while the player was busy, listed at the foot
// of the actions panel, taken in order as soon as the player is free.

// queueView is the routine's line and the queue's lines, made in Update
// when the session changes.
type queueView struct {
	routine [2]string // the routine and its next hour; its keys
	rwrap   []string  // the first, wrapped to the panel
	head    string
	lines   [session.MaxQueue]string
	more    [session.MaxQueue]string // lines[i] and how many more wait: the last line that fits
	n       int
	ver     int // the session's QueueVer the lines show
	keys    int // the key map's version head names
	tick    int32
	wait    routineWait // what the routine's line was made from, besides the hour
	scale   float64
	at      ui.Rect
}

// routineWait is what the routine's line says besides its next hour: the
// rule waiting for the player to be free, if any, and what the player is
// busy with. The line is remade when it changes, not only on the hour: a
// play-test read "Waiting for you to be free: Mentor" for half an hour
// after the Mentor it waited for had begun.
type routineWait struct {
	rule  *policyfile.Rule
	busy  bool
	doing sim.ActionID
}

// waitOf is the session's routineWait now.
func waitOf(s *session.Session) routineWait {
	var w routineWait
	if s.Routine != nil {
		if fp, ok := s.Routine.Policy.(*policyfile.FilePolicy); ok {
			w.rule = fp.Waiting()
		}
	}
	if s.W.Player.Busy > 0 {
		w.busy, w.doing = true, s.W.Player.Doing
	}
	return w
}

// layout lists the queue in the free space above the coach's button.
func (q *queueView) layout(ctx *Ctx, s *session.Session, l *ui.FloorLayout, panel *ui.ActionPanel) {
	bottom := 0.0
	for i := range panel.Buttons {
		bottom = max(bottom, panel.Buttons[i].Rect.Bottom())
	}
	q.at = ui.Rect{X: l.Actions.X + 10, Y: bottom + 10, W: l.Actions.W - 20, H: l.Hint.Y - bottom - 14}
	wait := waitOf(s)
	if q.ver == s.QueueVer && q.keys == ctx.Keys.Version() && q.head != "" && q.tick/sim.TicksPerHour == s.W.Tick/sim.TicksPerHour && q.wait == wait && q.scale == ctx.Scale() {
		return
	}
	q.ver, q.keys, q.tick, q.wait, q.scale = s.QueueVer, ctx.Keys.Version(), s.W.Tick, wait, ctx.Scale()
	q.routine = routineLines(ctx, s)
	q.rwrap = ctx.text.WrapC(q.routine[0], q.at.W, SizeSmall, true)
	q.head = "Queued: " + strconv.Itoa(len(s.Queue)) + " (" + ctx.Keys.Label(ui.CtlQueueClear) + " clears)"
	q.n = 0
	for i, a := range s.Queue {
		t := strconv.Itoa(i+1) + ". " + sim.Actions[a.Action].Title
		switch {
		case a.Action == sim.ActReports || a.Action == sim.ActQuota:
			t += ": " + session.OrderText(s.W, a.Action, a.Target, a.Arg)
		case a.Target >= 0 && int(a.Target) < len(s.W.Reps):
			t += ": " + s.W.Reps[a.Target].Name
		}
		q.lines[i] = t
		q.n++
	}
	for i := 0; i < q.n-1; i++ {
		q.more[i] = q.lines[i] + "  (+" + strconv.Itoa(q.n-1-i) + " more)"
	}
}

// hidden reports whether the panel has no room for the routine's line.
func (q *queueView) hidden() bool { return q.at.H < 40 }

func (q *queueView) draw(g *Gfx) {
	if q.hidden() {
		return
	}
	y := q.at.Y
	if q.routine[0] != "" {
		y = g.Lines(q.rwrap, q.at.X, y, SizeSmall, true, g.P.Text)
		g.TextT(q.routine[1], q.at.X, y, SizeSmall-1, false, g.P.Dim, Left)
		y += 24
	}
	if q.n == 0 {
		return
	}
	g.Text(q.head, q.at.X, y, SizeSmall, true, g.P.Accent, Left)
	for i, t := range q.lines[:q.n] {
		y += 17
		if y+16 > q.at.Bottom() {
			break
		}
		// No room for the next: say how many wait below, rather than
		// leave them hidden under the coach's button.
		last := i < q.n-1 && y+17+16 > q.at.Bottom()
		if last {
			t = q.more[i]
		}
		g.TextT(t, q.at.X+6, y, SizeSmall, false, g.P.Text, Left)
		if last {
			break
		}
	}
}

package game

import (
	"strconv"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The queue: actions chosen while the player was busy, listed at the foot
// of the actions panel, taken in order as soon as the player is free.

// queueView is the queue's lines, made in Update when the queue changes.
type queueView struct {
	head  string
	lines [session.MaxQueue]string
	n     int
	ver   int // the session's version the lines show
	keys  int // the key map's version head names
	at    ui.Rect
}

// layout lists the queue in the free space above the coach's button.
func (q *queueView) layout(ctx *Ctx, s *session.Session, l *ui.FloorLayout, panel *ui.ActionPanel) {
	bottom := 0.0
	for i := range panel.Buttons {
		bottom = max(bottom, panel.Buttons[i].Rect.Bottom())
	}
	q.at = ui.Rect{X: l.Actions.X + 10, Y: bottom + 10, W: l.Actions.W - 20, H: l.Hint.Y - bottom - 14}
	if q.ver == s.Version && q.keys == ctx.Keys.Version() && q.head != "" {
		return
	}
	q.ver, q.keys = s.Version, ctx.Keys.Version()
	q.head = "Queued (" + ctx.Keys.Label(ui.CtlQueueClear) + " clears)"
	q.n = 0
	for i, a := range s.Queue {
		t := strconv.Itoa(i+1) + ". " + sim.Actions[a.Action].Title
		if a.Target >= 0 && int(a.Target) < len(s.W.Reps) {
			t += ": " + s.W.Reps[a.Target].Name
		}
		q.lines[i] = t
		q.n++
	}
}

func (q *queueView) draw(g *Gfx) {
	if q.n == 0 || q.at.H < 40 {
		return
	}
	y := q.at.Y
	g.Text(q.head, q.at.X, y, SizeSmall, true, g.P.Accent, Left)
	for _, t := range q.lines[:q.n] {
		y += 17
		if y+16 > q.at.Bottom() {
			break
		}
		g.Text(t, q.at.X+6, y, SizeSmall, false, g.P.Text, Left)
	}
}

package game

import (
	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The side panel's "Recent events": the scenario's events and the
// session's notices (check-ins and their results, threats, resignations,
// hires) merged, newest first, each with its time and its text wrapped to
// the panel.

const maxRecent = 10

// recentLine is one entry of the list.
type recentLine struct {
	when []byte   // "W3 Wed 09:00"
	text string   // what happened
	tone int8     // -1 bad news, 1 good, 0 neither
	wrap []string // text wrapped to the panel, laid out in Update
}

// recentList is the merged list, rebuilt only when an event or a notice
// arrives (its key changes), so a running floor makes no strings.
type recentList struct {
	lines [maxRecent]recentLine
	n     int
	key   [4]int32 // the event log's count, the notices' count, the last notice's tick and the pending event
	width float64  // the width the lines were wrapped to
	scale float64  // at this scale
	whenW float64  // the time column's width
	evBuf [maxRecent]sim.EventRecord
}

// refresh rebuilds the list if anything new arrived, and wraps it to the
// panel's width, less the time column.
func (l *recentList) refresh(ctx *Ctx, s *session.Session, panel float64) {
	w := s.W
	key := [4]int32{w.Events.NLog, int32(len(s.Notices)), -1, w.Events.Pending}
	if len(s.Notices) > 0 {
		key[2] = s.Notices[len(s.Notices)-1].Tick
	}
	if key != l.key {
		l.key, l.width = key, 0
		// This quarter's events only: an earlier quarter's name reps by
		// indices that are others' now.
		evs := w.LastEvents(min(maxRecent, int(max(w.Events.NLog-s.QuarterLog, 0))), l.evBuf[:0])
		ni := len(s.Notices) - 1
		l.n = 0
		for l.n < maxRecent && (len(evs) > 0 || ni >= 0) {
			line := &l.lines[l.n]
			// Newest first; at the same tick a notice (an event's result)
			// comes before its event.
			if ni >= 0 && (len(evs) == 0 || s.Notices[ni].Tick >= evs[0].Tick) {
				n := &s.Notices[ni]
				ni--
				line.when = ui.AppendClock(line.when[:0], sim.ClockAt(int(n.Tick)))
				line.text, line.tone = n.Title, 0
				switch {
				case n.Good:
					line.tone = 1
				case n.Mild:
				case n.Short || n.Kind == session.NoticeLeft || n.Kind == session.NoticeThreat || n.Kind == session.NoticeCheckin || n.Kind == session.NoticeClosed:
					line.tone = -1
				}
			} else {
				ev := evs[0]
				evs = evs[1:]
				d := &w.Scenario.Events[ev.Def]
				line.when = ui.AppendClock(line.when[:0], sim.ClockAt(int(ev.Tick)))
				title := s.EventTitle(ev)
				line.text, line.tone = title, 0
				if ev.Rep >= 0 && int(ev.Rep) < len(w.Reps) {
					line.text = title + " (" + w.Reps[ev.Rep].Name + ")"
				}
				// An event that asks nothing says what it did; one that
				// asked says what the player answered.
				switch {
				case len(d.Choices) == 0:
					if fx := s.EventEffectText(ev); fx != "" {
						line.text += ": " + fx
					}
				case ev.Choice >= 0 && int(ev.Choice) < len(d.Choices):
					line.text += ": you chose \"" + d.Choices[ev.Choice].Label + "\""
				}
			}
			l.n++
		}
	}
	if l.width != panel || l.scale != ctx.Scale() {
		l.width, l.scale = panel, ctx.Scale()
		l.whenW = 84
		if ctx.Scale() > 0 {
			l.whenW = ctx.text.MeasureT(widestWhen, SizeSmall, false) + 8
		}
		width := panel - l.whenW
		for i := range l.lines[:l.n] {
			l.lines[i].wrap = ctx.text.WrapC(l.lines[i].text, width, SizeSmall, false)
		}
	}
}

// widestWhen is the widest time the list shows: its column fits it.
const widestWhen = "W13 Wed 16:45"

// draw draws the list from y down, as far as bottom, and returns the y
// below it.
func (l *recentList) draw(g *Gfx, x, y, bottom float64) float64 {
	for i := range l.lines[:l.n] {
		line := &l.lines[i]
		if y+float64(len(line.wrap))*16 > bottom {
			break
		}
		c := g.P.Dim
		switch line.tone {
		case -1:
			c = g.P.Bad
		case 1:
			c = g.P.Good
		}
		g.TextB(line.when, x, y, SizeSmall, false, g.P.Dim, Left)
		for _, t := range line.wrap {
			g.TextT(t, x+l.whenW, y, SizeSmall, false, c, Left)
			y += 16
		}
		y += 3
	}
	return y
}

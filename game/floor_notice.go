package game

import (
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
)

// noticeDialog shows the notices that stop the clock (a check-in's result,
// a rep thinking of leaving, a resignation), one at a time, each until the
// player has read it: Enter, the first answer key or a click on its
// button. After the last the clock runs again at the speed it had, if the
// notices stopped it. Nothing that happens to the team happens unseen.
type noticeDialog struct {
	queue  []session.Notice
	paused bool   // the notices stopped the clock; the last one restarts it
	speed  int    // the speed they stopped
	settle settle // Enter waits until the current one has been seen
	box    ui.Rect
	ok     ui.Rect
	wrap   []string
	label  string // the button's text, with its key
	keys   int    // the key map's version label names
}

// up reports whether a notice is showing.
func (d *noticeDialog) up() bool { return len(d.queue) > 0 }

// stops says whether a notice stops the clock, by the player's auto-pause
// settings. A resignation always does. A threat that is also put to the
// player as a question does not: the question stops it. Nor does a
// check-in that went as the last one did (passed again, failed again): the
// floor says it in passing (floorScene.take).
func stops(n *session.Notice, ap *store.AutoPause) bool {
	if n.Asked {
		return false
	}
	switch n.Kind {
	case session.NoticeLeft, session.NoticeClosed:
		return true
	case session.NoticeThreat:
		return ap.Threats
	case session.NoticeCheckin:
		return ap.Checkin && !n.Again
	case session.NoticeCheckinSoon:
		return ap.CheckinEve
	}
	return false
}

// take queues the notices a frame of play brought that stop the clock, and
// stops it.
func (d *noticeDialog) take(s *session.Session, m session.Moments, ap *store.AutoPause) {
	if m.Notices == 0 {
		return
	}
	for _, n := range s.Fresh(m) {
		if stops(&n, ap) {
			d.queue = append(d.queue, n)
		}
	}
	if d.up() && s.Speed > 0 {
		d.paused, d.speed, s.Speed = true, s.Speed, 0
	}
}

// update takes the player's answer to the notice on show.
func (d *noticeDialog) update(ctx *Ctx, in *ui.Input, s *session.Session) {
	// Enter (or a click) only: a digit pressed to pause or set the speed
	// just as the notice appears must not dismiss it unread, nor must an
	// Enter pressed for something else as it came up. The wait is on the
	// clock from the notice's first drawn frame (a play-test's quick single
	// Return, 0.75 s of frames, was dropped), and an Enter held or mashed
	// through it restarts it.
	d.settle.wait = noticeSettle
	d.settle.hold(in, ctx.Drawn())
	key := in.Key(ui.NavActivate)
	if !key && !in.ClickIn(d.ok) {
		return
	}
	in.ConsumeKey(ui.NavActivate)
	in.ConsumeClick()
	d.queue = d.queue[1:]
	d.settle = settle{}
	if !d.up() && d.paused {
		d.paused = false
		if s.Speed == 0 {
			s.Speed = d.speed
		}
	}
}

// noticeWidth is a notice's box width.
const noticeWidth = 560.0

// layout places the notice on show, its text wrapped, and its button.
func (d *noticeDialog) layout(ctx *Ctx) {
	if !d.up() {
		return
	}
	if d.keys != ctx.Keys.Version() || d.label == "" {
		d.keys = ctx.Keys.Version()
		d.label = "OK (Enter)"
	}
	n := &d.queue[0]
	d.wrap = ctx.text.WrapC(n.Detail, noticeWidth-40, SizeBody, false)
	h := 70 + float64(len(d.wrap))*SizeBody*1.35 + 60
	d.box = ui.Rect{X: (ctx.W - noticeWidth) / 2, Y: (ctx.H - h) / 2, W: noticeWidth, H: h}
	d.ok = ui.Rect{X: d.box.Right() - 200, Y: d.box.Bottom() - 50, W: 180, H: 36}
}

func (d *noticeDialog) draw(ctx *Ctx, g *Gfx) {
	n := &d.queue[0]
	g.Fill(ui.Rect{W: ctx.W, H: ctx.H}, g.P.Shade)
	r := d.box
	g.Fill(r, g.P.Panel)
	c := g.P.Accent
	switch {
	case n.Good:
		c = g.P.Good
	case n.Kind == session.NoticeLeft || n.Kind == session.NoticeThreat || n.Kind == session.NoticeCheckin || n.Kind == session.NoticeClosed:
		c = g.P.Bad
	}
	g.Stroke(r, 2, c)
	g.TextT(n.Title, r.X+20, r.Y+16, SizeHead, true, c, Left)
	g.Lines(d.wrap, r.X+20, r.Y+56, SizeBody, false, g.P.Text)
	g.Button(d.ok, d.label, ButtonState{Hover: ctx.In.HoverIn(d.ok), Focus: true})
}

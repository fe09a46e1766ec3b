package game

import (
	"strings"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// The words the floor's notices, events and routine lines are made of,
// shaped a few a frame ahead of need, so that a notice arriving
// mid-quarter costs no shaping in its frame: Ebiten's text shaping
// allocates for every word drawn the first time.

// noticeWords are the notices' own words (session/notice.go), and the
// digits and signs their numbers are drawn with.
const noticeWords = `VP check-in: passed failed visibility of They asked "How's the business?" and you could answer
not comes from status reports forecast meetings Needed You had Executive trust points now authority unchanged
Check-ins this quarter is thinking leaving morale has an offer elsewhere Their been under for days Each working day
their ends at or more buys a back such end it under brings them closer after about resign Mentoring celebration
lighter hand help The day's biggest knocks resigned Their leads go to the pool rest team takes loss heart last
Tomorrow Today the VP checks in Needs you have stops by asks how going To they need fades itself Status forecast
meeting raise it a joins Queued After every desk taken nobody but dropped Next Waiting for be free due From Routine paused skipping edits pauses skips one
No routine yet plans your week on a calendar Your routine Skipped as asked 0123456789 +-.,:;()%/$x
you chose the quitting line above What wore down such days they Each that brings closer buys
The floor is empty: closed quarter Your last rep has left will not let an empty run on for weeks closes tonight what was sold`

// warmFaces are the sizes and weights notices, events and the routine's
// lines are drawn in.
var warmFaces = [...]struct {
	size int
	bold bool
}{{SizeSmall, false}, {SizeSmall, true}, {SizeSmall - 1, false}, {SizeBody, false}, {SizeHead, true}}

// warmPerFrame bounds the words shaped a frame: shaping one costs tens of
// microseconds natively, more in a browser, and the whole vocabulary at
// once would stall the frame (about 0.15–0.4 s natively); eight keep the
// worst frame near a millisecond here, and the vocabulary (about 400 words
// in five faces) is ready in about four seconds.
const warmPerFrame = 8

// warmWords shapes a few more of the floor's words each frame, at the
// sizes they are drawn in, starting again when the scale changes: within
// a couple of seconds of play every word a notice can use is ready.
func (f *floorScene) warmWords(ctx *Ctx) {
	if f.vocab == nil {
		f.vocab = vocabulary(ctx.Session().W)
	}
	if f.wordsAt != ctx.Scale() || !f.wordsWarm {
		f.wordsAt, f.wordsWarm = ctx.Scale(), true
		f.warmFace, f.warmNext = 0, 0
	}
	for n := 0; n < warmPerFrame && f.warmFace < len(warmFaces) && len(f.vocab) > 0; n++ {
		face := warmFaces[f.warmFace]
		ctx.text.MeasureT(f.vocab[f.warmNext], face.size, face.bold)
		if f.warmNext++; f.warmNext == len(f.vocab) {
			f.warmFace, f.warmNext = f.warmFace+1, 0
		}
	}
}

// vocabulary is every distinct word the floor's notices and events can
// show for w: the notices' own words, the reps' names, the scenario's
// events, the actions and the causes.
func vocabulary(w *sim.World) []string {
	var b strings.Builder
	b.WriteString(noticeWords + " " + session.TalkTitle + " " + session.TalkText)
	for i := range w.Reps {
		b.WriteString(" " + w.Reps[i].Name)
	}
	for i := range w.Scenario.Events {
		d := &w.Scenario.Events[i]
		b.WriteString(" " + d.Title + " " + d.Text + " " + strings.Join(d.Variants, " ") + " " + session.EffectText(w, d.Effects, 0))
		for _, c := range d.Choices {
			b.WriteString(" " + c.Label + " " + c.Text)
		}
	}
	for a := range sim.Actions {
		b.WriteString(" " + sim.Actions[a].Title)
	}
	for c := sim.Cause(0); c < sim.NumCauses; c++ {
		b.WriteString(" " + session.CauseLabel(c, true, false) + " " + session.CauseLabel(c, false, false) + " " + session.CauseLabel(c, false, true))
	}
	seen := map[string]bool{}
	var words []string
	for _, w := range strings.Fields(b.String()) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

package game

import (
	"strings"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// The words the floor's notices, events and routine lines are made of,
// shaped once when the floor is laid out at a new scale, so that a notice
// arriving mid-quarter costs no shaping in its frame: Ebiten's text shaping
// allocates for every word drawn the first time.

// noticeWords are the notices' own words (session/notice.go), and the
// digits and signs their numbers are drawn with.
const noticeWords = `VP check-in: passed failed visibility of They asked "How's the business?" and you could answer
not comes from status reports forecast meetings Needed You had Executive trust points now authority unchanged
Check-ins this quarter is thinking leaving morale has an offer elsewhere Their been under for days Each working day
their ends at or more buys a back such end it under brings them closer after about resign Mentoring celebration
lighter hand help The day's biggest knocks resigned Their leads go to the pool rest team takes loss heart last
Tomorrow Today the VP checks in Needs you have stops by asks how going To they need fades itself Status forecast
meeting raise joins Queued dropped Next Waiting for be free due Routine paused skipping edits pauses skips one
No routine yet plans your week on a calendar Your routine Skipped as asked 0123456789 +-.,:;()%/$x`

// warmWords shapes the floor's vocabulary at the sizes notices, events and
// the routine's lines are drawn in, once per scale.
func (f *floorScene) warmWords(ctx *Ctx) {
	if f.wordsWarm && f.wordsAt == ctx.Scale() {
		return
	}
	f.wordsWarm, f.wordsAt = true, ctx.Scale()
	if f.vocab == "" {
		w := ctx.Session().W
		var b strings.Builder
		b.WriteString(noticeWords)
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
		f.vocab = b.String()
	}
	for _, size := range [...]int{SizeSmall, SizeSmall - 1, SizeBody, SizeHead} {
		for _, bold := range [...]bool{false, true} {
			ctx.text.MeasureT(f.vocab, size, bold)
		}
	}
}

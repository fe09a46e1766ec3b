package game

import (
	"strings"
	"testing"
	"time"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// floorGame starts default's quarter on seed 3 on the floor, its first-day
// hints put away.
func floorGame(t *testing.T) (*App, *session.Session, *floorScene) {
	t.Helper()
	a := newTestApp(t, store.NewMem())
	if err := a.NewGame("default", sim.Normal, 3); err != nil {
		t.Fatal(err)
	}
	f := a.scene.(*floorScene)
	f.hints = -1
	return a, a.Session(), f
}

// The VP's check-in stops the clock and shows its result until the player
// has read it; keys pressed as it appears do not dismiss it unread; after
// it the game runs on at the speed it had. Only Enter (or a click) reads
// it: a digit pressed to pause does not. Scripts see it.
func TestCheckinStopsTheClock(t *testing.T) {
	a, s, f := floorGame(t)
	s.Step(4*sim.TicksPerDay + 27) // Friday 15:45: the check-in is at 16:00
	s.Speed = 4
	frame := func(fill func(in *ui.Input)) {
		t.Helper()
		var in ui.Input
		if fill != nil {
			fill(&in)
		}
		if err := f.Update(&a.ctx, &in); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 600 && !f.notes.up(); i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			t.Fatal("an event asks a question first; pick another seed")
		}
		frame(nil)
	}
	if !f.notes.up() || f.notes.queue[0].Kind != session.NoticeCheckin {
		t.Fatalf("no check-in notice by %s", s.W.Clock())
	}
	if s.Speed != 0 || !a.Notice() {
		t.Fatalf("speed %d, notice %v: the clock runs on under the notice", s.Speed, a.Notice())
	}
	enter := func(in *ui.Input) { in.AddKey(ui.KeyEnter) }
	clock := time.Unix(1e9, 0)
	settleNow = func() time.Time { return clock }
	t.Cleanup(func() { settleNow = time.Now })
	frame(enter)
	if !f.notes.up() {
		t.Fatal("Enter pressed as the notice appeared, before it was drawn, dismissed it unread")
	}
	drawn := func(d time.Duration, fill func(in *ui.Input)) {
		t.Helper()
		a.work.draws++
		clock = clock.Add(d)
		frame(fill)
	}
	drawn(0, nil)
	drawn(100*time.Millisecond, enter)
	if !f.notes.up() {
		t.Fatal("Enter a tenth of a second after the notice was drawn dismissed it")
	}
	for i := 0; i < 60; i++ {
		// The digits, pressed to pause or change speed, leave it up.
		drawn(16*time.Millisecond, func(in *ui.Input) { in.AddKey('1') })
	}
	if !f.notes.up() {
		t.Fatal("a digit dismissed the notice")
	}
	drawn(50*time.Millisecond, enter)
	if f.notes.up() || s.Speed != 4 {
		t.Fatalf("after OK: notice up %v, speed %d (want 4)", f.notes.up(), s.Speed)
	}
}

// An event's question opens with no answer focused: Enter alone answers
// nothing, before the grace or after it, and says how to answer; Tab
// focuses the first answer, and Enter then gives it. The first answer is
// the one that does nothing, often the harshest, and a play-test's Enter
// gave it unread.
func TestEnterAnswersTheQuestion(t *testing.T) {
	a, s, f := floorGame(t)
	frame := func(enter bool) {
		t.Helper()
		in := ui.Input{X: -1, Y: -1}
		if enter {
			in.AddKey(ui.KeyEnter)
		}
		if err := f.Update(&a.ctx, &in); err != nil {
			t.Fatal(err)
		}
	}
	s.Speed = 4
	for i := 0; i < 20000; i++ {
		if _, d, ok := s.W.PendingEvent(); ok && len(d.Choices) > 1 {
			break
		}
		if f.notes.up() {
			f.notes.queue = f.notes.queue[:0]
		}
		s.Speed = 4
		frame(false)
	}
	pending := s.W.Events.Pending
	if _, _, ok := s.W.PendingEvent(); !ok {
		t.Fatal("no question in the quarter")
	}
	frame(true)
	if _, _, still := s.W.PendingEvent(); !still {
		t.Fatal("Enter pressed as the question appeared answered it unread")
	}
	for i := 0; i < dialogGrace; i++ {
		frame(false)
	}
	frame(true)
	if _, _, still := s.W.PendingEvent(); !still {
		t.Fatal("Enter with no answer focused answered the question")
	}
	if msg := string(f.status); !strings.HasPrefix(msg, "Choose an answer: 1") || !strings.Contains(msg, "Tab") {
		t.Errorf("Enter with no answer focused said %q", msg)
	}
	in := ui.Input{X: -1, Y: -1}
	in.AddKey(ui.NavNext)
	if err := f.Update(&a.ctx, &in); err != nil {
		t.Fatal(err)
	}
	if f.ring.Index != 0 {
		t.Fatalf("Tab focused answer %d, want the first", f.ring.Index)
	}
	frame(true)
	if _, _, still := s.W.PendingEvent(); still {
		t.Fatal("Enter on the focused answer did not answer the question")
	}
	if got := s.W.Events.Log[pending%sim.EventLogSize].Choice; got != 0 {
		t.Errorf("Enter gave answer %d, want the focused first, 0", got)
	}
}

// A warning of a check-in the team's visibility is short of says, on the
// status line and in the list in bad news' colour, what raises it: a
// player who manages by example meets the VP's measure before the first
// failure, not by it. One the team is ready for is only listed.
func TestShortWarningSaysWhatRaisesVisibility(t *testing.T) {
	a, s, f := floorGame(t)
	s.Speed = 4
	var warned *session.Notice
	for i := 0; i < 2000 && warned == nil; i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		if err := f.Update(&a.ctx, &ui.Input{}); err != nil {
			t.Fatal(err)
		}
		for j := range s.Notices {
			if n := &s.Notices[j]; n.Kind == session.NoticeCheckinSoon || n.Kind == session.NoticeCheckinToday {
				warned = n
			}
		}
	}
	if warned == nil {
		t.Fatalf("no warning of a check-in by %s", s.W.Clock())
	}
	if !warned.Short || !strings.HasSuffix(warned.Title, "(status reports and a forecast meeting raise it)") {
		t.Fatalf("the first warning, visibility %v of %v: %+v", s.W.Team.Visibility, s.W.P.CheckinPass, warned)
	}
	if got := string(f.status); got != warned.Title+"." {
		t.Errorf("status line %q, want the warning", got)
	}
	if f.recent.n == 0 || f.recent.lines[0].text != warned.Title || f.recent.lines[0].tone != -1 {
		t.Errorf("Recent events' newest line: %+v", f.recent.lines[0])
	}

	// With status reports standing, the morning's low visibility climbs
	// back by the check-in: the next warnings are plain.
	if err := s.Do(sim.ActReports, sim.AllReps, 1); err != nil {
		t.Fatal(err)
	}
	seen := len(s.Notices)
	plain := 0
	for i := 0; i < 20000 && plain < 2 && !s.W.Done(); i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			_ = s.Do(sim.ActChoose, sim.TeamTarget, 0)
		}
		f.notes.queue = f.notes.queue[:0]
		s.Speed = 4
		if err := f.Update(&a.ctx, &ui.Input{}); err != nil {
			t.Fatal(err)
		}
		for ; seen < len(s.Notices); seen++ {
			if n := &s.Notices[seen]; n.Kind == session.NoticeCheckinSoon || n.Kind == session.NoticeCheckinToday {
				if n.Short || strings.Contains(n.Title, "raise it") {
					t.Errorf("with reports standing, at visibility %v: %q", s.W.Team.Visibility, n.Title)
				}
				plain++
			}
		}
	}
	if plain < 2 {
		t.Errorf("%d warnings with reports standing", plain)
	}
}

// A question that follows another at once has its own grace: a 1 pressed
// just as it appears (to pause, after answering the last with 1) does not
// answer it unread. The grace counts from the question, not from the first
// of a run of them.
func TestNextQuestionHasItsOwnGrace(t *testing.T) {
	a, s, f := floorGame(t)
	frame := func(key ui.Key) {
		t.Helper()
		in := ui.Input{X: -1, Y: -1}
		if key != ui.KeyNone {
			in.AddKey(key)
		}
		if err := f.Update(&a.ctx, &in); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 20000; i++ {
		if _, _, ok := s.W.PendingEvent(); ok {
			break
		}
		if f.notes.up() {
			f.notes.queue = f.notes.queue[:0]
		}
		s.Speed = 4
		frame(ui.KeyNone)
	}
	if _, _, ok := s.W.PendingEvent(); !ok {
		t.Fatal("no question in the quarter")
	}
	for i := 0; i < 2*dialogGrace; i++ {
		frame(ui.KeyNone)
	}
	// As if the question on show had just replaced an answered one.
	f.dialogOf = s.W.Events.Pending - 1
	frame('1')
	if _, _, still := s.W.PendingEvent(); !still {
		t.Fatal("1 pressed as a new question appeared answered it unread")
	}
	for i := 0; i < dialogGrace; i++ {
		frame(ui.KeyNone)
	}
	// After the grace, 1 focuses the first answer and says how to give it:
	// the digits are the speed keys too, and a play-test pressed 1 to pause
	// with a question unread on screen.
	_, d, _ := s.W.PendingEvent()
	frame('1')
	if _, _, still := s.W.PendingEvent(); !still || f.ring.Index != 0 {
		t.Fatalf("1 after the grace: pending %v, focus %d", still, f.ring.Index)
	}
	if want := d.Choices[0].Label + ": press 1 again, or Enter, to choose it."; string(f.status) != want {
		t.Errorf("status %q, want %q", f.status, want)
	}
	frame('1')
	if _, _, still := s.W.PendingEvent(); still {
		t.Error("1 pressed again did not answer")
	}
}

package session_test

import (
	"reflect"
	"strings"
	"testing"

	"salesfloor/game/session"
)

// A saved game loads with the notices it had: they are the game's record of
// the quarter, rebuilt from the save's command log, so a resignation or a
// failed check-in before the save is still in Recent events after it.
func TestNoticesSurviveReload(t *testing.T) {
	var at *session.Session
	var want []session.Notice
	commanderQuarter(t, func(s *session.Session, m session.Moments) {
		if at == nil && s.W.RepsLost > 0 && !s.W.Done() {
			data, err := s.SaveBytes()
			if err != nil {
				t.Fatal(err)
			}
			if at, err = session.LoadSession("save", data); err != nil {
				t.Fatal(err)
			}
			want = append([]session.Notice(nil), s.Notices...)
		}
	})
	if at == nil {
		t.Fatal("the commander lost nobody")
	}
	if len(want) == 0 || !reflect.DeepEqual(at.Notices, want) {
		t.Fatalf("reloaded with %d notices, want the %d the game had:\n got %+v\nwant %+v", len(at.Notices), len(want), at.Notices, want)
	}
}

// In a scenario that talks threats through, a threat's notice does not ask
// to stop the clock: the question does, with where the rep stands and what
// wore them down.
func TestThreatIsTalkedThrough(t *testing.T) {
	asked, talks, low := 0, 0, 0
	commanderIn(t, "turnaround", 39, func(s *session.Session, m session.Moments) {
		for _, n := range s.Notices[len(s.Notices)-m.Notices:] {
			if n.Kind == session.NoticeThreat {
				asked++
				if !n.Asked {
					t.Errorf("threat %q is not marked as asked", n.Title)
				}
			}
		}
		if rec, d, ok := s.W.PendingEvent(); ok && d.Kind == "resignation" && rec.Tick == s.W.Tick-1 {
			talks++
			if s.TalkAfterLowDays(rec.Rep, rec.Tick) {
				low++
			}
			text := s.ThreatText(rec.Rep)
			if !strings.Contains(text, s.W.Reps[rec.Rep].Name+": morale ") || !strings.Contains(text, "quitting line") || strings.Contains(text, "thinking of resigning") {
				t.Errorf("talk about %s says %q", s.W.Reps[rec.Rep].Name, text)
			}
			// An offer to a rep above the line says their mood decides it,
			// and lists no knocks as if they were a threat.
			if above := s.W.Reps[rec.Rep].Morale >= s.W.P.QuitBelow; above != strings.Contains(text, "the offer takes them only if their mood sinks") ||
				above && strings.Contains(text, "knocks") {
				t.Errorf("talk about %s at morale %v says %q", s.W.Reps[rec.Rep].Name, s.W.Reps[rec.Rep].Morale, text)
			}
		}
	})
	if asked == 0 || talks == 0 || low == 0 || low == talks {
		t.Fatalf("%d threats, %d talks (%d from low days, the rest offers) in a commander's quarter", asked, talks, low)
	}
}

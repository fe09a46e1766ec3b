package session

import (
	"testing"

	"salesfloor/sim"
)

// A rep who has left shows nothing over their empty desk but that they
// left: no new "asks your advice", report or deal, and what was still
// floating about them gives way to "has left" (a rep who asked advice at
// 16:45 and resigned that evening still seemed to be asking).
func TestNoFeedbackFromAnEmptyDesk(t *testing.T) {
	type hap struct {
		h    sim.Happening
		gone bool // the rep has left by the time it is shown
	}
	advice := sim.Happening{Kind: sim.HapAdvice, Rep: 0}
	deal := sim.Happening{Kind: sim.HapDeals, Rep: 0, Count: 1, Amount: 5000}
	report := sim.Happening{Kind: sim.HapReport, Rep: 0, Momentum: sim.F(10, 100)}
	left := sim.Happening{Kind: sim.HapLeft, Rep: 0}
	for _, tc := range []struct {
		name string
		haps []hap
		want []FeedbackKind // the rep's floating texts at the end, oldest first
	}{
		{"advice from a rep at their desk", []hap{{advice, false}}, []FeedbackKind{FeedAdvice}},
		{"advice from a rep who has left", []hap{{advice, true}}, nil},
		{"a deal and a report after leaving", []hap{{deal, true}, {report, true}}, nil},
		{"advice, then they leave", []hap{{advice, false}, {deal, false}, {left, true}}, []FeedbackKind{FeedLeft}},
		{"they leave, then advice in the same batch", []hap{{left, true}, {advice, true}}, []FeedbackKind{FeedLeft}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := NewSession("default", sim.Normal, 1)
			if err != nil {
				t.Fatal(err)
			}
			// Another rep's text stays whatever rep 0 does.
			s.show(sim.Happening{Kind: sim.HapAdvice, Rep: 1})
			for _, h := range tc.haps {
				s.W.Reps[0].Gone = h.gone
				s.show(h.h)
			}
			var got []FeedbackKind
			others := 0
			for _, f := range s.Feedback {
				switch f.Rep {
				case 0:
					got = append(got, f.Kind)
				case 1:
					others++
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("rep 0 shows %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("rep 0 shows %v, want %v", got, tc.want)
				}
			}
			if others != 1 {
				t.Errorf("rep 1 shows %d texts, want 1", others)
			}
		})
	}
}

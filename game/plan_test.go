package game

import (
	"strings"
	"testing"

	"salesfloor/game/store"
)

// The break's candidate cards tell each candidate's history as the sim
// gives it (cut to fit, never replaced).
func TestCandidateCardsTellTheirHistory(t *testing.T) {
	a := newTestApp(t, store.NewMem())
	a.games.set(campaignSession(4, 1, "default"))
	p := newPlan(&a.ctx, nil)
	cards := 0
	y := &a.Session().W.Year
	for _, r := range p.rows {
		if !r.cand {
			continue
		}
		c := &y.Candidates[cards]
		cards++
		if want := c.History(); r.story == "" || !strings.HasPrefix(want, strings.TrimSuffix(r.story, "...")) {
			t.Errorf("%s's card says %q, want %q", r.name, r.story, want)
		}
	}
	if cards == 0 {
		t.Fatal("the break offers no candidates")
	}
}

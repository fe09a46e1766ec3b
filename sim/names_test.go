package sim

import "testing"

// The name tables that map one list onto another: every action books its
// effects to a cause of its own, every event kind too, and every cause,
// action and effect has a name. A list reordered or grown without its
// table fails here rather than mislabelling what the player reads.
func TestNameTables(t *testing.T) {
	seen := map[Cause]string{}
	own := func(c Cause, who string) {
		t.Helper()
		if c < CauseReports || c == CauseResentment {
			t.Errorf("%s books to %q, not a cause of its own", who, c)
		}
		if other, dup := seen[c]; dup {
			t.Errorf("%s and %s both book to %q", who, other, c)
		}
		seen[c] = who
	}
	for a := ActionID(0); a < ActChoose; a++ {
		if Actions[a].ID != a || Actions[a].Name == "" || Actions[a].Title == "" {
			t.Errorf("action %d: the table's entry is %+v", a, Actions[a])
		}
		own(actionCause(a), "action "+Actions[a].Name)
	}
	if kinds[kindCheckin].name != "checkin" {
		t.Errorf("kindCheckin names %q", kinds[kindCheckin].name)
	}
	if kinds[kindResignation].name != "resignation" {
		t.Errorf("kindResignation names %q", kinds[kindResignation].name)
	}
	for i, k := range kinds {
		if k.name != eventKinds[i] {
			t.Errorf("kind %d is %q and %q", i, k.name, eventKinds[i])
		}
		own(eventKind(i).cause(), "event kind "+k.name)
	}
	// Every per-action and per-event cause is someone's.
	for c := CauseReports; c < CauseResentment; c++ {
		if _, ok := seen[c]; !ok {
			t.Errorf("cause %q belongs to no action or event kind", c)
		}
	}
	for c := Cause(0); c < NumCauses; c++ {
		if causeNames[c] == "" {
			t.Errorf("cause %d has no name", c)
		}
	}
	for i, n := range effectOps {
		if n == "" {
			t.Errorf("effect op %d has no name", i)
		}
	}
}

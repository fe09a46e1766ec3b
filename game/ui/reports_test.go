package ui

import (
	"strconv"
	"strings"
	"testing"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// The team's reports button says who reports: an excused rep, a rep who
// left, or reps ordered alone change it from "all".
func TestReportsText(t *testing.T) {
	for _, tc := range []struct {
		name string
		all  bool
		on   []int // reps reporting
		gone []int
		want string
	}{
		{name: "nobody", want: "all (off)"},
		{name: "everyone", all: true, on: []int{0, 1, 2, 3, 4, 5, 6, 7}, want: "all (on)"},
		{name: "one excused", all: true, on: []int{0, 1, 2, 4, 5, 6, 7}, want: "all but {3} (on)"},
		{name: "three excused", all: true, on: []int{0, 1, 2, 3, 4}, want: "all but 3 (on)"},
		{name: "everyone but the rep who left", all: true, on: []int{0, 1, 2, 3, 4, 5, 6}, gone: []int{7}, want: "all (on)"},
		{name: "all excused", all: true, want: "all (off)"},
		{name: "one alone", on: []int{5}, want: "{5} only (off)"},
		{name: "two alone", on: []int{1, 5}, want: "2 of 8 (off)"},
		{name: "two alone, one gone", on: []int{1, 5}, gone: []int{2}, want: "2 of 7 (off)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := session.NewSession("default", sim.Normal, 1)
			if err != nil {
				t.Fatal(err)
			}
			w := s.W.Clone() // the test sets the orders directly
			w.Team.ReportsAll = tc.all
			for i := range w.Reps {
				w.Reps[i].Reports = false
			}
			for _, i := range tc.on {
				w.Reps[i].Reports = true
			}
			for _, i := range tc.gone {
				w.Reps[i].Gone = true
			}
			want := tc.want
			for i := range w.Reps {
				want = strings.ReplaceAll(want, "{"+strconv.Itoa(i)+"}", w.Reps[i].Name)
			}
			if got := reportsText(w); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

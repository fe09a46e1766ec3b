package sim

import (
	"strings"
	"testing"
)

// The verdict reads the result and the style together: a command quarter
// that sold a tenth of its quota and lost the team is not told that "the
// present was served", and "could not see the business" means the
// check-ins failed (vis here: the share passed), not the visibility left
// at the quarter's end.
func TestVerdictReadsResultAndStyle(t *testing.T) {
	for _, tc := range []struct {
		name              string
		att, command, vis Fixed
		kept, lost, quota int32
		want, not         string
	}{
		{"the whole team gone", F(11, 100), F(90, 100), F(60, 100), 0, 9, 1, "lost the whole team", "present"},
		{"command that sold nothing", F(11, 100), F(90, 100), F(60, 100), 8, 1, 1, "did not even serve the present", "served the present;"},
		{"command that made quota", F(105, 100), F(85, 100), F(70, 100), 8, 0, 1, "Command served the present", "short"},
		{"quota by spending the team", F(110, 100), F(70, 100), F(70, 100), 5, 4, 1, "spending the team", "kept the team"},
		{"example, blind at the check-ins", F(95, 100), F(10, 100), F(20, 100), 9, 0, 1, "could not see the business", "served the present"},
		{"example short of quota", F(60, 100), F(15, 100), F(70, 100), 9, 0, 1, "present not served", "made quota"},
		{"balanced at quota", F(102, 100), F(50, 100), F(70, 100), 9, 0, 1, "kept the team", "short"},
		{"quota, one rep lost", F(102, 100), F(50, 100), F(70, 100), 8, 1, 1, "one rep did not last the quarter", "kept the team"},
		{"quota, two reps lost", F(102, 100), F(50, 100), F(70, 100), 7, 2, 1, "2 reps did not last the quarter", "kept the team"},
		{"sandbox", 0, F(50, 100), F(70, 100), 9, 0, 0, "sandbox", "quota and"},
	} {
		o := &Outcome{Attainment: tc.att, CommandShare: tc.command, RepsKept: tc.kept, RepsLost: tc.lost, Quota: int64(tc.quota),
			Checkins: 13, CheckinsPassed: int32(tc.vis.MulInt(13).Floor()), Culture: F(60, 100), Clarity: F(50, 100), SkillGrowth: F(5, 100)}
		v := verdict(o, 100, tc.kept+tc.lost, false)
		if !strings.Contains(v, tc.want) || strings.Contains(v, tc.not) {
			t.Errorf("%s: %q (want %q, not %q)", tc.name, v, tc.want, tc.not)
		}
	}
}

// An example quarter short of quota is told the future was built only
// when culture, clarity and skill grew (the score's own measure of it),
// and one whose floor ran on standing orders is told so: a play-test under
// reports and a quota all quarter, with culture 33 and clarity 9, read
// "the future was built".
func TestExampleVerdictReadsTheFuture(t *testing.T) {
	for _, tc := range []struct {
		name                     string
		culture, clarity, growth Fixed
		orders                   bool
		want, not                string
	}{
		{"grown", F(60, 100), F(50, 100), F(5, 100), false, "the future was built", "did not grow"},
		{"not grown", F(33, 100), F(9, 100), 0, false, "the future did not grow", "was built"},
		{"standing orders", F(60, 100), F(50, 100), F(5, 100), true, "standing orders ran the floor", "was built"},
	} {
		o := &Outcome{Attainment: F(45, 100), CommandShare: F(5, 100), RepsKept: 9, Quota: 1, Checkins: 13, CheckinsPassed: 12,
			Culture: tc.culture, Clarity: tc.clarity, SkillGrowth: tc.growth}
		if v := verdict(o, 100, 9, tc.orders); !strings.Contains(v, tc.want) || strings.Contains(v, tc.not) || !strings.Contains(v, "present not served") {
			t.Errorf("%s: %q (want %q, not %q)", tc.name, v, tc.want, tc.not)
		}
	}
	// Blind at the check-ins too: "you built the team" only if it grew.
	for _, tc := range []struct {
		culture   Fixed
		want, not string
	}{{F(60, 100), "you built the team", "did not grow"}, {F(20, 100), "the team did not grow", "you built"}} {
		o := &Outcome{Attainment: F(45, 100), CommandShare: F(5, 100), RepsKept: 9, Quota: 1, Checkins: 13, CheckinsPassed: 2,
			Culture: tc.culture, Clarity: tc.culture}
		if v := verdict(o, 100, 9, false); !strings.Contains(v, tc.want) || strings.Contains(v, tc.not) || !strings.Contains(v, "could not see the business") {
			t.Errorf("culture %v, blind: %q (want %q, not %q)", tc.culture, v, tc.want, tc.not)
		}
	}
}

// A quarter the player spent no hour of reads as the team running itself
// only when no standing order ran it.
func TestNoHourSpentNamesTheStandingOrders(t *testing.T) {
	o := &Outcome{Attainment: F(53, 100), RepsKept: 10, Quota: 1}
	for _, tc := range []struct {
		orders    bool
		want, not string
	}{
		{orders: false, want: "the team ran itself", not: "standing orders"},
		{orders: true, want: "your standing orders ran the floor", not: "ran itself"},
	} {
		if v := verdict(o, 0, 10, tc.orders); !strings.Contains(v, tc.want) || strings.Contains(v, tc.not) {
			t.Errorf("orders %v: %q (want %q, not %q)", tc.orders, v, tc.want, tc.not)
		}
		if s := styleReading(0, 0, tc.orders); tc.orders != strings.Contains(s, "standing orders") {
			t.Errorf("orders %v: style %q", tc.orders, s)
		}
	}
}

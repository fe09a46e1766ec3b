package session

import (
	"fmt"
	"strings"

	"salesfloor/sim"
)

// Review is the end of a campaign read whole, in words: a title for the
// manager the year made of the player, a verdict on its arc (the present
// against the future, quarter by quarter), and what the team became.
type Review struct {
	Title   string
	Verdict string
	Team    []string // what the team became, a line each
	// Revenue is the first and last quarters' revenue; Command their
	// command shares.
	FirstRevenue, LastRevenue int64
	FirstCommand, LastCommand float64
}

// The review's thresholds: a style leans to command above LeanCommand of
// the time and to example below LeanExample; revenue grew, or fell, by
// more than Trend between the first quarter and the last.
const (
	LeanCommand = 0.55
	LeanExample = 0.30
	Trend       = 0.10
)

// Acted says, for each quarter of a campaign, whether the player took any
// action in it, from the game's command log: a quarter the player spent
// no hour of has a command share of 0, which is not "all example", and
// the review must not read it so.
type Acted [sim.MaxQuarters]bool

// QuartersActed reads Acted from a command log: a play action (the
// break's hires and promotions are not) in the quarter.
func QuartersActed(log []sim.Command) *Acted {
	var a Acted
	for _, c := range log {
		if int(c.Action) < sim.NumPlayActions && c.Quarter >= 0 && int(c.Quarter) < len(a) {
			a[c.Quarter] = true
		}
	}
	return &a
}

// YearReview reads a campaign's record, and the game's record of who
// joined the team and who was let go (nil or not Known: the review counts
// only the hires still on the floor, and says so), and which quarters the
// player acted in (nil: every quarter played). It needs at least one
// quarter played.
func YearReview(w *sim.World, team *TeamRecord, acted *Acted) Review {
	y := w.YearOutcome()
	var rv Review
	if y.Played == 0 {
		rv.Title = "The year has not begun"
		return rv
	}
	did := func(q int32) bool { return acted == nil || acted[q] }
	first, last := &y.Results[0], &y.Results[y.Played-1]
	rv.FirstRevenue, rv.LastRevenue = first.Revenue, last.Revenue
	rv.FirstCommand, rv.LastCommand = first.CommandShare.Float(), last.CommandShare.Float()
	meanCmd := 0.0
	lost := int32(0)
	n := 0
	for q, r := range y.Results[:y.Played] {
		if did(int32(q)) {
			meanCmd += r.CommandShare.Float()
			n++
		}
		lost += r.RepsLost
	}
	if n > 0 {
		meanCmd /= float64(n)
	}
	growth := 0.0
	if first.Revenue > 0 {
		growth = float64(last.Revenue-first.Revenue) / float64(first.Revenue)
	}
	kept := stayed(w)
	start := len(w.Scenario.Reps)

	switch {
	case y.Fired && w.ActiveReps() == 0:
		rv.Title = "The Empty Floor"
	case y.Fired:
		rv.Title = "Replaced"
	case kept*2 < start:
		rv.Title = "The Burner"
	case n == 0:
		rv.Title = "The Absentee"
	case meanCmd >= LeanCommand && growth < -Trend:
		rv.Title = "The Driver"
	case meanCmd <= LeanExample && growth > Trend:
		rv.Title = "The Builder"
	case meanCmd <= LeanExample:
		rv.Title = "The Mentor"
	case meanCmd >= LeanCommand:
		rv.Title = "The Commander"
	case growth > Trend && y.Score.Float() >= 70:
		rv.Title = "The Complete Manager"
	case growth > Trend:
		rv.Title = "The Grower"
	default:
		rv.Title = "The Steady Hand"
	}

	var b strings.Builder
	if y.Fired {
		fmt.Fprintf(&b, "The year ended after quarter %d of %d: ", y.Played, y.Quarters)
		if w.ActiveReps() == 0 {
			b.WriteString("nobody was left to sell. ")
		} else {
			fmt.Fprintf(&b, "%s of quota, and an executive who no longer trusted you. ", pctF(last.Attainment.Float()))
		}
	}
	if y.Played > 1 {
		trend := "held level"
		switch {
		case growth > Trend:
			trend = fmt.Sprintf("grew %s", pctF(growth))
		case growth < -Trend:
			trend = fmt.Sprintf("fell %s", pctF(-growth))
		}
		fmt.Fprintf(&b, "Revenue %s, from %s in quarter 1 to %s in quarter %d. ", trend, Money(first.Revenue), Money(last.Revenue), y.Played)
		switch {
		case n == 0:
		case did(0) && did(y.Played-1):
			fmt.Fprintf(&b, "You spent %s of your time on command in quarter 1 and %s in quarter %d. ",
				pctF(rv.FirstCommand), pctF(rv.LastCommand), y.Played)
		case did(0):
			fmt.Fprintf(&b, "You spent %s of your time on command in quarter 1, and took no action in quarter %d. ", pctF(rv.FirstCommand), y.Played)
		default:
			fmt.Fprintf(&b, "You took no action in quarter 1, and spent %s of your time on command in quarter %d. ", pctF(rv.LastCommand), y.Played)
		}
	} else if did(0) {
		fmt.Fprintf(&b, "Quarter 1 made %s with %s of your time on command. ", Money(first.Revenue), pctF(rv.FirstCommand))
	} else {
		fmt.Fprintf(&b, "Quarter 1 made %s without an action of yours. ", Money(first.Revenue))
	}
	switch rv.Title {
	case "The Driver":
		b.WriteString("Command won the first quarters and spent the team to do it: each quarter began with less than the last.")
	case "The Builder":
		b.WriteString("Example was slow to pay, and it paid: the team you grew is the one that sold.")
	case "The Mentor":
		b.WriteString("The team grew, but a manager who never gives an order leaves the present to chance, and the executive noticed.")
	case "The Commander":
		b.WriteString("Orders kept the numbers up, and nothing was built under them for the next quarter to stand on.")
	case "The Complete Manager":
		b.WriteString("You commanded when the quarter needed it and led by example when the team did: the present was served and the future arrived.")
	case "The Grower":
		b.WriteString("The year ended selling more than it began: the mix worked, and there was room to push harder.")
	case "The Steady Hand":
		b.WriteString("You mixed both styles and the year held level: neither the present nor the future was lost, nor much won.")
	case "The Absentee":
		b.WriteString("You took no action all year: the floor ran on your standing orders and on itself, and nobody led it.")
	case "The Burner":
		b.WriteString("Most of the team you started with is gone: whatever the numbers said, the floor paid for them.")
	}
	rv.Verdict = strings.TrimSpace(b.String())

	// What the team became.
	hires := 0 // on the floor at the end, not of the scenario's own
	var seniors []string
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone || r.LetGo {
			continue
		}
		if !original(w, r.Name) {
			hires++
		}
		if r.Senior {
			seniors = append(seniors, r.Name)
		}
	}
	if team != nil && team.Known {
		rv.Team = append(rv.Team, fmt.Sprintf("Of the %d reps you started with, %d stayed; %s; %d on the floor at the end.",
			start, kept, joinedText(team, hires), w.ActiveReps()))
	} else {
		rv.Team = append(rv.Team, fmt.Sprintf("Of the %d reps you started with, %d stayed; %d who joined on the way are still here; %d on the floor at the end.",
			start, kept, hires, w.ActiveReps()))
	}
	if len(seniors) > 0 {
		rv.Team = append(rv.Team, "Seniors grown from the team: "+strings.Join(seniors, " and ")+".")
	} else {
		rv.Team = append(rv.Team, "Nobody was promoted to senior.")
	}
	rv.Team = append(rv.Team, fmt.Sprintf("Team skill %d after quarter 1, %d at the end; culture %d, clarity %d, process %d (points of 100).",
		pointsOf(first.TeamSkill), pointsOf(last.TeamSkill), pointsOf(last.Culture), pointsOf(last.Clarity), pointsOf(last.Process)))
	gone := fmt.Sprintf("%d left over the year", lost)
	if team != nil && team.Known && team.LetGo > 0 {
		gone += fmt.Sprintf(" and %d %s let go", team.LetGo, plural(team.LetGo, "was", "were"))
	}
	rv.Team = append(rv.Team, fmt.Sprintf("%s; executive trust ended at %d.", gone, pointsOf(last.ExecTrust)))
	return rv
}

// joinedText says who joined over the year, every way they came (an
// event's hire is as much a joiner as a break's), and how many are still
// here: "9 joined over the year (6 hired at the breaks, 3 sent by events),
// 7 still here". still is how many of them are on the floor at the end.
func joinedText(team *TeamRecord, still int) string {
	n := len(team.Joined)
	if n == 0 {
		return "nobody joined"
	}
	var how []string
	for _, k := range []struct {
		kind JoinKind
		says string
	}{{JoinBreak, "hired at the breaks"}, {JoinEvent, "sent by events"}, {JoinSeason, "came as a quarter began"}} {
		if c := team.Count(k.kind); c > 0 {
			how = append(how, fmt.Sprintf("%d %s", c, k.says))
		}
	}
	return fmt.Sprintf("%d joined over the year (%s), %d still here", n, strings.Join(how, ", "), still)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// stayed counts the scenario's own reps still on the team.
func stayed(w *sim.World) int {
	n := 0
	for i := range w.Reps {
		if r := &w.Reps[i]; !r.Gone && !r.LetGo && original(w, r.Name) {
			n++
		}
	}
	return n
}

// original reports whether a rep of that name began the year on the team.
func original(w *sim.World, name string) bool {
	for i := range w.Scenario.Reps {
		if w.Scenario.Reps[i].Name == name {
			return true
		}
	}
	return false
}

func pctF(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

func pointsOf(f sim.Fixed) int { return int(f.Float()*100 + 0.5) }

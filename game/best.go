package game

import (
	"math"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/sim"
)

// The player's best results: the table is read at start (a damaged one is
// said, and its backup used), a result goes on it when its report opens,
// and the title and the report show it.

// loadBest reads the table; its problem, if any, is the caller's to say.
func (g *games) loadBest() *store.BestProblem {
	b, p := store.LoadBest(g.files)
	g.best = b
	return p
}

// recordResults puts the quarter that just ended on the table, and the
// campaign when it is over, and writes the table if either made it. It
// returns their ranks (1 for a new best, 0 for not on the table). The
// sandbox has no grade and no table.
func (g *games) recordResults(w *sim.World, acted *session.Acted) (quarter, year int, err error) {
	if w.Difficulty == sim.Sandbox || !w.Done() {
		return 0, 0, nil
	}
	date := timeNow().Format("2006-01-02")
	o := w.Outcome()
	quarter = g.best.Record(store.BestEntry{Scenario: w.Scenario.Name, Difficulty: w.Difficulty.String(), Kind: store.BestQuarter,
		Score: tenth(o.Score), Revenue: o.Revenue, Grade: o.Grade, Seed: w.Seed, Date: date})
	if w.Year.Quarters > 1 && w.Over() {
		y := w.YearOutcome()
		// The title reads the world and the quarters acted in, not who
		// joined (nil).
		year = g.best.Record(store.BestEntry{Scenario: w.Scenario.Name, Difficulty: w.Difficulty.String(), Kind: store.BestYear,
			Score: tenth(y.Score), Revenue: y.Revenue, Title: session.YearReview(w, nil, acted).Title, Seed: w.Seed, Date: date})
	}
	if quarter > 0 || year > 0 {
		err = store.SaveBest(g.files, g.best)
	}
	return quarter, year, err
}

// tenth is a score to a tenth of a point, as the table keeps it.
func tenth(f sim.Fixed) float64 { return float64(int64(f.Float()*10+0.5)) / 10 }

// shownScore is a score kept to a tenth as the screens show it, in whole
// points, halves rounded up. The report rounds the quarter's score from
// the same tenth, so a result and its line on the table read alike (with
// fmt's halves to even, 18.5 read 19 on the report and 18 on the table).
func shownScore(t float64) int { return int(math.Floor(t + 0.5)) }

// scorePoints is a sim score as every screen shows it: kept to a tenth,
// as the table keeps it, then shown.
func scorePoints(f sim.Fixed) int { return shownScore(tenth(f)) }

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"salesfloor/sim"
	"salesfloor/sim/lab"
)

// replay plays a recorded game back, prints its outcome, and checks every
// recorded hash: exit status 1 naming the first tick that differs.
func replay(c *config, stdout io.Writer) error {
	data, err := os.ReadFile(c.replay)
	if err != nil {
		return usagef("-replay: %v", err)
	}
	r, err := sim.ParseReplay(c.replay, data)
	if err != nil {
		return err
	}
	res, err := r.Play(c.replay, false)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if err != nil {
		// A recorded command the world refuses: the replay has diverged.
		fmt.Fprintf(w, "replay %s: DIVERGED: %v\n", c.replay, err)
		if res != nil && res.Mismatch != nil {
			fmt.Fprintf(w, "first differing hash: %v\n", res.Mismatch)
		}
		return errFailed
	}
	wd := res.World
	y := &wd.Year
	at := sim.ClockAt(int(wd.Tick)).String()
	switch {
	case wd.Over() && y.Quarters > 1:
		at = fmt.Sprintf("the end of the campaign, %d of %d quarters played", y.Played, y.Quarters)
	case wd.InBreak():
		at = fmt.Sprintf("the break after quarter %d of %d", y.Quarter+1, y.Quarters)
	case wd.Done():
		at = "the end of the quarter"
	case y.Quarters > 1:
		at = fmt.Sprintf("quarter %d of %d, %s", y.Quarter+1, y.Quarters, at)
	}
	fmt.Fprintf(w, "replay %s: scenario %s, seed %d, %s, %d commands, played to tick %d (%s)\n",
		c.replay, wd.Scenario.Name, r.Seed, r.Difficulty, len(r.Commands), wd.Tick, at)
	if !wd.Done() {
		fmt.Fprintln(w, "the recording ends before the quarter does: the outcome so far")
	}
	if y.Quarters > 1 && y.Played > 0 {
		yo := wd.YearOutcome()
		fmt.Fprintf(w, "the campaign: year score %s (the mean of its %d quarters, a quarter not played counting 0), revenue %d of quotas %d", yo.Score, yo.Quarters, yo.Revenue, yo.Quota)
		if yo.Fired {
			fmt.Fprintf(w, "; replaced after quarter %d", yo.Played)
		}
		fmt.Fprintln(w)
		for i, q := range yo.Results {
			fmt.Fprintf(w, "  quarter %d: score %s, revenue %d of quota %d, command share %s, reps kept %d of %d\n",
				i+1, q.Score, q.Revenue, q.Quota, q.CommandShare, q.RepsKept, q.RepsStart)
		}
		fmt.Fprintln(w, "the last quarter played:")
	}
	writeOutcome(w, wd)
	fmt.Fprintf(w, "final hash %s\n", sim.HashHex(wd.Hash()))
	switch {
	case res.Mismatch != nil:
		fmt.Fprintf(w, "MISMATCH: %v (%d recorded hashes checked)\n", res.Mismatch, res.Checked)
		return errFailed
	case res.Checked < len(r.Hashes):
		fmt.Fprintf(w, "MISMATCH: only %d of %d recorded hashes were reached\n", res.Checked, len(r.Hashes))
		return errFailed
	}
	fmt.Fprintf(w, "verified: all %d recorded hashes match\n", res.Checked)
	return nil
}

func writeOutcome(w io.Writer, wd *sim.World) {
	o := wd.Outcome()
	fmt.Fprintf(w, "score %s (grade %s): revenue %d of quota %d (%s), morale %s, momentum %s (means over the quarter)\n",
		o.Score, o.Grade, o.Revenue, o.Quota, o.Attainment, o.MeanMorale, o.MeanMomentum)
	fmt.Fprintf(w, "culture %s, clarity %s, process %s, visibility %s, executive trust %s\n", o.Culture, o.Clarity, o.Process, o.Visibility, o.ExecTrust)
	fmt.Fprintf(w, "advice requests %d, dials %d, deals %d, reps lost %d, command share %s\n", o.AdviceRequests, o.Dials, o.Deals, o.RepsLost, o.CommandShare)
	fmt.Fprintf(w, "style: %s\n", o.Style)
}

// record plays one game (the plan's first scenario, policy and seed) and
// writes its replay, with the state hash at the end of every day.
func record(c *config, plan *lab.Plan, stdout io.Writer) error {
	data, err := lab.Record(&plan.Scenarios[0], plan.Policies[0], plan.FirstSeed)
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.record, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "recorded %s: scenario %s, policy %s, seed %d\n", c.record, plan.Scenarios[0].Name, plan.Policies[0].Name, plan.FirstSeed)
	return nil
}

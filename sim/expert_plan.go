package sim

// The expert's breaks: it makes a campaign's between-quarter decisions as it
// makes the hour's, by playing them out. Each option is tried on a copy of
// the world: the break's decisions so far and the option, the next quarter
// started, and the whole quarter played by the rollout policy on re-seeded
// dice; its value is the quarter's score and what the quarter's end carries
// into the quarters after it (carryValue). The choices are greedy, one at a
// time: each hire the headcount allows (or none), then a promotion (or none),
// then whether to let one rep go (or nobody). It never reads the next
// quarter's real dice: every rollout re-seeds the copy.

var _ Planner = (*Expert)(nil)

// planSamples is how many rollouts value each break option: twice the
// budget.
func (e *Expert) planSamples() int { return 2 * e.cfg.Budget }

// Plan implements Planner.
func (e *Expert) Plan(w *World, buf []Command) []Command {
	y := &w.Year
	if !y.Planning {
		return buf
	}
	stamp := func(a ActionID, target, arg int32) Command {
		return Command{Tick: w.Tick, Quarter: y.Quarter, Action: a, Target: target, Arg: arg}
	}
	var root, sc World
	w.CopyTo(&root)
	var drv *Driver
	value := func(extra *Command) int64 {
		var sum int64
		for k := 0; k < e.planSamples(); k++ {
			root.CopyTo(&sc)
			if extra != nil && sc.Apply(*extra) != nil {
				return -1 << 62
			}
			if sc.Apply(stamp(ActNextQuarter, TeamTarget, 0)) != nil {
				return -1 << 62
			}
			sc.Reseed(rolloutSeed(e.cfg.Seed^0x5eed_b4ea_c000_0000, int32(y.Quarter), k))
			if drv == nil {
				drv = NewDriver(DriverConfig{World: &sc, Quiet: true, NoLog: true})
			}
			drv.Play(&e.base, TicksPerQuarter)
			o := sc.outcomeNumbers()
			sum += int64(o.Score + sc.carryValue(&o))
		}
		return sum
	}
	// pick tries each option against none and keeps the best that beats
	// doing nothing; it reports whether one was chosen.
	pick := func(options []Command) bool {
		best, bestV := -1, value(nil)
		for i := range options {
			if v := value(&options[i]); v > bestV {
				best, bestV = i, v
			}
		}
		if best < 0 {
			return false
		}
		if root.Apply(options[best]) != nil { // it was legal a moment ago
			return false
		}
		buf = append(buf, options[best])
		return true
	}
	var opts []Command
	legal := func(c Command) bool { return root.Check(c) == nil }
	for n := int32(0); n < y.Headcount; n++ {
		opts = opts[:0]
		for i := int32(0); i < root.Year.NCandidates; i++ {
			if c := stamp(ActHire, TeamTarget, i); legal(c) {
				opts = append(opts, c)
			}
		}
		if len(opts) == 0 || !pick(opts) {
			break
		}
	}
	opts = opts[:0]
	for i := range root.Reps {
		if c := stamp(ActPromote, int32(i), 0); !root.Reps[i].Gone && legal(c) {
			opts = append(opts, c)
		}
	}
	pick(opts)
	opts = opts[:0]
	for i := range root.Reps {
		if c := stamp(ActLetGo, int32(i), 0); !root.Reps[i].Gone && legal(c) {
			opts = append(opts, c)
		}
	}
	pick(opts)
	return buf
}

package sim

// Clone returns a deep copy of the world that shares only the immutable
// scenario, charts included, for what-if previews and controlled
// experiments.
func (w *World) Clone() *World {
	c := &World{}
	w.CopyTo(c)
	if w.Series != nil {
		c.Series = w.Series.clone()
	}
	return c
}

// CopyTo makes dst a copy of w for a search: everything that decides the
// future, but not the charts (dst.Series is nil; the score reads running
// sums, so a copy scores exactly as the original would). It reuses dst's
// rep slice, so copying into the same dst again allocates nothing: this is
// the expert's clone and restore, done thousands of times a decision.
func (w *World) CopyTo(dst *World) {
	reps := dst.Reps
	*dst = *w
	dst.Series = nil
	dst.notes = nil
	if cap(reps) < MaxReps {
		reps = make([]Rep, 0, MaxReps)
	}
	dst.Reps = append(reps[:0], w.Reps...)
}

// Reseed replaces the world's dice from here on: call outcomes, deals,
// advice, the event calendar of the days to come, and the events of today
// that have not happened yet (whether a chance event fires later today, when,
// and whom it picks). A search re-seeds each rollout's copy so that it plays
// against possible futures rather than the one the real dice hold: a player
// cannot know whether the hot lead will come this afternoon, and neither may
// the expert. What is public stays: the events already fired, and scheduled
// ones that do not depend on chance (a check-in every other day at 16:00).
func (w *World) Reseed(seed uint64) {
	w.rng = NewRng(seed, streamOutcomes)
	w.erng = NewRng(seed, streamEvents)
	if w.Done() {
		return
	}
	ev := &w.Events
	slot := w.Tick % TicksPerDay
	var fired [maxDailyEvents]Scheduled
	n := int32(0)
	for i := int32(0); i < ev.NToday; i++ {
		if ev.Today[i].Done {
			fired[n] = ev.Today[i]
			n++
		}
	}
	w.scheduleDay(w.Day())
	drawn := ev.Today
	nd := ev.NToday
	ev.Today, ev.NToday = fired, n
	for i := int32(0); i < nd && ev.NToday < maxDailyEvents; i++ {
		s := drawn[i]
		if firedToday(&fired, n, s.Def) {
			continue
		}
		if s.Slot < slot {
			// Under these dice it was due earlier today; it has not
			// happened, so it is still to come.
			s.Slot = slot
		}
		ev.Today[ev.NToday] = s
		ev.NToday++
	}
}

func firedToday(fired *[maxDailyEvents]Scheduled, n int32, def int32) bool {
	for i := int32(0); i < n; i++ {
		if fired[i].Def == def {
			return true
		}
	}
	return false
}

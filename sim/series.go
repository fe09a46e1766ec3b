package sim

// Sample is one point of a chart: morale and momentum at the end of the
// period, and output (meetings booked) during it.
type Sample struct {
	Morale   Fixed
	Momentum Fixed
	Output   int32
}

// Series holds the quarter's charts, per hour and per day, for the team and
// each rep. Every slice is allocated once with a quarter's capacity, so the
// history is bounded and recording never allocates.
type Series struct {
	TeamHour []Sample
	TeamDay  []Sample
	RepHour  [MaxReps][]Sample
	RepDay   [MaxReps][]Sample
	// RevenueDay is the team's cumulative revenue at the end of each day.
	RevenueDay []int64
}

func newSeries() *Series {
	s := &Series{}
	s.init()
	return s
}

func (s *Series) init() {
	// One backing array for all samples keeps the setup to a few allocations.
	per := HoursPerQuarter + DaysPerQuarter
	all := make([]Sample, (MaxReps+1)*per)
	take := func(n int) []Sample {
		b := all[:0:n]
		all = all[n:]
		return b
	}
	s.TeamHour = take(HoursPerQuarter)
	s.TeamDay = take(DaysPerQuarter)
	for i := range s.RepHour {
		s.RepHour[i] = take(HoursPerQuarter)
		s.RepDay[i] = take(DaysPerQuarter)
	}
	s.RevenueDay = make([]int64, 0, DaysPerQuarter)
}

// reset empties the charts for a new quarter, keeping their room. The
// quarter that ended is on the year's record (Year.Results); its charts go,
// as they did when each quarter had new ones, but a year now allocates its
// charts once rather than four times (they were most of a year's garbage).
// Nothing in the sim keeps a world's Series past its quarter; a caller that
// wants last quarter's charts beside the new ones keeps a Clone.
func (s *Series) reset() {
	s.TeamHour = s.TeamHour[:0]
	s.TeamDay = s.TeamDay[:0]
	for i := range s.RepHour {
		s.RepHour[i] = s.RepHour[i][:0]
		s.RepDay[i] = s.RepDay[i][:0]
	}
	s.RevenueDay = s.RevenueDay[:0]
}

func (s *Series) clone() *Series {
	c := newSeries()
	c.TeamHour = append(c.TeamHour, s.TeamHour...)
	c.TeamDay = append(c.TeamDay, s.TeamDay...)
	for i := range s.RepHour {
		c.RepHour[i] = append(c.RepHour[i], s.RepHour[i]...)
		c.RepDay[i] = append(c.RepDay[i], s.RepDay[i]...)
	}
	c.RevenueDay = append(c.RevenueDay, s.RevenueDay...)
	return c
}

// record appends one sample per rep and the team's mean to hour or day
// series, and adds the hour's team means to the running sums the score
// reads. Reps who have left, or not yet joined, record zeros so that every
// rep's series (and a later hire's) stays aligned with the team's. A world
// without charts (a search clone) keeps only the sums.
func (w *World) record(daily bool) {
	if w.Series == nil {
		if !daily {
			m, mo := w.TeamMorale(), w.TeamMomentum()
			w.MoraleSum += int64(m)
			w.MomentumSum += int64(mo)
			w.HoursSeen++
			for i := range w.Reps {
				w.Reps[i].hourOutput = 0
			}
		}
		return
	}
	// One row per possible rep, chosen once rather than per rep.
	rows := &w.Series.RepHour
	if daily {
		rows = &w.Series.RepDay
	}
	var sumM, sumMo int64
	var out, n int32
	for i := range rows {
		var smp Sample
		if i < len(w.Reps) && !w.Reps[i].Gone {
			r := &w.Reps[i]
			if daily {
				smp = Sample{r.Morale, r.Momentum, r.MeetingsToday}
			} else {
				smp = Sample{r.Morale, r.Momentum, r.hourOutput}
				r.hourOutput = 0
			}
			sumM += int64(r.Morale)
			sumMo += int64(r.Momentum)
			out += smp.Output
			n++
		}
		rows[i] = append(rows[i], smp)
	}
	team := Sample{Output: out}
	if n > 0 {
		team.Morale = Fixed(sumM / int64(n))
		team.Momentum = Fixed(sumMo / int64(n))
	}
	if daily {
		w.Series.TeamDay = append(w.Series.TeamDay, team)
		w.Series.RevenueDay = append(w.Series.RevenueDay, w.Revenue())
	} else {
		w.Series.TeamHour = append(w.Series.TeamHour, team)
		w.MoraleSum += int64(team.Morale)
		w.MomentumSum += int64(team.Momentum)
		w.HoursSeen++
	}
}

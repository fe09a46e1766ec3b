package game

import (
	"math"
	"strconv"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The floor's label caches, rebuilt only when the world or the selection
// changed.

// sideLine is a line of the selected rep's panel.
type sideLine struct {
	b    []byte
	kind uint8 // sideText, sideHead, sideGood, sideBad
}

const (
	sideText = iota
	sideHead
	sideGood
	sideBad
	sideNote // a dim line of explanation
)

// refresh rebuilds the labels when the world or selection changed. They are
// built into reused byte slices and drawn with Gfx.TextB, so this allocates
// nothing once the slices have grown.
func (f *floorScene) refresh(ctx *Ctx) {
	s := ctx.Session()
	if f.cacheVer == s.Version && f.cacheSel == f.sel {
		return
	}
	f.cacheVer, f.cacheSel = s.Version, f.sel
	w := s.W
	c := sim.ClockAt(int(session.EndTick(w)))
	b := append(f.clock[:0], "Week "...)
	b = strconv.AppendInt(b, int64(c.Week+1), 10)
	b = append(append(append(b, "  "...), c.WeekdayName()...), "  "...)
	f.clock = ui.AppendHM(b, c.Hour, c.Minute)
	b = append(f.day[:0], "day "...)
	b = append(strconv.AppendInt(b, int64(c.Day+1), 10), '/')
	f.day = strconv.AppendInt(b, sim.DaysPerQuarter, 10)
	b = f.revenue[:0]
	if y := &w.Year; y.Quarters > 1 {
		b = append(b, 'Q')
		b = strconv.AppendInt(b, int64(y.Quarter+1), 10)
		b = append(b, " of "...)
		b = strconv.AppendInt(b, int64(y.Quarters), 10)
		b = append(b, "  "...)
	}
	b = append(b, "Revenue "...)
	b = session.AppendMoney(b, w.Revenue())
	if w.Company.Quota > 0 {
		b = append(b, " of "...)
		b = session.AppendMoney(b, w.Company.Quota)
		b = append(b, " quota ("...)
		b = append(appendShare(b, w.Revenue(), w.Company.Quota), ')')
	} else {
		b = append(b, " (sandbox: no quota)"...)
	}
	f.revenue = b
	// The short form, for a HUD too narrow for the whole: "$75k of $3.70M (2%)".
	b = session.AppendMoney(f.revenueShort[:0], w.Revenue())
	if w.Company.Quota > 0 {
		b = session.AppendMoney(append(b, " of "...), w.Company.Quota)
		b = append(appendShare(append(b, " ("...), w.Revenue(), w.Company.Quota), ')')
	}
	f.revenueShort = b
	left := w.HoursLeft()
	b = ui.AppendHours(f.hours[:0], left)
	if w.Player.Busy > 0 {
		if left == 0 {
			// "0h left" read as a glitch (a play-test): the action ends
			// the day.
			b = append(b[:0], "None left"...)
		} else {
			b = append(b, " left"...)
		}
		b = append(append(b, "  (busy: "...), sim.Actions[w.Player.Doing].Title...)
		b = append(b, ')')
	} else {
		b = append(b, " of your time left today"...)
	}
	f.hours = b
	f.refreshStats(w)
	f.nside = 0
	if f.sel >= 0 && int(f.sel) < len(w.Reps) {
		r := &w.Reps[f.sel]
		for i, v := range repBars(r) {
			f.repVals[i] = appendPoints(f.repVals[i][:0], v.v)
		}
		l := f.sideAdd(sideText)
		l = append(l, "Leads "...)
		l = strconv.AppendInt(l, int64(r.Leads), 10)
		l = append(l, "   Dials today "...)
		l = strconv.AppendInt(l, int64(r.DialsToday), 10)
		l = append(l, "   Meetings today "...)
		f.side[f.nside-1].b = strconv.AppendInt(l, int64(r.MeetingsToday), 10)
		l = f.sideAdd(sideText)
		l = append(l, "Quarter: "...)
		l = appendCount(l, int64(r.Dials), " dial")
		l = append(l, ", "...)
		l = appendCount(l, int64(r.Meetings), " meeting")
		l = append(l, ", "...)
		l = appendCount(l, int64(r.Deals), " deal")
		l = append(l, ", "...)
		f.side[f.nside-1].b = session.AppendMoney(l, r.Revenue)
		l = f.sideAdd(sideText)
		switch {
		case r.Gone:
			l = append(l, "Has left the team."...)
		default:
			if r.Reports {
				l = append(l, "On status reports. "...)
			}
			if r.Threat {
				l = append(l, "Threatening to resign! "...)
			}
		}
		f.side[f.nside-1].b = l
		l = f.sideAdd(sideNote)
		f.side[f.nside-1].b = append(l, "Changes today, in points of the bars' 100:"...)
		f.addCauses("Morale ", r.Morale, &r.MoraleCauses, false)
		f.addCauses("Momentum ", r.Momentum, &r.MomentumCauses, true)
	}
}

// sideAdd starts a new side line of a kind and returns its emptied buffer;
// the caller stores the filled buffer back in f.side[f.nside-1].b.
func (f *floorScene) sideAdd(kind uint8) []byte {
	if f.nside == len(f.side) {
		f.nside-- // full: overwrite the last line
	}
	l := &f.side[f.nside]
	f.nside++
	l.kind = kind
	return l.b[:0]
}

// addCauses adds the heading and the largest causes of a rep's morale or
// momentum today. The sim books every change to its cause as the actual
// change of the 0..1 reading, so 100 times a sum is points on the bar's
// 0-100 scale: a bar at 0.42 reads 42/100, a cause of +0.031 is +3.1
// points. The causes are gross flows (a good run of calls can add 90
// points while cooling off takes 85 back), so the heading gives the reading
// now and its net change today, the sum of them all.
func (f *floorScene) addCauses(name string, now sim.Fixed, sums *[sim.NumCauses]sim.Fixed, momentum bool) {
	top := sim.TopCauses(sums, f.causes[:0])
	var up, down sim.Fixed
	for _, v := range sums {
		if v > 0 {
			up += v
		} else {
			down -= v
		}
	}
	net := up - down
	head := f.nside
	l := f.sideAdd(sideHead)
	l = appendPoints(append(l, name...), now)
	l = append(l, "/100"...)
	if len(top) == 0 {
		f.side[head].b = append(l, ", no change today"...)
		return
	}
	l = append(l, ", today "...)
	f.side[head].b = appendSigned(l, net)
	if up > sim.One || down > sim.One {
		// More than the whole bar moved each way: a run of calls swings
		// momentum up and back all day. Said, or "+180 booked meetings" on
		// a bar of 100 reads as a bug (a play-test took it for one).
		l = f.sideAdd(sideNote)
		l = append(l, "It swung "...)
		l = appendPoints(l, up)
		l = append(l, " up and "...)
		l = appendPoints(l, down)
		f.side[f.nside-1].b = append(l, " down in all:"...)
	}
	shown := 0
	for _, ca := range top {
		if shown == 5 {
			break
		}
		v := 100 * ca.Amount.Float()
		if math.Abs(v) < 0.05 {
			continue // rounds to 0.0
		}
		shown++
		kind := uint8(sideGood)
		if v < 0 {
			kind = sideBad
		}
		l := f.sideAdd(kind)
		// "%+5.1f  cause", the sign padded to line the points up.
		var num [16]byte
		n := strconv.AppendFloat(num[:0], math.Abs(v), 'f', 1, 64)
		for pad := 4 - len(n); pad > 0; pad-- {
			l = append(l, ' ')
		}
		l = appendSigned(l, ca.Amount)
		l = append(l, "  "...)
		f.side[f.nside-1].b = append(l, session.CauseLabel(ca.Cause, v > 0, momentum)...)
	}
}

// appendPoints appends a 0..1 reading as whole points of 100: "42".
func appendPoints(b []byte, v sim.Fixed) []byte {
	return strconv.AppendFloat(b, math.Round(100*v.Float()), 'f', 0, 64)
}

// appendSigned appends a change of a 0..1 reading as signed points of 100,
// to a tenth: "+3.1", "-0.4".
func appendSigned(b []byte, d sim.Fixed) []byte {
	v := 100 * d.Float()
	if v < 0 {
		b = append(b, '-')
	} else {
		b = append(b, '+')
	}
	return strconv.AppendFloat(b, math.Abs(v), 'f', 1, 64)
}

// appendCount appends "1 deal" or "3 deals": n and the noun, plural unless n is 1.
func appendCount(b []byte, n int64, noun string) []byte {
	b = append(strconv.AppendInt(b, n, 10), noun...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

// appendShare appends revenue's share of quota, rounded down as the
// report's: "45%". Just short of the quota it gives a tenth, "99.8%":
// "$3.01M of $3.01M quota (99%)" read as a bug (a play-test).
func appendShare(b []byte, revenue, quota int64) []byte {
	if pm := 1000 * revenue / quota; pm >= 990 && pm < 1000 {
		b = strconv.AppendInt(b, pm/10, 10)
		b = append(b, '.')
		b = strconv.AppendInt(b, pm%10, 10)
		return append(b, '%')
	}
	return append(strconv.AppendInt(b, 100*revenue/quota, 10), '%')
}

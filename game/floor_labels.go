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
	c := w.Clock()
	if w.Done() {
		c = sim.ClockAt(sim.TicksPerQuarter - 1)
	}
	b := append(f.clock[:0], "Week "...)
	b = strconv.AppendInt(b, int64(c.Week+1), 10)
	b = append(append(append(b, "  "...), c.WeekdayName()...), "  "...)
	f.clock = ui.AppendHM(b, c.Hour, c.Minute)
	b = append(f.day[:0], "day "...)
	b = append(strconv.AppendInt(b, int64(c.Day+1), 10), '/')
	f.day = strconv.AppendInt(b, sim.DaysPerQuarter, 10)
	b = append(f.revenue[:0], "Revenue "...)
	b = session.AppendMoney(b, w.Revenue())
	if w.Company.Quota > 0 {
		b = append(b, " of "...)
		b = session.AppendMoney(b, w.Company.Quota)
		b = append(b, " quota ("...)
		b = strconv.AppendFloat(b, 100*float64(w.Revenue())/float64(w.Company.Quota), 'f', 0, 64)
		b = append(b, "%)"...)
	} else {
		b = append(b, " (sandbox: no quota)"...)
	}
	f.revenue = b
	left := w.HoursLeft()
	b = ui.AppendHours(f.hours[:0], left)
	if w.Player.Busy > 0 {
		b = append(append(b, " left  (busy: "...), sim.Actions[w.Player.Doing].Title...)
		b = append(b, ')')
	} else {
		b = append(b, " of your time left today"...)
	}
	f.hours = b
	f.advice = strconv.AppendInt(append(f.advice[:0], "Advice asked "...), int64(w.AdviceRequests), 10)
	f.nside = 0
	if f.sel >= 0 && int(f.sel) < len(w.Reps) {
		r := &w.Reps[f.sel]
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
		f.addCauses("Morale", &r.MoraleCauses)
		f.addCauses("Momentum", &r.MomentumCauses)
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
// momentum today.
func (f *floorScene) addCauses(name string, sums *[sim.NumCauses]sim.Fixed) {
	top := sim.TopCauses(sums, f.causes[:0])
	head := f.nside
	l := f.sideAdd(sideHead)
	f.side[head].b = append(append(l, name...), " today, largest first:"...)
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
		// "%+5.1f  cause"
		var num [16]byte
		n := strconv.AppendFloat(num[:0], math.Abs(v), 'f', 1, 64)
		for pad := 4 - len(n); pad > 0; pad-- {
			l = append(l, ' ')
		}
		if v < 0 {
			l = append(l, '-')
		} else {
			l = append(l, '+')
		}
		l = append(append(l, n...), "  "...)
		f.side[f.nside-1].b = append(l, ca.Cause.String()...)
	}
	if shown == 0 {
		f.side[head].b = append(append(f.side[head].b[:0], name...), " today: no change yet"...)
	}
}

// appendCount appends "1 deal" or "3 deals": n and the noun, plural unless n is 1.
func appendCount(b []byte, n int64, noun string) []byte {
	b = append(strconv.AppendInt(b, n, 10), noun...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

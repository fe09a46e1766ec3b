package ui

import (
	"salesfloor/game/art"
	"salesfloor/game/session"
	"salesfloor/sim"
)

// The floor is pixel art drawn on a canvas of CanvasW x CanvasH pixels and
// scaled to the floor's rect.
const (
	CanvasW = 400
	CanvasH = 264
)

// Pt is a point on the floor canvas, in canvas pixels.
type Pt struct{ X, Y float64 }

// Fixed places on the floor.
var (
	OfficeDesk = Pt{40, 58}  // the player's own desk, in the office
	HotDesk    = Pt{40, 176} // the spare desk the player takes to make calls
	Whiteboard = Pt{220, 34} // where talks are given
	FloorMid   = Pt{248, 150}
)

// Desk is a rep's desk slot: the top-left corner of the slot on the canvas.
// The rep sits at Seat, the player stands at Side when working with them.
type Desk struct {
	Origin Pt
	Seat   Pt
	Side   Pt
	Icon   Pt // where the activity bubble goes
}

// Desks lays out sim.MaxReps desk slots in three rows of four pods.
var Desks = func() [sim.MaxReps]Desk {
	var d [sim.MaxReps]Desk
	for i := range d {
		col, row := i%4, i/4
		o := Pt{112 + float64(col)*70, 62 + float64(row)*66}
		d[i] = Desk{Origin: o, Seat: Pt{o.X + 24, o.Y + 10}, Side: Pt{o.X + 50, o.Y + 14}, Icon: Pt{o.X + 30, o.Y - 8}}
	}
	return d
}()

// RepAt returns the rep whose desk slot contains the canvas point, or -1.
func RepAt(w *sim.World, x, y float64) int32 {
	for i := range w.Reps {
		o := Desks[i].Origin
		if x >= o.X && x < o.X+64 && y >= o.Y-12 && y < o.Y+48 {
			return int32(i)
		}
	}
	return -1
}

// AvatarTarget is where the player's avatar should be given what they are
// doing: their hours go somewhere visible.
func AvatarTarget(w *sim.World, frame int) Pt {
	pl := &w.Player
	if pl.Busy <= 0 {
		return OfficeDesk
	}
	switch pl.Doing {
	case sim.ActCalls:
		return HotDesk
	case sim.ActVision, sim.ActProcedure, sim.ActForecast:
		return Whiteboard
	case sim.ActMentor, sim.ActReview, sim.ActScrub:
		if pl.Target >= 0 && int(pl.Target) < len(w.Reps) {
			return Desks[pl.Target].Side
		}
	case sim.ActCelebrate:
		return FloorMid
	case sim.ActFloor:
		// A loop around the pods, one lap every 12 seconds.
		return floorLoop(frame)
	}
	return OfficeDesk
}

var loop = [...]Pt{{100, 50}, {390, 50}, {390, 250}, {100, 250}}

func floorLoop(frame int) Pt {
	const lap = 720
	t := float64(frame%lap) / lap * float64(len(loop))
	i := int(t)
	f := t - float64(i)
	a, b := loop[i%len(loop)], loop[(i+1)%len(loop)]
	return Pt{a.X + (b.X-a.X)*f, a.Y + (b.Y-a.Y)*f}
}

// FloorView is the cosmetic state of the floor: where the avatar is drawn,
// reps walking over to ask for advice, the animation clock. It has its own
// generator and never reads the simulation's random streams.
type FloorView struct {
	Frame   int
	Avatar  Pt
	Facing  int // -1 left, 1 right
	Walking bool
	// Asking counts down frames for each rep walking to the player.
	Asking [sim.MaxReps]int
	// Look is the sprite variant each desk's rep is drawn with (RepLook).
	Look [sim.MaxReps]int
	rng  uint32
}

// RepLook is the sprite variant rep i is drawn with: the first start of
// the variants dress the scenario's own reps, the rest those who join later.
// It follows the person, not the desk: a new quarter drops those who left
// and seats the rest anew, and a hire takes a free desk, so a look keyed on
// the desk would pass from one person to another. The scenario's own reps
// keep their order's variants (eight different looks for eight reps);
// anyone who joined later takes one of the joiners' looks from their name,
// so a hire is never mistaken for a rep who was there from the start.
func RepLook(w *sim.World, i int, start, variants int) int {
	name := w.Reps[i].Name
	for k := range w.Scenario.Reps {
		if w.Scenario.Reps[k].Name == name {
			return k % start
		}
	}
	h := uint32(2166136261) // FNV-1a
	for j := 0; j < len(name); j++ {
		h = (h ^ uint32(name[j])) * 16777619
	}
	if variants <= start {
		return int(h % uint32(variants))
	}
	return start + int(h%uint32(variants-start))
}

// AskFrames is how long a rep's walk over to ask for advice is shown.
const AskFrames = 120

// NewFloorView starts the avatar at the office desk.
func NewFloorView() *FloorView { return &FloorView{Avatar: OfficeDesk, Facing: 1, rng: 0x9e3779b9} }

// Rand is the cosmetic generator (xorshift), for idle animations.
func (v *FloorView) Rand() uint32 {
	v.rng ^= v.rng << 13
	v.rng ^= v.rng >> 17
	v.rng ^= v.rng << 5
	return v.rng
}

// Update moves the avatar toward its target and ages the advice walks.
func (v *FloorView) Update(s *session.Session, reduced bool) {
	v.Frame++
	t := AvatarTarget(s.W, v.Frame)
	dx, dy := t.X-v.Avatar.X, t.Y-v.Avatar.Y
	const speed = 2.5
	d2 := dx*dx + dy*dy
	v.Walking = false
	switch {
	case reduced || d2 <= speed*speed:
		v.Avatar = t
	default:
		// Walk along x first, then y, like a person between desks.
		v.Walking = true
		if dx > speed || dx < -speed {
			v.Avatar.X += sign(dx) * speed
		} else if dy != 0 {
			v.Avatar.X = t.X
			v.Avatar.Y += sign(dy) * min(speed, abs(dy))
		}
		if dx > 0.5 {
			v.Facing = 1
		} else if dx < -0.5 {
			v.Facing = -1
		}
	}
	for i := range v.Asking {
		if v.Asking[i] > 0 {
			v.Asking[i]--
		}
	}
	for i := range s.W.Reps {
		v.Look[i] = RepLook(s.W, i, art.StartVariants, art.Variants)
	}
	for i := range s.Feedback {
		f := &s.Feedback[i]
		if f.Kind == session.FeedAdvice && f.Age == 1 && f.Rep >= 0 && f.Rep < sim.MaxReps {
			v.Asking[f.Rep] = AskFrames
		}
	}
}

// AskPos is where a rep walking over to ask is drawn: from their seat toward
// the player and back.
func (v *FloorView) AskPos(rep int) Pt {
	seat := Desks[rep].Seat
	t := float64(v.Asking[rep]) / AskFrames // 1 -> 0
	// 0..0.5: walking there; 0.5..1: back.
	f := 1 - abs(2*t-1)
	if f > 0.85 {
		f = 0.85 // stop short of the player
	}
	return Pt{seat.X + (v.Avatar.X+10-seat.X)*f, seat.Y + (v.Avatar.Y-seat.Y)*f}
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// MoraleLevel buckets morale for the face icon: 0 frown, 1 flat, 2 smile.
func MoraleLevel(m sim.Fixed) int {
	switch {
	case m >= sim.F(60, 100):
		return 2
	case m >= sim.F(40, 100):
		return 1
	}
	return 0
}

package sim

import "math/bits"

// Rng is the simulation's pseudo-random generator: PCG-XSH-RR 64/32 as
// described by Melissa O'Neill ("PCG: A Family of Simple Fast Space-Efficient
// Statistically Good Algorithms for Random Number Generation", 2014).
//
// It is written here rather than taken from math/rand because Go does not
// promise that math/rand's streams stay the same between releases, and a
// replay must reproduce every tick's state years later. The state is two
// uint64s: a 64-bit linear congruential state advanced by
// state = state*6364136223846793005 + inc, and an odd increment that selects
// one of 2^63 independent streams. Each step outputs the state's high bits,
// xor-shifted and rotated by its top five bits. Only integer operations are
// used, so the stream is the same on every platform.
type Rng struct {
	State uint64
	Inc   uint64
}

const pcgMult = 6364136223846793005

// NewRng seeds a generator on a stream. Different streams from the same seed
// are independent, which is how the world keeps event draws apart from call
// outcomes: a player's choices never shift the event schedule.
func NewRng(seed, stream uint64) Rng {
	r := Rng{Inc: stream<<1 | 1}
	r.Uint32()
	r.State += seed
	r.Uint32()
	return r
}

// Uint32 returns the next 32 random bits.
func (r *Rng) Uint32() uint32 {
	old := r.State
	r.State = old*pcgMult + r.Inc
	xorshifted := uint32(((old >> 18) ^ old) >> 27)
	rot := uint32(old >> 59)
	return bits.RotateLeft32(xorshifted, -int(rot)) // one instruction: a right rotation by rot
}

// Intn returns a uniform integer in [0, n) using Lemire's multiply-shift
// method with rejection, so there is no modulo bias. n <= 0 returns 0.
func (r *Rng) Intn(n int) int {
	if n <= 0 {
		return 0
	}
	bound := uint32(n)
	m := uint64(r.Uint32()) * uint64(bound)
	low := uint32(m)
	if low < bound {
		threshold := -bound % bound
		for low < threshold {
			m = uint64(r.Uint32()) * uint64(bound)
			low = uint32(m)
		}
	}
	return int(m >> 32)
}

// Frac returns a uniform Fixed in [0, 1).
func (r *Rng) Frac() Fixed { return Fixed(r.Uint32() >> 16) }

// Chance reports true with probability p (clamped to 0..1).
func (r *Rng) Chance(p Fixed) bool { return r.Frac() < p }

// Round rounds a non-negative expected count stochastically: 2.3 becomes 2
// seventy percent of the time and 3 thirty percent of the time. One draw
// replaces a loop of Bernoulli trials, which keeps a tick cheap while the
// mean stays exact.
//
// It is written to fit the compiler's inlining budget, since a rep's tick
// rounds twice: x>>16 is x.Floor(), and x&(One-1), its low 16 bits, is
// the fractional part x - I(n).
func (r *Rng) Round(x Fixed) int {
	if x <= 0 {
		return 0
	}
	n := int(x >> 16)
	if r.Frac() < x&(One-1) {
		n++
	}
	return n
}

// Spread returns a value uniformly within ±width of one, for deal sizes and
// similar variation.
func (r *Rng) Spread(width Fixed) Fixed {
	return One - width + (r.Frac().Mul(2 * width))
}

// Dice sites: each draw site of a tick gets its own dice (see World.roll).
const (
	diceRep         = 0              // + rep index: a rep's tick
	diceClose       = diceRep + 64   // + rep index: a rep's meetings closing at dawn
	dicePlayer      = diceClose + 64 // the player's own calls
	dicePlayerClose = dicePlayer + 1 // the player's meetings closing
	diceEvent       = dicePlayer + 2 // an event's deal
)

// roll keys the world's outcome dice for one site of this tick: the
// world's outcome key, the tick and the site, mixed by SplitMix64's
// finaliser. A site's dice do not depend on how many draws any other site
// made, so two copies of a world that differ by one move still roll the
// same dice everywhere else. That is what lets the expert compare moves on
// common luck: with one sequential stream, a single extra draw shifted
// every later roll, and moves worth tenths of a point were judged by
// several points of noise.
//
// w.dice is only ever read right after a roll for the same site, so a
// caller may as well keep a site's dice in a local variable (see
// World.tickDice): the reps' tick does, which keeps them in registers.
func (w *World) roll(site uint64) {
	w.dice = w.tickDice().at(site)
}

// diceKey is the part of a tick's dice keys that every site shares.
type diceKey struct{ key, inc uint64 }

// tickDice is this tick's diceKey: the world's outcome key mixed with the
// tick. The reps' tick works it out once for all the reps rather than once
// per rep; XOR being associative, key.at(site) is exactly what roll(site)
// would have keyed.
func (w *World) tickDice() diceKey {
	return diceKey{w.rng.State ^ uint64(uint32(w.Tick))*0x9e3779b97f4a7c15, w.rng.Inc}
}

// at returns the dice for one site of the tick, by value.
func (k diceKey) at(site uint64) Rng {
	z := k.key ^ (site+1)*0xd1b54a32d192ed03
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return Rng{State: z ^ z>>31, Inc: k.inc}
}

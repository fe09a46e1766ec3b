package lab

import (
	"math"
	"math/big"
	"math/bits"
	"sort"
	"strconv"

	"salesfloor/sim"
)

// Acc accumulates one metric over many runs in memory that does not grow
// with the number of runs, and so that the result is exactly the same
// whatever order the runs arrive in and however they are split into shards:
//
//   - the count, sum and sum of squares of the raw integer values are exact
//     (128-bit), so the mean, standard deviation and confidence interval do
//     not depend on the order of additions;
//   - percentiles come from a log-linear histogram: values below 2^HistBits
//     (raw units) have a bucket each, larger ones share a bucket with values
//     that agree in their top HistBits bits (a bucket is at most 1/2048 of
//     its value wide). Each bucket keeps its count and the smallest and
//     largest value in it, so a bucket holding one distinct value reports
//     it exactly: with a few thousand runs nearly every percentile is exact,
//     and otherwise it is within 0.05%.
//
// Raw values are the simulation's own integers: a sim.Fixed's bits, or a
// count. Merging two Accs gives the Acc of the union.
type Acc struct {
	N     int64
	Sum   Int128
	SumSq Int128
	Hist  map[int64]Bucket // nil: no percentiles kept
}

// Bucket is one histogram bucket.
type Bucket struct {
	N        int64
	Min, Max int64
}

// HistBits is the histogram's significant bits.
const HistBits = 12

// NewAcc returns an accumulator, with a histogram if hist.
func NewAcc(hist bool) Acc {
	a := Acc{}
	if hist {
		a.Hist = map[int64]Bucket{}
	}
	return a
}

// bucketKey maps a raw value to its bucket's lower bound (for negative
// values, the mirror image).
func bucketKey(v int64) int64 {
	if v < 0 {
		if v == math.MinInt64 {
			v++
		}
		return -bucketKey(-v)
	}
	if v < 1<<HistBits {
		return v
	}
	shift := uint(bits.Len64(uint64(v)) - HistBits)
	return v >> shift << shift
}

// Add records one value.
func (a *Acc) Add(v int64) {
	a.N++
	a.Sum = a.Sum.Add(Int128From(v))
	a.SumSq = a.SumSq.Add(Mul64(v, v))
	if a.Hist != nil {
		k := bucketKey(v)
		b, ok := a.Hist[k]
		if !ok {
			b = Bucket{Min: v, Max: v}
		}
		b.N++
		b.Min = min(b.Min, v)
		b.Max = max(b.Max, v)
		a.Hist[k] = b
	}
}

// Merge adds o's runs to a.
func (a *Acc) Merge(o *Acc) {
	a.N += o.N
	a.Sum = a.Sum.Add(o.Sum)
	a.SumSq = a.SumSq.Add(o.SumSq)
	if o.Hist != nil && a.Hist == nil {
		a.Hist = map[int64]Bucket{}
	}
	for k, ob := range o.Hist {
		b, ok := a.Hist[k]
		if !ok {
			a.Hist[k] = ob
			continue
		}
		b.N += ob.N
		b.Min = min(b.Min, ob.Min)
		b.Max = max(b.Max, ob.Max)
		a.Hist[k] = b
	}
}

// Stats are a metric's summary over a cell's runs, in reporting units.
type Stats struct {
	N             int64
	Mean, Std     float64
	CILo, CIHi    float64 // 95% confidence interval of the mean (normal approximation)
	P10, P50, P90 float64
	HasPct        bool
}

// Summarise computes the summary; scale divides raw values (65536 for a
// sim.Fixed, 1 for a count).
func (a *Acc) Summarise(scale float64) Stats {
	s := Stats{N: a.N}
	if a.N == 0 {
		return s
	}
	n := big.NewInt(a.N)
	mean := new(big.Rat).SetFrac(a.Sum.Big(), n)
	m, _ := mean.Float64()
	s.Mean = m / scale
	if a.N > 1 {
		// Var = (n Σx² − (Σx)²) / (n (n−1)), exactly, then one rounding.
		num := new(big.Int).Mul(n, a.SumSq.Big())
		sum := a.Sum.Big()
		num.Sub(num, new(big.Int).Mul(sum, sum))
		den := new(big.Int).Mul(n, big.NewInt(a.N-1))
		v, _ := new(big.Rat).SetFrac(num, den).Float64()
		s.Std = math.Sqrt(v) / scale
	}
	half := 1.96 * s.Std / math.Sqrt(float64(a.N))
	s.CILo, s.CIHi = s.Mean-half, s.Mean+half
	if a.Hist != nil {
		s.HasPct = true
		q := a.quantiles([]int64{10, 50, 90})
		s.P10, s.P50, s.P90 = q[0]/scale, q[1]/scale, q[2]/scale
	}
	return s
}

// quantiles returns the raw percentiles pcts (0..100), interpolating
// linearly between the two nearest ranks (the default of R and NumPy).
func (a *Acc) quantiles(pcts []int64) []float64 {
	keys := make([]int64, 0, len(a.Hist))
	for k := range a.Hist {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	// at returns the value of rank r (0-based) in sorted order.
	at := func(r int64) float64 {
		for _, k := range keys {
			b := a.Hist[k]
			if r < b.N {
				if b.N == 1 || b.Min == b.Max {
					return float64(b.Min)
				}
				// Spread the bucket's values evenly between its extremes.
				return float64(b.Min) + float64(b.Max-b.Min)*float64(r)/float64(b.N-1)
			}
			r -= b.N
		}
		return 0
	}
	out := make([]float64, len(pcts))
	for i, p := range pcts {
		h := (a.N - 1) * p
		lo, frac := h/100, h%100
		v := at(lo)
		if frac != 0 {
			v += (at(lo+1) - v) * float64(frac) / 100
		}
		out[i] = v
	}
	return out
}

// Num formats a reported number: rounded to six decimal places, shortest
// form, so output is stable and readable.
func Num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "null"
	}
	r := math.Round(v*1e6) / 1e6
	if r == 0 {
		r = 0 // no "-0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// Int128 is a signed 128-bit integer, for exact sums.
type Int128 struct {
	Hi int64
	Lo uint64
}

// Int128From widens v.
func Int128From(v int64) Int128 { return Int128{Hi: v >> 63, Lo: uint64(v)} }

// Add returns a+b.
func (a Int128) Add(b Int128) Int128 {
	lo, c := bits.Add64(a.Lo, b.Lo, 0)
	return Int128{Hi: a.Hi + b.Hi + int64(c), Lo: lo}
}

// Mul64 returns the full product x*y.
func Mul64(x, y int64) Int128 {
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	hi, lo := bits.Mul64(ux, uy)
	r := Int128{Hi: int64(hi), Lo: lo}
	if neg {
		r = r.neg()
	}
	return r
}

func (a Int128) neg() Int128 {
	lo, b := bits.Sub64(0, a.Lo, 0)
	return Int128{Hi: -a.Hi - int64(b), Lo: lo}
}

// Big converts to a big.Int.
func (a Int128) Big() *big.Int {
	hi := big.NewInt(a.Hi)
	hi.Lsh(hi, 64)
	return hi.Add(hi, new(big.Int).SetUint64(a.Lo))
}

// String writes the value in decimal, for shard files.
func (a Int128) String() string { return a.Big().String() }

// ParseInt128 reads a decimal written by String.
func ParseInt128(s string) (Int128, bool) {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok || b.BitLen() > 127 {
		return Int128{}, false
	}
	lo := new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
	hi := new(big.Int).Rsh(b, 64).Int64()
	return Int128{Hi: hi, Lo: lo}, true
}

// Band accumulates one point of a daily series over many runs: the exact
// sum for the mean, and a fixed-width histogram for the p10–p90 band. A
// 0..1 quantity (a sim.Fixed) is kept in bins of 1/512; a count, in bins of
// one up to BandMaxCount (larger values share the last bin, which only
// affects the band, never the mean).
type Band struct {
	N    int64
	Sum  int64
	Bins map[int32]int64
	frac bool
}

// BandMaxCount is the largest count a Band's histogram tells apart.
const BandMaxCount = 4095

const bandShift = 7 // 65536 >> 7 = 512 bins over 0..1

// NewBand returns an empty band for a sim.Fixed series (frac) or a count.
func NewBand(frac bool) Band { return Band{Bins: map[int32]int64{}, frac: frac} }

func (b *Band) bin(v int64) int32 {
	if b.frac {
		return int32(max(0, min(v, int64(sim.One))) >> bandShift)
	}
	return int32(max(0, min(v, BandMaxCount)))
}

// Add records one value (raw units).
func (b *Band) Add(v int64) {
	b.N++
	b.Sum += v
	b.Bins[b.bin(v)]++
}

// Merge adds o's values.
func (b *Band) Merge(o *Band) {
	b.N += o.N
	b.Sum += o.Sum
	for k, n := range o.Bins {
		b.Bins[k] += n
	}
}

// Mean returns the mean in reporting units.
func (b *Band) Mean() float64 {
	if b.N == 0 {
		return 0
	}
	m := float64(b.Sum) / float64(b.N)
	if b.frac {
		m /= float64(sim.One)
	}
	return m
}

// Quantile returns the p-th percentile (0..100), nearest rank, in reporting
// units: a bin's centre for a 0..1 quantity.
func (b *Band) Quantile(p int64) float64 {
	if b.N == 0 {
		return 0
	}
	keys := make([]int32, 0, len(b.Bins))
	for k := range b.Bins {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	rank := (b.N - 1) * p / 100
	for _, k := range keys {
		if rank < b.Bins[k] {
			if b.frac {
				return (float64(k) + 0.5) * (1 << bandShift) / float64(sim.One)
			}
			return float64(k)
		}
		rank -= b.Bins[k]
	}
	return 0
}

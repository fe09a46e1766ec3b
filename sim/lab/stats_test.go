package lab

import (
	"math"
	"sort"
	"testing"

	"salesfloor/sim"
)

// exactQuantile is the reference: linear interpolation between the two
// nearest ranks of the sorted values.
func exactQuantile(vals []int64, p int64) float64 {
	s := append([]int64(nil), vals...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	h := (int64(len(s)) - 1) * p
	lo, frac := h/100, h%100
	v := float64(s[lo])
	if frac != 0 {
		v += (float64(s[lo+1]) - v) * float64(frac) / 100
	}
	return v
}

func TestAccMatchesExactStatistics(t *testing.T) {
	rng := sim.NewRng(42, 1)
	cases := []struct {
		name string
		gen  func() int64
		n    int
	}{
		{"fixed 0..1", func() int64 { return int64(rng.Intn(65537)) }, 1000},
		{"score-like", func() int64 { return int64(40<<16 + rng.Intn(30<<16)) }, 500},
		{"small counts", func() int64 { return int64(rng.Intn(5)) }, 200},
		{"revenue", func() int64 { return int64(1_000_000 + rng.Intn(3_000_000)) }, 300},
		{"one run", func() int64 { return 12345 }, 1},
		{"two runs", func() int64 { return int64(rng.Intn(100)) }, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := NewAcc(true)
			var vals []int64
			var sum float64
			for i := 0; i < tc.n; i++ {
				v := tc.gen()
				vals = append(vals, v)
				a.Add(v)
				sum += float64(v)
			}
			s := a.Summarise(1)
			mean := sum / float64(tc.n)
			if math.Abs(s.Mean-mean) > 1e-9*math.Abs(mean)+1e-9 {
				t.Errorf("mean %v, want %v", s.Mean, mean)
			}
			var ss float64
			for _, v := range vals {
				ss += (float64(v) - mean) * (float64(v) - mean)
			}
			if tc.n > 1 {
				std := math.Sqrt(ss / float64(tc.n-1))
				if math.Abs(s.Std-std) > 1e-6*std+1e-9 {
					t.Errorf("std %v, want %v", s.Std, std)
				}
			}
			for _, q := range []struct {
				p   int64
				got float64
			}{{10, s.P10}, {50, s.P50}, {90, s.P90}} {
				want := exactQuantile(vals, q.p)
				// Exact, or within the histogram's resolution.
				if tol := math.Abs(want)/2048 + 1e-9; math.Abs(q.got-want) > tol {
					t.Errorf("p%d = %v, want %v (±%v)", q.p, q.got, want, tol)
				}
			}
		})
	}
}

// Percentiles of a few hundred runs are exact: each bucket then holds a
// single distinct value.
func TestAccPercentilesExactForSmallRuns(t *testing.T) {
	a := NewAcc(true)
	var vals []int64
	for i := int64(0); i < 101; i++ {
		v := 50<<16 + i*i*977
		vals = append(vals, v)
		a.Add(v)
	}
	s := a.Summarise(1)
	for _, q := range []struct {
		p   int64
		got float64
	}{{10, s.P10}, {50, s.P50}, {90, s.P90}} {
		if want := exactQuantile(vals, q.p); q.got != want {
			t.Errorf("p%d = %v, want exactly %v", q.p, q.got, want)
		}
	}
}

// Splitting the values between accumulators in any way and merging gives
// identical results: the basis of shard merging and worker independence.
func TestAccMergeIsExact(t *testing.T) {
	rng := sim.NewRng(7, 3)
	var vals []int64
	for i := 0; i < 2000; i++ {
		vals = append(vals, int64(rng.Intn(1<<30)))
	}
	whole := NewAcc(true)
	for _, v := range vals {
		whole.Add(v)
	}
	for _, parts := range []int{2, 3, 7} {
		merged := NewAcc(true)
		for p := 0; p < parts; p++ {
			part := NewAcc(true)
			for i := p; i < len(vals); i += parts { // interleaved, not contiguous
				part.Add(vals[i])
			}
			merged.Merge(&part)
		}
		if merged.Summarise(65536) != whole.Summarise(65536) {
			t.Errorf("%d parts: %+v, want %+v", parts, merged.Summarise(65536), whole.Summarise(65536))
		}
	}
}

func TestInt128(t *testing.T) {
	for _, c := range [][2]int64{{3, 4}, {-3, 4}, {math.MaxInt64, math.MaxInt64}, {math.MinInt64 + 1, 7}, {0, -5}} {
		got := Mul64(c[0], c[1]).String()
		want := Int128From(c[0]).Big()
		want.Mul(want, Int128From(c[1]).Big())
		if got != want.String() {
			t.Errorf("%d*%d = %s, want %s", c[0], c[1], got, want)
		}
		back, ok := ParseInt128(got)
		if !ok || back != Mul64(c[0], c[1]) {
			t.Errorf("ParseInt128(%s) = %v, %v", got, back, ok)
		}
	}
	s := Int128From(-1).Add(Int128From(1))
	if s != (Int128{}) {
		t.Errorf("-1+1 = %+v", s)
	}
}

func TestNum(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{{0, "0"}, {-0.0000001, "0"}, {1.5, "1.5"}, {2.1234567, "2.123457"}, {1e6 + 0.25, "1000000.25"}, {math.NaN(), "null"}} {
		if got := Num(c.v); got != c.want {
			t.Errorf("Num(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

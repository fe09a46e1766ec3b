package sim

import (
	"fmt"
	"strconv"
)

// Fixed is a signed fixed-point number with 16 fractional bits: One is 1.0.
//
// Every simulated quantity is a Fixed (or a plain integer) rather than a
// float, because float results are not portable: Go may fuse x*y+z into one
// FMA instruction on arm64 and amd64-v3, and math.Exp or math.Pow return
// different bits on amd64, arm64 and wasm. Integer arithmetic gives the same
// bits everywhere, which is what lets a replay recorded in a browser play
// back identically on a desktop.
type Fixed int32

// One is 1.0 in fixed point.
const One Fixed = 1 << 16

// F builds a Fixed from a ratio of integers, rounding to nearest. It is how
// constants are written in this package: F(16, 100) is 0.16.
func F(num, den int64) Fixed {
	if den < 0 {
		num, den = -num, -den
	}
	v := num << 16
	if v >= 0 {
		return Fixed((v + den/2) / den)
	}
	return Fixed((v - den/2) / den)
}

// I converts a whole number to Fixed.
func I(n int) Fixed { return Fixed(n) << 16 }

// Mul multiplies two fixed-point numbers, rounding toward negative infinity.
func (a Fixed) Mul(b Fixed) Fixed { return Fixed((int64(a) * int64(b)) >> 16) }

// Div divides a by b, rounding toward zero; division by zero gives zero so a
// degenerate state never panics.
func (a Fixed) Div(b Fixed) Fixed {
	if b == 0 {
		return 0
	}
	return Fixed((int64(a) << 16) / int64(b))
}

// MulInt multiplies by a whole number.
func (a Fixed) MulInt(n int) Fixed { return Fixed(int64(a) * int64(n)) }

// Clamp limits a to [lo, hi].
func (a Fixed) Clamp(lo, hi Fixed) Fixed {
	if a < lo {
		return lo
	}
	if a > hi {
		return hi
	}
	return a
}

// Clamp01 limits a to [0, 1].
func (a Fixed) Clamp01() Fixed { return a.Clamp(0, One) }

// Floor returns the integer part, rounding toward negative infinity.
func (a Fixed) Floor() int { return int(a >> 16) }

// Lerp moves a toward b by the fraction t (0..1).
func (a Fixed) Lerp(b, t Fixed) Fixed { return a + (b - a).Mul(t) }

// Abs returns |a|.
func (a Fixed) Abs() Fixed {
	if a < 0 {
		return -a
	}
	return a
}

// Float converts to float64 for reporting only: never feed the result back
// into the simulation.
func (a Fixed) Float() float64 { return float64(a) / float64(One) }

// String formats the value with four decimals, for logs and errors.
func (a Fixed) String() string { return strconv.FormatFloat(a.Float(), 'f', 4, 64) }

// MarshalJSON writes the value as a decimal number with up to five places,
// which is enough to round-trip every 16-bit fraction exactly.
func (a Fixed) MarshalJSON() ([]byte, error) {
	return []byte(formatFixed(a)), nil
}

// UnmarshalJSON parses a JSON decimal number such as 0.16 or -2.5 exactly,
// with integer arithmetic only, so a scenario file gives the same bits on
// every platform.
func (a *Fixed) UnmarshalJSON(b []byte) error {
	v, err := ParseFixed(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// formatFixed prints a Fixed as the shortest decimal (up to 6 places) that
// parses back to the same value.
func formatFixed(a Fixed) string {
	for places := 0; places <= 6; places++ {
		s := strconv.FormatFloat(a.Float(), 'f', places, 64)
		if v, err := ParseFixed(s); err == nil && v == a {
			return s
		}
	}
	return strconv.FormatFloat(a.Float(), 'f', 6, 64)
}

// ParseFixed parses a decimal string ("0.16", "-3", "1.5e-1" is not
// accepted) into a Fixed, rounding to the nearest representable value.
func ParseFixed(s string) (Fixed, error) {
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	neg := false
	i := 0
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		i = 1
	}
	var whole, frac, scale int64 = 0, 0, 1
	digits := 0
	for ; i < len(s) && s[i] != '.'; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%q is not a decimal number", s)
		}
		whole = whole*10 + int64(c-'0')
		digits++
		if whole > 32767 {
			return 0, fmt.Errorf("%q is out of range (|x| must be below 32768)", s)
		}
	}
	if i < len(s) {
		i++ // the point
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, fmt.Errorf("%q is not a decimal number", s)
			}
			digits++
			if scale < 1e12 {
				frac = frac*10 + int64(c-'0')
				scale *= 10
			}
		}
	}
	if digits == 0 {
		return 0, fmt.Errorf("%q is not a decimal number", s)
	}
	v := whole<<16 + (frac<<16+scale/2)/scale
	if neg {
		v = -v
	}
	return Fixed(v), nil
}

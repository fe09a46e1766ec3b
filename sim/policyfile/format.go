package policyfile

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"salesfloor/sim"
)

// FormatPolicyFile writes a compiled policy file back as policy-file JSON:
// indented, one rule per line, fields in the order a person writes them
// (timing, condition, action, target, arguments). ParsePolicyFile reads the
// result back to the same rules, bit for bit, which is what lets a searched
// strategy be written out, opened and read by a designer, and run again by
// "simulate -policy FILE" with exactly the score the search measured.
func FormatPolicyFile(pf *PolicyFile) []byte {
	events := pf.Events
	if events == "" {
		events = "best"
	}
	b := []byte("{\n  \"name\": ")
	b = appendJSONString(b, pf.Name)
	b = append(b, ",\n  \"events\": "...)
	b = appendJSONString(b, events)
	b = append(b, ",\n  \"rules\": ["...)
	for i := range pf.Rules {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    "...)
		b = AppendRuleJSON(b, &pf.Rules[i])
	}
	if len(pf.Rules) > 0 {
		b = append(b, "\n  "...)
	}
	return append(b, "]\n}\n"...)
}

// AppendRuleJSON writes one compiled rule as a policy-file rule object.
// The target is left out where it is the default ("team" for a team
// action), and the arguments of reports and quota are always written, so
// a reader sees what the rule does without knowing the defaults.
func AppendRuleJSON(b []byte, r *Rule) []byte {
	b = append(b, '{')
	sep := func() {
		if b[len(b)-1] != '{' {
			b = append(b, ", "...)
		}
	}
	if r.At >= 0 {
		sep()
		b = append(b, `"at": "`...)
		b = append(b, slotTime(r.At)...)
		b = append(b, '"')
	}
	switch {
	case r.EveryTicks > 0:
		sep()
		b = append(b, `"every": "`...)
		b = strconv.AppendInt(b, int64(r.EveryTicks/sim.TicksPerHour), 10)
		b = append(b, `h"`...)
	case r.EveryDays > 0:
		sep()
		b = append(b, `"every": "`...)
		b = strconv.AppendInt(b, int64(r.EveryDays), 10)
		b = append(b, `d"`...)
	}
	if r.Days != 0 {
		sep()
		b = append(b, `"days": [`...)
		n := 0
		for i, d := range weekdays {
			if r.Days&(1<<i) != 0 {
				if n > 0 {
					b = append(b, ", "...)
				}
				b = append(b, '"')
				b = append(b, d...)
				b = append(b, '"')
				n++
			}
		}
		b = append(b, ']')
	}
	if c := r.Cond; c != nil {
		sep()
		b = append(b, `"if": {"metric": "`...)
		if c.Rep {
			b = append(b, "rep."...)
			b = append(b, RepMetricNames[c.Metric]...)
		} else {
			b = append(b, "team."...)
			b = append(b, TeamMetricNames[c.Metric]...)
		}
		if c.Above {
			b = append(b, `", "above": `...)
		} else {
			b = append(b, `", "below": `...)
		}
		b = append(b, FormatLimit(c.Limit)...)
		b = append(b, '}')
	}
	sep()
	b = append(b, `"do": "`...)
	b = append(b, r.Action.Spec().Name...)
	b = append(b, '"')
	if t := targetText(r.Target); t != "team" {
		sep()
		b = append(b, `"target": "`...)
		b = append(b, t...)
		b = append(b, '"')
	}
	switch r.Action {
	case sim.ActReports:
		b = append(b, `, "args": {"on": `...)
		b = strconv.AppendBool(b, r.Arg != 0)
		b = append(b, '}')
	case sim.ActQuota:
		b = append(b, `, "args": {"dials": `...)
		b = strconv.AppendInt(b, int64(r.Arg), 10)
		b = append(b, '}')
	}
	return append(b, '}')
}

// targetText is a compiled target as a policy file writes it.
func targetText(t Target) string {
	switch t.Kind {
	case TAll:
		return "all"
	case TRep:
		return "rep:" + strconv.Itoa(int(t.Rep))
	case TLowest:
		return "lowest:" + RepMetricNames[t.Metric]
	case THighest:
		return "highest:" + RepMetricNames[t.Metric]
	}
	return "team"
}

// slotTime is a slot of the day as "HH:MM".
func slotTime(slot int) string {
	m := sim.DayStartMinute + slot*sim.MinutesPerTick
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}

// FormatLimit writes a condition's threshold (in 1/65536 units) as the
// shortest decimal that a policy file compiles back to the same integer.
// Every such value has an exact decimal of at most 16 places, so the search
// for the shortest always ends.
func FormatLimit(limit int64) string {
	one := big.NewInt(int64(sim.One))
	l := big.NewInt(limit)
	pow := big.NewInt(1)
	ten := big.NewInt(10)
	for places := 0; ; places++ {
		// d = limit·10^places / 65536, rounded half away from zero.
		d := roundHalfAway(new(big.Int).Mul(l, pow), one)
		// Does d / 10^places compile back to limit?
		if roundHalfAway(new(big.Int).Mul(d, one), pow).Cmp(l) == 0 || places >= 16 {
			return decimalString(d, places)
		}
		pow.Mul(pow, ten)
	}
}

// roundHalfAway is num/den rounded to the nearest integer, halves away from
// zero: the rounding a policy file's thresholds are compiled with.
func roundHalfAway(num, den *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	r2 := new(big.Int).Abs(r)
	r2.Lsh(r2, 1)
	if r2.Cmp(new(big.Int).Abs(den)) >= 0 {
		if (num.Sign() < 0) != (den.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// decimalString writes d / 10^places without trailing zeros.
func decimalString(d *big.Int, places int) string {
	neg := d.Sign() < 0
	s := new(big.Int).Abs(d).String()
	if places > 0 {
		if len(s) <= places {
			s = strings.Repeat("0", places-len(s)+1) + s
		}
		s = s[:len(s)-places] + "." + s[len(s)-places:]
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if neg && s != "0" {
		s = "-" + s
	}
	return s
}

func appendJSONString(b []byte, s string) []byte {
	q, _ := json.Marshal(s)
	return append(b, q...)
}

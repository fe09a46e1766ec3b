// Package lab is the headless balance lab: it plays many seeded quarters of
// the simulation with built-in or scripted policies, on all cores, and turns
// them into summaries, a balance report, sensitivity sweeps and charts. Its
// results are byte-identical for any number of workers and any split into
// shards: every run is a pure function of scenario, parameters, policy and
// seed, and every summary is built from exact integer sums.
package lab

import (
	"strconv"

	"salesfloor/sim"
)

// MetricKind says how a metric's raw integer is read.
type MetricKind uint8

const (
	KindFixed MetricKind = iota // a sim.Fixed's bits: divide by 65536
	KindCount                   // a whole number
)

// Metric is one number a run reports.
type Metric struct {
	Name string
	Kind MetricKind
	// Contract metrics are the per-run columns of the JSON output; the
	// others appear only in summaries.
	Contract bool
	Help     string
}

// Scale is what divides a raw value to give the reported one.
func (m Metric) Scale() float64 {
	if m.Kind == KindFixed {
		return float64(sim.One)
	}
	return 1
}

// Format writes a raw value as a JSON number.
func (m Metric) Format(raw int64) string {
	if m.Kind == KindFixed {
		b, _ := sim.Fixed(raw).MarshalJSON()
		return string(b)
	}
	return strconv.FormatInt(raw, 10)
}

// Indices into Metrics.
const (
	MScore = iota
	MRevenue
	MAttainment
	MMorale
	MMomentum
	MCulture
	MClarity
	MProcess
	MVisibility
	MAdvice
	MDials
	MDeals
	MRepsLost
	MCommandShare
	MSkipped
	// MWeek is the first of the revenue per week, weeks 1..13: what the
	// quarter sold each week, so that "command wins the present, example
	// the future" can be measured.
	MWeek
	// A campaign's record (-quarters): the quarters played, and each
	// quarter's score, revenue and command share (0 for a quarter not
	// played: the player was replaced).
	MWeekEnd   = MWeek + sim.WeeksPerQuarter // one past the last week
	MPlayed    = MWeekEnd
	MQScore    = MPlayed + 1
	MQRevenue  = MQScore + sim.MaxQuarters
	MQCommand  = MQRevenue + sim.MaxQuarters
	NumMetrics = MQCommand + sim.MaxQuarters
)

// YearMetric reports whether metric m is one of a campaign's: reported only
// for runs of several quarters.
func YearMetric(m int) bool { return m >= MPlayed && m < NumMetrics }

// NumContract is the number of metrics in each JSON run row.
const NumContract = MCommandShare

// fieldMetric is a metric that reports a field of the sim's registry as
// the quarter ends it: its name (the policy files' name for it too) and its
// kind are the registry's.
func fieldMetric(f sim.Field, contract bool, help string) Metric {
	kind := KindCount
	if u := f.Unit(); u == sim.UnitShare || u == sim.UnitFactor {
		kind = KindFixed
	}
	return Metric{Name: f.Metric(), Kind: kind, Contract: contract, Help: help}
}

// Metrics lists every metric in output order. The first NumContract are the
// JSON contract's run fields, in the contract's order.
var Metrics = [NumMetrics]Metric{
	MScore:        {"score", KindFixed, true, "the quarter's score, 0..100"},
	MRevenue:      {"revenue", KindCount, true, "revenue in dollars, the player's own calls included"},
	MAttainment:   {"quota_attainment", KindFixed, true, "revenue / quota"},
	MMorale:       {"morale", KindFixed, true, "team morale, mean over the quarter's hours"},
	MMomentum:     {"momentum", KindFixed, true, "team momentum, mean over the quarter's hours"},
	MCulture:      fieldMetric(sim.FieldTeamCulture, true, "culture at the end, 0..1"),
	MClarity:      fieldMetric(sim.FieldTeamClarity, true, "clarity at the end, 0..1"),
	MProcess:      fieldMetric(sim.FieldTeamProcess, true, "process at the end, 0..1"),
	MVisibility:   fieldMetric(sim.FieldTeamVisibility, true, "visibility at the end, 0..1"),
	MAdvice:       fieldMetric(sim.FieldAdviceRequests, true, "times a rep asked the player for advice"),
	MDials:        {"dials", KindCount, true, "dials, the player's own included"},
	MDeals:        {"deals", KindCount, true, "deals closed"},
	MRepsLost:     fieldMetric(sim.FieldRepsLost, true, "reps who resigned"),
	MCommandShare: {"command_share", KindFixed, false, "share of the player's action time spent on command, 0..1"},
	MSkipped:      {"skipped", KindCount, false, "policy-file actions skipped because the player could not take them"},
	MWeek + 0:     {"revenue_week_1", KindCount, false, "revenue closed in week 1"},
	MWeek + 1:     {"revenue_week_2", KindCount, false, "revenue closed in week 2"},
	MWeek + 2:     {"revenue_week_3", KindCount, false, "revenue closed in week 3"},
	MWeek + 3:     {"revenue_week_4", KindCount, false, "revenue closed in week 4"},
	MWeek + 4:     {"revenue_week_5", KindCount, false, "revenue closed in week 5"},
	MWeek + 5:     {"revenue_week_6", KindCount, false, "revenue closed in week 6"},
	MWeek + 6:     {"revenue_week_7", KindCount, false, "revenue closed in week 7"},
	MWeek + 7:     {"revenue_week_8", KindCount, false, "revenue closed in week 8"},
	MWeek + 8:     {"revenue_week_9", KindCount, false, "revenue closed in week 9"},
	MWeek + 9:     {"revenue_week_10", KindCount, false, "revenue closed in week 10"},
	MWeek + 10:    {"revenue_week_11", KindCount, false, "revenue closed in week 11"},
	MWeek + 11:    {"revenue_week_12", KindCount, false, "revenue closed in week 12"},
	MWeek + 12:    {"revenue_week_13", KindCount, false, "revenue closed in week 13"},
	MPlayed:       {"quarters_played", KindCount, false, "a campaign's quarters played (fewer than its length: the player was replaced)"},
	MQScore + 0:   {"q1_score", KindFixed, false, "a campaign's quarter 1 score"},
	MQScore + 1:   {"q2_score", KindFixed, false, "a campaign's quarter 2 score"},
	MQScore + 2:   {"q3_score", KindFixed, false, "a campaign's quarter 3 score"},
	MQScore + 3:   {"q4_score", KindFixed, false, "a campaign's quarter 4 score"},
	MQRevenue + 0: {"q1_revenue", KindCount, false, "a campaign's quarter 1 revenue"},
	MQRevenue + 1: {"q2_revenue", KindCount, false, "a campaign's quarter 2 revenue"},
	MQRevenue + 2: {"q3_revenue", KindCount, false, "a campaign's quarter 3 revenue"},
	MQRevenue + 3: {"q4_revenue", KindCount, false, "a campaign's quarter 4 revenue"},
	MQCommand + 0: {"q1_command_share", KindFixed, false, "a campaign's quarter 1 command share"},
	MQCommand + 1: {"q2_command_share", KindFixed, false, "a campaign's quarter 2 command share"},
	MQCommand + 2: {"q3_command_share", KindFixed, false, "a campaign's quarter 3 command share"},
	MQCommand + 3: {"q4_command_share", KindFixed, false, "a campaign's quarter 4 command share"},
}

// MetricByName finds a metric index.
func MetricByName(name string) (int, bool) {
	for i, m := range Metrics {
		if m.Name == name {
			return i, true
		}
	}
	return 0, false
}

// SeriesDays is the number of points in a quarter's daily series.
const SeriesDays = sim.DaysPerQuarter

// Series indices: the daily team samples the HTML report charts.
const (
	SMorale = iota
	SMomentum
	SOutput
	NumSeries
)

// SeriesNames name the daily series.
var SeriesNames = [NumSeries]string{"morale", "momentum", "output"}

// Result is one run, reduced to what the lab reports.
type Result struct {
	Seed    uint64
	Hash    uint64
	Vals    [NumMetrics]int64
	Actions [sim.NumPlayActions]int32
	// Days holds the team's daily samples when series are collected.
	Days *[SeriesDays][NumSeries]int32
	// Row is the run's JSON object, when the output prints runs.
	Row []byte
}

// Measure reduces a finished world to a Result. skipped is the policy's
// count of actions it could not take.
func Measure(w *sim.World, skipped int, series bool) Result {
	o := w.Outcome()
	r := Result{Seed: w.Seed, Hash: w.Hash(), Actions: o.ActionCounts}
	v := &r.Vals
	v[MScore] = int64(o.Score)
	v[MRevenue] = o.Revenue
	v[MAttainment] = int64(o.Attainment)
	v[MMorale] = int64(o.MeanMorale)
	v[MMomentum] = int64(o.MeanMomentum)
	v[MCulture] = int64(o.Culture)
	v[MClarity] = int64(o.Clarity)
	v[MProcess] = int64(o.Process)
	v[MVisibility] = int64(o.Visibility)
	v[MAdvice] = int64(o.AdviceRequests)
	v[MDials] = int64(o.Dials)
	v[MDeals] = int64(o.Deals)
	v[MRepsLost] = int64(o.RepsLost)
	v[MCommandShare] = int64(o.CommandShare)
	v[MSkipped] = int64(skipped)
	for wk, rev := range WeekRevenue(w) {
		v[MWeek+wk] = rev
	}
	if y := w.YearOutcome(); y.Quarters > 1 {
		measureYear(v, &y)
	}
	if series {
		r.Days = new([SeriesDays][NumSeries]int32)
		for d, s := range w.Series.TeamDay {
			if d >= SeriesDays {
				break
			}
			r.Days[d] = [NumSeries]int32{int32(s.Morale), int32(s.Momentum), s.Output}
		}
	}
	return r
}

// measureYear reads a campaign into the metrics: the year's score (the mean
// of its quarters', a quarter not played counting 0), revenue, attainment
// (of the year's quotas), morale and command share (the quarters' mean), and
// reps lost (the year's), with each quarter's own. The other metrics are
// the last quarter's.
func measureYear(v *[NumMetrics]int64, y *sim.YearOutcome) {
	v[MScore] = int64(y.Score)
	v[MRevenue] = y.Revenue
	v[MAttainment] = 0
	if y.Quota > 0 {
		v[MAttainment] = int64(sim.Fixed(y.Revenue << 16 / y.Quota))
	}
	v[MPlayed] = int64(y.Played)
	var morale, share, lost int64
	for q, r := range y.Results {
		v[MQScore+q] = int64(r.Score)
		v[MQRevenue+q] = r.Revenue
		v[MQCommand+q] = int64(r.CommandShare)
		morale += int64(r.MeanMorale)
		share += int64(r.CommandShare)
		lost += int64(r.RepsLost)
	}
	if n := int64(len(y.Results)); n > 0 {
		v[MMorale] = morale / n
		v[MCommandShare] = share / n
	}
	v[MRepsLost] = lost
}

// WeekRevenue is the revenue closed in each week of the quarter so far,
// from the world's daily revenue chart.
func WeekRevenue(w *sim.World) [sim.WeeksPerQuarter]int64 {
	var out [sim.WeeksPerQuarter]int64
	if w.Series == nil {
		return out
	}
	var prev int64
	for d, cum := range w.Series.RevenueDay {
		out[d/sim.DaysPerWeek] += cum - prev
		prev = cum
	}
	return out
}

// AppendRunJSON writes the run as the contract's JSON object.
func (r *Result) AppendRunJSON(b []byte) []byte {
	b = append(b, `{"seed": `...)
	b = strconv.AppendUint(b, r.Seed, 10)
	b = append(b, `, "hash": "`...)
	b = append(b, sim.HashHex(r.Hash)...)
	b = append(b, '"')
	for i := 0; i < NumContract; i++ {
		b = append(b, `, "`...)
		b = append(b, Metrics[i].Name...)
		b = append(b, `": `...)
		b = append(b, Metrics[i].Format(r.Vals[i])...)
	}
	b = append(b, `, "revenue_weeks": [`...)
	for wk := 0; wk < sim.WeeksPerQuarter; wk++ {
		if wk > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, r.Vals[MWeek+wk], 10)
	}
	return append(b, "]}"...)
}

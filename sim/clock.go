package sim

import "fmt"

// The clock: a tick is 15 simulated minutes, a working day runs 9:00 to
// 17:00 (32 ticks), and a quarter is 13 weeks of 5 working days. Nights and
// weekends are not simulated; the day rollover stands for them.
const (
	MinutesPerTick  = 15
	TicksPerHour    = 60 / MinutesPerTick
	HoursPerDay     = 8
	TicksPerDay     = HoursPerDay * TicksPerHour
	DaysPerWeek     = 5
	WeeksPerQuarter = 13
	DaysPerQuarter  = DaysPerWeek * WeeksPerQuarter
	TicksPerQuarter = TicksPerDay * DaysPerQuarter
	HoursPerQuarter = HoursPerDay * DaysPerQuarter
	DayStartMinute  = 9 * 60
)

// Clock is a position in the quarter, derived from a tick index.
type Clock struct {
	Tick    int // ticks since the quarter began
	Day     int // 0..64
	Week    int // 0..12
	Weekday int // 0 Monday .. 4 Friday
	Slot    int // tick within the day, 0..31
	Hour    int // 9..16
	Minute  int // 0, 15, 30, 45
}

// ClockAt returns the clock for a tick index.
func ClockAt(tick int) Clock {
	day := tick / TicksPerDay
	slot := tick % TicksPerDay
	m := DayStartMinute + slot*MinutesPerTick
	return Clock{Tick: tick, Day: day, Week: day / DaysPerWeek, Weekday: day % DaysPerWeek,
		Slot: slot, Hour: m / 60, Minute: m % 60}
}

var weekdayNames = [DaysPerWeek]string{"Mon", "Tue", "Wed", "Thu", "Fri"}

// WeekdayName is the short English name of the weekday.
func (c Clock) WeekdayName() string { return weekdayNames[c.Weekday] }

// String formats the clock as "W3 Tue 10:45".
func (c Clock) String() string {
	return fmt.Sprintf("W%d %s %02d:%02d", c.Week+1, c.WeekdayName(), c.Hour, c.Minute)
}

// ParseTimeOfDay parses "HH:MM" into a slot of the day (0..31). The time
// must fall on a quarter hour within working hours.
func ParseTimeOfDay(s string) (int, error) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	if _, err := fmt.Sscanf(s, "%02d:%02d", &h, &m); err != nil {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	if m%MinutesPerTick != 0 || m > 59 {
		return 0, fmt.Errorf("time %q is not on a quarter hour", s)
	}
	slot := (h*60 + m - DayStartMinute) / MinutesPerTick
	if h*60+m < DayStartMinute || slot >= TicksPerDay {
		return 0, fmt.Errorf("time %q is outside working hours 09:00-16:45", s)
	}
	return slot, nil
}

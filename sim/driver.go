package sim

// Driver plays a world: the one loop through which the game's session,
// sim.Run, the lab's recorder and replays apply commands and step time. It
// reads like etcd/raft's node: commands go in (Apply, Decide), time goes in
// (Step), and what happened comes out in batches (Ready), so no caller
// learns what happened by diffing the world's counters before and after.
//
// The driver owns the world's command log: every command it applies is
// checked, logged, and from then on part of the world's hash.
type Driver struct {
	w     *World
	noLog bool
	log   []Command
	mark  int // log entries already handed out by Ready
	ready Ready
	spare []Happening
	buf   []Command
}

// Ready is what happened since the last call to Driver.Ready.
type Ready struct {
	// Ticks is the number of ticks simulated.
	Ticks int
	// DaysEnded counts the working days that ended.
	DaysEnded int
	// Commands are the commands applied, in order.
	Commands []Command
	// Happenings are the moments a player should see, in order.
	Happenings []Happening
}

// HappeningKind says what happened.
type HappeningKind uint8

// The kinds of happening.
const (
	// HapDeals: meetings closed into deals at dawn, or an event's deal.
	// Rep is the closer (-1 for the player), Count the deals, Amount the
	// revenue.
	HapDeals HappeningKind = iota
	// HapEvent: an event fired. Event is its index in the scenario's
	// events, Rep whom it is about (-1 for nobody).
	HapEvent
	// HapLeft: Rep resigned.
	HapLeft
	// HapCheckin: the executive checked in; Passed says whether the
	// player could answer.
	HapCheckin
	// HapHire: a new rep joined, at index Rep.
	HapHire
	// HapAdvice: Rep walked over to ask the player's advice.
	HapAdvice
	// HapReport: Rep stopped dialing for a status report, losing Momentum
	// of momentum.
	HapReport
	// HapThreat: Rep began to think of leaving (a resignation threat),
	// after days of low morale or an offer from elsewhere.
	HapThreat
	// HapClosed: the last rep left and the quarter closed early, tonight.
	HapClosed
	// HapFired: the quarter ended a campaign early: the executive replaced
	// the player.
	HapFired
)

var happeningNames = [...]string{"deals", "event", "left", "checkin", "hire", "advice", "report", "threat", "closed", "fired"}

func (k HappeningKind) String() string {
	if int(k) < len(happeningNames) {
		return happeningNames[k]
	}
	return "happening?"
}

// Happening is one moment of play.
type Happening struct {
	Tick     int32 // the tick it happened in
	Kind     HappeningKind
	Rep      int32 // the rep it is about, or -1
	Event    int32 // HapEvent: the scenario's event index
	Count    int32 // HapDeals: deals closed
	Amount   int64 // HapDeals: revenue
	Momentum Fixed // HapReport: momentum lost
	Passed   bool  // HapCheckin: the check-in went well
	// HapCheckin: what the executive needed to see (visibility), what the
	// player had, and what followed: executive trust and authority moved.
	Needed, Had      Fixed
	Trust, Authority Fixed
	// HapLeft, HapThreat: the day's two largest knocks to the rep's
	// morale, as the day's causes stood (the next day's start clears them).
	Knocks [2]CauseAmount
}

// DriverConfig configures a driver.
type DriverConfig struct {
	// World is the world to drive; from then on it changes only through
	// the driver.
	World *World
	// Log is the commands already applied to it (nil for a new world).
	Log []Command
	// Quiet leaves Ready's happenings empty: for runs nobody watches
	// (sim.Run, the lab), which would otherwise keep a quarter's worth.
	Quiet bool
	// NoLog keeps no command log: for the expert's rollouts, thousands a
	// decision on a scratch copy, whose commands nobody replays.
	NoLog bool
}

// logPerQuarter is the command log's room for each quarter of a campaign:
// the busiest built-in policies apply about 520 commands a quarter. Room
// made once, for the whole campaign, spares a run the log's growth by
// doubling, which copied it four times in a year and was a sixth of the
// bytes a year allocated.
const logPerQuarter = 576

// NewDriver drives cfg.World.
func NewDriver(cfg DriverConfig) *Driver {
	d := &Driver{w: cfg.World, noLog: cfg.NoLog, buf: make([]Command, 0, 8)}
	if !cfg.NoLog {
		room := logPerQuarter * int(max(1, cfg.World.Year.Quarters))
		d.log = make([]Command, 0, max(room, len(cfg.Log)))
	}
	d.log = append(d.log, cfg.Log...)
	d.mark = len(d.log)
	if !cfg.Quiet {
		d.ready.Happenings = make([]Happening, 0, 64)
		d.spare = make([]Happening, 0, 64)
		d.w.notes = &d.ready.Happenings
	}
	return d
}

// World is the world being driven, to read: change it only through the
// driver.
func (d *Driver) World() *World { return d.w }

// Log is every command applied to the world, in order.
func (d *Driver) Log() []Command { return d.log }

// Check reports whether c would be applied now, and why not.
func (d *Driver) Check(c Command) error { return d.w.Check(c) }

// Apply applies c and logs it; on error nothing changed.
func (d *Driver) Apply(c Command) error {
	if err := d.w.Apply(c); err != nil {
		return err
	}
	if !d.noLog {
		d.log = append(d.log, c)
	}
	return nil
}

// Step simulates up to n ticks, stopping at the quarter's end, and returns
// how many ran.
func (d *Driver) Step(n int) int {
	ran := 0
	for ; ran < n && !d.w.Done(); ran++ {
		d.w.tick()
		if d.w.Tick%TicksPerDay == 0 {
			d.ready.DaysEnded++
		}
	}
	d.ready.Ticks += ran
	return ran
}

// Decide asks pol for this tick's commands and applies them in order. A
// command the world refuses is skipped, and the first refusal is returned
// once the rest have been tried.
func (d *Driver) Decide(pol Policy) error {
	var first error
	d.buf = pol.Decide(d.w, d.buf[:0])
	for _, c := range d.buf {
		if err := d.Apply(c); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Play lets pol play until the tick until (or the quarter's end): at each
// tick it decides, then one tick is simulated. A policy may propose what
// the world refuses; such a command is skipped.
func (d *Driver) Play(pol Policy, until int32) {
	for !d.w.Done() && d.w.Tick < until {
		_ = d.Decide(pol)
		d.Step(1)
	}
}

// Ready returns what happened since the last call. Its slices stay valid
// until the next call.
func (d *Driver) Ready() Ready {
	rd := d.ready
	rd.Commands = d.log[d.mark:len(d.log):len(d.log)]
	d.mark = len(d.log)
	d.ready = Ready{Happenings: d.spare[:0]}
	d.spare = rd.Happenings
	if d.w.notes != nil {
		d.w.notes = &d.ready.Happenings
	}
	return rd
}

// note records a happening for the driver, if one is listening: a copy of
// the world made for a search (CopyTo, Clone) has no listener.
func (w *World) note(h Happening) {
	if w.notes != nil {
		h.Tick = w.Tick
		*w.notes = append(*w.notes, h)
	}
}

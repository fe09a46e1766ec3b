package sim

import (
	"fmt"
	"strings"
)

// MaxEventDefs bounds a scenario's event list so the world's per-event
// counters are a fixed array.
const MaxEventDefs = 32

// maxDailyEvents bounds how many events can be scheduled in one day.
const maxDailyEvents = 8

// EventLogSize is how many past events the world remembers for the UI.
const EventLogSize = 32

// EventDef is an event as data: when it may happen, whom it picks, what it
// does, and the choices it offers. The simulation has one code path for all
// of them: schedule, pick a rep, apply effects.
type EventDef struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"` // checkin, drought, hot_lead, hot_streak, burnout, resignation, new_hire, push, market
	Title string `json:"title"`
	Text  string `json:"text"`
	// Variants are other wordings of Text. The one shown is picked by the
	// day it fires (TextOn), never by the dice, so outcomes and hashes do
	// not depend on them.
	Variants []string `json:"variants,omitempty"`

	// When: any day in [from, to] (default the whole quarter) that matches
	// days, or every N days from offset, or with chance per day; at most max
	// times (0: no limit).
	Chance Fixed   `json:"chance,omitempty"`
	Every  int32   `json:"every,omitempty"`
	Offset int32   `json:"offset,omitempty"`
	Days   []int32 `json:"days,omitempty"`
	From   int32   `json:"from,omitempty"`
	To     int32   `json:"to,omitempty"`
	Max    int32   `json:"max,omitempty"`
	Hour   int32   `json:"hour,omitempty"` // 9..16; 0 means a drawn hour

	// Rep picks the rep the event is about: "none", "random",
	// "lowest_morale", "highest_momentum", "lowest_energy".
	Rep string `json:"rep,omitempty"`

	Effects []Effect `json:"effects,omitempty"`
	Choices []Choice `json:"choices,omitempty"`

	kind eventKind
	pick repPick
}

// Choice is one answer the player may give to an event. The first choice is
// the default if the player does not answer by the end of the day.
type Choice struct {
	Label string `json:"label"`
	Text  string `json:"text,omitempty"`
	// Style is the way the answer is given, "command" or "example", when it
	// is one: sitting down with a rep is the leader's way. A player held to
	// the other style (expert-command, commander) does not give it, as it
	// does not take that style's actions.
	Style   string   `json:"style,omitempty"`
	Effects []Effect `json:"effects"`

	only ActionSet // the actions of Style; 0: any player may answer so
}

// AllowedBy reports whether a player restricted to the actions in s may
// give this answer: one with a style needs an action of that style.
func (c *Choice) AllowedBy(s ActionSet) bool { return c.only == 0 || s&c.only != 0 }

// Effect is one change an event makes.
//
// op "add" adds amount to field, one of the field registry's effect fields
// ("rep.morale", "team.clarity", "company.exec_trust", "player.authority",
// ...; see fields.go), with target "rep" for the event's rep or "all" for
// every rep. The other ops are the model's event mechanics: "checkin" moves
// executive trust by how well the player can answer "how's the business?"
// (visibility), "drought" stops lead inflow for days, "leads" adds
// amount×100 leads to the pool, "streak" puts the rep on a hot streak,
// "hire" adds a rookie named name, "threat" makes the rep threaten to
// resign, "push" starts a quarter-end push for days, "market" sets the
// market multiplier to amount for days, "deal" closes a deal of amount
// × the deal value for the rep, and "retain" withdraws the rep's
// resignation threat (their doubts start counting again from zero).
type Effect struct {
	Op     string `json:"op"`
	Field  string `json:"field,omitempty"`
	Target string `json:"target,omitempty"`
	Amount Fixed  `json:"amount,omitempty"`
	Days   int32  `json:"days,omitempty"`
	Name   string `json:"name,omitempty"`

	op    effectOp
	field Field // resolved through the registry when the scenario is checked
	all   bool  // target "all"
}

type eventKind uint8

// kindCheckin is the executive's check-in, kinds[0], and kindResignation
// a rep's resignation, kinds[5] (TestNameTables checks).
const (
	kindCheckin     eventKind = 0
	kindResignation eventKind = 5
)

// kinds are the event kinds, each with the cause its effects are booked
// to, side by side so the two cannot drift apart (TestNameTables checks
// every kind has its own). A scenario names a kind; its index is the kind.
var kinds = [...]struct {
	name  string
	cause Cause
}{
	{"checkin", CauseCheckin}, {"drought", CauseDrought}, {"hot_lead", CauseHotLead},
	{"hot_streak", CauseHotStreak}, {"burnout", CauseBurnout}, {"resignation", CauseResignation},
	{"new_hire", CauseNewHire}, {"push", CausePush}, {"market", CauseMarket},
}

// eventKinds are the kinds' names, as scenario files write them.
var eventKinds = func() []string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.name
	}
	return names
}()

func (k eventKind) cause() Cause { return kinds[k].cause }

type repPick uint8

const (
	pickNone repPick = iota
	pickRandom
	pickLowestMorale
	pickHighestMomentum
	pickLowestEnergy
)

var repPicks = []string{"none", "random", "lowest_morale", "highest_momentum", "lowest_energy"}

type effectOp uint8

const (
	opAdd effectOp = iota
	opCheckin
	opDrought
	opLeads
	opStreak
	opHire
	opThreat
	opPush
	opMarket
	opDeal
	opRetain
)

var effectOps = []string{"add", "checkin", "drought", "leads", "streak", "hire", "threat", "push", "market", "deal", "retain"}

func lookup(list []string, s, field, file string) (int, error) {
	for i, v := range list {
		if v == s {
			return i, nil
		}
	}
	return 0, fieldErr(file, field, "%q is not one of %s", s, strings.Join(list, ", "))
}

func (e *EventDef) compile(file, f string) error {
	k, err := lookup(eventKinds, e.Kind, f+".kind", file)
	if err != nil {
		return err
	}
	e.kind = eventKind(k)
	if e.Title == "" {
		return fieldErr(file, f+".title", "missing")
	}
	for i, v := range e.Variants {
		if strings.TrimSpace(v) == "" {
			return fieldErr(file, fmt.Sprintf("%s.variants[%d]", f, i), "empty: a variant is another wording of the text")
		}
	}
	pick := e.Rep
	if pick == "" {
		pick = "none"
	}
	p, err := lookup(repPicks, pick, f+".rep", file)
	if err != nil {
		return err
	}
	e.pick = repPick(p)
	if e.Chance < 0 || e.Chance > One {
		return fieldErr(file, f+".chance", "%s is out of range 0..1", e.Chance)
	}
	if e.Chance == 0 && e.Every == 0 && len(e.Days) == 0 {
		return fieldErr(file, f, "never happens: give chance, every or days")
	}
	if e.Every < 0 || e.Offset < 0 || e.Max < 0 {
		return fieldErr(file, f+".every", "every, offset and max must not be negative")
	}
	if e.From < 0 || e.From >= DaysPerQuarter || e.To < 0 || e.To >= DaysPerQuarter || (e.To != 0 && e.To < e.From) {
		return fieldErr(file, f+".from", "from %d and to %d must be days 0..%d with from <= to", e.From, e.To, DaysPerQuarter-1)
	}
	for i, d := range e.Days {
		if d < 0 || d >= DaysPerQuarter {
			return fieldErr(file, fmt.Sprintf("%s.days[%d]", f, i), "day %d is out of range 0..%d", d, DaysPerQuarter-1)
		}
	}
	if e.Hour != 0 && (e.Hour < 9 || e.Hour > 16) {
		return fieldErr(file, f+".hour", "%d is outside working hours 9..16", e.Hour)
	}
	if len(e.Choices) > 4 {
		return fieldErr(file, f+".choices", "at most 4 choices, found %d", len(e.Choices))
	}
	if err := compileEffects(file, f+".effects", e.Effects, e.pick); err != nil {
		return err
	}
	for i := range e.Choices {
		c := &e.Choices[i]
		cf := fmt.Sprintf("%s.choices[%d]", f, i)
		if c.Label == "" {
			return fieldErr(file, cf+".label", "missing")
		}
		switch c.Style {
		case "":
			c.only = 0
		case "command":
			c.only = CommandActions
		case "example":
			c.only = ExampleActions
		default:
			return fieldErr(file, cf+".style", "%q is not command or example", c.Style)
		}
		if i == 0 && c.only != 0 {
			return fieldErr(file, cf+".style", "the first choice is the default answer, which any player gives: it has no style")
		}
		if err := compileEffects(file, cf+".effects", c.Effects, e.pick); err != nil {
			return err
		}
	}
	return nil
}

func compileEffects(file, f string, effs []Effect, pick repPick) error {
	for i := range effs {
		ef := &effs[i]
		ff := fmt.Sprintf("%s[%d]", f, i)
		op, err := lookup(effectOps, ef.Op, ff+".op", file)
		if err != nil {
			return err
		}
		ef.op = effectOp(op)
		if ef.Amount < -I(4) || ef.Amount > I(4) {
			return fieldErr(file, ff+".amount", "%s is out of range -4..4", ef.Amount)
		}
		if ef.Days < 0 || ef.Days > DaysPerQuarter {
			return fieldErr(file, ff+".days", "%d is out of range 0..%d", ef.Days, DaysPerQuarter)
		}
		needsRep := false
		switch ef.op {
		case opAdd:
			fld, ok := FieldByName(ef.Field)
			if !ok || !fld.isEffect() {
				return fieldErr(file, ff+".field", "%q is not one of %s", ef.Field, strings.Join(effectFields, ", "))
			}
			ef.field = fld
			if fld.Scope() == ScopeRep {
				switch ef.Target {
				case "", "rep":
					needsRep = true
				case "all":
					ef.all = true
				default:
					return fieldErr(file, ff+".target", "%q is not rep or all", ef.Target)
				}
			}
		case opStreak, opThreat, opDeal, opRetain:
			needsRep = true
		case opHire:
			if ef.Name == "" {
				return fieldErr(file, ff+".name", "a hire needs a name")
			}
		case opMarket:
			if ef.Amount <= 0 {
				return fieldErr(file, ff+".amount", "a market multiplier must be positive")
			}
		}
		if needsRep && pick == pickNone {
			return fieldErr(file, ff, "acts on the event's rep, but the event picks none (set \"rep\")")
		}
	}
	return nil
}

// Scheduled is an event placed on today's calendar.
type Scheduled struct {
	Def  int32 // index into the scenario's events
	Slot int32 // tick of the day it fires
	Rep  int32 // the rep it is about, or -1
	Done bool
	// Direct: Rep is the rep itself, not a roll for the event's pick (a
	// resignation talk put to the player about the rep who threatened).
	Direct bool
}

// EventRecord is a fired event, for the game's log and dialogs.
type EventRecord struct {
	Def    int32
	Rep    int32
	Tick   int32
	Choice int32 // the answer given, -1 while pending or when there were none
}

// Events is the world's event state. All of it is fixed-size.
type Events struct {
	Fired   [MaxEventDefs]int32 // how many times each definition has fired
	Today   [maxDailyEvents]Scheduled
	NToday  int32
	Pending int32 // index into Log of the event awaiting a choice, or -1
	Log     [EventLogSize]EventRecord
	NLog    int32 // total events fired; the ring holds the last EventLogSize

	DroughtDays int32
	PushDays    int32
	MarketDays  int32
	MarketBase  Fixed // the market multiplier to return to when a swing ends
}

// LastEvents returns up to n of the most recent events, newest first.
func (w *World) LastEvents(n int, out []EventRecord) []EventRecord {
	out = out[:0]
	for i := int32(0); i < int32(n) && i < w.Events.NLog && i < EventLogSize; i++ {
		out = append(out, w.Events.Log[(w.Events.NLog-1-i)%EventLogSize])
	}
	return out
}

// PendingEvent returns the event waiting for the player's answer, if any.
func (w *World) PendingEvent() (EventRecord, *EventDef, bool) {
	if w.Events.Pending < 0 {
		return EventRecord{}, nil, false
	}
	rec := w.Events.Log[w.Events.Pending%EventLogSize]
	return rec, &w.Scenario.Events[rec.Def], true
}

// TextOn is the event's text as told on day: Text, or one of its variants
// in turn, so an event that recurs does not repeat itself word for word.
func (d *EventDef) TextOn(day int32) string {
	n := int32(len(d.Variants) + 1)
	if i := ((day % n) + n) % n; i > 0 {
		return d.Variants[i-1]
	}
	return d.Text
}

// calendar reports whether day is open to the event (within its from..to
// window, under its max after fired times) and whether its schedule (every,
// days), not chance, brings it that day.
func (d *EventDef) calendar(day, fired int32) (open, scheduled bool) {
	if d.Max > 0 && fired >= d.Max {
		return false, false
	}
	to := d.To
	if to == 0 {
		to = DaysPerQuarter - 1
	}
	if day < d.From || day > to {
		return false, false
	}
	scheduled = d.Every > 0 && day >= d.Offset && (day-d.Offset)%d.Every == 0
	for _, x := range d.Days {
		scheduled = scheduled || x == day
	}
	return true, scheduled
}

// CheckinOn reports whether an executive check-in is certain on day (its
// schedule brings it, not chance), and at which hour: what a player can be
// warned of the day before. It reads the calendar only; nothing changes.
func (w *World) CheckinOn(day int32) (hour int32, ok bool) {
	if day < 0 || day >= DaysPerQuarter {
		return 0, false
	}
	for i := range w.Scenario.Events {
		d := &w.Scenario.Events[i]
		if d.kind != kindCheckin {
			continue
		}
		if _, sure := d.calendar(day, w.Events.Fired[i]); !sure {
			continue
		}
		hour = d.Hour
		if hour == 0 {
			hour = 9 // some time in the day: the slot is drawn on the morning
		}
		return hour, true
	}
	return 0, false
}

// scheduleDay draws today's events from the event stream. The event stream is
// separate from the outcome stream, and it is drawn the same number of times
// every day whatever the player did, so two runs with the same seed face the
// same calendar.
func (w *World) scheduleDay(day int32) {
	ev := &w.Events
	ev.NToday = 0
	for i := range w.Scenario.Events {
		d := &w.Scenario.Events[i]
		roll := w.erng.Frac()
		slot := int32(w.erng.Intn(TicksPerDay - 4)) // leave the last hour free
		pickRoll := w.erng.Uint32()
		open, scheduled := d.calendar(day, ev.Fired[i])
		if !open {
			continue
		}
		hit := scheduled || (d.Chance > 0 && roll < d.Chance)
		if !hit || ev.NToday >= maxDailyEvents {
			continue
		}
		if d.Hour != 0 {
			slot = (d.Hour - 9) * TicksPerHour
		}
		ev.Today[ev.NToday] = Scheduled{Def: int32(i), Slot: slot, Rep: int32(pickRoll >> 1)}
		ev.NToday++
	}
	w.scheduleTalks()
}

// talkDef is the scenario's resignation talk: its first resignation event
// with choices, or -1. A rep whose own low days bring a threat is put to the
// player through it, so every threat is a question with answers, not only
// the ones the scenario's dice bring.
func (w *World) talkDef() int32 {
	for i := range w.Scenario.Events {
		d := &w.Scenario.Events[i]
		if d.kind == kindResignation && len(d.Choices) > 0 {
			return int32(i)
		}
	}
	return -1
}

// TalksThreats reports whether the scenario puts every resignation threat
// to the player as a question (it has a resignation event with choices):
// the game then lets that question stop the clock, not a notice.
func (w *World) TalksThreats() bool { return w.talkDef() >= 0 }

// scheduleTalks puts each rep who has threatened to resign and not yet been
// heard on this morning's calendar, at 09:00, through the scenario's talk.
// It draws nothing, so the calendar's dice are the same whatever the team's
// mood.
func (w *World) scheduleTalks() {
	ev := &w.Events
	def := int32(-1)
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone || !r.Threat || r.Heard || ev.NToday >= maxDailyEvents {
			continue
		}
		if def < 0 {
			if def = w.talkDef(); def < 0 {
				return
			}
		}
		ev.Today[ev.NToday] = Scheduled{Def: def, Slot: 0, Rep: int32(i), Direct: true}
		ev.NToday++
	}
}

// fireDue fires today's events whose time has come. An event with choices
// waits while another question is pending.
func (w *World) fireDue(slot int32) {
	ev := &w.Events
	for i := int32(0); i < ev.NToday; i++ {
		s := &ev.Today[i]
		if s.Done || s.Slot > slot {
			continue
		}
		d := &w.Scenario.Events[s.Def]
		if len(d.Choices) > 0 && ev.Pending >= 0 {
			continue
		}
		s.Done = true
		rep := s.Rep
		if !s.Direct {
			rep = w.pickRep(d.pick, uint32(s.Rep))
		} else if w.Reps[rep].Gone || !w.Reps[rep].Threat || w.Reps[rep].Heard {
			continue // they left, changed their mind, or were heard already
		}
		if d.pick != pickNone && rep < 0 {
			continue // nobody left to be about
		}
		if talk := d.kind == kindResignation && len(d.Choices) > 0 && rep >= 0; talk {
			if !s.Direct && w.Reps[rep].Heard {
				continue // a new offer to a rep already wavering, and asked about it: not asked again
			}
			w.Reps[rep].Heard = true
		}
		ev.Fired[s.Def]++
		rec := EventRecord{Def: s.Def, Rep: rep, Tick: w.Tick, Choice: -1}
		idx := ev.NLog
		ev.Log[idx%EventLogSize] = rec
		ev.NLog++
		w.note(Happening{Kind: HapEvent, Rep: rep, Event: s.Def})
		w.applyEffects(d.Effects, rep, d.kind.cause())
		if len(d.Choices) > 0 {
			ev.Pending = idx
		}
	}
}

// resolvePending applies choice to the pending event.
func (w *World) resolvePending(choice int32) {
	ev := &w.Events
	rec := &ev.Log[ev.Pending%EventLogSize]
	d := &w.Scenario.Events[rec.Def]
	rec.Choice = choice
	ev.Pending = -1
	w.applyEffects(d.Choices[choice].Effects, rec.Rep, d.kind.cause())
}

func (w *World) pickRep(p repPick, roll uint32) int32 {
	if p == pickNone {
		return -1
	}
	// key ranks a rep for the pick: the lowest key is the one the event is
	// about. pickRandom ranks everyone the same.
	key := func(r *Rep) Fixed {
		switch p {
		case pickLowestMorale:
			return r.Morale
		case pickHighestMomentum:
			return -r.Momentum
		case pickLowestEnergy:
			return r.Energy
		}
		return 0
	}
	best, ties := Fixed(0), uint32(0)
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Gone {
			continue
		}
		switch k := key(r); {
		case ties == 0 || k < best:
			best, ties = k, 1
		case k == best:
			ties++
		}
	}
	if ties == 0 {
		return -1
	}
	// Reps level on the pick (a fresh morning's full energy, or anyone for a
	// random pick) are chosen among by the day's roll, not by desk order:
	// otherwise "Running on empty" would always be about the first desk.
	n := roll % ties
	for i := range w.Reps {
		if r := &w.Reps[i]; !r.Gone && key(r) == best {
			if n == 0 {
				return int32(i)
			}
			n--
		}
	}
	return -1
}

func (w *World) applyEffects(effs []Effect, rep int32, cause Cause) {
	for i := range effs {
		w.applyEffect(&effs[i], rep, cause)
	}
}

func (w *World) applyEffect(e *Effect, rep int32, cause Cause) {
	p := &w.P
	var r *Rep
	if rep >= 0 {
		r = &w.Reps[rep]
	}
	switch e.op {
	case opAdd:
		f := e.field
		if f.Scope() != ScopeRep {
			f.add(w, nil, e.Amount, cause)
		} else if e.all {
			for i := range w.Reps {
				if !w.Reps[i].Gone {
					f.add(w, &w.Reps[i], e.Amount, cause)
				}
			}
		} else if r != nil {
			f.add(w, r, e.Amount, cause)
		}
	case opCheckin:
		// "How's the business?" A player who can see the pipeline answers
		// well; one who cannot loses the executive's trust, and with it some
		// of the authority the title gave.
		gap := w.Team.Visibility - p.CheckinPass
		d := gap.Mul(p.CheckinWeight).Mul(One + e.Amount)
		trust0, auth0 := w.Company.ExecTrust, w.Player.Authority
		w.Company.ExecTrust = (w.Company.ExecTrust + d).Clamp01()
		if d < 0 {
			lost := -d
			w.Player.Authority = (w.Player.Authority - lost.Mul(p.CheckinAuthority)).Clamp01()
		}
		w.Company.Checkins++
		if gap >= 0 {
			w.Company.CheckinsPassed++
		}
		w.note(Happening{Kind: HapCheckin, Rep: -1, Passed: gap >= 0, Needed: p.CheckinPass, Had: w.Team.Visibility,
			Trust: w.Company.ExecTrust - trust0, Authority: w.Player.Authority - auth0})
	case opDrought:
		w.Events.DroughtDays = e.Days
	case opLeads:
		w.Team.LeadPool += int32(e.Amount.MulInt(100).Floor())
		if w.Team.LeadPool < 0 {
			w.Team.LeadPool = 0
		}
	case opStreak:
		if r != nil {
			r.addMomentum(p.StreakMomentum, cause)
			r.addMorale(p.StreakMorale, cause)
		}
	case opHire:
		if len(w.Reps) < MaxReps {
			w.Reps = append(w.Reps, Rep{Name: w.hireName(e.Name), Skill: p.HireSkill, Experience: 0, Energy: One,
				Morale: p.HireMorale, Trust: p.HireTrust, Autonomy: p.HireAutonomy, LeadQuality: w.Team.LeadQuality,
				ReportIn: p.ReportEvery, Reports: w.Team.ReportsAll})
			w.Company.Hires++
			w.note(Happening{Kind: HapHire, Rep: int32(len(w.Reps) - 1)})
		}
	case opRetain:
		if r != nil && !r.Gone {
			r.Threat, r.Heard, r.LowDays = false, false, 0
		}
	case opThreat:
		if r != nil && !r.Threat {
			r.Threat = true
			if r.LowDays < p.QuitDays {
				r.LowDays = p.QuitDays
			}
			r.addMorale(-p.ThreatMorale, cause)
			w.note(Happening{Kind: HapThreat, Rep: rep, Knocks: r.knocks()})
		}
	case opPush:
		w.Events.PushDays = e.Days
	case opMarket:
		if w.Events.MarketDays == 0 {
			w.Events.MarketBase = w.Company.Market
		}
		w.Company.Market = e.Amount
		w.Events.MarketDays = e.Days
		if e.Days == 0 {
			w.Events.MarketBase = e.Amount
		}
	case opDeal:
		if r != nil {
			w.roll(diceEvent)
			v := w.dealValue(e.Amount)
			r.Deals++
			r.Revenue += v
			w.Team.WinsToday++
			w.note(Happening{Kind: HapDeals, Rep: rep, Count: 1, Amount: v})
			r.addMorale(p.EventDealMorale, cause)
			r.addMomentum(p.EventDealMomentum, cause)
		}
	}
}

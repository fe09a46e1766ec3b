package ui

import (
	"errors"
	"math/bits"
	"strconv"
	"sync"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// ActionButton is one of the twelve action buttons as the panel last
// computed it.
type ActionButton struct {
	ID      sim.ActionID
	Rect    Rect
	Enabled bool
	Reason  string // why it is disabled, for the player
	// Queue: disabled only because the player is busy; pressing it queues
	// the action for when they are free.
	Queue  bool
	Toggle bool // a standing order shown as on/off
	On     bool
	Label  string // the title, with the toggle's state
	Cost   string // "1h", "15m"
	// Hollow says why taking the action now would be noise (a second vision
	// talk today, a celebration with no win); it stays enabled.
	Hollow string
	// Next is what pressing a toggle sets next ("80/day", "off").
	Next string
}

// Order is the panel order: Manage (command) then Lead (example).
var Order = [sim.NumPlayActions]sim.ActionID{
	sim.ActReports, sim.ActQuota, sim.ActProcedure, sim.ActReassign, sim.ActReview, sim.ActForecast,
	sim.ActCalls, sim.ActScrub, sim.ActVision, sim.ActMentor, sim.ActCelebrate, sim.ActFloor,
}

// ActionResult is what an activation did.
type ActionResult struct {
	Sent     bool
	Cmd      sim.Command
	NeedRep  bool   // the action waits for the player to pick a rep
	Queued   bool   // the player is busy: Cmd waits in the session's queue
	Refused  string // why nothing was sent
	Canceled bool   // a pending rep pick was canceled
}

// ActionPanel is the model of the actions panel: which buttons are enabled
// and why not, hotkeys, and the "pick a rep" mode of targeted actions.
type ActionPanel struct {
	Buttons [sim.NumPlayActions]ActionButton
	Hover   int // index of the hovered button, -1 when none
	Picking bool
	Pick    sim.ActionID // the action waiting for a rep while Picking
	// Keys are the bindings the panel's keys are read with.
	Keys *KeyMap

	version  int
	sel      int32
	valid    bool
	labels   labelKey
	labelled bool
	shift    bool // Shift is held this frame: the quota's button takes it off
}

// QuotaLevels are the dial quotas (dials per rep per day) the quota button
// cycles through: off, then each level, then off again.
var QuotaLevels = [...]int32{40, 60, 80}

// NextQuota is the quota a press of the quota button sets after cur: the
// next level up, or 0 (off) after the last.
func NextQuota(cur int32) int32 {
	for _, q := range QuotaLevels {
		if q > cur {
			return q
		}
	}
	return 0
}

// quotaLabels are the quota button's texts, made once.
var quotaLabels = func() (m map[int32]string) {
	m = map[int32]string{0: "off"}
	for _, q := range QuotaLevels {
		m[q] = strconv.Itoa(int(q)) + "/day"
	}
	return m
}()

func quotaText(q int32) string {
	if s, ok := quotaLabels[q]; ok {
		return s
	}
	return strconv.Itoa(int(q)) + "/day"
}

// NewActionPanel returns a panel with no layout yet.
func NewActionPanel() *ActionPanel {
	p := &ActionPanel{Hover: -1, Keys: DefaultKeyMap()}
	for i, id := range Order {
		spec := &sim.Actions[id]
		p.Buttons[i] = ActionButton{ID: id, Cost: Hours(spec.Cost), Label: spec.Title,
			Toggle: id == sim.ActReports || id == sim.ActQuota}
	}
	return p
}

// Hours formats ticks as hours: "2h", "15m", "1h30".
func Hours(ticks int32) string { return string(AppendHours(nil, ticks)) }

// AppendHours appends Hours(ticks) to dst without allocating when dst has room.
func AppendHours(dst []byte, ticks int32) []byte {
	h, q := ticks/sim.TicksPerHour, ticks%sim.TicksPerHour
	switch {
	case q == 0:
		return append(strconv.AppendInt(dst, int64(h), 10), 'h')
	case h == 0:
		return append(strconv.AppendInt(dst, int64(q*sim.MinutesPerTick), 10), 'm')
	}
	dst = append(strconv.AppendInt(dst, int64(h), 10), 'h')
	return append2(dst, int(q*sim.MinutesPerTick))
}

// AppendClock appends "W3 Tue 10:45" (sim.Clock's String) without allocating.
func AppendClock(dst []byte, c sim.Clock) []byte {
	dst = append(dst, 'W')
	dst = strconv.AppendInt(dst, int64(c.Week+1), 10)
	dst = append(dst, ' ')
	dst = append(dst, c.WeekdayName()...)
	dst = append(dst, ' ')
	return AppendHM(dst, c.Hour, c.Minute)
}

// AppendHM appends a time of day as "09:45".
func AppendHM(dst []byte, h, m int) []byte {
	return append2(append(append2(dst, h), ':'), m)
}

// append2 appends v as at least two digits.
func append2(dst []byte, v int) []byte {
	if v < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(v), 10)
}

// validRep reports whether i is a rep still on the team.
func validRep(w *sim.World, i int32) bool {
	return i >= 0 && int(i) < len(w.Reps) && !w.Reps[i].Gone
}

// CommandFor is the command a button sends given the selected rep (or -1).
// For a rep action with no rep selected, ok is false: the panel asks for one.
func (p *ActionPanel) CommandFor(s *session.Session, id sim.ActionID, selected int32) (c sim.Command, ok bool) {
	w := s.W
	spec := &sim.Actions[id]
	switch {
	case id == sim.ActReports:
		if validRep(w, selected) {
			on := w.Reps[selected].Reports
			if arg, ok := queuedOrder(s, id, selected); ok {
				on = arg == 1
			}
			return s.Command(id, selected, b2i(!on)), true
		}
		on := w.Team.ReportsAll
		if arg, ok := queuedOrder(s, id, sim.AllReps); ok {
			on = arg == 1
		}
		return s.Command(id, sim.AllReps, b2i(!on)), true
	case id == sim.ActQuota:
		if p.shift {
			return s.Command(id, sim.TeamTarget, 0), true
		}
		return s.Command(id, sim.TeamTarget, NextQuota(quotaAhead(s))), true
	case spec.Target == sim.TargetRep:
		if validRep(w, selected) {
			return s.Command(id, selected, 0), true
		}
		return s.Command(id, firstRep(w), 0), false
	}
	return s.Command(id, sim.TeamTarget, 0), true
}

// queuedOrder is the value the last queued order of action a for target
// sets, if one waits: a press while busy toggles or steps what the queue
// will leave, not what stands now, so a second press does not queue the
// same order again ("80 a day" twice) but the next one.
func queuedOrder(s *session.Session, a sim.ActionID, target int32) (arg int32, ok bool) {
	for i := len(s.Queue) - 1; i >= 0; i-- {
		if q := &s.Queue[i]; q.Action == a && (a == sim.ActQuota || q.Target == target) {
			return q.Arg, true
		}
	}
	return 0, false
}

// quotaAhead is the dial quota that will stand once the queue is through.
func quotaAhead(s *session.Session) int32 {
	if arg, ok := queuedOrder(s, sim.ActQuota, sim.TeamTarget); ok {
		return arg
	}
	return s.W.Team.DialQuota
}

func firstRep(w *sim.World) int32 {
	for i := range w.Reps {
		if !w.Reps[i].Gone {
			return int32(i)
		}
	}
	return 0
}

func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// Refresh recomputes enabled states and reasons when the world or the
// selection changed since the last call. Once warm it does not allocate:
// the simulation words a refusal with fmt, so verdicts are kept by what
// sim.World.Check depends on (see verdictKey) and asked for only when that
// situation is new.
func (p *ActionPanel) Refresh(s *session.Session, selected int32) {
	if p.valid && p.version == s.Version && p.sel == selected {
		return
	}
	p.valid, p.version, p.sel = true, s.Version, selected
	w := s.W
	key := labelKey{sel: selected, reportsAll: w.Team.ReportsAll, quota: w.Team.DialQuota, repReports: -1, queue: s.QueueVer}
	if validRep(w, selected) {
		key.repReports = b2i(w.Reps[selected].Reports)
	}
	key.reporting, _ = reporting(w)
	relabel := !p.labelled || key != p.labels
	p.labelled, p.labels = true, key
	for i := range p.Buttons {
		b := &p.Buttons[i]
		c, _ := p.CommandFor(s, b.ID, selected)
		v := p.verdict(s, c)
		b.Enabled, b.Reason, b.Queue = v.ok, v.reason, v.busy
		b.Hollow = hollowText(w, b.ID)
		if !relabel {
			continue
		}
		spec := &sim.Actions[b.ID]
		switch b.ID {
		case sim.ActReports:
			if validRep(w, selected) {
				r := &w.Reps[selected]
				b.On = r.Reports
				b.Label = spec.Title + ": " + r.Name + onOff(b.On)
			} else {
				b.On = w.Team.ReportsAll
				b.Label = spec.Title + ": " + reportsText(w)
			}
			b.Next = "off"
			if !b.On {
				b.Next = "on"
			}
		case sim.ActQuota:
			q := w.Team.DialQuota
			b.On = q > 0
			b.Label = spec.Title + ": " + quotaText(q)
			b.Next = quotaText(NextQuota(quotaAhead(s)))
			if ahead := quotaAhead(s); ahead > 0 && NextQuota(ahead) > 0 {
				// Up a level each press, off after the top; Shift takes it
				// off at once, not three hours of presses later.
				b.Next += "; Shift: off"
			}
		default:
			b.Label = spec.Title
			if spec.Target == sim.TargetRep && validRep(w, selected) {
				b.Label = spec.Title + ": " + w.Reps[selected].Name
			}
		}
	}
}

// hollowText says why an action would be noise right now, or "".
func hollowText(w *sim.World, id sim.ActionID) string {
	if !w.Hollow(id) {
		return ""
	}
	switch id {
	case sim.ActVision:
		return "Would be noise: the vision was already shared today"
	case sim.ActCelebrate:
		if w.Team.CelebrateDay == w.Day() {
			return "Would be noise: you already celebrated today"
		}
		return "No win today to celebrate: it would ring hollow"
	}
	return "Would be noise right now"
}

// verdictKey is everything sim.World.Check looks at for a command of the
// panel (not ActChoose): the command, the team's size, its target's name and
// whether they have left, whether the quarter is over, and the player's
// time: busy with what until what time of day, or the ticks left in the day.
// TestVerdictsMatchSim plays a quarter checking the cached verdicts against
// the simulation's.
type verdictKey struct {
	id          sim.ActionID
	doing       sim.ActionID
	target, arg int32
	reps        int32
	name        string
	gone, done  bool
	until, left int32
	noop        int // sim.World.NoChangeReason: a command that would change nothing
}

// verdicts caches the simulation's verdicts for every panel (a new game or a
// loaded one meets the same situations).
var verdicts = struct {
	sync.Mutex
	m map[verdictKey]verdict
}{m: map[verdictKey]verdict{}}

type verdict struct {
	ok     bool
	busy   bool // refused only because the player is busy
	reason string
}

func (p *ActionPanel) verdict(s *session.Session, c sim.Command) verdict {
	w := s.W
	k := verdictKey{id: c.Action, target: c.Target, arg: c.Arg, reps: int32(len(w.Reps)), done: w.Done()}
	if c.Target >= -2 && int(c.Target) < len(w.Reps) && c.Action < sim.ActChoose {
		k.noop = w.NoChangeReason(c)
	}
	if c.Target >= 0 && int(c.Target) < len(w.Reps) {
		k.gone, k.name = w.Reps[c.Target].Gone, w.Reps[c.Target].Name
	}
	if w.Player.Busy > 0 {
		k.doing, k.until = w.Player.Doing, (w.Tick+w.Player.Busy)%sim.TicksPerDay
	} else {
		k.left = sim.TicksPerDay - w.Tick%sim.TicksPerDay
	}
	verdicts.Lock()
	defer verdicts.Unlock()
	if v, ok := verdicts.m[k]; ok {
		return v
	}
	var v verdict
	if w.Allowed(c) {
		v.ok = true
	} else {
		err := w.Check(c)
		v.ok = err == nil
		v.busy = errors.Is(err, sim.ErrBusy)
		v.reason = session.Reason(err)
		if errors.Is(err, sim.ErrQuarterOver) {
			v.reason = "The quarter is over"
		}
		if v.busy && k.noop != 0 {
			// Busy now, but an order with no authority left to give it, or
			// already changed today, would be refused once free as well:
			// the button says so rather than offer to queue it (a play-test
			// queued orders at authority 0, with the buttons bright). Only
			// when the world alone refuses it (noop), so the verdict, cached
			// by the world's state, does not hang on the queue's.
			if err := s.RefusedWhenFree(c.Action, c.Target, c.Arg); err != nil {
				v.busy, v.reason = false, session.Reason(err)
			}
		}
	}
	if len(verdicts.m) > 4096 {
		clear(verdicts.m)
	}
	verdicts.m[k] = v
	return v
}

// labelKey is what the buttons' labels depend on.
type labelKey struct {
	sel        int32
	reportsAll bool
	quota      int32
	repReports int32
	reporting  uint16 // the reps reporting, by index: one excused or ordered alone
	queue      int    // the session's QueueVer: a queued order changes what a press does next
}

// reporting is the set of reps on the team who report, by index, and the
// set of reps on the team.
func reporting(w *sim.World) (on, team uint16) {
	for i := range w.Reps {
		if r := &w.Reps[i]; !r.Gone {
			team |= 1 << i
			if r.Reports {
				on |= 1 << i
			}
		}
	}
	return on, team
}

// reportsText says who reports, for the team's button: "all (on)", "all
// but Chloe (on)" once one is excused, "all but 2 (on)", "Ana only (off)"
// or "3 of 8 (off)" when the team's order is off but some report alone,
// "all (off)". A play-test excused one rep and the button still said
// "all".
func reportsText(w *sim.World) string {
	set, team := reporting(w)
	on, n := bits.OnesCount16(set), bits.OnesCount16(team)
	switch {
	case on == n || on == 0:
		return "all" + onOff(on > 0)
	case w.Team.ReportsAll && n-on == 1:
		return "all but " + w.Reps[bits.TrailingZeros16(team&^set)].Name + onOff(true)
	case w.Team.ReportsAll:
		return "all but " + strconv.Itoa(n-on) + onOff(true)
	case on == 1:
		return w.Reps[bits.TrailingZeros16(set)].Name + " only" + onOff(false)
	}
	return strconv.Itoa(on) + " of " + strconv.Itoa(n) + onOff(false)
}

func onOff(on bool) string {
	if on {
		return " (on)"
	}
	return " (off)"
}

// Invalidate forces the next Refresh to recompute.
func (p *ActionPanel) Invalidate() { p.valid, p.labelled = false, false }

// Activate presses the button of action id.
func (p *ActionPanel) Activate(s *session.Session, id sim.ActionID, selected int32) ActionResult {
	p.Refresh(s, selected)
	var b *ActionButton
	for i := range p.Buttons {
		if p.Buttons[i].ID == id {
			b = &p.Buttons[i]
		}
	}
	if b == nil {
		return ActionResult{Refused: "No such action"}
	}
	if !b.Enabled && !b.Queue {
		return ActionResult{Refused: b.Reason}
	}
	c, ok := p.CommandFor(s, id, selected)
	if !ok {
		p.Picking, p.Pick = true, id
		return ActionResult{NeedRep: true, Cmd: c}
	}
	p.Picking = false
	return do(s, c)
}

// do takes an action now, or queues it if the player is busy.
func do(s *session.Session, c sim.Command) ActionResult {
	err := s.Do(c.Action, c.Target, c.Arg)
	switch {
	case errors.Is(err, sim.ErrBusy):
		if err := s.Enqueue(c.Action, c.Target, c.Arg); err != nil {
			return ActionResult{Refused: session.Reason(err)}
		}
		return ActionResult{Queued: true, Cmd: c}
	case err != nil:
		return ActionResult{Refused: session.Reason(err)}
	}
	return ActionResult{Sent: true, Cmd: c}
}

// PickRep completes a pending targeted action with the rep the player chose.
func (p *ActionPanel) PickRep(s *session.Session, rep int32) ActionResult {
	if !p.Picking {
		return ActionResult{}
	}
	p.Picking = false
	return do(s, s.Command(p.Pick, rep, 0))
}

// Update handles a frame's input: clicks on buttons and hotkeys. Escape
// cancels a pending rep pick.
func (p *ActionPanel) Update(in *Input, s *session.Session, selected int32) ActionResult {
	p.Refresh(s, selected)
	p.Hover = -1
	for i := range p.Buttons {
		if in.HoverIn(p.Buttons[i].Rect) {
			p.Hover = i
		}
	}
	if p.Picking && p.Keys.Pressed(in, CtlMenu) {
		p.Keys.Consume(in, CtlMenu)
		p.Picking = false
		return ActionResult{Canceled: true}
	}
	// Shift with the quota's button or key takes the quota off.
	p.shift = in.Shift
	defer func() { p.shift = false }()
	for i := range p.Buttons {
		if in.ClickIn(p.Buttons[i].Rect) {
			in.ConsumeClick()
			return p.Activate(s, p.Buttons[i].ID, selected)
		}
	}
	for i := range p.Buttons {
		if c := ActionControl(p.Buttons[i].ID); p.Keys.Pressed(in, c) {
			p.Keys.Consume(in, c)
			return p.Activate(s, p.Buttons[i].ID, selected)
		}
	}
	return ActionResult{}
}

package core

import (
	"errors"
	"fmt"

	"salesfloor/sim"
)

// ActionButton is one of the twelve action buttons as the panel last
// computed it.
type ActionButton struct {
	ID      sim.ActionID
	Rect    Rect
	Enabled bool
	Reason  string // why it is disabled, for the player
	Toggle  bool   // a standing order shown as on/off
	On      bool
	Label   string // the title, with the toggle's state
	Cost    string // "1h", "15m"
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
	Quota   int32        // dials per day the quota toggle sets

	version  int
	sel      int32
	valid    bool
	labels   labelKey
	labelled bool
}

// NewActionPanel returns a panel with no layout yet.
func NewActionPanel() *ActionPanel {
	p := &ActionPanel{Hover: -1, Quota: DefaultQuota}
	for i, id := range Order {
		spec := &sim.Actions[id]
		p.Buttons[i] = ActionButton{ID: id, Cost: Hours(spec.Cost), Label: spec.Title,
			Toggle: id == sim.ActReports || id == sim.ActQuota}
	}
	return p
}

// Hours formats ticks as hours: "2h", "15m", "1h30".
func Hours(ticks int32) string {
	h, q := ticks/sim.TicksPerHour, ticks%sim.TicksPerHour
	switch {
	case q == 0:
		return fmt.Sprintf("%dh", h)
	case h == 0:
		return fmt.Sprintf("%dm", q*sim.MinutesPerTick)
	}
	return fmt.Sprintf("%dh%02d", h, q*sim.MinutesPerTick)
}

// validRep reports whether i is a rep still on the team.
func validRep(w *sim.World, i int32) bool {
	return i >= 0 && int(i) < len(w.Reps) && !w.Reps[i].Gone
}

// CommandFor is the command a button sends given the selected rep (or -1).
// For a rep action with no rep selected, ok is false: the panel asks for one.
func (p *ActionPanel) CommandFor(s *Session, id sim.ActionID, selected int32) (c sim.Command, ok bool) {
	w := s.W
	spec := &sim.Actions[id]
	switch {
	case id == sim.ActReports:
		if validRep(w, selected) {
			return s.Command(id, selected, b2i(!w.Reps[selected].Reports)), true
		}
		return s.Command(id, sim.AllReps, b2i(!w.Team.ReportsAll)), true
	case id == sim.ActQuota:
		arg := p.Quota
		if w.Team.DialQuota > 0 {
			arg = 0
		}
		return s.Command(id, sim.TeamTarget, arg), true
	case spec.Target == sim.TargetRep:
		if validRep(w, selected) {
			return s.Command(id, selected, 0), true
		}
		return s.Command(id, firstRep(w), 0), false
	}
	return s.Command(id, sim.TeamTarget, 0), true
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
// selection changed since the last call. It allocates only then.
func (p *ActionPanel) Refresh(s *Session, selected int32) {
	if p.valid && p.version == s.Version && p.sel == selected {
		return
	}
	p.valid, p.version, p.sel = true, s.Version, selected
	w := s.W
	key := labelKey{selected, w.Team.ReportsAll, w.Team.DialQuota, -1}
	if validRep(w, selected) {
		key.repReports = b2i(w.Reps[selected].Reports)
	}
	relabel := !p.labelled || key != p.labels
	p.labelled, p.labels = true, key
	for i := range p.Buttons {
		b := &p.Buttons[i]
		c, _ := p.CommandFor(s, b.ID, selected)
		// Allowed never allocates; the reason is worded only when refused.
		if w.Allowed(c) {
			b.Enabled, b.Reason = true, ""
		} else {
			err := w.Check(c)
			b.Enabled = err == nil
			b.Reason = Reason(err)
			if errors.Is(err, sim.ErrQuarterOver) {
				b.Reason = "The quarter is over"
			}
		}
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
				b.Label = spec.Title + ": all" + onOff(b.On)
			}
		case sim.ActQuota:
			b.On = w.Team.DialQuota > 0
			if b.On {
				b.Label = fmt.Sprintf("%s: %d/day", spec.Title, w.Team.DialQuota)
			} else {
				b.Label = spec.Title + onOff(false)
			}
		default:
			b.Label = spec.Title
			if spec.Target == sim.TargetRep && validRep(w, selected) {
				b.Label = spec.Title + ": " + w.Reps[selected].Name
			}
		}
	}
}

// labelKey is what the buttons' labels depend on.
type labelKey struct {
	sel        int32
	reportsAll bool
	quota      int32
	repReports int32
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
func (p *ActionPanel) Activate(s *Session, id sim.ActionID, selected int32) ActionResult {
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
	if !b.Enabled {
		return ActionResult{Refused: b.Reason}
	}
	c, ok := p.CommandFor(s, id, selected)
	if !ok {
		p.Picking, p.Pick = true, id
		return ActionResult{NeedRep: true, Cmd: c}
	}
	p.Picking = false
	if err := s.Do(c.Action, c.Target, c.Arg); err != nil {
		return ActionResult{Refused: Reason(err)}
	}
	return ActionResult{Sent: true, Cmd: c}
}

// PickRep completes a pending targeted action with the rep the player chose.
func (p *ActionPanel) PickRep(s *Session, rep int32) ActionResult {
	if !p.Picking {
		return ActionResult{}
	}
	p.Picking = false
	if err := s.Do(p.Pick, rep, 0); err != nil {
		return ActionResult{Refused: Reason(err)}
	}
	return ActionResult{Sent: true, Cmd: s.Log[len(s.Log)-1]}
}

// Update handles a frame's input: clicks on buttons and hotkeys. Escape
// cancels a pending rep pick.
func (p *ActionPanel) Update(in *Input, s *Session, selected int32) ActionResult {
	p.Refresh(s, selected)
	p.Hover = -1
	for i := range p.Buttons {
		if in.HoverIn(p.Buttons[i].Rect) {
			p.Hover = i
		}
	}
	if p.Picking && in.Key(KeyEscape) {
		in.ConsumeKey(KeyEscape)
		p.Picking = false
		return ActionResult{Canceled: true}
	}
	for i := range p.Buttons {
		if in.ClickIn(p.Buttons[i].Rect) {
			in.ConsumeClick()
			return p.Activate(s, p.Buttons[i].ID, selected)
		}
	}
	for _, k := range in.Keys() {
		for i := range p.Buttons {
			if hk := sim.Actions[p.Buttons[i].ID].Hotkey; hk != 0 && Key(hk) == k {
				in.ConsumeKey(k)
				return p.Activate(s, p.Buttons[i].ID, selected)
			}
		}
	}
	return ActionResult{}
}

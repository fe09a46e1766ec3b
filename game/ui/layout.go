package ui

import (
	"salesfloor/game/session"
	"salesfloor/sim"
)

// Minimum logical size of the UI, in UI units: every scene's layout is
// made to fit it (the layout test checks from here up). A smaller window
// scales the whole UI down rather than cropping it, and a UI scale larger
// than the window can hold at this size is held to what fits (App's
// scaleFactor; the settings say so).
const (
	MinW = 1024
	MinH = 640
)

// FloorLayout is where everything goes on the floor scene, in UI units.
type FloorLayout struct {
	W, H     float64
	HUD      Rect
	Stats    Rect
	Actions  Rect
	Floor    Rect
	Side     Rect
	Status   Rect
	Speed    [len(session.Speeds)]Rect
	Menu     Rect
	Charts   Rect
	Hint     Rect // the coach's button, at the foot of the actions
	Manage   Rect // the group headers
	Lead     Rect
	Revenue  Rect
	Progress Rect
	Hours    Rect
	Clock    Rect
	// Stat is the cell of each team reading in the Stats row (name, value
	// and bar): what the pointer or the focus rests on for its help.
	Stat [NumStats]Rect
}

// NumStats is the number of team readings in the HUD's Stats row: nine
// bars and the count of advice asked.
const NumStats = 10

// Layout computes the floor scene's layout for a w x h UI and places the
// action buttons.
func Layout(w, h float64, p *ActionPanel) FloorLayout {
	var l FloorLayout
	l.W, l.H = w, h
	l.HUD = Rect{0, 0, w, 58}
	l.Stats = Rect{0, 58, w, 30}
	top := l.Stats.Bottom() + 6
	l.Status = Rect{0, h - 34, w, 34}
	l.Actions = Rect{8, top, 262, l.Status.Y - top - 6}
	l.Side = Rect{w - 300, top, 292, l.Status.Y - top - 6}
	l.Floor = Rect{l.Actions.Right() + 8, top, l.Side.X - l.Actions.Right() - 16, l.Status.Y - top - 6}

	l.Clock = Rect{12, 6, 230, 46}
	l.Progress = Rect{12, 40, 220, 8}
	// Right side of the HUD: menu, charts, speeds, hours.
	x := w - 12
	l.Menu = Rect{x - 70, 12, 70, 34}
	x -= 78
	l.Charts = Rect{x - 76, 12, 76, 34}
	x -= 90
	for i := len(session.Speeds) - 1; i >= 0; i-- {
		l.Speed[i] = Rect{x - 40, 12, 40, 34}
		x -= 44
	}
	x -= 10
	l.Hours = Rect{x - 190, 8, 190, 44}
	l.Revenue = Rect{250, 8, l.Hours.X - 250 - 16, 44}
	cw := (w - 24) / NumStats
	for i := range l.Stat {
		l.Stat[i] = Rect{12 + float64(i)*cw, l.Stats.Y, cw - 16, l.Stats.H}
	}

	// The coach's hint button closes the actions panel.
	l.Hint = Rect{l.Actions.X + 4, l.Actions.Bottom() - hintH - 4, l.Actions.W - 8, hintH}
	if p != nil {
		a := l.Actions
		bh := (a.H - 2*24 - 16 - hintH - 8) / 12
		if bh > 40 {
			bh = 40
		}
		y := a.Y + 4
		l.Manage = Rect{a.X, y, a.W, 22}
		y += 24
		for i := 0; i < 6; i++ {
			p.Buttons[i].Rect = Rect{a.X + 4, y, a.W - 8, bh - 4}
			y += bh
		}
		y += 12
		l.Lead = Rect{a.X, y, a.W, 22}
		y += 24
		for i := 6; i < 12; i++ {
			p.Buttons[i].Rect = Rect{a.X + 4, y, a.W - 8, bh - 4}
			y += bh
		}
	}
	return l
}

// hintH is the height of the hint button.
const hintH = 28

// The floor's Tab order, by name: the action buttons, then the speed
// buttons, Charts, Menu, the coach's Hint and the team readings (whose
// focus shows their help). Focusables lists the rects in
// this order, and the floor's Draw asks FocusAction, FocusSpeed and the
// rest which one has the focus, so the two cannot drift apart.
const (
	FocusAction  = 0                                // + the button's index in the panel
	FocusSpeed   = FocusAction + sim.NumPlayActions // + the speed's index
	FocusCharts  = FocusSpeed + len(session.Speeds) // the Charts button
	FocusMenu    = FocusCharts + 1                  // the Menu button
	FocusHint    = FocusMenu + 1                    // the coach's Hint button
	FocusStat    = FocusHint + 1                    // + the reading's index in the Stats row
	NumFocusable = FocusStat + NumStats
)

// Focusables lists the floor scene's keyboard-focusable rects in Tab order
// (FocusAction ... FocusStat).
func (l *FloorLayout) Focusables(p *ActionPanel, out []Rect) []Rect {
	out = out[:0]
	for i := range p.Buttons {
		out = append(out, p.Buttons[i].Rect)
	}
	out = append(out, l.Speed[:]...)
	out = append(out, l.Charts, l.Menu, l.Hint)
	return append(out, l.Stat[:]...)
}

// Progress fractions for the HUD.

// QuarterProgress is the share of the quarter simulated, 0..1; a quarter
// the VP closed early stops at the day the floor emptied.
func QuarterProgress(w *sim.World) float64 {
	if d := w.Company.ClosedDay; d > 0 {
		return float64(d) / float64(sim.DaysPerQuarter)
	}
	return float64(w.Tick) / float64(sim.TicksPerQuarter)
}

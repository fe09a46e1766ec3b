package game

import (
	"fmt"
	"path/filepath"
	"strings"

	"salesfloor/game/routine"
	"salesfloor/game/synth"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// routineScene is the routine's calendar: the week the player plans once
// and lets run, instead of choosing every hour. A click (or the arrows)
// picks an hour; an action's button (or its key) puts that action there;
// the aim says whom it is for. Every change is saved at once and plays
// from the next tick, as ordinary commands.
type routineScene struct {
	back   Scene
	day    int // the cursor
	hour   int
	cells  [routine.Days][routine.Hours]ui.Rect
	labels [routine.Days][routine.Hours][2]string // action, aim
	// under is, for an hour a longer action above it still fills (two
	// hours of calls), that action; noneUnder for none. An empty hour
	// under it is drawn as its tail, and one set waits for it.
	under [routine.Days][routine.Hours]sim.ActionID
	// trouble marks an hour set that waits for the one above, or that is
	// longer than the day has left: its outline is bad news' colour.
	trouble [routine.Days][routine.Hours]bool
	acts    [sim.NumPlayActions]ui.Rect
	side    *ui.Menu // aim, every weekday, clear, fill, on/off, export, reload/import, back
	names   []string
	head    string
	help    string
	note    string // the last file operation's outcome, or an error
	noteOK  bool
	ver     int // the key map's version the texts name
	// Laid out for Draw: the help and the note wrapped, the hours' and
	// the extra rules' labels.
	helpWrap, noteWrap []string
	hourText           [routine.Hours]string
	extra              string
	costs              [sim.NumPlayActions]string
	panel              ui.Rect // the panel behind it all
}

// noneUnder marks an hour no longer action above fills.
const noneUnder = sim.ActionID(255)

const (
	rsAim = iota
	rsDaily
	rsClear
	rsFill
	rsRun
	rsExport
	rsReload
	rsBack
)

// routineExportLabel is the routine screen's button that hands the routine
// over as a policy file; the how-to page names it.
const routineExportLabel = "Export for the lab"

func newRoutineScene(ctx *Ctx, back Scene) *routineScene {
	s := &routineScene{back: back, side: ui.NewMenu("", "", "", "", "", "", "", "Back")}
	s.side.Ring = ui.FocusRing{Index: -1}
	if se := ctx.Session(); se != nil {
		for i := range se.W.Reps {
			s.names = append(s.names, se.W.Reps[i].Name)
		}
		c := se.W.Clock()
		s.day, s.hour = c.Weekday, c.Hour-9
	}
	s.layout(ctx) // ready for a Draw before the first Update
	return s
}

// layout places the grid, the actions and the side buttons, and makes
// every label Draw shows.
func (s *routineScene) layout(ctx *Ctx) {
	w := ctx.game.week
	x0, y0 := 90.0, 128.0
	cw := min(170, (ctx.W-x0-360)/routine.Days)
	ch := min(56, (ctx.H-y0-70)/routine.Hours)
	for d := range s.cells {
		busy, until := noneUnder, 0 // the action above still running, and the hour it ends
		for h := range s.cells[d] {
			s.cells[d][h] = ui.Rect{X: x0 + float64(d)*cw, Y: y0 + float64(h)*ch, W: cw - 4, H: ch - 4}
			sl := &w.Slots[d][h]
			s.under[d][h] = noneUnder
			if h < until {
				s.under[d][h] = busy
			}
			if !sl.Set {
				s.labels[d][h] = [2]string{}
				if h < until {
					s.labels[d][h] = [2]string{fitS(ctx, sim.Actions[busy].Title+", on", cw-16, SizeSmall, false), fmt.Sprintf("until %02d:00", 9+until)}
				}
				continue
			}
			if h >= until {
				// An hour set under a longer action waits for it, and its
				// own hours start when it starts.
				busy, until = sl.Action, h+int((sim.Actions[sl.Action].Cost+sim.TicksPerHour-1)/sim.TicksPerHour)
			}
			act := sim.Actions[sl.Action].Title
			switch {
			case sl.Action == sim.ActReports && sl.Arg == 0:
				act += ": off"
			case sl.Action == sim.ActReports:
				act += ": on"
			case sl.Action == sim.ActQuota && sl.Arg == 0:
				act += ": off"
			case sl.Action == sim.ActQuota:
				act += fmt.Sprintf(": %d", sl.Arg)
			}
			aim, cost := sl.Words(s.names), ui.Hours(sim.Actions[sl.Action].Cost)
			if aim != "" {
				cost = aim + "  ·  " + cost
			}
			s.trouble[d][h] = false
			switch {
			case s.under[d][h] != noneUnder:
				cost = fmt.Sprintf("waits till %02d:00  ·  ", 9+until) + cost
				s.trouble[d][h] = true
			case h*sim.TicksPerHour+int(sim.Actions[sl.Action].Cost) > sim.TicksPerDay:
				// Longer than the hours left: refused, every time.
				cost = fmt.Sprintf("past %02d:00: it never runs", 9+routine.Hours)
				s.trouble[d][h] = true
			}
			s.labels[d][h] = [2]string{fitS(ctx, act, cw-16, SizeSmall, true), fitS(ctx, cost, cw-16, SizeSmall-1, false)}
		}
	}
	// The actions and the side buttons in one column beside the grid,
	// their rows as tall as the window lets them be, up to 30.
	px := x0 + routine.Days*cw + 20
	pw := ctx.W - px - 20
	rows := float64(len(s.acts) + len(s.side.Items))
	step := clampF((ctx.H-100-14-56)/rows, 22, 30)
	for i := range s.acts {
		s.acts[i] = ui.Rect{X: px, Y: 100 + float64(i)*step, W: pw, H: step - 4}
	}
	s.side.Layout(px, 100+float64(len(s.acts))*step+14, pw, step-4, 4)
	sl := &w.Slots[s.day][s.hour]
	it := s.side.Items
	aim := sl.Words(s.names)
	if sl.Set && aim == "" {
		aim = "none: you do it" // calls, walking the floor: the label read "Aim (I):" and nothing
	}
	it[rsAim].Label = "Aim (" + ctx.Keys.Label(ui.CtlRoutineAim) + "): " + aim
	it[rsAim].Enabled = sl.Set && len(routine.Aims(sl.Action)) > 1
	it[rsDaily].Label = "Every weekday (" + ctx.Keys.Label(ui.CtlRoutineDaily) + ")"
	if !sl.Set {
		it[rsDaily].Label = "Clear it every weekday (" + ctx.Keys.Label(ui.CtlRoutineDaily) + ")"
	}
	it[rsClear].Label = "Clear the hour (" + ctx.Keys.Label(ui.CtlRoutineClear) + ")"
	it[rsClear].Enabled = sl.Set
	it[rsFill].Label = "Free hours: " + fillText(w.Fill)
	it[rsRun].Label = "Routine: runs"
	if ctx.game.weekOff {
		it[rsRun].Label = "Routine: paused"
	}
	it[rsExport].Label = routineExportLabel
	it[rsReload].Label = "Reload " + routineFile
	if canImport {
		it[rsReload].Label = "Import a policy file"
	}
	if s.ver != ctx.Keys.Version() || s.help == "" {
		s.ver = ctx.Keys.Version()
		s.help = fmt.Sprintf("Click an hour (or use the arrows), then an action or its key. %s aims it, %s copies it to every weekday (an empty hour: clears that hour every weekday), %s clears it, %s goes back. Saved at once; it runs from the next tick and waits while you are busy.",
			ctx.Keys.Label(ui.CtlRoutineAim), ctx.Keys.Label(ui.CtlRoutineDaily), ctx.Keys.Label(ui.CtlRoutineClear), ctx.Keys.Label(ui.CtlMenu))
	}
	s.head = "Your routine: " + w.Name
	for a := range s.costs {
		s.costs[a] = ui.Hours(sim.Actions[a].Cost)
	}
	s.panel = ui.Rect{X: 8, Y: 8, W: ctx.W - 16, H: ctx.H - 16}
	s.helpWrap = ctx.text.WrapC(s.help, ctx.W-48, SizeSmall, false)
	s.noteWrap = nil
	if s.note != "" {
		s.noteWrap = ctx.text.WrapC(s.note, ctx.W-48, SizeSmall, false)
	}
	if s.hourText[0] == "" {
		for h := range s.hourText {
			s.hourText[h] = fmt.Sprintf("%02d:00", 9+h)
		}
	}
	s.extra = ""
	if len(w.Extra) > 0 {
		s.extra = fmt.Sprintf("and %d rules from the file the calendar cannot show", len(w.Extra))
	}
}

func fillText(a sim.ActionID) string {
	if a == routine.NoFill {
		return "left free"
	}
	return sim.Actions[a].Title
}

// fills are what the free hours can go to, in the order the button steps.
var fills = [...]sim.ActionID{sim.ActCalls, sim.ActFloor, routine.NoFill}

func (s *routineScene) Update(ctx *Ctx, in *ui.Input) error {
	s.layout(ctx)
	defer s.layout(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		ctx.Go(s.back)
		return nil
	}
	w := ctx.game.week
	switch {
	case in.Key(ui.NavLeft):
		s.day = (s.day + routine.Days - 1) % routine.Days
	case in.Key(ui.NavRight):
		s.day = (s.day + 1) % routine.Days
	case in.Key(ui.NavUp):
		s.hour = (s.hour + routine.Hours - 1) % routine.Hours
	case in.Key(ui.NavDown):
		s.hour = (s.hour + 1) % routine.Hours
	}
	for d := range s.cells {
		for h := range s.cells[d] {
			if in.ClickIn(s.cells[d][h]) {
				in.ConsumeClick()
				s.day, s.hour = d, h
			}
		}
	}
	changed, note := false, ""
	for a := sim.ActionID(0); a < sim.ActChoose; a++ {
		if ctx.Keys.Pressed(in, ui.ActionControl(a)) || in.ClickIn(s.acts[a]) {
			in.ConsumeClick()
			s.put(w, a)
			changed = true
		}
	}
	sl := w.Slots[s.day][s.hour]
	clicked := in.Clicked
	act := s.side.Update(in)
	if clicked && act >= 0 {
		s.side.Ring.Index = -1 // Enter then means nothing here, not the button clicked
	}
	switch {
	case act == rsAim || (ctx.Keys.Pressed(in, ui.CtlRoutineAim) && sl.Set):
		w.SetSlot(s.day, s.hour, s.nextAim(sl))
		changed = true
	case act == rsDaily || ctx.Keys.Pressed(in, ui.CtlRoutineDaily):
		// Say what the copy replaced: a play-test copied an hour to
		// every weekday and lost, unseen, the day its reports went off.
		var replaced []string
		for d := 0; d < routine.Days; d++ {
			if old := w.Slots[d][s.hour]; d != s.day && old.Set && old != sl {
				replaced = append(replaced, slotWords(&old, s.names)+" on "+sim.ClockAt(d*sim.TicksPerDay).WeekdayName())
			}
			w.SetSlot(d, s.hour, sl)
		}
		if len(replaced) > 0 {
			note = fmt.Sprintf("Every weekday at %02d:00 now does the same. It replaced %s.", 9+s.hour, strings.Join(replaced, "; "))
		}
		changed = true
	case act == rsClear || ctx.Keys.Pressed(in, ui.CtlRoutineClear):
		w.SetSlot(s.day, s.hour, routine.Slot{})
		changed = true
	case act == rsFill:
		i := 0
		for i < len(fills) && fills[i] != w.Fill {
			i++
		}
		w.SetFill(fills[(i+1)%len(fills)])
		changed = true
	case act == rsRun:
		ctx.game.weekOff = !ctx.game.weekOff
		ctx.Settings.RoutineOff = ctx.game.weekOff
		ctx.SaveSettings()
		changed = true
	case act == rsExport:
		s.export(ctx)
	case act == rsReload && canImport:
		startImport()
	case act == rsReload:
		s.reload(ctx, ctx.game.loadWeek())
	case act == rsBack:
		ctx.Go(s.back)
		return nil
	}
	if name, data, ok := pollImport(); ok {
		s.importFile(ctx, name, data)
	}
	if changed {
		if err := ctx.game.saveWeek(); err != nil {
			s.note, s.noteOK = "Could not save the routine: "+err.Error(), false
		} else {
			s.note, s.noteOK = note, true
		}
		ctx.Play(synth.SoundClick)
	}
	return nil
}

// put sets the hour's action; pressed again on a standing order, it steps
// the order's setting (reports on and off, the quota's dials).
func (s *routineScene) put(w *routine.Week, a sim.ActionID) {
	sl := w.Slots[s.day][s.hour]
	if sl.Set && sl.Action == a {
		switch a {
		case sim.ActReports:
			sl.Arg = 1 - sl.Arg
		case sim.ActQuota:
			sl.Arg = ui.NextQuota(sl.Arg)
		}
	} else {
		sl = routine.Slot{Set: true, Action: a, Aim: routine.Aims(a)[0], Arg: routine.DefaultArg(a)}
	}
	w.SetSlot(s.day, s.hour, sl)
}

// nextAim steps the hour's aim: each aim the action takes, each rep by
// name in turn.
func (s *routineScene) nextAim(sl routine.Slot) routine.Slot {
	aims := routine.Aims(sl.Action)
	if sl.Aim == routine.AimRep && int(sl.Rep)+1 < len(s.names) {
		sl.Rep++
		return sl
	}
	i := 0
	for i < len(aims) && aims[i] != sl.Aim {
		i++
	}
	sl.Aim, sl.Rep = aims[(i+1)%len(aims)], 0
	return sl
}

// export offers the routine as a policy file for the lab.
func (s *routineScene) export(ctx *Ctx) {
	if canImport {
		ctx.offerFile(routineFile, ctx.game.week.JSON(), nil, "Export")
		s.note, s.noteOK = "Downloaded "+routineFile+": run it with  simulate -policy "+routineFile, true
		return
	}
	path := filepath.Join(ctx.Files.Location(), routineFile)
	s.note, s.noteOK = "Your routine is kept as "+path+": run it with  simulate -policy "+path, true
}

// reload says how reading the routine's file went: a bad file leaves the
// routine as it was.
func (s *routineScene) reload(ctx *Ctx, err error) {
	if err != nil {
		s.note, s.noteOK = err.Error()+" (the routine stays as it was)", false
		return
	}
	s.note, s.noteOK = "Read "+routineFile+".", true
}

// importFile opens a policy file the player picked as the routine.
func (s *routineScene) importFile(ctx *Ctx, name string, data []byte) {
	w, err := routine.Parse(name, data)
	if err != nil {
		s.note, s.noteOK = err.Error()+" (the routine stays as it was)", false
		return
	}
	ctx.game.week = w
	if err := ctx.game.saveWeek(); err != nil {
		s.note, s.noteOK = "Could not save the routine: "+err.Error(), false
		return
	}
	s.note, s.noteOK = "Imported "+name+".", true
}

func (s *routineScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	w := ctx.game.week
	g.Panel(s.panel)
	g.Text(s.head, 24, 18, SizeBig, true, g.P.Accent, Left)
	g.Lines(s.helpWrap, 24, 52, SizeSmall, false, g.P.Text)
	for d := 0; d < routine.Days; d++ {
		r := s.cells[d][0]
		g.Text(sim.ClockAt(d*sim.TicksPerDay).WeekdayName(), r.X+r.W/2, r.Y-22, SizeBody, true, g.P.Text, Center)
	}
	for h := 0; h < routine.Hours; h++ {
		r := s.cells[0][h]
		g.Text(s.hourText[h], r.X-10, r.Y+r.H/2-8, SizeSmall, false, g.P.Dim, Right)
	}
	for d := range s.cells {
		for h := range s.cells[d] {
			r := s.cells[d][h]
			sl := &w.Slots[d][h]
			bg := g.P.Panel
			if sl.Set {
				bg = g.P.Command
				if sim.Actions[sl.Action].Style == sim.StyleExample {
					bg = g.P.Example
				}
			}
			g.Fill(r, bg)
			if a := s.under[d][h]; !sl.Set && a != noneUnder {
				// The tail of a longer action above: its colour, faint.
				tail := g.P.Command
				if sim.Actions[a].Style == sim.StyleExample {
					tail = g.P.Example
				}
				g.FillFaded(r, tail, 0.35)
			}
			c, width := g.P.Line, 1.0
			switch {
			case d == s.day && h == s.hour:
				c, width = g.P.Accent, 2
			case sl.Set && s.trouble[d][h]:
				c, width = g.P.Bad, 2
			}
			g.Stroke(r, width, c)
			switch {
			case sl.Set:
				g.Text(s.labels[d][h][0], r.X+6, r.Y+4, SizeSmall, true, g.P.Text, Left)
				g.Text(s.labels[d][h][1], r.X+6, r.Y+21, SizeSmall-1, false, g.P.Text, Left)
			case s.under[d][h] != noneUnder:
				g.Text(s.labels[d][h][0], r.X+6, r.Y+4, SizeSmall, false, g.P.Dim, Left)
				g.Text(s.labels[d][h][1], r.X+6, r.Y+21, SizeSmall-1, false, g.P.Dim, Left)
			}
		}
	}
	for a := range s.acts {
		r := s.acts[a]
		spec := &sim.Actions[a]
		tint := g.P.Command
		if spec.Style == sim.StyleExample {
			tint = g.P.Example
		}
		g.Button(r, "", ButtonState{Hover: ctx.In.HoverIn(r), Tint: tint})
		ty := r.Y + (r.H-SizeSmall*1.3)/2
		g.Text(ctx.Keys.Label(ui.ActionControl(sim.ActionID(a))), r.X+16, ty, SizeSmall, true, g.P.Accent, Center)
		g.Text(spec.Title, r.X+32, ty, SizeSmall, false, g.P.Text, Left)
		g.Text(s.costs[a], r.Right()-8, ty, SizeSmall, false, g.P.Dim, Right)
	}
	drawMenu(ctx, g, s.side)
	if s.extra != "" {
		last := s.side.Items[len(s.side.Items)-1].Rect
		g.Text(s.extra, last.X, last.Bottom()+8, SizeSmall, false, g.P.Dim, Left)
	}
	c := g.P.Good
	if !s.noteOK {
		c = g.P.Bad
	}
	g.Lines(s.noteWrap, 24, ctx.H-44, SizeSmall, false, c)
}

// fitS is s cut at a word with an ellipsis to fit width, once the scale
// is known.
func fitS(ctx *Ctx, s string, width float64, size int, bold bool) string {
	if ctx.Scale() <= 0 {
		return s
	}
	return string(fitB(ctx.text, nil, []byte(s), width, size, bold))
}

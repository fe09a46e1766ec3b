package game

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/art"
	"salesfloor/game/core"
	"salesfloor/sim"
)

var hintTexts = [...]string{
	"Welcome to your floor. Each desk is a rep: the bubble shows what they are doing, the face their morale (smile, flat, frown). A flame means they are on a roll.",
	"You have 8 hours a day. Spend them with the buttons on the left: MANAGE (command: organise, measure, direct) or LEAD (example: do the work, inspire, advise). Hover a button to see what it does now and later.",
	"Click a rep to see their numbers and why their morale and momentum moved today. Mentor, review and scrub need a rep: select one first, or click the button and then the rep.",
	"{pause} pauses, {speeds} set the speed, Tab and Enter work every button, {menu} opens the menu. {hint} asks the coach (a search-based expert) for a hint, {charts} opens the charts. Events will ask you to decide. The game autosaves every evening. Settings, Keys… remaps any key.",
	"Hit the quota and keep the team. Command wins the present, example the future: neither wins alone. Press {pause} to start the day.",
}

// withKeys fills a text's {control} slots with the keys the player has.
func withKeys(m *core.KeyMap, text string) string {
	speeds := m.Label(core.CtlSpeed0) + " to " + m.Label(core.CtlSpeed4)
	return strings.NewReplacer("{pause}", m.Label(core.CtlPause), "{speeds}", speeds, "{menu}", m.Label(core.CtlMenu),
		"{hint}", m.Label(core.CtlHint), "{charts}", m.Label(core.CtlCharts)).Replace(text)
}

// floorScene is the sales floor: HUD, actions, the office, the side panel.
type floorScene struct {
	// The actions' key caps and tooltip titles, and the hint's key, for
	// the key map at version keysVer.
	actionKey   [sim.NumPlayActions]string
	actionTitle [sim.NumPlayActions]string
	hintKey     string
	hintText    [len(hintTexts)]string
	pausedLine  string
	// The first-day hints' buttons.
	hintNextLabel, hintSkipLabel string
	tipLine                      string
	keysVer                      int

	panel    *core.ActionPanel
	view     *core.FloorView
	lay      core.FloorLayout
	sel      int32
	ring     core.FocusRing
	focus    []core.Rect
	hints    int // index of the hint shown, -1 for none
	canvas   *ebiten.Image
	canvasAt core.Rect // where the canvas is drawn, UI units
	cscale   float64   // UI units per canvas pixel
	status   []byte
	statusOK bool
	lastSpd  int
	hintNext core.Rect
	hintSkip core.Rect
	choice   [4]core.Rect
	teamRows [sim.MaxReps]core.Rect
	// Laid out by layout: the first-day hint's box, and an event's
	// question (box, wrapped text, the key map's version its labels show).
	hintBox    core.Rect
	dialogBox  core.Rect
	dialogWrap []string
	dialogKeys int
	// dialogFrames counts the frames the current event's question has
	// been up; its answer keys wait dialogGrace frames (see updateDialog).
	dialogFrames int
	coach        hintPanel

	// Labels rebuilt when the world changes, as bytes drawn with TextB so
	// that a running floor allocates nothing (see refresh).
	cacheVer int
	cacheSel int32
	clock    []byte
	day      []byte
	closeSel core.Rect
	revenue  []byte
	hours    []byte
	advice   []byte
	side     [24]sideLine
	nside    int
	causes   [sim.NumCauses]sim.CauseAmount
	events   [6][]byte
	nevents  int
	evBuf    [8]sim.EventRecord
	eventFor int32
	choices  [4][]byte
	about    []byte
	scratch  []byte
	fbRects  [32]core.Rect
	xs, ys   []float64
	op       ebiten.DrawImageOptions
	sprites  *Sprites
}

// sideLine is a line of the selected rep's panel.
type sideLine struct {
	b    []byte
	kind uint8 // sideText, sideHead, sideGood, sideBad
}

const (
	sideText = iota
	sideHead
	sideGood
	sideBad
)

// The fixed texts of the actions, made once: the status bar's "Now: ...
// Later: ..." for each. Their tooltip titles name their keys, which the
// player can remap, so the floor makes those (keyLabels).
var (
	actionNow [sim.NumActions]string
	hintHeads [len(hintTexts)]string
)

func init() {
	for i := range sim.Actions {
		spec := &sim.Actions[i]
		actionNow[i] = "Now: " + spec.Now + ".   Later: " + spec.Later + "."
	}
	for i := range hintHeads {
		hintHeads[i] = fmt.Sprintf("First day  %d/%d", i+1, len(hintTexts))
	}
}

func newFloor(a *App) *floorScene {
	f := &floorScene{panel: core.NewActionPanel(), view: core.NewFloorView(), sel: -1, hints: -1,
		ring: core.FocusRing{Index: -1}, lastSpd: 1, cacheVer: -1, eventFor: -1,
		canvas: ebiten.NewImage(core.CanvasW, core.CanvasH), sprites: a.sprites}
	f.panel.Keys = a.Keys
	f.layout(a)
	f.xs = make([]float64, 0, 64)
	f.ys = make([]float64, 0, 64)
	return f
}

func (f *floorScene) say(msg string, ok bool) {
	f.status, f.statusOK = append(f.status[:0], msg...), ok
}

// say2 says two strings run together, without building a string.
func (f *floorScene) say2(a, b string, ok bool) {
	f.status, f.statusOK = append(append(f.status[:0], a...), b...), ok
}

// keyLabels remakes the actions' key caps and tooltip titles when the
// bindings change.
func (f *floorScene) keyLabels(a *App) {
	if f.keysVer == a.Keys.Version() && f.actionTitle[0] != "" {
		return
	}
	f.keysVer = a.Keys.Version()
	for i := 0; i < sim.NumPlayActions; i++ {
		spec := &sim.Actions[i]
		f.actionKey[i] = a.Keys.Label(core.ActionControl(sim.ActionID(i)))
		f.actionTitle[i] = spec.Title + "  ·  " + core.Hours(spec.Cost) + "  ·  key " + f.actionKey[i]
	}
	f.hintKey = a.Keys.Label(core.CtlHint)
	for i := range hintTexts {
		f.hintText[i] = withKeys(a.Keys, hintTexts[i])
	}
	f.hintNextLabel = "Next (" + a.Keys.Label(core.CtlHintsNext) + ")"
	f.hintSkipLabel = "Skip (" + a.Keys.Label(core.CtlHintsSkip) + ")"
	f.pausedLine = withKeys(a.Keys, "Paused. {pause} to run; {speeds} set the speed; {menu} for the menu.")
	f.tipLine = withKeys(a.Keys, "Tip: hover an action to see what it does now and later. {hint} asks the coach for a hint; {charts} opens the charts.")
}

func (f *floorScene) Update(a *App, in *core.Input) error {
	s := a.Session
	f.layout(a)
	// And again once this frame's commands and ticks are in, for Draw.
	defer f.layout(a)
	if s.W.Done() {
		a.autosave()
		a.Go(newReport(a))
		return nil
	}
	if _, d, ok := s.W.PendingEvent(); ok {
		f.dialogFrames++
		if n := a.autoAnswer; n > 0 && n <= len(d.Choices) {
			if ks := a.Keys.Keys(core.CtlAnswer1 + core.Control(n-1)); len(ks) > 0 {
				in.AddKey(ks[0])
			}
		}
		if a.Keys.Pressed(in, core.CtlHint) {
			f.coach.toggle(a)
		}
		f.updateDialog(a, in, d)
		f.view.Update(s, a.Settings.ReducedMotion)
		f.mark(a, s.Update())
		f.coach.update(a, f.lay.Floor)
		return nil
	}
	f.dialogFrames = 0
	if f.hints >= 0 {
		switch {
		case a.Keys.Pressed(in, core.CtlHintsSkip) || in.ClickIn(f.hintSkip):
			in.ConsumeClick()
			f.endHints(a)
		case a.Keys.Pressed(in, core.CtlHintsNext) || in.ClickIn(f.hintNext):
			in.ConsumeClick()
			f.hints++
			if f.hints >= len(hintTexts) {
				f.endHints(a)
			}
		}
	}
	if a.Keys.Pressed(in, core.CtlMenu) && !f.panel.Picking {
		a.Go(newPause(a, f))
		return nil
	}
	f.focus = f.lay.Focusables(f.panel, f.focus)
	f.ring.Apply(in, f.focus)

	// Speed.
	if a.Keys.Pressed(in, core.CtlPause) {
		if s.Speed == 0 {
			s.Speed = f.lastSpd
			if f.hints >= 0 {
				f.endHints(a)
			}
		} else {
			f.lastSpd, s.Speed = s.Speed, 0
		}
	}
	for i := range core.Speeds {
		if a.Keys.Pressed(in, core.CtlSpeed0+core.Control(i)) || in.ClickIn(f.lay.Speed[i]) {
			in.ConsumeClick()
			s.Speed = i
			if i > 0 {
				f.lastSpd = i
				if f.hints >= 0 {
					f.endHints(a)
				}
			}
		}
	}
	if a.Keys.Pressed(in, core.CtlHint) || in.ClickIn(f.lay.Hint) {
		in.ConsumeClick()
		if f.hints >= 0 {
			f.endHints(a)
		}
		f.coach.toggle(a)
		if f.coach.busy() && s.Speed > 0 {
			// The moment asked about stays put while the coach thinks.
			f.lastSpd, s.Speed = s.Speed, 0
		}
	}
	if a.Keys.Pressed(in, core.CtlCharts) || in.ClickIn(f.lay.Charts) {
		in.ConsumeClick()
		a.Go(newCharts(a, f, f.sel))
		return nil
	}
	if in.ClickIn(f.lay.Menu) {
		in.ConsumeClick()
		a.Go(newPause(a, f))
		return nil
	}

	// Actions.
	res := f.panel.Update(in, s, f.sel)
	f.report(a, res)

	if f.sel >= 0 && in.ClickIn(f.closeSel) {
		in.ConsumeClick()
		f.sel = -1
	}
	// Clicks on the floor and the team list.
	if in.Clicked {
		rep := int32(-1)
		hit := false
		if f.canvasAt.Contains(in.X, in.Y) {
			hit = true
			cx, cy := (in.X-f.canvasAt.X)/f.cscale, (in.Y-f.canvasAt.Y)/f.cscale
			rep = core.RepAt(s.W, cx, cy)
		} else if f.sel < 0 {
			for i := range s.W.Reps {
				if in.ClickIn(f.teamRows[i]) {
					rep, hit = int32(i), true
				}
			}
		}
		if hit {
			in.ConsumeClick()
			switch {
			case rep >= 0 && f.panel.Picking:
				f.report(a, f.panel.PickRep(s, rep))
			case rep >= 0 && rep == f.sel:
				f.sel = -1
			case rep >= 0:
				f.sel = rep
			default:
				f.sel = -1
			}
		}
	}
	if f.sel >= 0 && a.Keys.Pressed(in, core.CtlDeselect) {
		f.sel = -1
	}

	// Simulate, and mark what the frame brought.
	f.mark(a, s.Update())
	f.view.Update(s, a.Settings.ReducedMotion)
	f.coach.update(a, f.lay.Floor)
	return nil
}

// mark answers what a frame of play brought: the chime for deals, the
// autosave at a day's end, the toast and ring for an event.
func (f *floorScene) mark(a *App, m core.Moments) {
	if m.Deals > 0 {
		a.Play(core.SoundChime)
	}
	if m.DaysEnded > 0 {
		a.autosave()
	}
	if m.Event >= 0 {
		a.sayEvent(a.Session.W.Scenario.Events[m.Event].Title)
		a.Play(core.SoundRing)
	}
}

// busy: a hint is being thought, or the quarter is over and the report
// (with the expert's quarter to play) opens next frame.
func (f *floorScene) busy(a *App) bool { return f.coach.busy() || a.Session.W.Done() }

// toastRect puts toasts at the top of the office, clear of the hints box,
// the buttons and the floating texts near the desks.
func (f *floorScene) toastRect(a *App, w, h float64) core.Rect {
	fl := f.lay.Floor
	return core.Rect{X: fl.X + (fl.W-w)/2, Y: fl.Y + 8, W: w, H: h}
}

func (f *floorScene) endHints(a *App) {
	f.hints = -1
	if !a.Settings.HintsSeen {
		a.Settings.HintsSeen = true
		a.SaveSettings()
	}
}

func (f *floorScene) report(a *App, res core.ActionResult) {
	s := a.Session
	switch {
	case res.Sent:
		spec := &sim.Actions[res.Cmd.Action]
		who := ""
		if res.Cmd.Target >= 0 && int(res.Cmd.Target) < len(s.W.Reps) {
			who = " with " + s.W.Reps[res.Cmd.Target].Name
		}
		f.say(fmt.Sprintf("%s%s: %s. Later: %s.", spec.Title, who, spec.Now, spec.Later), true)
	case res.NeedRep:
		f.say(fmt.Sprintf("%s: click a rep on the floor (%s cancels).", sim.Actions[f.panel.Pick].Title, a.Keys.Label(core.CtlMenu)), true)
	case res.Refused != "":
		f.say(res.Refused, false)
		a.Play(core.SoundRefuse)
	case res.Canceled:
		f.say("Canceled.", true)
	}
}

// dialogGrace is how many frames (a third of a second) an event's question
// is up before its answer keys count: a player pressing 1 to pause just as
// the question appears must not answer it unread.
const dialogGrace = 20

func (f *floorScene) updateDialog(a *App, in *core.Input, d *sim.EventDef) {
	s := a.Session
	n := len(d.Choices)
	f.focus = f.focus[:0]
	f.focus = append(f.focus, f.choice[:n]...)
	f.ring.Apply(in, f.focus)
	for i := 0; i < n; i++ {
		key := i < 4 && f.dialogFrames > dialogGrace && a.Keys.Pressed(in, core.CtlAnswer1+core.Control(i))
		if key || in.ClickIn(f.choice[i]) {
			in.ConsumeClick()
			if err := s.Do(sim.ActChoose, sim.TeamTarget, int32(i)); err != nil {
				f.say(core.Reason(err), false)
			} else {
				f.say2("You chose: ", d.Choices[i].Label, true)
			}
			f.ring.Index = -1
			return
		}
	}
	if a.Keys.Pressed(in, core.CtlMenu) {
		a.Go(newPause(a, f))
	}
}

// refresh rebuilds the labels when the world or selection changed. They are
// built into reused byte slices and drawn with Gfx.TextB, so this allocates
// nothing once the slices have grown.
func (f *floorScene) refresh(a *App) {
	s := a.Session
	if f.cacheVer == s.Version && f.cacheSel == f.sel {
		return
	}
	f.cacheVer, f.cacheSel = s.Version, f.sel
	w := s.W
	c := w.Clock()
	if w.Done() {
		c = sim.ClockAt(sim.TicksPerQuarter - 1)
	}
	b := append(f.clock[:0], "Week "...)
	b = strconv.AppendInt(b, int64(c.Week+1), 10)
	b = append(append(append(b, "  "...), c.WeekdayName()...), "  "...)
	f.clock = core.AppendHM(b, c.Hour, c.Minute)
	b = append(f.day[:0], "day "...)
	b = append(strconv.AppendInt(b, int64(c.Day+1), 10), '/')
	f.day = strconv.AppendInt(b, sim.DaysPerQuarter, 10)
	b = append(f.revenue[:0], "Revenue "...)
	b = core.AppendMoney(b, w.Revenue())
	if w.Company.Quota > 0 {
		b = append(b, " of "...)
		b = core.AppendMoney(b, w.Company.Quota)
		b = append(b, " quota ("...)
		b = strconv.AppendFloat(b, 100*float64(w.Revenue())/float64(w.Company.Quota), 'f', 0, 64)
		b = append(b, "%)"...)
	} else {
		b = append(b, " (sandbox: no quota)"...)
	}
	f.revenue = b
	left := w.HoursLeft()
	b = core.AppendHours(f.hours[:0], left)
	if w.Player.Busy > 0 {
		b = append(append(b, " left  (busy: "...), sim.Actions[w.Player.Doing].Title...)
		b = append(b, ')')
	} else {
		b = append(b, " of your time left today"...)
	}
	f.hours = b
	f.advice = strconv.AppendInt(append(f.advice[:0], "Advice asked "...), int64(w.AdviceRequests), 10)
	f.nevents = 0
	for _, ev := range w.LastEvents(len(f.events), f.evBuf[:0]) {
		d := &w.Scenario.Events[ev.Def]
		b := core.AppendClock(f.events[f.nevents][:0], sim.ClockAt(int(ev.Tick)))
		b = append(append(b, ' '), d.Title...)
		if ev.Rep >= 0 && int(ev.Rep) < len(w.Reps) {
			b = append(append(append(b, " ("...), w.Reps[ev.Rep].Name...), ')')
		}
		f.events[f.nevents] = b
		f.nevents++
	}
	f.nside = 0
	if f.sel >= 0 && int(f.sel) < len(w.Reps) {
		r := &w.Reps[f.sel]
		l := f.sideAdd(sideText)
		l = append(l, "Leads "...)
		l = strconv.AppendInt(l, int64(r.Leads), 10)
		l = append(l, "   Dials today "...)
		l = strconv.AppendInt(l, int64(r.DialsToday), 10)
		l = append(l, "   Meetings today "...)
		f.side[f.nside-1].b = strconv.AppendInt(l, int64(r.MeetingsToday), 10)
		l = f.sideAdd(sideText)
		l = append(l, "Quarter: "...)
		l = strconv.AppendInt(l, int64(r.Dials), 10)
		l = append(l, " dials, "...)
		l = strconv.AppendInt(l, int64(r.Meetings), 10)
		l = append(l, " meetings, "...)
		l = strconv.AppendInt(l, int64(r.Deals), 10)
		l = append(l, " deals, "...)
		f.side[f.nside-1].b = core.AppendMoney(l, r.Revenue)
		l = f.sideAdd(sideText)
		switch {
		case r.Gone:
			l = append(l, "Has left the team."...)
		default:
			if r.Reports {
				l = append(l, "On status reports. "...)
			}
			if r.Threat {
				l = append(l, "Threatening to resign! "...)
			}
		}
		f.side[f.nside-1].b = l
		f.addCauses("Morale", &r.MoraleCauses)
		f.addCauses("Momentum", &r.MomentumCauses)
	}
}

// sideAdd starts a new side line of a kind and returns its emptied buffer;
// the caller stores the filled buffer back in f.side[f.nside-1].b.
func (f *floorScene) sideAdd(kind uint8) []byte {
	if f.nside == len(f.side) {
		f.nside-- // full: overwrite the last line
	}
	l := &f.side[f.nside]
	f.nside++
	l.kind = kind
	return l.b[:0]
}

// addCauses adds the heading and the largest causes of a rep's morale or
// momentum today.
func (f *floorScene) addCauses(name string, sums *[sim.NumCauses]sim.Fixed) {
	top := sim.TopCauses(sums, f.causes[:0])
	head := f.nside
	l := f.sideAdd(sideHead)
	f.side[head].b = append(append(l, name...), " today, largest first:"...)
	shown := 0
	for _, ca := range top {
		if shown == 5 {
			break
		}
		v := 100 * ca.Amount.Float()
		if math.Abs(v) < 0.05 {
			continue // rounds to 0.0
		}
		shown++
		kind := uint8(sideGood)
		if v < 0 {
			kind = sideBad
		}
		l := f.sideAdd(kind)
		// "%+5.1f  cause"
		var num [16]byte
		n := strconv.AppendFloat(num[:0], math.Abs(v), 'f', 1, 64)
		for pad := 4 - len(n); pad > 0; pad-- {
			l = append(l, ' ')
		}
		if v < 0 {
			l = append(l, '-')
		} else {
			l = append(l, '+')
		}
		l = append(append(l, n...), "  "...)
		f.side[f.nside-1].b = append(l, ca.Cause.String()...)
	}
	if shown == 0 {
		f.side[head].b = append(append(f.side[head].b[:0], name...), " today: no change yet"...)
	}
}

// layout works out everything Draw reads: the screen's layout for the
// window's size, the labels for the world as it is, and the boxes and
// buttons of the first-day hint and of an event's question. Update does it
// (and the pause menu, over the floor), so that Draw only reads and a
// click always finds the button it was aimed at, from the first frame on.
func (f *floorScene) layout(a *App) {
	f.keyLabels(a)
	f.lay = core.Layout(a.W, a.H, f.panel)
	f.refresh(a)
	f.layoutHint()
	f.layoutCanvas(a.gfx.Scale)
	f.layoutSide(a)
	if _, d, ok := a.Session.W.PendingEvent(); ok {
		f.layoutDialog(a, d)
	}
}

// Draw draws the floor scene. It only reads: layout sets what it draws.
func (f *floorScene) Draw(a *App, g *Gfx) {
	// The office goes onto its own canvas first, so the screen's draws run
	// on unbroken and merge into few of Ebiten's draw commands.
	f.drawCanvas(a, g)
	f.drawHUD(a, g)
	f.drawActions(a, g)
	f.drawFloor(a, g)
	g.BeginLines()
	f.drawSide(a, g)
	g.EndLines()
	f.drawStatus(a, g)
	if f.hints >= 0 {
		f.drawHint(a, g)
	}
	if _, d, ok := a.Session.W.PendingEvent(); ok {
		f.drawDialog(a, g, d)
	}
	f.coach.draw(a, g)
}

func (f *floorScene) drawHUD(a *App, g *Gfx) {
	w := a.Session.W
	l := &f.lay
	g.Fill(l.HUD, g.P.Panel)
	g.Fill(core.Rect{X: 0, Y: l.HUD.Bottom() - 1, W: l.W, H: 1}, g.P.Line)
	g.TextB(f.clock, l.Clock.X, l.Clock.Y, SizeHead, true, g.P.Text, Left)
	g.Bar(l.Progress, core.QuarterProgress(w), g.P.Dim)
	g.TextB(f.day, l.Progress.Right()-2, l.Clock.Y+4, SizeSmall-1, false, g.P.Dim, Right)

	// Revenue against quota, with the pace the quota needs by now.
	rv := l.Revenue
	g.TextB(f.revenue, rv.X, rv.Y, SizeBody, true, g.P.Text, Left)
	bar := core.Rect{X: rv.X, Y: rv.Y + 22, W: rv.W, H: 16}
	frac, pace := 0.0, core.QuarterProgress(w)
	if w.Company.Quota > 0 {
		frac = float64(w.Revenue()) / float64(w.Company.Quota)
	}
	c := g.P.Good
	if w.Company.Quota > 0 && frac < pace*0.9 {
		c = g.P.Bad
	}
	g.Bar(bar, frac, c)
	if w.Company.Quota > 0 {
		x := bar.X + bar.W*pace
		g.Fill(core.Rect{X: x - 1, Y: bar.Y - 3, W: 2, H: bar.H + 6}, g.P.Accent)
	}

	// The player's hours: one pip per hour of the day.
	h := l.Hours
	g.TextB(f.hours, h.X, h.Y, SizeSmall, false, g.P.Dim, Left)
	left := w.HoursLeft()
	busy := w.Player.Busy
	used := int32(sim.TicksPerDay) - left - busy
	pw := (h.W - 8) / float64(sim.TicksPerDay)
	for i := int32(0); i < sim.TicksPerDay; i++ {
		cc := g.P.Good
		switch {
		case i < used:
			cc = g.P.ButtonOff
		case i < used+busy:
			cc = g.P.Accent
		}
		g.Fill(core.Rect{X: h.X + float64(i)*pw + float64(i/4)*2, Y: h.Y + 22, W: pw - 1, H: 14}, cc)
	}

	labels := [...]string{"||", "1x", "2x", "4x", "8x"}
	for i, r := range l.Speed {
		st := ButtonState{On: a.Session.Speed == i, Focus: f.ring.Index == 12+i, Hover: a.in.HoverIn(r)}
		g.Button(r, labels[i], st)
	}
	g.Button(l.Charts, "Charts", ButtonState{Focus: f.ring.Index == 17, Hover: a.in.HoverIn(l.Charts)})
	g.Button(l.Menu, "Menu", ButtonState{Focus: f.ring.Index == 18, Hover: a.in.HoverIn(l.Menu)})

	// Team readings.
	st := l.Stats
	g.Fill(st, g.P.Bg)
	x := st.X + 12
	items := [...]struct {
		name string
		v    sim.Fixed
	}{{"Morale", w.TeamMorale()}, {"Momentum", w.TeamMomentum()}, {"Culture", w.Team.Culture},
		{"Clarity", w.Team.Clarity}, {"Process", w.Team.Process}, {"Visibility", w.Team.Visibility},
		{"Exec trust", w.Company.ExecTrust}, {"Authority", w.Player.Authority}, {"Influence", w.Player.Influence}}
	cw := (st.W - 160) / float64(len(items))
	for _, it := range items {
		v := it.v.Float()
		g.Text(it.name, x, st.Y+2, SizeSmall, false, g.P.Dim, Left)
		g.Bar(core.Rect{X: x, Y: st.Y + 19, W: cw - 24, H: 7}, v, g.Level(v))
		x += cw
	}
	g.TextB(f.advice, st.Right()-12, st.Y+8, SizeSmall, true, g.P.Accent, Right)
}

func (f *floorScene) drawActions(a *App, g *Gfx) {
	l := &f.lay
	p := f.panel
	g.Panel(l.Actions)
	g.Fill(core.Rect{X: l.Manage.X, Y: l.Manage.Y, W: l.Manage.W, H: l.Manage.H}, g.P.Command)
	g.Text("MANAGE  (command)", l.Manage.X+8, l.Manage.Y+3, SizeBody, true, g.P.Text, Left)
	g.Fill(core.Rect{X: l.Lead.X, Y: l.Lead.Y, W: l.Lead.W, H: l.Lead.H}, g.P.Example)
	g.Text("LEAD  (example)", l.Lead.X+8, l.Lead.Y+3, SizeBody, true, g.P.Text, Left)
	for i := range p.Buttons {
		b := &p.Buttons[i]
		spec := &sim.Actions[b.ID]
		tint := g.P.Command
		if spec.Style == sim.StyleExample {
			tint = g.P.Example
		}
		st := ButtonState{Hover: p.Hover == i, Focus: f.ring.Index == i, Disabled: !b.Enabled, Tint: tint,
			On: p.Picking && p.Pick == b.ID}
		r := b.Rect
		bg := g.P.Button
		switch {
		case st.Disabled:
			bg = g.P.ButtonOff
		case st.Hover || st.On:
			bg = g.P.ButtonHi
		}
		g.Fill(r, bg)
		g.Fill(core.Rect{X: r.X, Y: r.Y, W: 4, H: r.H}, tint)
		border := g.P.Line
		if st.Focus || st.On {
			border = g.P.Accent
		}
		g.Stroke(r, 1, border)
		tc := g.P.Text
		if st.Disabled {
			tc = g.P.Dim
		}
		ty := r.Y + (r.H-SizeBody*1.2)/2
		// Hotkey in a key cap, the title, the cost on the right.
		g.Fill(core.Rect{X: r.X + 10, Y: ty - 1, W: 16, H: 18}, g.P.Bg)
		g.Text(f.actionKey[b.ID], r.X+18, ty, SizeSmall, true, g.P.Accent, Center)
		g.Text(b.Label, r.X+32, ty, SizeBody-1, b.Toggle, tc, Left)
		g.Text(b.Cost, r.Right()-8, ty, SizeSmall, false, g.P.Dim, Right)
		if b.Toggle {
			c := g.P.ButtonOff
			if b.On {
				c = g.P.Good
			}
			box := core.Rect{X: r.Right() - 52, Y: r.Y + r.H/2 - 5, W: 10, H: 10}
			g.Fill(box, c)
			g.Stroke(box, 1, g.P.Text)
		}
	}
	// The coach's button closes the panel, with its key in a key cap.
	hr := l.Hint
	st := ButtonState{Hover: a.in.HoverIn(hr), Focus: f.ring.Index == 19, On: f.coach.shown()}
	bg := g.P.Button
	if st.Hover || st.On {
		bg = g.P.ButtonHi
	}
	g.Fill(hr, bg)
	border := g.P.Line
	if st.Focus || st.On {
		border = g.P.Accent
	}
	g.Stroke(hr, 1, border)
	ty := hr.Y + (hr.H-SizeBody*1.2)/2
	g.Fill(core.Rect{X: hr.X + 10, Y: ty - 1, W: 16, H: 18}, g.P.Bg)
	g.Text(f.hintKey, hr.X+18, ty, SizeSmall, true, g.P.Accent, Center)
	g.Text("Hint: ask the coach", hr.X+32, ty, SizeBody-1, false, g.P.Text, Left)
}

var activityIcon = [...]int{
	sim.Dialing: art.IconPhone, sim.Talking: art.IconTalk, sim.Reporting: art.IconReport,
	sim.InMeeting: art.IconMeeting, sim.Resting: art.IconRest, sim.AskingAdvice: art.IconAsk,
	sim.Idle: art.IconIdle, sim.Left: -1,
}

func (f *floorScene) blit(img *ebiten.Image, x, y float64, flip bool, clr color.Color) {
	op := &f.op
	op.GeoM.Reset()
	if flip {
		op.GeoM.Scale(-1, 1)
		op.GeoM.Translate(float64(img.Bounds().Dx()), 0)
	}
	op.GeoM.Translate(math.Round(x), math.Round(y))
	op.ColorScale.Reset()
	if clr != nil {
		op.ColorScale.ScaleWithColor(clr)
	}
	op.Filter = ebiten.FilterNearest
	f.canvas.DrawImage(img, op)
}

// drawCanvas paints the office at native pixel size.
func (f *floorScene) drawCanvas(a *App, g *Gfx) {
	s := a.Session
	w := s.W
	sp := a.sprites
	v := f.view
	f.blit(sp.Background, 0, 0, false, nil)
	for i := range w.Reps {
		r := &w.Reps[i]
		d := &core.Desks[i]
		o := d.Origin
		if f.sel == int32(i) || (f.panel.Picking && !r.Gone && (v.Frame/20)%2 == 0) {
			c := g.P.Accent
			g.strokePx(f.canvas, o.X, o.Y-12, 64, 57, 1, c)
		}
		if r.Gone {
			f.blit(sp.Chair, o.X+17, o.Y+6, false, nil)
			f.blit(sp.DeskEmpty, o.X+12, o.Y+16, false, nil)
			continue
		}
		variant := i % art.Variants
		if v.Asking[i] > 0 {
			f.blit(sp.Chair, o.X+17, o.Y+6, false, nil)
		} else {
			frame := 0
			if (r.Activity == sim.Dialing || r.Activity == sim.Talking || r.Activity == sim.Reporting) &&
				((v.Frame/10+i*3)%4 < 2) && !a.Settings.ReducedMotion {
				frame = 1
			}
			f.blit(sp.Rep[variant][frame], o.X+18, o.Y+2, false, nil)
		}
		f.blit(sp.Desk, o.X+12, o.Y+16, false, nil)
		if ic := activityIcon[r.Activity]; ic >= 0 && v.Asking[i] == 0 {
			bob := 0.0
			if !a.Settings.ReducedMotion && r.Activity == sim.Talking {
				bob = float64((v.Frame/15+i)%2) * -1
			}
			f.blit(sp.Bubble[ic], o.X+34, o.Y-11+bob, false, nil)
		}
		lvl := core.MoraleLevel(r.Morale)
		f.blit(sp.Face[lvl], o.X+52, o.Y+22, false, g.Level(r.Morale.Float()))
		if r.Momentum >= sim.F(55, 100) {
			f.blit(sp.Flame, o.X+3, o.Y+23, false, nil)
		}
	}
	// Reps walking over to ask for advice, drawn above the desks.
	for i := range w.Reps {
		if v.Asking[i] > 0 && !w.Reps[i].Gone {
			p := v.AskPos(i)
			f.blit(sp.Rep[i%art.Variants][0], p.X-7, p.Y-8, false, nil)
			f.blit(sp.Bubble[art.IconAsk], p.X-5, p.Y-22, false, nil)
		}
	}
	frame := 0
	if v.Walking && (v.Frame/8)%2 == 1 && !a.Settings.ReducedMotion {
		frame = 1
	}
	f.blit(sp.Avatar[frame], v.Avatar.X-6, v.Avatar.Y-14, v.Facing < 0, nil)
}

func (f *floorScene) drawFloor(a *App, g *Gfx) {
	l := &f.lay
	g.Fill(l.Floor, g.P.Bg)
	op := &f.op
	op.GeoM.Reset()
	k := f.cscale * g.Scale // device pixels per canvas pixel
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(math.Round(f.canvasAt.X*g.Scale), math.Round(f.canvasAt.Y*g.Scale))
	op.ColorScale.Reset()
	op.Filter = ebiten.FilterNearest
	g.Dst.DrawImage(f.canvas, op)
	g.Stroke(f.canvasAt, 1, g.P.Line)

	// Names and floating feedback, in screen resolution.
	s := a.Session
	cs := f.cscale
	for i := range s.W.Reps {
		r := &s.W.Reps[i]
		o := core.Desks[i].Origin
		c := g.P.Text
		if r.Gone {
			c = g.P.Dim
		}
		g.Text(r.Name, f.canvasAt.X+(o.X+32)*cs, f.canvasAt.Y+(o.Y+36)*cs, SizeSmall, f.sel == int32(i), c, Center)
	}
	// "you" above the avatar's head, clear of the desks it stands at.
	g.Text("you", f.canvasAt.X+f.view.Avatar.X*cs, f.canvasAt.Y+(f.view.Avatar.Y-14)*cs-15, SizeSmall-1, true, g.P.Accent, Center)
	// Floating texts, newest first so they sit nearest their desk; one that
	// would overlap a text already placed moves up above it, so texts about
	// neighbouring reps or the same rep stay legible.
	placed := f.fbRects[:0]
	for i := len(s.Feedback) - 1; i >= 0; i-- {
		fb := &s.Feedback[i]
		var p core.Pt
		if fb.Rep >= 0 && int(fb.Rep) < sim.MaxReps {
			p = core.Desks[fb.Rep].Icon
		} else {
			p = f.view.Avatar
		}
		rise := float64(fb.Age) * 0.25
		if a.Settings.ReducedMotion {
			rise = 0
		}
		c := g.P.Text
		switch fb.Kind {
		case core.FeedDeal:
			c = g.P.Good
		case core.FeedMomentumBroken, core.FeedLeft:
			c = g.P.Bad
		case core.FeedAdvice:
			c = g.P.Accent
		}
		f.scratch = core.AppendFeedback(f.scratch[:0], fb)
		tw := g.MeasureB(f.scratch, SizeSmall, true)
		x, y := f.canvasAt.X+p.X*cs, f.canvasAt.Y+p.Y*cs-rise-8
		r := core.Rect{X: x - tw/2 - 4, Y: y - 1, W: tw + 8, H: 17}
		for moved := true; moved; {
			moved = false
			for _, q := range placed {
				if r.X < q.Right() && q.X < r.Right() && r.Y < q.Bottom()+1 && q.Y < r.Bottom()+1 {
					r.Y = q.Y - r.H - 2
					moved = true
				}
			}
		}
		if r.Y < f.canvasAt.Y {
			continue // pushed off the top of the floor: too many at once
		}
		if len(placed) < cap(placed) {
			placed = append(placed, r)
		}
		g.Fill(r, g.P.Shade)
		g.TextB(f.scratch, x, r.Y+1, SizeSmall, true, c, Center)
	}
}

func (f *floorScene) drawSide(a *App, g *Gfx) {
	l := &f.lay
	w := a.Session.W
	g.Panel(l.Side)
	x, y := l.Side.X+12, l.Side.Y+10
	ww := l.Side.W - 24
	if f.sel < 0 || int(f.sel) >= len(w.Reps) {
		g.Text("Your team", x, y, SizeHead, true, g.P.Text, Left)
		g.Text("click a rep for details", l.Side.Right()-12, y+3, SizeSmall, false, g.P.Dim, Right)
		y += 28
		for i := range w.Reps {
			r := &w.Reps[i]
			row := f.teamRows[i]
			if a.in.HoverIn(row) {
				g.Fill(row, g.P.PanelHi)
			}
			f.drawFace(g, x+8, y+9, r.Morale, 8)
			g.Text(r.Name, x+22, y+2, SizeBody, true, g.P.Text, Left)
			g.Text(r.Activity.String(), x+90, y+3, SizeSmall, false, g.P.Dim, Left)
			if !r.Gone {
				g.Bar(core.Rect{X: x + ww - 60, Y: y + 6, W: 60, H: 8}, r.Momentum.Float(), g.P.Series[1])
			}
			y += 26
		}
		y += 6
		g.Text("momentum", x+ww-30, y-8, SizeSmall-2, false, g.P.Dim, Center)
		y += 10
		g.Text("Recent events", x, y, SizeHead, true, g.P.Text, Left)
		y += 24
		for _, e := range f.events[:f.nevents] {
			if y > l.Side.Bottom()-18 {
				break
			}
			g.TextB(e, x, y, SizeSmall, false, g.P.Dim, Left)
			y += 18
		}
		return
	}
	r := &w.Reps[f.sel]
	f.drawFace(g, x+10, y+12, r.Morale, 11)
	g.Text(r.Name, x+28, y, SizeBig-2, true, g.P.Text, Left)
	g.Text(r.Activity.String(), x+28, y+26, SizeSmall, false, g.P.Accent, Left)
	g.Button(f.closeSel, "close", ButtonState{Hover: a.in.HoverIn(f.closeSel)})
	y += 48
	bars := [...]struct {
		n string
		v sim.Fixed
	}{{"Morale", r.Morale}, {"Momentum", r.Momentum}, {"Energy", r.Energy}, {"Skill", r.Skill}, {"Trust in you", r.Trust}, {"Autonomy need", r.Autonomy}}
	for _, b := range bars {
		g.Text(b.n, x, y, SizeSmall, false, g.P.Dim, Left)
		g.Bar(core.Rect{X: x + 100, Y: y + 3, W: ww - 100, H: 9}, b.v.Float(), g.Level(b.v.Float()))
		y += 17
	}
	y += 4
	for i := 0; i < 3 && i < f.nside; i++ {
		if len(f.side[i].b) > 0 {
			g.TextB(f.side[i].b, x, y, SizeSmall-1, false, g.P.Text, Left)
			y += 16
		}
	}
	// Sparklines of the last two days, hourly.
	y += 4
	series := w.Series.RepHour[f.sel]
	names := [...]string{"morale", "momentum", "output"}
	for m := 0; m < 3; m++ {
		box := core.Rect{X: x + 70, Y: y, W: ww - 70, H: 24}
		g.Text(names[m], x, y+5, SizeSmall, false, g.P.Dim, Left)
		g.Fill(box, g.P.Bg)
		f.spark(g, box, series, m)
		y += 28
	}
	y += 6
	for _, line := range f.side[min(3, f.nside):f.nside] {
		if y > l.Side.Bottom()-16 {
			break
		}
		if line.kind == sideHead {
			g.TextB(line.b, x, y, SizeBody-1, true, g.P.Text, Left)
			y += 19
			continue
		}
		c := g.P.Good
		if line.kind == sideBad {
			c = g.P.Bad
		}
		g.TextB(line.b, x+6, y, SizeSmall, false, c, Left)
		y += 16
	}
}

// spark draws one metric of the last 16 hourly samples into box.
func (f *floorScene) spark(g *Gfx, box core.Rect, ss []sim.Sample, metric int) {
	const n = 16
	start := len(ss) - n
	if start < 0 {
		start = 0
	}
	ss = ss[start:]
	if len(ss) < 2 {
		g.Text("(after an hour)", box.X+4, box.Y+5, SizeSmall-2, false, g.P.Dim, Left)
		return
	}
	maxOut := int32(1)
	for _, s := range ss {
		if s.Output > maxOut {
			maxOut = s.Output
		}
	}
	f.xs, f.ys = f.xs[:0], f.ys[:0]
	for i, s := range ss {
		var v float64
		switch metric {
		case 0:
			v = s.Morale.Float()
		case 1:
			v = s.Momentum.Float()
		default:
			v = float64(s.Output) / float64(maxOut)
		}
		f.xs = append(f.xs, box.X+2+float64(i)*(box.W-4)/float64(n-1))
		f.ys = append(f.ys, box.Bottom()-2-v*(box.H-4))
	}
	g.Polyline(f.xs, f.ys, 1.5, g.P.Series[metric])
}

// drawFace draws a morale face centred at cx, cy about 2r across: the shape
// says the level (smile, flat, frown) as well as the colour.
func (f *floorScene) drawFace(g *Gfx, cx, cy float64, m sim.Fixed, r float64) {
	drawFace(f.sprites, g, cx, cy, m, r)
}

func drawFace(sp *Sprites, g *Gfx, cx, cy float64, m sim.Fixed, r float64) {
	k := math.Max(1, math.Round(2*r*g.Scale/9))
	half := 4.5 * k / g.Scale
	g.Sprite(sp.Face[core.MoraleLevel(m)], cx-half, cy-half, k, g.Level(m.Float()))
}

func (f *floorScene) drawStatus(a *App, g *Gfx) {
	l := &f.lay
	g.Fill(l.Status, g.P.Panel)
	g.Fill(core.Rect{X: 0, Y: l.Status.Y, W: l.W, H: 1}, g.P.Line)
	y := l.Status.Y + 9
	// A hovered action explains itself: why not, or what it does.
	if h := f.panel.Hover; h >= 0 {
		b := &f.panel.Buttons[h]
		spec := &sim.Actions[b.ID]
		if !b.Enabled {
			f.scratch = append(append(f.scratch[:0], "Can't now: "...), b.Reason...)
			g.TextB(f.scratch, 12, y, SizeBody-1, false, g.P.Bad, Left)
		} else {
			g.Text(actionNow[b.ID], 12, y, SizeBody-1, false, g.P.Text, Left)
		}
		f.drawTooltip(a, g, b, spec)
		return
	}
	switch {
	case len(f.status) > 0:
		c := g.P.Text
		if !f.statusOK {
			c = g.P.Bad
		}
		g.TextB(f.status, 12, y, SizeBody-1, false, c, Left)
	case a.Session.Speed == 0:
		g.Text(f.pausedLine, 12, y, SizeBody-1, false, g.P.Dim, Left)
	default:
		g.Text(f.tipLine, 12, y, SizeBody-1, false, g.P.Dim, Left)
	}
}

func (f *floorScene) drawTooltip(a *App, g *Gfx, b *core.ActionButton, spec *sim.ActionSpec) {
	x := b.Rect.Right() + 10
	wid := 330.0
	r := core.Rect{X: x, Y: b.Rect.Y, W: wid, H: 0}
	// Wrapped once per text (WrapC), so hovering allocates nothing.
	now := g.WrapC(spec.Now, wid-20, SizeSmall, false)
	later := g.WrapC(spec.Later, wid-20, SizeSmall, false)
	var why, hollow []string
	if !b.Enabled {
		why = g.WrapC(b.Reason, wid-20, SizeSmall, true)
	} else if b.Hollow != "" {
		hollow = g.WrapC(b.Hollow, wid-20, SizeSmall, true)
	}
	lines := len(now) + len(later) + len(why) + len(hollow)
	extra := 0.0
	if b.Toggle && b.Next != "" {
		extra = 18
	}
	r.H = 34 + float64(lines)*16 + 6 + 2*4 + extra
	if r.Bottom() > f.lay.Status.Y {
		r.Y = f.lay.Status.Y - r.H - 4
	}
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 1, g.P.Accent)
	style := "Manage (command)"
	if spec.Style == sim.StyleExample {
		style = "Lead (example)"
	}
	g.Text(f.actionTitle[b.ID], r.X+10, r.Y+6, SizeBody-1, true, g.P.Text, Left)
	g.Text(style, r.Right()-10, r.Y+8, SizeSmall-1, false, g.P.Dim, Right)
	y := r.Y + 28
	g.Text("Now", r.X+10, y, SizeSmall-2, true, g.P.Dim, Left)
	y = g.Lines(now, r.X+44, y, SizeSmall, false, g.P.Good) + 4
	g.Text("Later", r.X+10, y, SizeSmall-2, true, g.P.Dim, Left)
	y = g.Lines(later, r.X+44, y, SizeSmall, false, g.P.Series[1]) + 4
	y = g.Lines(why, r.X+10, y, SizeSmall, true, g.P.Bad)
	y = g.Lines(hollow, r.X+10, y, SizeSmall, true, g.P.Mid)
	if extra > 0 {
		f.scratch = append(append(f.scratch[:0], "Press to set: "...), b.Next...)
		g.TextB(f.scratch, r.X+10, y+2, SizeSmall, false, g.P.Accent, Left)
	}
}

// layoutCanvas fits the office's canvas into the floor rect, with whole
// device pixels per canvas pixel when there is room, so the pixel art
// stays even.
func (f *floorScene) layoutCanvas(scale float64) {
	l := &f.lay
	k := math.Min(l.Floor.W/core.CanvasW, l.Floor.H/core.CanvasH) * scale
	if k >= 2 {
		k = math.Floor(k)
	}
	f.cscale = k / scale
	cw, ch := core.CanvasW*f.cscale, core.CanvasH*f.cscale
	f.canvasAt = core.Rect{X: l.Floor.X + (l.Floor.W-cw)/2, Y: l.Floor.Y + (l.Floor.H-ch)/2, W: cw, H: ch}
}

// layoutSide places the side panel's clickable parts: a row per rep in
// the team list, and the selected rep's close button. drawSide draws at
// the same places.
func (f *floorScene) layoutSide(a *App) {
	l := &f.lay
	x, y := l.Side.X+12, l.Side.Y+10
	ww := l.Side.W - 24
	f.closeSel = core.Rect{X: l.Side.Right() - 74, Y: y, W: 64, H: 22}
	y += 28
	for i := range a.Session.W.Reps {
		if i < len(f.teamRows) {
			f.teamRows[i] = core.Rect{X: x - 4, Y: y - 2, W: ww + 8, H: 24}
		}
		y += 26
	}
}

// layoutHint places the first-day hint's box and buttons.
func (f *floorScene) layoutHint() {
	l := &f.lay
	f.hintBox = core.Rect{X: l.Floor.X + 20, Y: l.Floor.Bottom() - 130, W: l.Floor.W - 40, H: 118}
	r := f.hintBox
	f.hintNext = core.Rect{X: r.Right() - 214, Y: r.Y + 6, W: 100, H: 24}
	f.hintSkip = core.Rect{X: r.Right() - 108, Y: r.Y + 6, W: 100, H: 24}
}

func (f *floorScene) drawHint(a *App, g *Gfx) {
	r := f.hintBox
	g.Fill(r, g.P.PanelHi)
	g.Stroke(r, 2, g.P.Accent)
	g.Text(hintHeads[f.hints], r.X+12, r.Y+8, SizeBody, true, g.P.Accent, Left)
	g.Lines(g.WrapC(f.hintText[f.hints], r.W-24, SizeBody-1, false), r.X+12, r.Y+30, SizeBody-1, false, g.P.Text)
	g.Button(f.hintNext, f.hintNextLabel, ButtonState{Hover: a.in.HoverIn(f.hintNext)})
	g.Button(f.hintSkip, f.hintSkipLabel, ButtonState{Hover: a.in.HoverIn(f.hintSkip)})
}

// dialogWidth is an event question's box width.
const dialogWidth = 600.0

// layoutDialog lays out an event's question: its box, wrapped text, and a
// button per answer (labelled with the answer's key). Update does it, so
// the first frame's click finds its button.
func (f *floorScene) layoutDialog(a *App, d *sim.EventDef) {
	w := a.Session.W
	rec, _, _ := w.PendingEvent()
	if f.eventFor != w.Events.Pending || f.dialogKeys != a.Keys.Version() {
		f.eventFor, f.dialogKeys = w.Events.Pending, a.Keys.Version()
		for i := range d.Choices {
			if i < len(f.choices) {
				key := strconv.Itoa(i + 1)
				if i < 4 {
					key = a.Keys.Label(core.CtlAnswer1 + core.Control(i))
				}
				f.choices[i] = append(append(append(f.choices[i][:0], key...), "  "...), d.Choices[i].Label...)
			}
		}
		f.about = f.about[:0]
		if rec.Rep >= 0 && int(rec.Rep) < len(w.Reps) {
			f.about = append(append(f.about, "About "...), w.Reps[rec.Rep].Name...)
		}
	}
	f.dialogWrap = a.gfx.WrapC(d.Text, dialogWidth-40, SizeBody, false)
	h := 110 + float64(len(f.dialogWrap))*19 + float64(len(d.Choices))*58
	f.dialogBox = core.Rect{X: (a.W - dialogWidth) / 2, Y: (a.H - h) / 2, W: dialogWidth, H: h}
	y := f.dialogBox.Y + 70 + float64(len(f.dialogWrap))*float64(SizeBody)*1.35 + 8
	for i := range d.Choices {
		if i < len(f.choice) {
			f.choice[i] = core.Rect{X: f.dialogBox.X + 20, Y: y, W: dialogWidth - 40, H: 50}
		}
		y += 58
	}
}

func (f *floorScene) drawDialog(a *App, g *Gfx, d *sim.EventDef) {
	g.Fill(core.Rect{W: a.W, H: a.H}, g.P.Shade)
	r := f.dialogBox
	g.Fill(r, g.P.Panel)
	g.Stroke(r, 2, g.P.Accent)
	g.Text(d.Title, r.X+20, r.Y+16, SizeBig-2, true, g.P.Accent, Left)
	g.TextB(f.about, r.X+20, r.Y+50, SizeSmall, true, g.P.Dim, Left)
	g.Lines(f.dialogWrap, r.X+20, r.Y+70, SizeBody, false, g.P.Text)
	for i := range d.Choices {
		if i >= len(f.choice) {
			break
		}
		c := &d.Choices[i]
		br := f.choice[i]
		st := ButtonState{Hover: a.in.HoverIn(br), Focus: f.ring.Index == i}
		bg := g.P.Button
		if st.Hover {
			bg = g.P.ButtonHi
		}
		g.Fill(br, bg)
		bc := g.P.Line
		if st.Focus {
			bc = g.P.Accent
		}
		g.Stroke(br, 1, bc)
		if i < len(f.choices) {
			g.TextB(f.choices[i], br.X+12, br.Y+7, SizeBody, true, g.P.Text, Left)
		}
		g.Text(c.Text, br.X+28, br.Y+28, SizeSmall, false, g.P.Dim, Left)
	}
}

package game

import (
	"fmt"

	"salesfloor/game/session"
	"salesfloor/game/synth"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

var hintTexts = [...]string{
	"Welcome to your floor. Each desk is a rep: the bubble shows what they are doing, the face their morale (smile, flat, frown). A flame means they are on a roll.",
	"You have 8 hours a day. Spend them with the buttons on the left: MANAGE (command: organise, measure, direct) or LEAD (example: do the work, inspire, advise). Hover a button to see what it does now and later. Calls book meetings, and meetings close as deals over the next mornings: the first revenue comes after a few days.",
	"Click a rep to see their numbers and why their morale and momentum moved today. Mentor, review and scrub need a rep: select one first, or click the button and then the rep.",
	"{pause} pauses, {speeds} set the speed, Tab and Enter work every button, {menu} opens the menu. {hint} asks the coach (a search-based expert) for a hint, {charts} opens the charts. Events will ask you to decide. The game autosaves every evening. Settings, Keys… remaps any key.",
	"No need to click every hour: {routine} opens your routine, a week on a calendar that runs by itself (your own clicks come first). An action pressed while you are busy waits in a queue. The clock stops for what you must see: the VP's check-in, a rep thinking of leaving (Settings, Auto-pause says which).",
	"Hit the quota and keep the team. Command wins the present, example the future: neither wins alone. Press {pause} to start the day.",
}

// floorScene is the sales floor: HUD, actions, the office, the side panel.
type floorScene struct {
	// The actions' key caps and tooltip titles, and the hint's key, for
	// the key map at version keysVer.
	actionKey [sim.NumPlayActions]string
	// fitted is each action button's label as it fits its button
	// (fitActions), and fitFrom the label it was fitted from.
	fitted, fitFrom [sim.NumPlayActions]string
	fitRoom         [sim.NumPlayActions]float64
	actionTitle     [sim.NumPlayActions]string
	hintKey         string
	hintText        [len(hintTexts)]string
	pausedLine      string
	// The first-day hints' buttons.
	hintNextLabel, hintSkipLabel string
	tipLine                      string
	keysVer                      int
	// hudFocus is the focus ring\'s index for the buttons of the floor
	// itself, -1 while an event\'s question holds the ring.
	hudFocus int

	panel    *ui.ActionPanel
	view     *ui.FloorView
	lay      ui.FloorLayout
	sel      int32
	ring     ui.FocusRing
	focus    []ui.Rect
	hints    int     // index of the hint shown, -1 for none
	canvasAt ui.Rect // where the canvas is drawn, UI units
	cscale   float64 // UI units per canvas pixel
	status   []byte
	statusOK bool
	// A status line lasts a game hour from the tick it was said at, then
	// gives way to the paused line or the tip: "you are busy until 09:15"
	// must not still show at 16:45.
	// The status line as laid out (floor_status.go): its text, fitted
	// to the window, and its kind.
	statusSrc, statusFit, statusLine []byte
	statusKind                       int
	statusAt                         int32
	statusSaid                       bool // said this frame; statusAt is set when layout runs
	// statusPause marks a status that says why the clock stopped ("Paused
	// for the event: …"): it is true only while paused, so it goes the
	// moment play resumes rather than an hour of play later.
	statusPause bool
	// dryDay is the day the floor last said the lead pool ran dry, so it
	// says it once a day.
	dryDay   int32
	lastSpd  int
	hintNext ui.Rect
	hintSkip ui.Rect
	choice   [4]ui.Rect
	teamRows [sim.MaxReps]ui.Rect
	// Laid out by layout: the first-day hint's box, and an event's
	// question (box, wrapped text, the key map's version its labels show).
	hintBox     ui.Rect
	dialogBox   ui.Rect
	dialogWrap  []string
	dialogText  string // the pending event's text, with a talk's context
	dialogTitle string
	dialogKeys  int
	// dialogFrames counts the frames the current event's question has
	// been up; its answer keys wait dialogGrace frames (see updateDialog).
	dialogFrames int
	dialogOf     int32 // the question dialogFrames counts for (Events.Pending)
	coach        hintPanel
	notes        noticeDialog // the notices that stop the clock
	queue        queueView    // the actions waiting for the player
	vocab        []string     // the words notices and events use (floor_words.go)
	wordsAt      float64      // the scale they are being shaped at,
	wordsWarm    bool         // once warming has begun;
	warmFace     int          // the face and word warming has reached
	warmNext     int

	// Labels rebuilt when the world changes, as bytes drawn with TextB so
	// that a running floor allocates nothing (see refresh).
	cacheVer int
	cacheSel int32
	clock    []byte
	day      []byte
	closeSel ui.Rect
	revenue  []byte
	// revenueShort is revenue without its words, shown (revShort) when
	// the HUD has no room for the whole.
	revenueShort []byte
	revShort     bool
	dayShow      bool // the day label fits beside the clock
	hours        []byte
	// The team readings' values, and the help box of the one hovered or
	// focused (statTip, -1 for none; statTipFor is the reading its
	// heading was made for).
	statVal     [ui.NumStats][]byte
	adviceName  string // "Advice sought", or "Sought" when a three-digit count leaves no room
	statTip     int
	statTipFor  int
	statTipHead []byte
	statTipWrap []string
	statTipBox  ui.Rect
	side        [24]sideLine
	repVals     [6][]byte // the selected rep's bars as points of 100
	nside       int
	causes      [sim.NumCauses]sim.CauseAmount
	recent      recentList
	eventFor    int32
	choices     [4][]byte
	about       []byte
	scratch     []byte
	tip         actionTip     // the hovered action's tooltip, laid out (floor_tooltip.go)
	fb          [fbMax]fbLine // the floating texts, laid out (floor_feedback.go)
	nfb         int
	banner      fbLine                 // a text on most of the floor at once, as one line over it
	names       [sim.MaxReps]floorName // the reps' names, laid out
	nnames      int
	you         ui.Rect // "you" over the avatar, laid out
	// taken is every label placed so far this layout (the names, "you",
	// the floating texts): the next is placed clear of them.
	taken   [2*sim.MaxReps + 2 + fbMax]ui.Rect // names, "you", the mood faces, the banner, the stacks
	ntaken  int
	xs, ys  []float64
	sprites *Sprites
}

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

func newFloor(ctx *Ctx) *floorScene {
	f := &floorScene{panel: ui.NewActionPanel(), view: ui.NewFloorView(), sel: -1, hints: -1,
		ring: ui.FocusRing{Index: -1}, lastSpd: 1, cacheVer: -1, eventFor: -1, dialogOf: -1, statTip: -1, statTipFor: -1, dryDay: -1,
		sprites: ctx.Art}
	f.panel.Keys = ctx.Keys
	f.layout(ctx)
	f.xs = make([]float64, 0, 64)
	f.ys = make([]float64, 0, 64)
	return f
}

func (f *floorScene) say(msg string, ok bool) {
	f.status, f.statusOK, f.statusSaid = append(f.status[:0], msg...), ok, true
	f.statusPause = false
}

// say2 says two strings run together, without building a string.
func (f *floorScene) say2(a, b string, ok bool) {
	f.status, f.statusOK, f.statusSaid = append(append(f.status[:0], a...), b...), ok, true
	f.statusPause = false
}

func (f *floorScene) Update(ctx *Ctx, in *ui.Input) error {
	s := ctx.Session()
	f.layout(ctx)
	// And again once this frame's commands and ticks are in, for Draw.
	defer f.layout(ctx)
	if s.W.Done() && !f.notes.up() {
		// The report waits for the quarter's last notices (a resignation,
		// the last check-in, the floor closing) to be read.
		ctx.Go(newReport(ctx))
		return nil
	}
	if _, d, ok := s.W.PendingEvent(); ok {
		if f.dialogOf != s.W.Events.Pending {
			// A new question, even one that follows another at once: its
			// grace starts again. A play-test answered one with 1 and
			// pressed 1 again to pause, which answered the next, unseen.
			f.dialogOf, f.dialogFrames = s.W.Events.Pending, 0
		}
		f.dialogFrames++
		if ctx.Keys.Pressed(in, ui.CtlHint) {
			f.coach.toggle(ctx)
		}
		f.updateDialog(ctx, in, d)
		f.view.Update(s, ctx.Settings.ReducedMotion)
		f.take(ctx, s, ctx.Simulate())
		f.coach.update(ctx, f.lay.Floor)
		return nil
	}
	f.dialogFrames = 0
	if f.notes.up() {
		f.notes.update(ctx, in, s)
		f.view.Update(s, ctx.Settings.ReducedMotion)
		f.take(ctx, s, ctx.Simulate())
		return nil
	}
	if f.hints >= 0 {
		switch {
		case ctx.Keys.Pressed(in, ui.CtlHintsSkip) || in.ClickIn(f.hintSkip):
			in.ConsumeClick()
			f.endHints(ctx)
		case ctx.Keys.Pressed(in, ui.CtlHintsNext) || in.ClickIn(f.hintNext):
			in.ConsumeClick()
			f.hints++
			if f.hints >= len(hintTexts) {
				f.endHints(ctx)
			}
		}
	}
	if ctx.Keys.Pressed(in, ui.CtlMenu) && !f.panel.Picking {
		ctx.Go(newPause(ctx, f))
		return nil
	}
	f.focus = f.lay.Focusables(f.panel, f.focus)
	f.ring.Apply(in, f.focus)

	// Speed.
	if ctx.Keys.Pressed(in, ui.CtlPause) {
		if s.Speed == 0 {
			s.Speed = f.lastSpd
			if f.hints >= 0 {
				f.endHints(ctx)
			}
		} else {
			f.lastSpd, s.Speed = s.Speed, 0
		}
	}
	for i := range session.Speeds {
		if ctx.Keys.Pressed(in, ui.CtlSpeed0+ui.Control(i)) || in.ClickIn(f.lay.Speed[i]) {
			in.ConsumeClick()
			s.Speed = i
			if i > 0 {
				f.lastSpd = i
				if f.hints >= 0 {
					f.endHints(ctx)
				}
			}
		}
	}
	if ctx.Keys.Pressed(in, ui.CtlHint) || in.ClickIn(f.lay.Hint) {
		in.ConsumeClick()
		if f.hints >= 0 {
			f.endHints(ctx)
		}
		f.coach.toggle(ctx)
		if f.coach.busy() && s.Speed > 0 {
			// The moment asked about stays put while the coach thinks.
			f.lastSpd, s.Speed = s.Speed, 0
		}
	}
	if ctx.Keys.Pressed(in, ui.CtlCharts) || in.ClickIn(f.lay.Charts) {
		in.ConsumeClick()
		ctx.Go(newCharts(ctx, f, f.sel, func(rep int32) { f.sel = rep }))
		return nil
	}
	if in.ClickIn(f.lay.Menu) {
		in.ConsumeClick()
		ctx.Go(newPause(ctx, f))
		return nil
	}

	if f.updateRoutine(ctx, in, s) {
		return nil
	}
	// Actions, and the queue of those chosen while busy.
	if ctx.Keys.Pressed(in, ui.CtlQueueClear) && len(s.Queue) > 0 {
		s.ClearQueue()
		f.say("The queue is cleared.", true)
	}
	res := f.panel.Update(in, s, f.sel)
	f.report(ctx, res)

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
			rep = ui.RepAt(s.W, cx, cy)
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
			case rep >= 0 && f.panel.Picking && s.W.Reps[rep].Gone:
				// An empty desk is not a target: the pick stays open.
				f.say(fmt.Sprintf("%s's desk is empty: click someone still on the team (%s cancels).", s.W.Reps[rep].Name, ctx.Keys.Label(ui.CtlMenu)), false)
			case rep >= 0 && f.panel.Picking:
				f.report(ctx, f.panel.PickRep(s, rep))
			case rep >= 0 && rep == f.sel:
				f.sel = -1
			case rep >= 0:
				f.sel = rep
			default:
				f.sel = -1
			}
		}
	}
	if f.sel >= 0 && ctx.Keys.Pressed(in, ui.CtlDeselect) {
		f.sel = -1
	}

	// Simulate, and stop for what must be read.
	f.take(ctx, s, ctx.Simulate())
	f.view.Update(s, ctx.Settings.ReducedMotion)
	f.coach.update(ctx, f.lay.Floor)
	return nil
}

// selectRep selects a rep, as a click on them does (-1: none).
func (f *floorScene) selectRep(rep int32) { f.sel = rep }

// take stops the clock for what a frame of play brought, as the player's
// auto-pause settings ask: a notice to read, a new day, an event.
func (f *floorScene) take(ctx *Ctx, s *session.Session, m session.Moments) {
	ap := &ctx.Settings.Pause
	f.notes.take(s, m, ap)
	// In passing, on the status line: a check-in that went as the last
	// one did (Notice.Again), a warning of one the team's visibility is
	// short of that does not stop the clock (Notice.Short), a queued action
	// that could not be taken at its turn (the line said "Queued: ... It
	// starts as soon as you are free" until something replaced it).
	if n := s.NewestFresh(m, func(n *session.Notice) bool { return n.Kind == session.NoticeCheckin && n.Again }); n != nil {
		f.say(n.Title+".", n.Good)
	}
	if n := s.NewestFresh(m, func(n *session.Notice) bool { return n.Short && !stops(n, ap) }); n != nil {
		f.say(n.Title+".", false)
	}
	if n := s.NewestFresh(m, func(n *session.Notice) bool { return n.Kind == session.NoticeDropped }); n != nil {
		f.say(n.Title+".", false)
	}
	if m.Routine > 0 && s.Routine != nil {
		c := s.Routine.Last
		who := ""
		if c.Target >= 0 && int(c.Target) < len(s.W.Reps) {
			who = " with " + s.W.Reps[c.Target].Name
		}
		f.say("Your routine: "+sim.Actions[c.Action].Title+who+".", true)
	}
	if day := s.W.Day(); s.W.Team.LeadPool == 0 && day != f.dryDay && idleForLeads(s.W) && !s.W.Done() {
		// Said once a day: a play-test's floor of experts sat idle for
		// want of leads in its last quarters, and nothing said why.
		f.dryDay = day
		if s.W.Events.DroughtDays > 0 {
			f.say(fmt.Sprintf("The lead pool is empty, and the drought sends none for %d more days: reps with no leads sit idle.", s.W.Events.DroughtDays), false)
		} else {
			f.say("The lead pool is empty: reps with no leads sit idle until tomorrow's come in, and the VP's trust brings more.", false)
		}
	}
	if m.Queued > 0 {
		q := s.QueueStarted
		who := ""
		switch {
		case q.Action == sim.ActReports || q.Action == sim.ActQuota:
			who = ": " + session.OrderText(s.W, q.Action, q.Target, q.Arg)
		case q.Target >= 0 && int(q.Target) < len(s.W.Reps):
			who = " with " + s.W.Reps[q.Target].Name
		}
		f.say("From your queue: "+sim.Actions[q.Action].Title+who+".", true)
	}
	if m.Skipped > 0 && s.Routine != nil {
		f.say2("Skipped, as you asked: ", sim.Actions[s.Routine.Dropped.Action].Title, true)
	}
	if s.Speed == 0 || s.Turbo > 0 {
		return
	}
	switch {
	case m.DaysEnded > 0 && ap.DayStart:
		f.lastSpd, s.Speed = s.Speed, 0
		f.say("A new day: paused, as Settings, Auto-pause asks.", true)
		f.statusPause = true
	case m.Event >= 0 && ap.Events:
		f.lastSpd, s.Speed = s.Speed, 0
		f.say2("Paused for the event: ", s.LastEventTitle(), true)
		f.statusPause = true
	}
}

// idleForLeads reports whether a rep on the team sits idle for want of
// leads.
func idleForLeads(w *sim.World) bool {
	for i := range w.Reps {
		if r := &w.Reps[i]; !r.Gone && r.Activity == sim.Idle {
			return true
		}
	}
	return false
}

// notice reports whether a notice is on show: scripts that answer events
// read it too.
func (f *floorScene) notice() bool { return f.notes.up() }

// noticeOK is the notice's OK button, once laid out, for scripts.
func (f *floorScene) noticeOK() (ui.Rect, bool) {
	return f.notes.ok, f.notes.up() && f.notes.ok.W > 0
}

// showsEvents marks the floor as the scene an event's toast is shown on.
func (f *floorScene) showsEvents() {}

// busy: a hint is being thought, or the quarter is over and the report
// (with the expert's quarter to play) opens next frame.
func (f *floorScene) busy(ctx *Ctx) bool { return f.coach.busy() || ctx.Session().W.Done() }

// toastRect puts toasts at the top of the office, clear of the hints box,
// the buttons, a reading's help and the floating texts near the desks.
// toastMaxW keeps a toast over the office, clear of the panels.
func (f *floorScene) toastMaxW(ctx *Ctx) float64 { return f.lay.Floor.W - 16 }

func (f *floorScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	fl := f.lay.Floor
	y := fl.Y + 8
	if f.statTip >= 0 {
		y = max(y, f.statTipBox.Bottom()+8) // below a reading's help, not over it
	}
	return ui.Rect{X: fl.X + (fl.W-w)/2, Y: y, W: w, H: h}
}

func (f *floorScene) endHints(ctx *Ctx) {
	f.hints = -1
	if !ctx.Settings.HintsSeen {
		ctx.Settings.HintsSeen = true
		ctx.SaveSettings()
	}
}

func (f *floorScene) report(ctx *Ctx, res ui.ActionResult) {
	s := ctx.Session()
	switch {
	case res.Sent && (res.Cmd.Action == sim.ActReports || res.Cmd.Action == sim.ActQuota) && res.Cmd.Arg == 0:
		// An order taken off: what it was, not what it does when on (a
		// play-test read "orders a status report every two hours" after
		// turning Dev's reports off).
		c := res.Cmd
		f.say(fmt.Sprintf("%s: %s.", sim.Actions[c.Action].Title, session.OrderText(s.W, c.Action, c.Target, c.Arg)), true)
	case res.Sent:
		spec := &sim.Actions[res.Cmd.Action]
		who := ""
		if res.Cmd.Target >= 0 && int(res.Cmd.Target) < len(s.W.Reps) {
			who = " with " + s.W.Reps[res.Cmd.Target].Name
		}
		f.say(fmt.Sprintf("%s%s: %s. Later: %s.", spec.Title, who, spec.Now, spec.Later), true)
	case res.Queued:
		spec := &sim.Actions[res.Cmd.Action]
		who := ""
		switch c := res.Cmd; {
		case c.Action == sim.ActReports || c.Action == sim.ActQuota:
			who = ": " + session.OrderText(s.W, c.Action, c.Target, c.Arg)
		case c.Target >= 0 && int(c.Target) < len(s.W.Reps):
			who = " with " + s.W.Reps[c.Target].Name
		}
		f.say(fmt.Sprintf("Queued: %s%s. It starts as soon as you are free (%s clears the queue).", spec.Title, who, ctx.Keys.Label(ui.CtlQueueClear)), true)
	case res.NeedRep:
		f.say(fmt.Sprintf("%s: click a rep on the floor (%s cancels).", sim.Actions[f.panel.Pick].Title, ctx.Keys.Label(ui.CtlMenu)), true)
	case res.Refused != "":
		f.say(res.Refused, false)
		ctx.Play(synth.SoundRefuse)
	case res.Canceled:
		f.say("Canceled.", true)
	}
}

// dialogGrace is how many frames (a third of a second) an event's question
// is up before its answer keys count: a player pressing 1 to pause just as
// the question appears must not answer it unread.
const dialogGrace = 20

// answerAgainText says how to give the answer a digit focused: "press 1
// again, or Enter, to choose it".
func answerAgainText(ctx *Ctx, i int) string {
	return "press " + ctx.Keys.Label(ui.CtlAnswer1+ui.Control(i)) + " again, or Enter, to choose it."
}

// chooseText tells a player who pressed Enter at a question with no
// answer focused how to answer: "Choose an answer: 1, 2 or 3 twice, or
// click one (Tab moves between them, then Enter)".
func chooseText(ctx *Ctx, n int) string {
	keys := ""
	for i := 0; i < n && i < 4; i++ {
		switch {
		case i == 0:
		case i == n-1 || i == 3:
			keys += " or "
		default:
			keys += ", "
		}
		keys += ctx.Keys.Label(ui.CtlAnswer1 + ui.Control(i))
	}
	return "Choose an answer: " + keys + " twice, or click one (Tab moves between them, then Enter)."
}

func (f *floorScene) updateDialog(ctx *Ctx, in *ui.Input, d *sim.EventDef) {
	s := ctx.Session()
	n := len(d.Choices)
	f.focus = f.focus[:0]
	f.focus = append(f.focus, f.choice[:n]...)
	if f.dialogFrames == 1 {
		// No answer has the focus: Enter alone answers nothing. The first
		// answer is the one that does nothing (ride it out, let it play
		// out), often the harshest, and a play-test's Enter gave it unread.
		// Tab (or a digit, or a click) chooses; then Enter gives the
		// focused one.
		f.ring.Index = -1
	}
	if f.dialogFrames <= dialogGrace {
		in.ConsumeKey(ui.NavActivate) // Enter, like the answer keys, waits out the grace
	}
	if f.ring.Index < 0 && in.Key(ui.NavActivate) {
		in.ConsumeKey(ui.NavActivate)
		f.say(chooseText(ctx, n), false)
	}
	f.ring.Apply(in, f.focus)
	for i := 0; i < n; i++ {
		key := i < 4 && f.dialogFrames > dialogGrace && ctx.Keys.Pressed(in, ui.CtlAnswer1+ui.Control(i))
		if key && f.ring.Index != i {
			// A digit first focuses its answer, and says so; the same digit
			// again (or Enter) gives it. The digits are the floor's speed
			// keys too: a play-test pressed 1 to pause with a question on
			// screen, unread, and gave its first answer.
			f.ring.Index = i
			f.say2(d.Choices[i].Label+": ", answerAgainText(ctx, i), false)
			return
		}
		if key || in.ClickIn(f.choice[i]) {
			in.ConsumeClick()
			if err := s.Do(sim.ActChoose, sim.TeamTarget, int32(i)); err != nil {
				f.say(session.Reason(err), false)
			} else {
				f.say2("You chose: ", d.Choices[i].Label, true)
			}
			f.ring.Index = -1
			return
		}
	}
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		ctx.Go(newPause(ctx, f))
	}
}

// Draw draws the floor scene. It only reads: layout sets what it draws.
func (f *floorScene) Draw(ctx *Ctx, g *Gfx) {
	f.drawHUD(ctx, g)
	f.drawActions(ctx, g)
	f.drawFloor(ctx, g)
	f.queue.draw(g)
	g.BeginLines(false) // the sparklines: small, and drawn with the rest
	f.drawSide(ctx, g)
	g.EndLines()
	f.drawStatus(ctx, g)
	f.drawStatTip(g)
	if f.hints >= 0 {
		f.drawHint(ctx, g)
	}
	if _, d, ok := ctx.Session().W.PendingEvent(); ok {
		f.drawDialog(ctx, g, d)
	} else if f.notes.up() {
		f.notes.draw(ctx, g)
	}
	f.coach.draw(ctx, g)
}

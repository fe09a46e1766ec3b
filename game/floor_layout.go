package game

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"salesfloor/game/session"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The floor's layout: everything Draw reads, worked out in Update for the
// window and the world as they are.

// withKeys fills a text's {control} slots with the keys the player has.
func withKeys(m *ui.KeyMap, text string) string {
	speeds := m.Label(ui.CtlSpeed0) + " to " + m.Label(ui.CtlSpeed4)
	return strings.NewReplacer("{pause}", m.Label(ui.CtlPause), "{speeds}", speeds, "{menu}", m.Label(ui.CtlMenu),
		"{hint}", m.Label(ui.CtlHint), "{charts}", m.Label(ui.CtlCharts), "{routine}", m.Label(ui.CtlRoutine)).Replace(text)
}

// keyLabels remakes the actions' key caps and tooltip titles when the
// bindings change.
func (f *floorScene) keyLabels(ctx *Ctx) {
	if f.keysVer == ctx.Keys.Version() && f.actionTitle[0] != "" {
		return
	}
	f.keysVer = ctx.Keys.Version()
	for i := 0; i < sim.NumPlayActions; i++ {
		spec := &sim.Actions[i]
		f.actionKey[i] = ctx.Keys.Label(ui.ActionControl(sim.ActionID(i)))
		f.actionTitle[i] = spec.Title + "  ·  " + ui.Hours(spec.Cost) + "  ·  key " + f.actionKey[i]
	}
	f.hintKey = ctx.Keys.Label(ui.CtlHint)
	for i := range hintTexts {
		f.hintText[i] = withKeys(ctx.Keys, hintTexts[i])
	}
	f.hintNextLabel = "Next (" + ctx.Keys.Label(ui.CtlHintsNext) + ")"
	f.hintSkipLabel = "Skip (" + ctx.Keys.Label(ui.CtlHintsSkip) + ")"
	f.pausedLine = withKeys(ctx.Keys, "Paused. {pause} to run; {speeds} set the speed; {menu} for the menu.")
	f.tipLine = withKeys(ctx.Keys, "Tip: hover an action to see what it does now and later. {hint} asks the coach for a hint; {charts} opens the charts.")
}

// layout works out everything Draw reads: the screen's layout for the
// window's size, the labels for the world as it is, and the boxes and
// buttons of the first-day hint and of an event's question. Update does it
// (and the pause menu, over the floor), so that Draw only reads and a
// click always finds the button it was aimed at, from the first frame on.
// widestClock is the HUD clock at its widest.
const widestClock = "Week 13  Wed  16:45"

func (f *floorScene) layout(ctx *Ctx) {
	f.keyLabels(ctx)
	f.warmWords(ctx)
	if tick := ctx.Session().W.Tick; f.statusSaid {
		f.statusAt, f.statusSaid = tick, false
	} else if len(f.status) > 0 && (tick >= f.statusAt+sim.TicksPerHour || f.statusPause && ctx.Session().Speed > 0) {
		f.status, f.statusPause = f.status[:0], false
	}
	f.lay = ui.Layout(ctx.W, ctx.H, f.panel)
	f.refresh(ctx)
	// The advice count's label, short when a three-digit count leaves no
	// room beside it.
	f.adviceName = statHelp[statAdvice].name
	if r := f.lay.Stat[statAdvice]; ctx.Scale() > 0 &&
		ctx.text.Measure(f.adviceName, SizeSmall, false)+ctx.text.MeasureB(f.statVal[statAdvice], SizeSmall, true)+8 > r.W {
		f.adviceName = "Sought"
	}
	f.revShort = ctx.text.Scale > 0 && ctx.text.MeasureB(f.revenue, SizeBody, true) > f.lay.Revenue.W
	// The day of the quarter goes right of the clock when there is room
	// beside the clock's widest moment, so it does not come and go with
	// the hour.
	f.dayShow = ctx.text.Scale <= 0 || ctx.text.Measure(widestClock, SizeHead, true)+ctx.text.Measure("day 65/65", SizeSmall-1, false)+10 <= f.lay.Progress.W
	f.layoutStatus(ctx)
	f.layoutHint()
	f.layoutCanvas(ctx.text.Scale)
	f.layoutSide(ctx)
	f.layoutFeedback(ctx)
	f.fitActions(ctx)
	// The focus ring walks the question's answers while one is open, and
	// the buttons behind it show no focus then.
	f.hudFocus = f.ring.Index
	f.notes.layout(ctx)
	f.queue.layout(ctx, ctx.Session(), &f.lay, f.panel)
	if f.notes.up() {
		f.hudFocus = -1
	}
	if _, d, ok := ctx.Session().W.PendingEvent(); ok {
		f.layoutDialog(ctx, d)
		f.hudFocus = -1
	}
	f.layoutStatTip(ctx)
	f.layoutTooltip(ctx)
}

// layoutCanvas fits the office's canvas into the floor rect, with whole
// device pixels per canvas pixel when there is room, so the pixel art
// stays even.
func (f *floorScene) layoutCanvas(scale float64) {
	l := &f.lay
	k := math.Min(l.Floor.W/ui.CanvasW, l.Floor.H/ui.CanvasH) * scale
	if k >= 2 {
		k = math.Floor(k)
	}
	f.cscale = k / scale
	cw, ch := ui.CanvasW*f.cscale, ui.CanvasH*f.cscale
	f.canvasAt = ui.Rect{X: l.Floor.X + (l.Floor.W-cw)/2, Y: l.Floor.Y + (l.Floor.H-ch)/2, W: cw, H: ch}
}

// layoutSide places the side panel's clickable parts: a row per rep in
// the team list, and the selected rep's close button. drawSide draws at
// the same places.
func (f *floorScene) layoutSide(ctx *Ctx) {
	l := &f.lay
	x, y := l.Side.X+12, l.Side.Y+10
	ww := l.Side.W - 24
	f.closeSel = ui.Rect{X: l.Side.Right() - 74, Y: y, W: 64, H: 22}
	y += 28
	for i := range ctx.Session().W.Reps {
		if i < len(f.teamRows) {
			f.teamRows[i] = ui.Rect{X: x - 4, Y: y - 2, W: ww + 8, H: 24}
		}
		y += 26
	}
	f.recent.refresh(ctx, ctx.Session(), ww)
}

// layoutHint places the first-day hint's box and buttons.
func (f *floorScene) layoutHint() {
	l := &f.lay
	f.hintBox = ui.Rect{X: l.Floor.X + 20, Y: l.Floor.Bottom() - 130, W: l.Floor.W - 40, H: 118}
	r := f.hintBox
	f.hintNext = ui.Rect{X: r.Right() - 214, Y: r.Y + 6, W: 100, H: 24}
	f.hintSkip = ui.Rect{X: r.Right() - 108, Y: r.Y + 6, W: 100, H: 24}
}

// dialogWidth is an event question's box width.
const dialogWidth = 600.0

// layoutDialog lays out an event's question: its box, wrapped text, and a
// button per answer (labelled with the answer's key). Update does it, so
// the first frame's click finds its button.
func (f *floorScene) layoutDialog(ctx *Ctx, d *sim.EventDef) {
	w := ctx.Session().W
	rec, _, _ := w.PendingEvent()
	if f.eventFor != w.Events.Pending || f.dialogKeys != ctx.Keys.Version() {
		f.eventFor, f.dialogKeys = w.Events.Pending, ctx.Keys.Version()
		for i := range d.Choices {
			if i < len(f.choices) {
				key := strconv.Itoa(i + 1)
				if i < 4 {
					key = ctx.Keys.Label(ui.CtlAnswer1 + ui.Control(i))
				}
				f.choices[i] = append(append(append(f.choices[i][:0], key...), "  "...), d.Choices[i].Label...)
				if st := d.Choices[i].Style; st != "" {
					f.choices[i] = append(append(append(f.choices[i], "  ("...), st...), ')')
				}
			}
		}
		f.about = f.about[:0]
		if rec.Rep >= 0 && int(rec.Rep) < len(w.Reps) {
			f.about = append(append(f.about, "About "...), w.Reps[rec.Rep].Name...)
		}
		// A resignation talk says where the rep stands and what wore them
		// down, worked out once when the question comes, not per frame.
		f.dialogTitle, f.dialogText = d.Title, d.TextOn(rec.Tick/sim.TicksPerDay)
		if d.Kind == "resignation" {
			s := ctx.Session()
			if s.TalkAfterLowDays(rec.Rep, rec.Tick) {
				// The scenario's question, asked of a threat no offer brought.
				f.dialogTitle, f.dialogText = session.TalkTitle, session.TalkText
			}
			if t := s.ThreatText(rec.Rep); t != "" {
				f.dialogText += "\n\n" + t
			}
		}
	}
	f.dialogWrap = ctx.text.WrapC(f.dialogText, dialogWidth-40, SizeBody, false)
	h := 110 + float64(len(f.dialogWrap))*19 + float64(len(d.Choices))*58
	f.dialogBox = ui.Rect{X: (ctx.W - dialogWidth) / 2, Y: (ctx.H - h) / 2, W: dialogWidth, H: h}
	y := f.dialogBox.Y + 70 + float64(len(f.dialogWrap))*float64(SizeBody)*1.35 + 8
	for i := range d.Choices {
		if i < len(f.choice) {
			f.choice[i] = ui.Rect{X: f.dialogBox.X + 20, Y: y, W: dialogWidth - 40, H: 50}
		}
		y += 58
	}
}

// fitActions fits each action button's label into the room its key cap,
// cost and check box leave: "Status reports: all but Dmitri (on)" becomes
// "Reports: all but Dmitri (on)", then "Reports: all but Dmitri" (the check
// box says on or off), then is cut. A play-test's "all but Dev (on)" ran
// under the check box.
func (f *floorScene) fitActions(ctx *Ctx) {
	g := ctx.text
	for i := range f.panel.Buttons {
		if i >= len(f.fitted) {
			break
		}
		b := &f.panel.Buttons[i]
		if g.Scale <= 0 {
			f.fitted[i], f.fitFrom[i] = b.Label, ""
			continue
		}
		room := b.Rect.W - 32 - 12 - g.Measure(b.Cost, SizeSmall, false)
		if b.Toggle {
			room = b.Rect.W - 32 - 52 - 6
		}
		if b.Label == f.fitFrom[i] && room == f.fitRoom[i] {
			continue
		}
		f.fitFrom[i], f.fitRoom[i] = b.Label, room
		fits := func(s string) bool { return g.Measure(s, SizeBody-1, b.Toggle) <= room }
		label := b.Label
		if !fits(label) {
			label = strings.Replace(label, "Status reports:", "Reports:", 1)
		}
		if !fits(label) && b.Toggle {
			label = strings.TrimSuffix(strings.TrimSuffix(label, " (on)"), " (off)")
		}
		base := label
		for cut := len(base); !fits(label) && cut > 1; {
			_, size := utf8.DecodeLastRuneInString(base[:cut])
			cut -= size
			label = base[:cut] + "…"
		}
		f.fitted[i] = label
	}
}

package game

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/art"
	"salesfloor/game/core"
	"salesfloor/sim"
)

var hintTexts = []string{
	"Welcome to your floor. Each desk is a rep: the bubble shows what they are doing, the face their morale (smile, flat, frown). A flame means they are on a roll.",
	"You have 8 hours a day. Spend them with the buttons on the left: MANAGE (command: organise, measure, direct) or LEAD (example: do the work, inspire, advise). Hover a button to see what it does now and later.",
	"Click a rep to see their numbers and why their morale and momentum moved today. Mentor, review and scrub need a rep: select one first, or click the button and then the rep.",
	"Space pauses, 1 to 5 set the speed, Tab and Enter work every button, Esc opens the menu. Events will ask you to decide. The game autosaves every evening.",
	"Hit the quota and keep the team. Command wins the present, example the future: neither wins alone. Press Space to start the day.",
}

// floorScene is the sales floor: HUD, actions, the office, the side panel.
type floorScene struct {
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
	status   string
	statusOK bool
	lastSpd  int
	lastNLog int32
	hintNext core.Rect
	hintSkip core.Rect
	choice   [4]core.Rect
	teamRows [sim.MaxReps]core.Rect
	dialogOK bool

	cacheVer  int
	cacheSel  int32
	clock     string
	day       string
	closeSel  core.Rect
	revenue   string
	hours     string
	stats     [10]string
	side      []string
	causes    [sim.NumCauses]sim.CauseAmount
	events    []string
	evBuf     [8]sim.EventRecord
	eventWrap []string
	eventFor  int32
	xs, ys    []float64
	op        ebiten.DrawImageOptions
	sprites   *Sprites
	hintWrap  []string
	hintOf    int
}

func newFloor(a *App) *floorScene {
	f := &floorScene{panel: core.NewActionPanel(), view: core.NewFloorView(), sel: -1, hints: -1,
		ring: core.FocusRing{Index: -1}, lastSpd: 1, cacheVer: -1, eventFor: -1,
		canvas: ebiten.NewImage(core.CanvasW, core.CanvasH), sprites: a.sprites, hintOf: -1}
	f.lastNLog = a.Session.W.Events.NLog
	f.xs = make([]float64, 0, 64)
	f.ys = make([]float64, 0, 64)
	return f
}

func (f *floorScene) say(msg string, ok bool) { f.status, f.statusOK = msg, ok }

func (f *floorScene) Update(a *App, in *core.Input) error {
	s := a.Session
	f.lay = core.Layout(a.W, a.H, f.panel)
	if s.W.Done() {
		a.autosave()
		a.Go(newReport(a))
		return nil
	}
	if _, d, ok := s.W.PendingEvent(); ok {
		if n := a.autoAnswer; n > 0 && n <= len(d.Choices) {
			in.AddKey(core.Key('0' + n))
		}
		f.updateDialog(a, in, d)
		f.view.Update(s, a.Settings.ReducedMotion)
		s.Update()
		return nil
	}
	if f.hints >= 0 {
		switch {
		case in.Key('x') || in.ClickIn(f.hintSkip):
			in.ConsumeClick()
			f.endHints(a)
		case in.Key('n') || in.ClickIn(f.hintNext):
			in.ConsumeClick()
			f.hints++
			if f.hints >= len(hintTexts) {
				f.endHints(a)
			}
		}
	}
	if in.Key(core.KeyEscape) && !f.panel.Picking {
		a.Go(newPause(a, f))
		return nil
	}
	f.focus = f.lay.Focusables(f.panel, f.focus)
	f.ring.Apply(in, f.focus)

	// Speed.
	if in.Key(core.KeySpace) {
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
		if in.Key(core.Key('1'+i)) || in.ClickIn(f.lay.Speed[i]) {
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
	if in.Key('h') || in.ClickIn(f.lay.Charts) {
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
	if f.sel >= 0 && in.Key(core.KeyBackspace) {
		f.sel = -1
	}

	// Simulate.
	nDeals := countDeals(s)
	s.Update()
	if countDeals(s) > nDeals {
		a.Play(core.SoundChime)
	}
	if s.DayEnded {
		s.DayEnded = false
		a.autosave()
	}
	if n := s.W.Events.NLog; n != f.lastNLog {
		f.lastNLog = n
		var buf [1]sim.EventRecord
		if ev := s.W.LastEvents(1, buf[:0]); len(ev) == 1 {
			a.Say(s.W.Scenario.Events[ev[0].Def].Title)
			a.Play(core.SoundRing)
		}
	}
	f.view.Update(s, a.Settings.ReducedMotion)
	return nil
}

func countDeals(s *core.Session) int {
	n := 0
	for i := range s.Feedback {
		if s.Feedback[i].Kind == core.FeedDeal && s.Feedback[i].Age == 0 {
			n++
		}
	}
	return n
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
		f.say(fmt.Sprintf("%s: click a rep on the floor (Esc cancels).", sim.Actions[f.panel.Pick].Title), true)
	case res.Refused != "":
		f.say(res.Refused, false)
		a.Play(core.SoundRefuse)
	case res.Canceled:
		f.say("Canceled.", true)
	}
}

func (f *floorScene) updateDialog(a *App, in *core.Input, d *sim.EventDef) {
	s := a.Session
	n := len(d.Choices)
	f.focus = f.focus[:0]
	f.focus = append(f.focus, f.choice[:n]...)
	if f.dialogOK {
		f.ring.Apply(in, f.focus)
	}
	for i := 0; i < n; i++ {
		if in.Key(core.Key('1'+i)) || (f.dialogOK && in.ClickIn(f.choice[i])) {
			in.ConsumeClick()
			if err := s.Do(sim.ActChoose, sim.TeamTarget, int32(i)); err != nil {
				f.say(core.Reason(err), false)
			} else {
				f.say("You chose: "+d.Choices[i].Label, true)
			}
			f.ring.Index = -1
			return
		}
	}
	if in.Key(core.KeyEscape) {
		a.Go(newPause(a, f))
	}
}

// refresh rebuilds the cached strings when the world or selection changed.
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
	f.clock = fmt.Sprintf("Week %d  %s  %02d:%02d", c.Week+1, c.WeekdayName(), c.Hour, c.Minute)
	f.day = fmt.Sprintf("day %d/%d", c.Day+1, sim.DaysPerQuarter)
	if w.Company.Quota > 0 {
		f.revenue = fmt.Sprintf("Revenue %s of %s quota (%.0f%%)", core.Money(w.Revenue()), core.Money(w.Company.Quota),
			100*float64(w.Revenue())/float64(w.Company.Quota))
	} else {
		f.revenue = fmt.Sprintf("Revenue %s (sandbox: no quota)", core.Money(w.Revenue()))
	}
	left := w.HoursLeft()
	if w.Player.Busy > 0 {
		f.hours = fmt.Sprintf("%s left  (busy: %s)", core.Hours(left), sim.Actions[w.Player.Doing].Title)
	} else {
		f.hours = fmt.Sprintf("%s of your time left today", core.Hours(left))
	}
	f.stats[0] = fmt.Sprintf("Advice asked %d", w.AdviceRequests)
	f.events = f.events[:0]
	for _, ev := range w.LastEvents(6, f.evBuf[:0]) {
		d := &w.Scenario.Events[ev.Def]
		who := ""
		if ev.Rep >= 0 && int(ev.Rep) < len(w.Reps) {
			who = " (" + w.Reps[ev.Rep].Name + ")"
		}
		f.events = append(f.events, fmt.Sprintf("%s %s%s", sim.ClockAt(int(ev.Tick)).String(), d.Title, who))
	}
	f.side = f.side[:0]
	if f.sel >= 0 && int(f.sel) < len(w.Reps) {
		r := &w.Reps[f.sel]
		f.side = append(f.side,
			fmt.Sprintf("Leads %d   Dials today %d   Meetings today %d", r.Leads, r.DialsToday, r.MeetingsToday),
			fmt.Sprintf("Quarter: %d dials, %d meetings, %d deals, %s", r.Dials, r.Meetings, r.Deals, core.Money(r.Revenue)),
		)
		extra := ""
		if r.Reports {
			extra += "On status reports. "
		}
		if r.Threat {
			extra += "Threatening to resign! "
		}
		if r.Gone {
			extra = "Has left the team."
		}
		f.side = append(f.side, extra)
		for _, which := range []struct {
			name string
			sums *[sim.NumCauses]sim.Fixed
		}{{"Morale", &r.MoraleCauses}, {"Momentum", &r.MomentumCauses}} {
			top := sim.TopCauses(which.sums, f.causes[:0])
			head := len(f.side)
			f.side = append(f.side, "#"+which.name+" today, largest first:")
			shown := 0
			for _, ca := range top {
				if shown == 5 {
					break
				}
				if 100*ca.Amount.Abs().Float() < 0.05 {
					continue // rounds to 0.0
				}
				shown++
				f.side = append(f.side, fmt.Sprintf("%+5.1f  %s", 100*ca.Amount.Float(), ca.Cause))
			}
			if shown == 0 {
				f.side[head] = "#" + which.name + " today: no change yet"
			}
		}
	}
}

// Draw draws the floor scene.
func (f *floorScene) Draw(a *App, g *Gfx) {
	f.lay = core.Layout(a.W, a.H, f.panel)
	f.refresh(a)
	f.drawHUD(a, g)
	f.drawActions(a, g)
	f.drawFloor(a, g)
	f.drawSide(a, g)
	f.drawStatus(a, g)
	if f.hints >= 0 {
		f.drawHint(a, g)
	}
	if _, d, ok := a.Session.W.PendingEvent(); ok {
		f.drawDialog(a, g, d)
	} else {
		f.dialogOK = false
	}
}

func (f *floorScene) drawHUD(a *App, g *Gfx) {
	w := a.Session.W
	l := &f.lay
	g.Fill(l.HUD, g.P.Panel[0])
	g.Fill(core.Rect{X: 0, Y: l.HUD.Bottom() - 1, W: l.W, H: 1}, g.P.Line[0])
	g.Text(f.clock, l.Clock.X, l.Clock.Y, SizeHead, true, g.P.Text[0], Left)
	g.Bar(l.Progress, core.QuarterProgress(w), g.P.Dim[0])
	g.Text(f.day, l.Progress.Right()-2, l.Clock.Y+4, SizeSmall-1, false, g.P.Dim[0], Right)

	// Revenue against quota, with the pace the quota needs by now.
	rv := l.Revenue
	g.Text(f.revenue, rv.X, rv.Y, SizeBody, true, g.P.Text[0], Left)
	bar := core.Rect{X: rv.X, Y: rv.Y + 22, W: rv.W, H: 16}
	frac, pace := 0.0, core.QuarterProgress(w)
	if w.Company.Quota > 0 {
		frac = float64(w.Revenue()) / float64(w.Company.Quota)
	}
	c := g.P.Good[0]
	if w.Company.Quota > 0 && frac < pace*0.9 {
		c = g.P.Bad[0]
	}
	g.Bar(bar, frac, c)
	if w.Company.Quota > 0 {
		x := bar.X + bar.W*pace
		g.Fill(core.Rect{X: x - 1, Y: bar.Y - 3, W: 2, H: bar.H + 6}, g.P.Accent[0])
	}

	// The player's hours: one pip per hour of the day.
	h := l.Hours
	g.Text(f.hours, h.X, h.Y, SizeSmall, false, g.P.Dim[0], Left)
	left := w.HoursLeft()
	busy := w.Player.Busy
	used := int32(sim.TicksPerDay) - left - busy
	pw := (h.W - 8) / float64(sim.TicksPerDay)
	for i := int32(0); i < sim.TicksPerDay; i++ {
		cc := g.P.Good[0]
		switch {
		case i < used:
			cc = g.P.ButtonOff[0]
		case i < used+busy:
			cc = g.P.Accent[0]
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
	g.Fill(st, g.P.Bg[0])
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
		g.Text(it.name, x, st.Y+2, SizeSmall, false, g.P.Dim[0], Left)
		g.Bar(core.Rect{X: x, Y: st.Y + 19, W: cw - 24, H: 7}, v, g.Level(v))
		x += cw
	}
	g.Text(f.stats[0], st.Right()-12, st.Y+8, SizeSmall, true, g.P.Accent[0], Right)
}

func (f *floorScene) drawActions(a *App, g *Gfx) {
	l := &f.lay
	p := f.panel
	g.Panel(l.Actions)
	g.Fill(core.Rect{X: l.Manage.X, Y: l.Manage.Y, W: l.Manage.W, H: l.Manage.H}, g.P.Command[0])
	g.Text("MANAGE  (command)", l.Manage.X+8, l.Manage.Y+3, SizeBody, true, g.P.Text[0], Left)
	g.Fill(core.Rect{X: l.Lead.X, Y: l.Lead.Y, W: l.Lead.W, H: l.Lead.H}, g.P.Example[0])
	g.Text("LEAD  (example)", l.Lead.X+8, l.Lead.Y+3, SizeBody, true, g.P.Text[0], Left)
	for i := range p.Buttons {
		b := &p.Buttons[i]
		spec := &sim.Actions[b.ID]
		tint := g.P.Command[0]
		if spec.Style == sim.StyleExample {
			tint = g.P.Example[0]
		}
		st := ButtonState{Hover: p.Hover == i, Focus: f.ring.Index == i, Disabled: !b.Enabled, Tint: tint,
			On: p.Picking && p.Pick == b.ID}
		r := b.Rect
		bg := g.P.Button[0]
		switch {
		case st.Disabled:
			bg = g.P.ButtonOff[0]
		case st.Hover || st.On:
			bg = g.P.ButtonHi[0]
		}
		g.Fill(r, bg)
		g.Fill(core.Rect{X: r.X, Y: r.Y, W: 4, H: r.H}, tint)
		border := g.P.Line[0]
		if st.Focus || st.On {
			border = g.P.Accent[0]
		}
		g.Stroke(r, 1, border)
		tc := g.P.Text[0]
		if st.Disabled {
			tc = g.P.Dim[0]
		}
		ty := r.Y + (r.H-SizeBody*1.2)/2
		// Hotkey in a key cap, the title, the cost on the right.
		g.Fill(core.Rect{X: r.X + 10, Y: ty - 1, W: 16, H: 18}, g.P.Bg[0])
		g.Text(hotkeyLabel(spec.Hotkey), r.X+18, ty, SizeSmall, true, g.P.Accent[0], Center)
		g.Text(b.Label, r.X+32, ty, SizeBody-1, b.Toggle, tc, Left)
		g.Text(b.Cost, r.Right()-8, ty, SizeSmall, false, g.P.Dim[0], Right)
		if b.Toggle {
			c := g.P.ButtonOff[0]
			if b.On {
				c = g.P.Good[0]
			}
			g.Fill(core.Rect{X: r.Right() - 42, Y: r.Y + r.H/2 - 5, W: 10, H: 10}, c)
			g.Stroke(core.Rect{X: r.Right() - 42, Y: r.Y + r.H/2 - 5, W: 10, H: 10}, 1, g.P.Text[0])
		}
	}
}

var hotkeyLabels = func() [128]string {
	var l [128]string
	for c := 'a'; c <= 'z'; c++ {
		l[c] = strings.ToUpper(string(c))
	}
	return l
}()

func hotkeyLabel(b byte) string { return hotkeyLabels[b&127] }

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
			c := g.P.Accent[0]
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
	g.Fill(l.Floor, g.P.Bg[0])
	f.drawCanvas(a, g)
	// Fit the canvas into the floor rect; whole device pixels per canvas
	// pixel when there is room, so the pixel art stays even.
	k := math.Min(l.Floor.W/core.CanvasW, l.Floor.H/core.CanvasH) * g.Scale
	if k >= 2 {
		k = math.Floor(k)
	}
	f.cscale = k / g.Scale
	cw, ch := core.CanvasW*f.cscale, core.CanvasH*f.cscale
	f.canvasAt = core.Rect{X: l.Floor.X + (l.Floor.W-cw)/2, Y: l.Floor.Y + (l.Floor.H-ch)/2, W: cw, H: ch}
	op := &f.op
	op.GeoM.Reset()
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(math.Round(f.canvasAt.X*g.Scale), math.Round(f.canvasAt.Y*g.Scale))
	op.ColorScale.Reset()
	op.Filter = ebiten.FilterNearest
	g.Dst.DrawImage(f.canvas, op)
	g.Stroke(f.canvasAt, 1, g.P.Line[0])

	// Names and floating feedback, in screen resolution.
	s := a.Session
	cs := f.cscale
	for i := range s.W.Reps {
		r := &s.W.Reps[i]
		o := core.Desks[i].Origin
		c := g.P.Text[0]
		if r.Gone {
			c = g.P.Dim[0]
		}
		g.Text(r.Name, f.canvasAt.X+(o.X+32)*cs, f.canvasAt.Y+(o.Y+36)*cs, SizeSmall, f.sel == int32(i), c, Center)
	}
	g.Text("you", f.canvasAt.X+f.view.Avatar.X*cs, f.canvasAt.Y+(f.view.Avatar.Y+4)*cs, SizeSmall-1, true, g.P.Accent[0], Center)
	for i := range s.Feedback {
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
		c := g.P.Text[0]
		switch fb.Kind {
		case core.FeedDeal:
			c = g.P.Good[0]
		case core.FeedMomentumBroken, core.FeedLeft:
			c = g.P.Bad[0]
		case core.FeedAdvice:
			c = g.P.Accent[0]
		}
		// Stack texts about the same rep so they do not overlap.
		stack := 0
		for j := i + 1; j < len(s.Feedback); j++ {
			if s.Feedback[j].Rep == fb.Rep {
				stack++
			}
		}
		x, y := f.canvasAt.X+p.X*cs, f.canvasAt.Y+p.Y*cs-rise-8-float64(stack)*18
		tw := g.Measure(fb.Text, SizeSmall, true)
		g.Fill(core.Rect{X: x - tw/2 - 4, Y: y - 1, W: tw + 8, H: 17}, g.P.Shade[0])
		g.Text(fb.Text, x, y, SizeSmall, true, c, Center)
	}
}

func (f *floorScene) drawSide(a *App, g *Gfx) {
	l := &f.lay
	w := a.Session.W
	g.Panel(l.Side)
	x, y := l.Side.X+12, l.Side.Y+10
	ww := l.Side.W - 24
	if f.sel < 0 || int(f.sel) >= len(w.Reps) {
		g.Text("Your team", x, y, SizeHead, true, g.P.Text[0], Left)
		g.Text("click a rep for details", l.Side.Right()-12, y+3, SizeSmall, false, g.P.Dim[0], Right)
		y += 28
		for i := range w.Reps {
			r := &w.Reps[i]
			row := core.Rect{X: x - 4, Y: y - 2, W: ww + 8, H: 24}
			f.teamRows[i] = row
			if a.in.HoverIn(row) {
				g.Fill(row, g.P.PanelHi[0])
			}
			f.drawFace(g, x+8, y+9, r.Morale, 8)
			g.Text(r.Name, x+22, y+2, SizeBody, true, g.P.Text[0], Left)
			g.Text(r.Activity.String(), x+90, y+3, SizeSmall, false, g.P.Dim[0], Left)
			if !r.Gone {
				g.Bar(core.Rect{X: x + ww - 60, Y: y + 6, W: 60, H: 8}, r.Momentum.Float(), g.P.Series[1])
			}
			y += 26
		}
		y += 6
		g.Text("momentum", x+ww-30, y-8, SizeSmall-2, false, g.P.Dim[0], Center)
		y += 10
		g.Text("Recent events", x, y, SizeHead, true, g.P.Text[0], Left)
		y += 24
		for _, e := range f.events {
			if y > l.Side.Bottom()-18 {
				break
			}
			g.Text(e, x, y, SizeSmall, false, g.P.Dim[0], Left)
			y += 18
		}
		return
	}
	r := &w.Reps[f.sel]
	f.drawFace(g, x+10, y+12, r.Morale, 11)
	g.Text(r.Name, x+28, y, SizeBig-2, true, g.P.Text[0], Left)
	g.Text(r.Activity.String(), x+28, y+26, SizeSmall, false, g.P.Accent[0], Left)
	f.closeSel = core.Rect{X: l.Side.Right() - 74, Y: y, W: 64, H: 22}
	g.Button(f.closeSel, "close", ButtonState{Hover: a.in.HoverIn(f.closeSel)})
	y += 48
	bars := [...]struct {
		n string
		v sim.Fixed
	}{{"Morale", r.Morale}, {"Momentum", r.Momentum}, {"Energy", r.Energy}, {"Skill", r.Skill}, {"Trust in you", r.Trust}, {"Autonomy need", r.Autonomy}}
	for _, b := range bars {
		g.Text(b.n, x, y, SizeSmall, false, g.P.Dim[0], Left)
		g.Bar(core.Rect{X: x + 100, Y: y + 3, W: ww - 100, H: 9}, b.v.Float(), g.Level(b.v.Float()))
		y += 17
	}
	y += 4
	for i := 0; i < 3 && i < len(f.side); i++ {
		if f.side[i] != "" {
			g.Text(f.side[i], x, y, SizeSmall-1, false, g.P.Text[0], Left)
			y += 16
		}
	}
	// Sparklines of the last two days, hourly.
	y += 4
	series := w.Series.RepHour[f.sel]
	names := [...]string{"morale", "momentum", "output"}
	for m := 0; m < 3; m++ {
		box := core.Rect{X: x + 70, Y: y, W: ww - 70, H: 24}
		g.Text(names[m], x, y+5, SizeSmall, false, g.P.Dim[0], Left)
		g.Fill(box, g.P.Bg[0])
		f.spark(g, box, series, m)
		y += 28
	}
	y += 6
	for _, line := range f.side[min(3, len(f.side)):] {
		if y > l.Side.Bottom()-16 {
			break
		}
		if strings.HasPrefix(line, "#") {
			g.Text(line[1:], x, y, SizeBody-1, true, g.P.Text[0], Left)
			y += 19
			continue
		}
		c := g.P.Good[0]
		if strings.HasPrefix(strings.TrimSpace(line), "-") {
			c = g.P.Bad[0]
		}
		g.Text(line, x+6, y, SizeSmall, false, c, Left)
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
		g.Text("(after an hour)", box.X+4, box.Y+5, SizeSmall-2, false, g.P.Dim[0], Left)
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
	g.Fill(l.Status, g.P.Panel[0])
	g.Fill(core.Rect{X: 0, Y: l.Status.Y, W: l.W, H: 1}, g.P.Line[0])
	msg, c := f.status, g.P.Text[0]
	if !f.statusOK {
		c = g.P.Bad[0]
	}
	// A hovered action explains itself: why not, or what it does.
	if h := f.panel.Hover; h >= 0 {
		b := &f.panel.Buttons[h]
		spec := &sim.Actions[b.ID]
		if !b.Enabled {
			msg, c = "Can't now: "+b.Reason, g.P.Bad[0]
		} else {
			msg, c = "Now: "+spec.Now+".   Later: "+spec.Later+".", g.P.Text[0]
		}
		f.drawTooltip(a, g, b, spec)
	}
	if msg == "" {
		if a.Session.Speed == 0 {
			msg, c = "Paused. Space to run; 1-5 set the speed; Esc for the menu.", g.P.Dim[0]
		} else {
			msg, c = "Tip: hover an action to see what it does now and later. H opens the charts.", g.P.Dim[0]
		}
	}
	g.Text(msg, 12, l.Status.Y+9, SizeBody-1, false, c, Left)
}

func (f *floorScene) drawTooltip(a *App, g *Gfx, b *core.ActionButton, spec *sim.ActionSpec) {
	x := b.Rect.Right() + 10
	wid := 330.0
	lines := 0
	r := core.Rect{X: x, Y: b.Rect.Y, W: wid, H: 0}
	// Wrapping allocates; it is done only while a button is hovered.
	now := g.Wrap("Now: "+spec.Now, wid-20, SizeSmall, false)
	later := g.Wrap("Later: "+spec.Later, wid-20, SizeSmall, false)
	var why []string
	if !b.Enabled {
		why = g.Wrap(b.Reason, wid-20, SizeSmall, true)
	}
	lines = len(now) + len(later) + len(why)
	r.H = 34 + float64(lines)*16 + 6
	if r.Bottom() > f.lay.Status.Y {
		r.Y = f.lay.Status.Y - r.H - 4
	}
	g.Fill(r, g.P.PanelHi[0])
	g.Stroke(r, 1, g.P.Accent[0])
	style := "Manage (command)"
	if spec.Style == sim.StyleExample {
		style = "Lead (example)"
	}
	g.Text(spec.Title+"  ·  "+b.Cost+"  ·  key "+hotkeyLabel(spec.Hotkey), r.X+10, r.Y+6, SizeBody-1, true, g.P.Text[0], Left)
	g.Text(style, r.Right()-10, r.Y+8, SizeSmall-1, false, g.P.Dim[0], Right)
	y := r.Y + 28
	y = g.Lines(now, r.X+10, y, SizeSmall, false, g.P.Good[0])
	y = g.Lines(later, r.X+10, y, SizeSmall, false, g.P.Series[1])
	g.Lines(why, r.X+10, y, SizeSmall, true, g.P.Bad[0])
}

func (f *floorScene) drawHint(a *App, g *Gfx) {
	l := &f.lay
	r := core.Rect{X: l.Floor.X + 20, Y: l.Floor.Bottom() - 130, W: l.Floor.W - 40, H: 118}
	g.Fill(r, g.P.PanelHi[0])
	g.Stroke(r, 2, g.P.Accent[0])
	g.Text(fmt.Sprintf("First day  %d/%d", f.hints+1, len(hintTexts)), r.X+12, r.Y+8, SizeBody, true, g.P.Accent[0], Left)
	if f.hintOf != f.hints {
		f.hintOf, f.hintWrap = f.hints, g.Wrap(hintTexts[f.hints], r.W-24, SizeBody-1, false)
	}
	g.Lines(f.hintWrap, r.X+12, r.Y+30, SizeBody-1, false, g.P.Text[0])
	f.hintNext = core.Rect{X: r.Right() - 214, Y: r.Y + 6, W: 100, H: 24}
	f.hintSkip = core.Rect{X: r.Right() - 108, Y: r.Y + 6, W: 100, H: 24}
	g.Button(f.hintNext, "Next (N)", ButtonState{Hover: a.in.HoverIn(f.hintNext)})
	g.Button(f.hintSkip, "Skip (X)", ButtonState{Hover: a.in.HoverIn(f.hintSkip)})
}

func (f *floorScene) drawDialog(a *App, g *Gfx, d *sim.EventDef) {
	w := a.Session.W
	g.Fill(core.Rect{W: a.W, H: a.H}, g.P.Shade[0])
	wid := 600.0
	rec, _, _ := w.PendingEvent()
	if f.eventFor != w.Events.Pending {
		f.eventFor = w.Events.Pending
		f.eventWrap = g.Wrap(d.Text, wid-40, SizeBody, false)
	}
	h := 110 + float64(len(f.eventWrap))*19 + float64(len(d.Choices))*58
	r := core.Rect{X: (a.W - wid) / 2, Y: (a.H - h) / 2, W: wid, H: h}
	g.Fill(r, g.P.Panel[0])
	g.Stroke(r, 2, g.P.Accent[0])
	g.Text(d.Title, r.X+20, r.Y+16, SizeBig-2, true, g.P.Accent[0], Left)
	y := r.Y + 50
	if rec.Rep >= 0 && int(rec.Rep) < len(w.Reps) {
		g.Text("About "+w.Reps[rec.Rep].Name, r.X+20, y, SizeSmall, true, g.P.Dim[0], Left)
	}
	y += 20
	y = g.Lines(f.eventWrap, r.X+20, y, SizeBody, false, g.P.Text[0]) + 8
	for i := range d.Choices {
		c := &d.Choices[i]
		br := core.Rect{X: r.X + 20, Y: y, W: wid - 40, H: 50}
		f.choice[i] = br
		st := ButtonState{Hover: a.in.HoverIn(br), Focus: f.ring.Index == i}
		bg := g.P.Button[0]
		if st.Hover {
			bg = g.P.ButtonHi[0]
		}
		g.Fill(br, bg)
		bc := g.P.Line[0]
		if st.Focus {
			bc = g.P.Accent[0]
		}
		g.Stroke(br, 1, bc)
		g.Text(fmt.Sprintf("%d  %s", i+1, c.Label), br.X+12, br.Y+7, SizeBody, true, g.P.Text[0], Left)
		g.Text(c.Text, br.X+28, br.Y+28, SizeSmall, false, g.P.Dim[0], Left)
		y += 58
	}
	f.dialogOK = true
}

package game

import (
	"errors"
	"math"
	"salesfloor/game/session"
	"salesfloor/game/synth"
	"salesfloor/game/ui"
	"strings"

	"fmt"
	"github.com/hajimehoshi/ebiten/v2"
	"path/filepath"

	"salesfloor/game/store"
	"salesfloor/sim"
)

// drawMenu draws a column of menu buttons.
func drawMenu(a *App, g *Gfx, m *ui.Menu) {
	for i := range m.Items {
		it := &m.Items[i]
		g.Button(it.Rect, it.Label, ButtonState{Hover: m.Hover == i, Focus: m.Ring.Index == i, Disabled: !it.Enabled})
	}
}

// ---- Title ----

type titleScene struct {
	menu *ui.Menu
}

const (
	tNew = iota
	tContinue
	tLoad
	tSettings
	tHow
	tQuit
	tImport // in a browser only
)

func newTitle(a *App) *titleScene {
	items := []string{"New game", "Continue", "Load saved game", "Settings", "How to play", "Quit"}
	if canImport {
		items = append(items, "Import a save or replay")
	}
	m := ui.NewMenu(items...)
	m.Items[tContinue].Enabled = store.Exists(a.Files, store.AutoSlot)
	m.Items[tLoad].Enabled = store.Exists(a.Files, store.ManualSlot) || fileExists(a.Files, store.BackupName(store.SlotFile(store.ManualSlot)))
	if !m.Items[tContinue].Enabled {
		m.Items[tContinue].Enabled = fileExists(a.Files, store.BackupName(store.SlotFile(store.AutoSlot)))
	}
	m.Ring.Index = tNew
	if m.Items[tContinue].Enabled {
		m.Ring.Index = tContinue
	}
	return &titleScene{menu: m}
}

func fileExists(f store.FS, name string) bool {
	_, err := f.ReadFile(name)
	return err == nil
}

func (t *titleScene) Update(a *App, in *ui.Input) error {
	t.menu.Layout(a.W/2-150, a.H*0.45, 300, 44, 10)
	if a.Keys.Pressed(in, ui.CtlMenu) {
		a.Quit()
		return nil
	}
	switch t.menu.Update(in) {
	case tNew:
		a.Go(newSetup(a))
	case tContinue:
		a.tryLoad(store.AutoSlot, t)
	case tLoad:
		a.tryLoad(store.ManualSlot, t)
	case tSettings:
		a.Go(newSettings(a, t))
	case tHow:
		a.Go(newHowTo(a, t))
	case tQuit:
		a.Quit()
	case tImport:
		a.startImport()
	}
	if name, data, ok := a.pollImport(); ok {
		a.importFile(name, data, t)
	}
	return nil
}

func (t *titleScene) Draw(a *App, g *Gfx) {
	drawBackdrop(a, g)
	g.Text("SALESFLOOR", a.W/2, a.H*0.14, SizeTitle, true, g.P.Accent, Center)
	g.Text("A quarter as head of a sales team: lead by command, or by example?", a.W/2, a.H*0.14+70, SizeHead, false, g.P.Text, Center)
	g.Text("Command wins the present, example wins the future. Neither wins alone.", a.W/2, a.H*0.14+98, SizeBody, false, g.P.Dim, Center)
	drawMenu(a, g, t.menu)
	g.Text("Arrows or Tab to move, Enter to choose, or click.  Saves: "+a.Files.Location(), a.W/2, a.H-30, SizeSmall, false, g.P.Dim, Center)
}

// tryLoad loads a slot, or shows why not with the offer of the backup.
func (a *App) tryLoad(slot string, back Scene) {
	err := a.Load(slot, false)
	if err == nil {
		return
	}
	var le *store.LoadError
	if errors.As(err, &le) && le.HasBackup && !le.Missing {
		a.Go(newMessage(a, "Cannot load the save", le.Message(), le.Detail(), []string{"Load the backup", "Back"}, func(i int) {
			if i == 0 {
				if err := a.Load(slot, true); err != nil {
					a.Go(newMessage(a, "Cannot load the backup either", err.Error(), "", []string{"Back"}, func(int) { a.Go(back) }))
				}
				return
			}
			a.Go(back)
		}))
		return
	}
	detail := ""
	if le != nil {
		detail = le.Detail()
	}
	a.Go(newMessage(a, "Cannot load the save", err.Error(), detail, []string{"Back"}, func(int) { a.Go(back) }))
}

// toastRect puts toasts between the title's lines and its menu.
func (t *titleScene) toastRect(a *App, w, h float64) ui.Rect {
	return ui.Rect{X: (a.W - w) / 2, Y: t.menu.Items[0].Rect.Y - h - 12, W: w, H: h}
}

// ---- New game setup ----

type setupScene struct {
	scen   int
	diff   int
	scens  []*sim.Scenario
	rows   []ui.Rect
	diffs  [4]ui.Rect
	start  ui.Rect
	back   ui.Rect
	ring   ui.FocusRing
	wrap   []string
	wrapOf int
}

var diffOrder = [4]sim.Difficulty{sim.Easy, sim.Normal, sim.Hard, sim.Sandbox}
var diffText = [4]string{"Easy: quota -20%, more authority", "Normal", "Hard: quota +20%, fewer leads", "Sandbox: no quota, no grade"}

func newSetup(a *App) *setupScene {
	s := &setupScene{diff: 1, ring: ui.FocusRing{Index: -1}, wrapOf: -1}
	for _, n := range sim.ScenarioNames {
		if sc, err := sim.BuiltinScenario(n); err == nil {
			s.scens = append(s.scens, sc)
		}
	}
	s.layout(a) // ready for a Draw before the first Update
	return s
}

func (s *setupScene) layout(a *App) {
	x, y := a.W/2-380, 130.0
	s.rows = s.rows[:0]
	for range s.scens {
		s.rows = append(s.rows, ui.Rect{X: x, Y: y, W: 360, H: 56})
		y += 64
	}
	for i := range s.diffs {
		s.diffs[i] = ui.Rect{X: a.W/2 + 20, Y: 130 + float64(i)*48, W: 360, H: 40}
	}
	s.start = ui.Rect{X: a.W/2 + 20, Y: a.H - 110, W: 170, H: 46}
	s.back = ui.Rect{X: a.W/2 + 210, Y: a.H - 110, W: 170, H: 46}
	if s.wrapOf != s.scen {
		sc := s.scens[s.scen]
		s.wrapOf = s.scen
		s.wrap = a.gfx.Wrap(sc.Description+"\n\nLesson: "+sc.Lesson, 360, SizeBody, false)
	}
}

func (s *setupScene) Update(a *App, in *ui.Input) error {
	s.layout(a)
	defer s.layout(a) // the chosen scenario's text, for Draw
	if a.Keys.Pressed(in, ui.CtlMenu) {
		a.Go(newTitle(a))
		return nil
	}
	if in.Key(ui.NavUp) {
		s.scen = (s.scen + len(s.scens) - 1) % len(s.scens)
	}
	if in.Key(ui.NavDown) {
		s.scen = (s.scen + 1) % len(s.scens)
	}
	if a.Keys.Pressed(in, ui.CtlPrevTab) {
		s.diff = (s.diff + 3) % 4
	}
	if a.Keys.Pressed(in, ui.CtlNextTab) {
		s.diff = (s.diff + 1) % 4
	}
	var focus []ui.Rect
	focus = append(focus, s.rows...)
	focus = append(focus, s.diffs[:]...)
	focus = append(focus, s.start, s.back)
	enter := in.Key(ui.NavActivate) && s.ring.Index < 0
	s.ring.Apply(in, focus)
	for i, r := range s.rows {
		if in.ClickIn(r) {
			s.scen = i
		}
	}
	for i, r := range s.diffs {
		if in.ClickIn(r) {
			s.diff = i
		}
	}
	if in.ClickIn(s.back) {
		a.Go(newTitle(a))
		return nil
	}
	if in.ClickIn(s.start) || enter {
		if err := a.NewGame(sim.ScenarioNames[s.scen], diffOrder[s.diff], a.NewSeed()); err != nil {
			a.Say(err.Error())
		}
	}
	return nil
}

func (s *setupScene) Draw(a *App, g *Gfx) {
	drawBackdrop(a, g)
	g.Text("New quarter", a.W/2, 40, SizeBig+6, true, g.P.Accent, Center)
	g.Text("Scenario (Up/Down)", s.rows[0].X, 104, SizeBody, true, g.P.Dim, Left)
	g.Text("Difficulty ("+leftRight(a)+")", s.diffs[0].X, 104, SizeBody, true, g.P.Dim, Left)
	for i, r := range s.rows {
		sc := s.scens[i]
		st := ButtonState{On: s.scen == i, Hover: a.in.HoverIn(r), Focus: s.ring.Index == i}
		g.Button(r, "", st)
		if s.scen == i {
			g.Stroke(r, 2, g.P.Accent)
		}
		g.Text(sc.Title, r.X+12, r.Y+8, SizeHead, true, g.P.Text, Left)
		q := "quota " + session.Money(diffOrder[s.diff].Quota(sc.Quota))
		if diffOrder[s.diff] == sim.Sandbox {
			q = "no quota"
		}
		g.Text(fmt.Sprintf("%d reps, %s", len(sc.Reps), q), r.X+12, r.Y+32, SizeSmall, false, g.P.Dim, Left)
	}
	for i, r := range s.diffs {
		st := ButtonState{On: s.diff == i, Hover: a.in.HoverIn(r), Focus: s.ring.Index == len(s.rows)+i}
		g.Button(r, diffText[i], st)
		if s.diff == i {
			g.Stroke(r, 2, g.P.Accent)
		}
	}
	g.Lines(s.wrap, s.diffs[0].X, s.diffs[3].Bottom()+24, SizeBody, false, g.P.Text)
	g.Button(s.start, "Start (Enter)", ButtonState{Hover: a.in.HoverIn(s.start), Focus: s.ring.Index == len(s.rows)+4})
	g.Button(s.back, "Back ("+a.Keys.Label(ui.CtlMenu)+")", ButtonState{Hover: a.in.HoverIn(s.back), Focus: s.ring.Index == len(s.rows)+5})
}

// toastRect puts toasts under the Start and Back buttons.
func (s *setupScene) toastRect(a *App, w, h float64) ui.Rect {
	return ui.Rect{X: (a.W - w) / 2, Y: s.start.Bottom() + 8, W: w, H: h}
}

// ---- Pause menu ----

type pauseScene struct {
	floor *floorScene
	menu  *ui.Menu
	speed int
}

const (
	pResume = iota
	pSave
	pLoad
	pExport
	pCharts
	pSettings
	pHow
	pTitle
	pQuit
	pDownload // in a browser only
)

func newPause(a *App, f *floorScene) *pauseScene {
	items := []string{"Resume", "Save game", "Load saved game", "Export replay", "Charts", "Settings", "How to play", "Save and quit to title", "Save and quit"}
	if canImport {
		items = append(items, "Download save")
	}
	m := ui.NewMenu(items...)
	m.Ring.Index = 0
	p := &pauseScene{floor: f, menu: m, speed: a.Session.Speed}
	a.Session.Speed = 0
	return p
}

func (p *pauseScene) resume(a *App) {
	a.Session.Speed = p.speed
	a.Go(p.floor)
}

func (p *pauseScene) Update(a *App, in *ui.Input) error {
	p.floor.layout(a) // the floor is drawn beneath: lay it out for this window
	p.menu.Layout(a.W/2-150, a.H/2-230, 300, 42, 8)
	if a.Keys.Pressed(in, ui.CtlMenu) {
		p.resume(a)
		return nil
	}
	switch p.menu.Update(in) {
	case pResume:
		p.resume(a)
	case pSave:
		if err := a.saveTo(store.ManualSlot); err != nil {
			a.Say("Save failed: " + err.Error())
		} else {
			a.Say("Saved to " + filepath.Join(a.Files.Location(), store.SlotFile(store.ManualSlot)))
		}
	case pLoad:
		a.tryLoad(store.ManualSlot, p)
	case pExport:
		name := fmt.Sprintf("replay-%s-%d-t%d.json", a.Session.W.Scenario.Name, a.Session.W.Seed, a.Session.W.Tick)
		data, err := a.Session.ReplayBytes()
		a.offerFile(name, data, err, "Export")
	case pDownload:
		name := fmt.Sprintf("salesfloor-%s-%d-t%d%s", a.Session.W.Scenario.Name, a.Session.W.Seed, a.Session.W.Tick, store.Ext)
		data, err := a.Session.SaveBytes()
		a.offerFile(name, data, err, "Download")
	case pCharts:
		a.Go(newCharts(a, p, -1, nil))
	case pSettings:
		a.Go(newSettings(a, p))
	case pHow:
		a.Go(newHowTo(a, p))
	case pTitle:
		a.autosave()
		a.Session = nil
		a.Go(newTitle(a))
	case pQuit:
		a.Quit()
	}
	return nil
}

func (p *pauseScene) Draw(a *App, g *Gfx) {
	p.floor.Draw(a, g)
	g.Fill(ui.Rect{W: a.W, H: a.H}, g.P.Shade)
	r := ui.Rect{X: a.W/2 - 180, Y: a.H/2 - 290, W: 360, H: float64(len(p.menu.Items))*50 + 90}
	g.Panel(r)
	g.Text("Paused", a.W/2, r.Y+16, SizeBig, true, g.P.Accent, Center)
	drawMenu(a, g, p.menu)
}

// ---- Settings ----

type settingsScene struct {
	back Scene
	menu *ui.Menu
}

func newSettings(a *App, back Scene) *settingsScene {
	s := &settingsScene{back: back, menu: ui.NewMenu("", "", "", "", "", "", "Keys…", "Back")}
	s.menu.Ring.Index = 0
	s.menu.Layout(a.W/2-200, a.H/2-190, 400, 44, 10)
	s.labels(a) // ready for a Draw before the first Update
	return s
}

// leftRight names the keys that make a setting less and more: "Left/Right".
func leftRight(a *App) string {
	return a.Keys.Label(ui.CtlPrevTab) + "/" + a.Keys.Label(ui.CtlNextTab)
}

func onOffText(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

func (s *settingsScene) labels(a *App) {
	st := &a.Settings
	it := s.menu.Items
	it[0].Label = fmt.Sprintf("UI scale: %.0f%%  (%s)", st.UIScale*100, leftRight(a))
	it[1].Label = "Colour-blind-safe palette: " + onOffText(st.ColorBlind)
	it[2].Label = "Sound: " + onOffText(st.Sound)
	it[3].Label = fmt.Sprintf("Volume: %.0f%%  (%s)", st.Volume*100, leftRight(a))
	it[4].Label = "Reduced motion: " + onOffText(st.ReducedMotion)
	it[5].Label = "Fullscreen (" + a.Keys.Label(ui.CtlFullscreen) + "): " + onOffText(st.Fullscreen)
}

func (s *settingsScene) Update(a *App, in *ui.Input) error {
	s.menu.Layout(a.W/2-200, a.H/2-190, 400, 44, 10)
	defer s.labels(a) // what Draw shows, after this frame's changes
	if a.Keys.Pressed(in, ui.CtlMenu) {
		a.Go(s.back)
		return nil
	}
	st := &a.Settings
	delta := 0.0
	if a.Keys.Pressed(in, ui.CtlPrevTab) {
		delta = -1
	}
	if a.Keys.Pressed(in, ui.CtlNextTab) {
		delta = 1
	}
	if delta != 0 {
		a.Keys.Consume(in, ui.CtlPrevTab)
		a.Keys.Consume(in, ui.CtlNextTab)
		switch s.menu.Ring.Index {
		case 0:
			st.UIScale = clampF(st.UIScale+0.125*delta, 0.75, 2)
		case 3:
			st.Volume = clampF(st.Volume+0.1*delta, 0, 1)
		}
		a.SaveSettings()
	}
	switch s.menu.Update(in) {
	case 0:
		st.UIScale += 0.125
		if st.UIScale > 2.001 {
			st.UIScale = 0.75
		}
	case 1:
		st.ColorBlind = !st.ColorBlind
	case 2:
		st.Sound = !st.Sound
		if st.Sound {
			a.sound.unlock()
		}
	case 3:
		st.Volume += 0.2
		if st.Volume > 1.001 {
			st.Volume = 0
		}
	case 4:
		st.ReducedMotion = !st.ReducedMotion
	case 5:
		st.Fullscreen = !st.Fullscreen
	case 6:
		a.Go(newControls(a, s))
		return nil
	case 7:
		a.Go(s.back)
		return nil
	default:
		return nil
	}
	a.SaveSettings()
	a.Play(synth.SoundClick)
	return nil
}

func clampF(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func (s *settingsScene) Draw(a *App, g *Gfx) {
	drawBackdrop(a, g)
	g.Text("Settings", a.W/2, a.H/2-260, SizeBig+6, true, g.P.Accent, Center)
	drawMenu(a, g, s.menu)
	// Without a sound device the sound settings do nothing: say so beside
	// them rather than ignore them silently.
	if note := a.sound.unavailable(); note != "" {
		snd, vol := s.menu.Items[2].Rect, s.menu.Items[3].Rect
		x := snd.Right() + 14
		box := ui.Rect{X: x, Y: snd.Y, W: math.Min(300, a.W-x-12), H: vol.Bottom() - snd.Y}
		g.Fill(box, g.P.Panel)
		g.Fill(ui.Rect{X: box.X, Y: box.Y, W: 4, H: box.H}, g.P.Bad)
		lines := g.WrapC(note+". The setting is kept for when there is one.", box.W-20, SizeSmall, false)
		ly := box.Y + (box.H-float64(len(lines))*SizeSmall*1.35)/2
		g.Lines(lines, box.X+12, ly, SizeSmall, false, g.P.Text)
	}
	g.Text("Settings are saved at once, in "+a.Files.Location(), a.W/2, a.H-40, SizeSmall, false, g.P.Dim, Center)
	// A sample of the palette: the morale faces.
	x := a.W/2 - 60
	for i, m := range []sim.Fixed{sim.F(2, 10), sim.F(5, 10), sim.F(8, 10)} {
		drawFace(a.sprites, g, x+float64(i)*60, a.H/2+275, m, 14)
	}
}

// ---- How to play ----

type howToScene struct {
	back Scene
	wrap []string
	w    float64
	keys int // the key map's version the text names
}

func newHowTo(a *App, back Scene) *howToScene {
	h := &howToScene{back: back}
	h.layout(a) // ready for a Draw before the first Update
	return h
}

// layout wraps the text, with the player's keys, for the window.
func (h *howToScene) layout(a *App) {
	w := a.W - 160
	if w > 900 {
		w = 900
	}
	if h.w != w || h.keys != a.Keys.Version() || h.wrap == nil {
		h.w, h.keys = w, a.Keys.Version()
		text := withKeys(a.Keys, howToText)
		text = strings.ReplaceAll(text, "{fullscreen}", a.Keys.Label(ui.CtlFullscreen))
		h.wrap = a.gfx.Wrap(text, w, SizeBody+1, false)
	}
}

const howToText = `You are the new head of a sales team for one quarter: 13 weeks of 5 days, 9:00 to 17:00. Every day you have 8 hours to spend.

MANAGE (command) actions organise, measure and direct: status reports, a dial quota, procedures, reassigning leads, performance reviews, forecast meetings. Their effects are fast and fade. They spend your authority.

LEAD (example) actions do the work beside the team and inspire it: making calls yourself, scrubbing leads for a rep, sharing the vision, mentoring, celebrating a win, walking the floor. Their effects are slow and compound. They earn influence, and reps start to ask you for advice.

Status reports show you the pipeline (visibility, which the executive's check-ins need) but each one pulls a rep off the phone and breaks their momentum. Clarity starts low: few people know the quarter's goal.

On the floor each rep shows what they are doing (phone, talk, report, meeting, rest, a question for you) and their morale as a face: smile, flat or frown. A flame means momentum. Click a rep for their numbers and why their morale moved today.

Keys: {pause} pause, {speeds} speed, the letter on each action button, {hint} a hint from the coach, {charts} charts, Tab/Enter to reach any button, {menu} menu, {fullscreen} fullscreen (Settings, Keys… changes any of them). The game autosaves every evening and when you quit.

The coach is an expert player: a search that plays the moves out on copies of your floor. H asks it for the next move at this moment (the game pauses while it thinks; it never acts for you). At the end of the quarter, the report shows how it played the same quarter, on the same calendar: its score, its revenue week by week, its style, and what it did most differently from you.

Press {menu} or Enter to go back.`

func (h *howToScene) Update(a *App, in *ui.Input) error {
	h.layout(a)
	if a.Keys.Pressed(in, ui.CtlMenu) || in.Key(ui.NavActivate) || in.Clicked {
		a.Go(h.back)
	}
	return nil
}

func (h *howToScene) Draw(a *App, g *Gfx) {
	drawBackdrop(a, g)
	w := h.w
	g.Text("How to play", a.W/2, 30, SizeBig+6, true, g.P.Accent, Center)
	g.Lines(h.wrap, (a.W-w)/2, 90, SizeBody+1, false, g.P.Text)
}

// ---- Message ----

type messageScene struct {
	title, text, detail string
	menu                *ui.Menu
	do                  func(int)
	wrap, dwrap         []string
}

func newMessage(a *App, title, text, detail string, options []string, do func(int)) *messageScene {
	m := ui.NewMenu(options...)
	m.Ring.Index = 0
	s := &messageScene{title: title, text: text, detail: detail, menu: m, do: do}
	s.layout(a) // ready for a Draw before the first Update
	return s
}

// layout places the buttons and wraps the texts for the window.
func (m *messageScene) layout(a *App) {
	m.menu.Layout(a.W/2-150, a.H/2+40, 300, 44, 10)
	if m.wrap == nil {
		m.wrap = a.gfx.Wrap(m.text, 640, SizeBody+1, false)
		m.dwrap = a.gfx.Wrap(m.detail, 640, SizeSmall, false)
	}
}

func (m *messageScene) Update(a *App, in *ui.Input) error {
	m.layout(a)
	if a.Keys.Pressed(in, ui.CtlMenu) {
		m.do(len(m.menu.Items) - 1)
		return nil
	}
	if i := m.menu.Update(in); i >= 0 {
		m.do(i)
	}
	return nil
}

func (m *messageScene) Draw(a *App, g *Gfx) {
	drawBackdrop(a, g)
	g.Text(m.title, a.W/2, a.H/2-200, SizeBig, true, g.P.Bad, Center)
	y := g.Lines(m.wrap, a.W/2-320, a.H/2-150, SizeBody+1, false, g.P.Text)
	g.Lines(m.dwrap, a.W/2-320, y+10, SizeSmall, false, g.P.Dim)
	drawMenu(a, g, m.menu)
}

// drawBackdrop draws the office, dimmed, to fill the screen behind menus.
func drawBackdrop(a *App, g *Gfx) {
	bg := a.sprites.Background
	k := math.Max(a.W*g.Scale/float64(bg.Bounds().Dx()), a.H*g.Scale/float64(bg.Bounds().Dy()))
	var op ebiten.DrawImageOptions
	op.GeoM.Scale(k, k)
	op.ColorScale.Scale(0.35, 0.35, 0.4, 1)
	op.Filter = ebiten.FilterNearest
	g.Dst.DrawImage(bg, &op)
}

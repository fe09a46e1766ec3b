package game

import (
	"fmt"

	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// titleScene is the title: a new game, the last game (autosave), the saved
// game, settings, how to play, quit, and in a browser an import.
type titleScene struct {
	menu *ui.Menu
	// Laid out in Update: the panel the title and menu sit on, the
	// title's top, and the footer (without the saves' place when the
	// window is too narrow for it).
	panel  ui.Rect
	titleY float64
	footer string
	// The player's best results, right of the menu when there are any.
	bestBox  ui.Rect
	bestRows []titleBest
}

// titleBest is one scenario and difficulty on the title's table.
type titleBest struct {
	head, line string
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

func newTitle(ctx *Ctx) *titleScene { return newTitleMenu(ctx, canImport) }

// newTitleMenu is the title, with the import item or without.
func newTitleMenu(ctx *Ctx, importable bool) *titleScene {
	items := []string{"New game", "Continue", "Load saved game", "Settings", "How to play", "Quit"}
	if importable {
		items = append(items, "Import a save or replay")
	}
	m := ui.NewMenu(items...)
	m.Items[tContinue].Enabled = store.Exists(ctx.Files, store.AutoSlot)
	m.Items[tLoad].Enabled = store.Exists(ctx.Files, store.ManualSlot) || fileExists(ctx.Files, store.BackupName(store.SlotFile(store.ManualSlot)))
	if !m.Items[tContinue].Enabled {
		m.Items[tContinue].Enabled = fileExists(ctx.Files, store.BackupName(store.SlotFile(store.AutoSlot)))
	}
	m.Ring.Index = tNew
	if m.Items[tContinue].Enabled {
		m.Ring.Index = tContinue
	}
	t := &titleScene{menu: m}
	t.layout(ctx) // ready for a Draw before the first Update
	return t
}

// layout centres the title and the menu on a panel above the footer,
// with the menu's buttons shorter when the window is short (a browser's
// 1280x657 holds all seven).
func (t *titleScene) layout(ctx *Ctx) {
	const head, pad = 150.0, 22.0
	n := float64(len(t.menu.Items))
	itemH, gap := 44.0, 10.0
	need := func() float64 { return 2*pad + head + n*(itemH+gap) - gap }
	if need() > ctx.H-footH-16 {
		itemH, gap = 36, 6
	}
	top := max(8, (ctx.H-footH-need())/2)
	t.panel = ui.Rect{X: ctx.W/2 - 340, Y: top, W: 680, H: need()}
	t.titleY = top + pad
	t.menu.Layout(ctx.W/2-150, t.titleY+head, 300, itemH, gap)
	t.bestRows = t.bestRows[:0]
	if b := &ctx.game.best; len(b.Entries) > 0 {
		pw := min(ctx.W-24, 980)
		t.panel = ui.Rect{X: ctx.W/2 - pw/2, Y: top, W: pw, H: need()}
		t.menu.Layout(t.panel.X+40, t.titleY+head, 300, itemH, gap)
		menuR := t.menu.Items[len(t.menu.Items)-1].Rect
		t.bestBox = ui.Rect{X: menuR.Right() + 32, Y: t.titleY + head, W: t.panel.Right() - 32 - menuR.Right() - 32, H: menuR.Bottom() - t.titleY - head}
		t.bestRows = bestRows(b, int((t.bestBox.H-34)/40), t.bestRows)
	}
	t.footer = "Arrows or Tab to move, Enter to choose, or click.  Saves: " + ctx.Files.Location()
	if ctx.text.Scale > 0 && ctx.text.Measure(t.footer, SizeSmall, false) > ctx.W-24 {
		t.footer = "Arrows or Tab to move, Enter to choose, or click."
	}
}

func fileExists(f store.FS, name string) bool {
	_, err := f.ReadFile(name)
	return err == nil
}

func (t *titleScene) Update(ctx *Ctx, in *ui.Input) error {
	t.layout(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		// Esc is "back" everywhere else: here it asks first.
		ctx.Go(newMessage(ctx, "Quit Salesfloor?", "A game in progress is saved: Continue picks it up where you left it.", "",
			[]string{"Quit", "Back"}, func(i int) {
				if i == 0 {
					ctx.Quit()
					return
				}
				ctx.Go(t)
			}))
		return nil
	}
	switch t.menu.Update(in) {
	case tNew:
		ctx.Go(newSetup(ctx))
	case tContinue:
		ctx.tryLoad(store.AutoSlot, t)
	case tLoad:
		ctx.tryLoad(store.ManualSlot, t)
	case tSettings:
		ctx.Go(newSettings(ctx, t))
	case tHow:
		ctx.Go(newHowTo(ctx, t))
	case tQuit:
		ctx.Quit()
	case tImport:
		startImport()
	}
	if name, data, ok := pollImport(); ok {
		ctx.importFile(name, data, t)
	}
	return nil
}

func (t *titleScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Panel(t.panel)
	y := t.titleY
	g.Text("SALESFLOOR", ctx.W/2, y, SizeTitle, true, g.P.Accent, Center)
	g.Text("A quarter, or a year, as head of a sales team: lead by command, or by example?", ctx.W/2, y+70, SizeHead, false, g.P.Text, Center)
	g.Text("Command wins the present, example wins the future. Neither wins alone.", ctx.W/2, y+98, SizeBody, false, g.P.Dim, Center)
	drawMenu(ctx, g, t.menu)
	if len(t.bestRows) > 0 {
		b := t.bestBox
		g.Fill(b, g.P.PanelHi)
		g.Text("Your best results", b.X+12, b.Y+8, SizeHead, true, g.P.Text, Left)
		y := b.Y + 36
		for _, r := range t.bestRows {
			g.Text(r.head, b.X+12, y, SizeBody, true, g.P.Accent, Left)
			g.Text(r.line, b.X+12, y+19, SizeSmall, false, g.P.Text, Left)
			y += 40
		}
	}
	drawFooter(ctx, g, t.footer)
}

// bestRows makes the title's table from the player's best results: a row
// per scenario and difficulty played, its best quarter and best year, at
// most n rows.
func bestRows(b *store.Best, n int, dst []titleBest) []titleBest {
	type key struct{ scen, diff string }
	var order []key
	best := map[key][2]*store.BestEntry{}
	for i := range b.Entries {
		e := &b.Entries[i]
		k := key{e.Scenario, e.Difficulty}
		v, seen := best[k]
		if !seen {
			order = append(order, k)
		}
		slot := 0
		if e.Kind == store.BestYear {
			slot = 1
		}
		if v[slot] == nil || e.Score > v[slot].Score {
			v[slot] = e
		}
		best[k] = v
	}
	for _, k := range order {
		if len(dst) >= n {
			break
		}
		title := k.scen
		if sc, err := sim.BuiltinScenario(k.scen); err == nil {
			title = sc.Title
		}
		v := best[k]
		line := "no year yet"
		if q := v[0]; q != nil {
			line = fmt.Sprintf("quarter %d (%s)", shownScore(q.Score), q.Grade)
		}
		if y := v[1]; y != nil {
			line += fmt.Sprintf(", year %d: %s", shownScore(y.Score), y.Title)
		}
		dst = append(dst, titleBest{head: title + ", " + k.diff, line: line})
	}
	return dst
}

// toastRect puts toasts between the title's lines and its menu.
func (t *titleScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	return ui.Rect{X: (ctx.W - w) / 2, Y: t.menu.Items[0].Rect.Y - h - 12, W: w, H: h}
}

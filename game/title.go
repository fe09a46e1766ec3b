package game

import (
	"salesfloor/game/store"
	"salesfloor/game/ui"
)

// titleScene is the title: a new game, the last game (autosave), the saved
// game, settings, how to play, quit, and in a browser an import.
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

func newTitle(ctx *Ctx) *titleScene {
	items := []string{"New game", "Continue", "Load saved game", "Settings", "How to play", "Quit"}
	if canImport {
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
	return &titleScene{menu: m}
}

func fileExists(f store.FS, name string) bool {
	_, err := f.ReadFile(name)
	return err == nil
}

func (t *titleScene) Update(ctx *Ctx, in *ui.Input) error {
	t.menu.Layout(ctx.W/2-150, ctx.H*0.45, 300, 44, 10)
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
	g.Text("SALESFLOOR", ctx.W/2, ctx.H*0.14, SizeTitle, true, g.P.Accent, Center)
	g.Text("A quarter as head of a sales team: lead by command, or by example?", ctx.W/2, ctx.H*0.14+70, SizeHead, false, g.P.Text, Center)
	g.Text("Command wins the present, example wins the future. Neither wins alone.", ctx.W/2, ctx.H*0.14+98, SizeBody, false, g.P.Dim, Center)
	drawMenu(ctx, g, t.menu)
	g.Text("Arrows or Tab to move, Enter to choose, or click.  Saves: "+ctx.Files.Location(), ctx.W/2, ctx.H-30, SizeSmall, false, g.P.Dim, Center)
}

// toastRect puts toasts between the title's lines and its menu.
func (t *titleScene) toastRect(ctx *Ctx, w, h float64) ui.Rect {
	return ui.Rect{X: (ctx.W - w) / 2, Y: t.menu.Items[0].Rect.Y - h - 12, W: w, H: h}
}

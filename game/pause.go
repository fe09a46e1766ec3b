package game

import (
	"fmt"
	"path/filepath"

	"salesfloor/game/store"
	"salesfloor/game/ui"
)

// pauseScene is the menu over the paused floor: save, load, export, charts,
// settings, help, and the ways out. It puts the floor's speed back when it
// resumes.
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

func newPause(ctx *Ctx, f *floorScene) *pauseScene {
	items := []string{"Resume", "Save game", "Load saved game", "Export replay", "Charts", "Settings", "How to play", "Save and quit to title", "Save and quit"}
	if canImport {
		items = append(items, "Download save")
	}
	m := ui.NewMenu(items...)
	m.Ring.Index = 0
	p := &pauseScene{floor: f, menu: m, speed: ctx.Session().Speed}
	ctx.Session().Speed = 0
	return p
}

func (p *pauseScene) resume(ctx *Ctx) {
	ctx.Session().Speed = p.speed
	ctx.Go(p.floor)
}

func (p *pauseScene) Update(ctx *Ctx, in *ui.Input) error {
	p.floor.layout(ctx) // the floor is drawn beneath: lay it out for this window
	p.menu.Layout(ctx.W/2-150, ctx.H/2-230, 300, 42, 8)
	if ctx.Keys.Pressed(in, ui.CtlMenu) {
		p.resume(ctx)
		return nil
	}
	switch p.menu.Update(in) {
	case pResume:
		p.resume(ctx)
	case pSave:
		if err := ctx.Save(store.ManualSlot); err != nil {
			ctx.Say("Save failed: " + err.Error())
		} else {
			ctx.Say("Saved to " + filepath.Join(ctx.Files.Location(), store.SlotFile(store.ManualSlot)))
		}
	case pLoad:
		ctx.tryLoad(store.ManualSlot, p)
	case pExport:
		name := fmt.Sprintf("replay-%s-%d-t%d.json", ctx.Session().W.Scenario.Name, ctx.Session().W.Seed, ctx.Session().W.Tick)
		data, err := ctx.Session().ReplayBytes()
		ctx.offerFile(name, data, err, "Export")
	case pDownload:
		name := fmt.Sprintf("salesfloor-%s-%d-t%d%s", ctx.Session().W.Scenario.Name, ctx.Session().W.Seed, ctx.Session().W.Tick, store.Ext)
		data, err := ctx.Session().SaveBytes()
		ctx.offerFile(name, data, err, "Download")
	case pCharts:
		ctx.Go(newCharts(ctx, p, -1, nil))
	case pSettings:
		ctx.Go(newSettings(ctx, p))
	case pHow:
		ctx.Go(newHowTo(ctx, p))
	case pTitle:
		ctx.LeaveGame()
		ctx.Go(newTitle(ctx))
	case pQuit:
		ctx.Quit()
	}
	return nil
}

func (p *pauseScene) Draw(ctx *Ctx, g *Gfx) {
	p.floor.Draw(ctx, g)
	g.Fill(ui.Rect{W: ctx.W, H: ctx.H}, g.P.Shade)
	r := ui.Rect{X: ctx.W/2 - 180, Y: ctx.H/2 - 290, W: 360, H: float64(len(p.menu.Items))*50 + 90}
	g.Panel(r)
	g.Text("Paused", ctx.W/2, r.Y+16, SizeBig, true, g.P.Accent, Center)
	drawMenu(ctx, g, p.menu)
}

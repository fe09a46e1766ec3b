package game

import (
	"fmt"
	"path/filepath"

	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// pauseScene is the menu over the paused floor: save, load, export, charts,
// settings, help, and the ways out. It puts the floor's speed back when it
// resumes.
type pauseScene struct {
	floor *floorScene
	menu  *ui.Menu
	box   ui.Rect // the panel, laid out in Update
	speed int
}

const (
	pResume = iota
	pSave
	pLoad
	pExport
	pCharts
	pRoutine
	pSettings
	pHow
	pTitle
	pQuit
	pDownload // in a browser only
)

func newPause(ctx *Ctx, f *floorScene) *pauseScene {
	items := []string{"Resume", "Save game", "Load saved game", "Export replay", "Charts", "Your routine", "Settings", "How to play", "Save and quit to title", "Save and quit"}
	if canImport {
		items = append(items, "Download save")
	}
	m := ui.NewMenu(items...)
	m.Ring.Index = 0
	p := &pauseScene{floor: f, menu: m, speed: ctx.Session().Speed}
	ctx.Session().Speed = 0
	p.layout(ctx) // ready for a Draw before the first Update
	return p
}

func (p *pauseScene) resume(ctx *Ctx) {
	ctx.Session().Speed = p.speed
	ctx.Go(p.floor)
}

// layout places the panel and its column of buttons, centred, shrinking
// the buttons on a short window so that the last stays on the screen.
func (p *pauseScene) layout(ctx *Ctx) {
	n := float64(len(p.menu.Items))
	step := clampF((ctx.H-110)/n, 34, 50)
	h := 60 + n*step + 16
	p.box = ui.Rect{X: ctx.W/2 - 180, Y: max(4, (ctx.H-h)/2), W: 360, H: h}
	p.menu.Layout(ctx.W/2-150, p.box.Y+60, 300, step-8, 8)
}

func (p *pauseScene) Update(ctx *Ctx, in *ui.Input) error {
	p.floor.layout(ctx) // the floor is drawn beneath: lay it out for this window
	p.layout(ctx)
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
			if inBrowser {
				// Not a path: "this browser's local storage/save1.sav" read
				// as two things glued together.
				ctx.Say("Saved, as " + store.SlotFile(store.ManualSlot) + ", in " + ctx.Files.Location())
			} else {
				ctx.Say("Saved to " + filepath.Join(ctx.Files.Location(), store.SlotFile(store.ManualSlot)))
			}
		}
	case pLoad:
		ctx.confirmLoad(store.ManualSlot, p)
	case pExport:
		name := fmt.Sprintf("replay-%s-%d-%s.json", ctx.Session().W.Scenario.Name, ctx.Session().W.Seed, moment(ctx.Session().W))
		data, err := ctx.Session().ReplayBytes()
		ctx.offerFile(name, data, err, "Export")
	case pDownload:
		name := fmt.Sprintf("salesfloor-%s-%d-%s%s", ctx.Session().W.Scenario.Name, ctx.Session().W.Seed, moment(ctx.Session().W), store.Ext)
		data, err := ctx.Session().SaveBytes()
		ctx.offerFile(name, data, err, "Download")
	case pCharts:
		ctx.Go(newCharts(ctx, p, -1, nil))
	case pRoutine:
		ctx.Go(newRoutineScene(ctx, p))
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

// moment names the world's moment in an exported file's name: the tick,
// and in a campaign the quarter too, since every quarter's ticks start
// again at 0 and two exports of one year must not share a name.
func moment(w *sim.World) string {
	if w.Year.Quarters > 1 {
		return fmt.Sprintf("q%d-t%d", w.Year.Quarter+1, w.Tick)
	}
	return fmt.Sprintf("t%d", w.Tick)
}

func (p *pauseScene) Draw(ctx *Ctx, g *Gfx) {
	p.floor.Draw(ctx, g)
	g.Fill(ui.Rect{W: ctx.W, H: ctx.H}, g.P.Shade)
	r := p.box
	g.Panel(r)
	g.Text("Paused", ctx.W/2, r.Y+16, SizeBig, true, g.P.Accent, Center)
	drawMenu(ctx, g, p.menu)
}

// Package game is Salesfloor's desktop game on Ebiten: scenes, drawing,
// input, sound and files. It reads the simulation to draw it and changes it
// only through session.Session, which sends sim.Commands.
package game

import (
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/script"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/synth"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// Scene is one screen of the game. Update gets the frame's input, already
// snapshotted; Draw only reads. Both get the narrow context a scene may
// use, never the App.
type Scene interface {
	Update(ctx *Ctx, in *ui.Input) error
	Draw(ctx *Ctx, g *Gfx)
}

// Options configure the game from the command line.
type Options struct {
	Files         store.FS       // where saves and settings live
	Script        *script.Script // drive the game from a script instead of devices
	ScreenshotDir string
	HashOut       string // write the final state hash here on exit
	NoSound       bool
	Seed          uint64 // seed of a new game; 0 picks one from the clock
	WindowW       int    // the window's size at start; 0: 1280x800
	WindowH       int
}

// App is the ebiten.Game: the loop, the current scene and the platform's
// glue (window, input devices, scripts, screenshots). What scenes use lives
// in the parts it wires together: the game in play (games), the settings
// (prefs), sound, toasts and the coach's worker, reached through Ctx.
type App struct {
	opt     Options
	ctx     Ctx
	scene   Scene
	gfx     *Gfx
	input   inputReader
	in      ui.Input
	games   *games
	prefs   *prefs
	sound   *sound
	toasts  *toasts
	work    *worker
	pixW    int
	pixH    int
	quit    bool
	shot    string
	err     error
	dsf     float64 // the device scale factor, polled (see deviceScale)
	layoutW float64
	layoutH float64
}

// deviceScale is the monitor's device scale factor. Asking Ebiten for it is
// a round trip to the main thread that allocates, so it is asked when the
// window's size changes and once a second (a window moved to another
// monitor), not on every call.
func (a *App) deviceScale() float64 {
	if a.dsf <= 0 {
		a.pollDeviceScale()
	}
	return a.dsf
}

func (a *App) pollDeviceScale() {
	a.dsf = 1
	if m := ebiten.Monitor(); m != nil {
		if f := m.DeviceScaleFactor(); f > 0 {
			a.dsf = f
		}
	}
}

// New builds the game and shows the title.
func New(opt Options) (*App, error) {
	if opt.Files == nil {
		d, err := store.Default()
		if err != nil {
			return nil, err
		}
		opt.Files = d
	}
	a := &App{opt: opt, gfx: newGfx(), toasts: &toasts{}, work: &worker{}}
	a.sound = newSound(!opt.NoSound)
	a.games = &games{files: opt.Files, seed: opt.Seed, sound: a.sound, toasts: a.toasts}
	a.prefs = &prefs{files: opt.Files, gfx: a.gfx, sound: a.sound, toasts: a.toasts}
	a.prefs.load()
	sp, err := loadSprites()
	if err != nil {
		return nil, err
	}
	a.prefs.apply()
	a.ctx = Ctx{In: &a.in, Keys: a.prefs.keys, Settings: &a.prefs.s, Files: opt.Files, Art: sp,
		goTo: func(s Scene) { a.scene = s }, quit: a.Quit,
		game: a.games, prefs: a.prefs, sound: a.sound, toasts: a.toasts, text: a.gfx, work: a.work}
	a.games.weekOff = a.prefs.s.RoutineOff
	if err := a.games.loadWeek(); err != nil {
		a.toasts.say(err.Error() + " (your routine is empty until it is fixed)")
	}
	if p := a.games.loadBest(); p != nil {
		a.toasts.say(p.Error())
	}
	a.scene = newTitle(&a.ctx)
	platformStart(a)
	return a, nil
}

// Run opens the window and plays until the player quits.
func Run(opt Options) error {
	a, err := New(opt)
	if err != nil {
		return err
	}
	ebiten.SetWindowTitle("Salesfloor")
	w, h := 1280, 800
	if opt.WindowW > 0 && opt.WindowH > 0 {
		w, h = opt.WindowW, opt.WindowH
	}
	ebiten.SetWindowSize(w, h)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetWindowClosingHandled(true)
	ebiten.SetFullscreen(a.prefs.s.Fullscreen)
	a.prefs.fullscr = a.prefs.s.Fullscreen
	err = ebiten.RunGame(a)
	if errors.Is(err, ebiten.Termination) {
		err = nil
	}
	if err == nil {
		err = a.err
	}
	return err
}

// Select selects a rep on the floor, as a click on them does (-1: none).
// It does nothing on other scenes.
func (a *App) Select(rep int32) {
	if s, ok := a.scene.(interface{ selectRep(int32) }); ok {
		s.selectRep(rep)
	}
}

// Scene is the current scene (tests).
func (a *App) Scene() Scene { return a.scene }

// Session is the game in play, or nil (tests and the browser's hook).
func (a *App) Session() *session.Session { return a.games.s }

// Settings are the player's settings (tests).
func (a *App) Settings() *store.Settings { return &a.prefs.s }

// Toast is the message on show, or the last one (tests).
func (a *App) Toast() string { return a.toasts.msg }

// NewGame starts a quarter of a scenario, as the setup screen does.
func (a *App) NewGame(scenario string, d sim.Difficulty, seed uint64) error {
	return a.ctx.NewGame(session.Config{Scenario: scenario, Difficulty: d, Seed: seed})
}

// NewCampaign starts a campaign of quarters of a scenario (tests).
func (a *App) NewCampaign(scenario string, d sim.Difficulty, seed uint64, quarters int) error {
	return a.ctx.NewGame(session.Config{Scenario: scenario, Difficulty: d, Seed: seed, Quarters: quarters})
}

// Import opens a save or replay file the player brought in (the browser's
// upload), returning to the current scene if it is bad.
func (a *App) Import(name string, data []byte) { a.ctx.importFile(name, data, a.scene) }

// Update implements ebiten.Game.
func (a *App) Update() error {
	if a.shot != "" {
		// A screenshot is waiting for the next Draw: Ebiten may run
		// several Updates per Draw, so hold everything until it is taken.
		return nil
	}
	a.ctx.Frame++
	a.toasts.tick()
	if a.ctx.Frame%60 == 0 {
		a.pollDeviceScale()
	}
	if a.opt.Script != nil {
		a.in.Reset()
		a.in.Hover = false
		if err := a.opt.Script.Step(&a.in, a); err != nil {
			return err
		}
	} else {
		a.input.read(&a.in, a.scaleFactor())
	}
	if a.in.Any() {
		a.sound.unlock()
		if a.in.Clicked {
			a.sound.play(synth.SoundClick)
		}
	}
	if a.prefs.keys.Pressed(&a.in, ui.CtlFullscreen) {
		a.prefs.s.Fullscreen = !a.prefs.s.Fullscreen
		a.prefs.save()
	}
	if ebiten.IsWindowBeingClosed() {
		a.quit = true
	}
	if a.quit {
		a.games.autosave()
		a.writeHash(a.opt.HashOut)
		return ebiten.Termination
	}
	if err := a.scene.Update(&a.ctx, &a.in); err != nil {
		return err
	}
	a.toasts.layout(&a.ctx, a.scene)
	a.sound.update()
	return nil
}

// SetTurbo makes the game simulate n ticks a frame (scripts).
func (a *App) SetTurbo(n int) { a.games.setTurbo(n) }

// Question is the number of answers of the event waiting for one, or 0.
// Scripts answer it themselves.
func (a *App) Question() int {
	if a.games.s == nil {
		return 0
	}
	if _, d, ok := a.games.s.W.PendingEvent(); ok {
		return len(d.Choices)
	}
	return 0
}

// Notice reports whether a notice waits to be read.
func (a *App) Notice() bool {
	n, ok := a.scene.(interface{ notice() bool })
	return ok && n.notice()
}

// NoticeOK is the centre of the OK button of the notice waiting to be
// read, if one is (scripts click it).
func (a *App) NoticeOK() (x, y float64, up bool) {
	n, ok := a.scene.(interface{ noticeOK() (ui.Rect, bool) })
	if !ok {
		return 0, 0, false
	}
	r, up := n.noticeOK()
	return r.X + r.W/2, r.Y + r.H/2, up
}

// KeyMap is the player's bindings (scripts press keys through it).
func (a *App) KeyMap() *ui.KeyMap { return a.prefs.keys }

// Quit ends the game after autosaving.
func (a *App) Quit() { a.quit = true }

// scaleFactor is device pixels per UI unit: the device scale times the UI
// scale, held to what the window can show the layouts' minimum size
// (ui.MinW x ui.MinH) at, so the UI never needs more than the window. A
// window of 1280x800 holds 125%, a 1920x1080 one 168%; the settings say
// when the window holds the player's scale (Ctx.HeldScale).
func (a *App) scaleFactor() float64 {
	s := a.deviceScale() * a.prefs.s.UIScale
	if a.pixW > 0 && a.pixH > 0 {
		if m := float64(a.pixW) / ui.MinW; m < s {
			s = m
		}
		if m := float64(a.pixH) / ui.MinH; m < s {
			s = m
		}
	}
	if s <= 0 {
		s = 1
	}
	return s
}

// Draw implements ebiten.Game.
func (a *App) Draw(screen *ebiten.Image) {
	a.work.draws++
	g := a.gfx
	g.Dst = screen
	g.Scale = a.scaleFactor()
	a.ctx.W, a.ctx.H = float64(a.pixW)/g.Scale, float64(a.pixH)/g.Scale
	a.ctx.HeldScale = 0
	if want := a.deviceScale() * a.prefs.s.UIScale; g.Scale < want-1e-6 {
		a.ctx.HeldScale = g.Scale / a.deviceScale()
	}
	g.Fill(ui.Rect{W: a.ctx.W, H: a.ctx.H}, g.P.Bg)
	a.scene.Draw(&a.ctx, g)
	a.toasts.draw(g)
	g.Flush()
	if a.shot != "" {
		a.writeShot(screen, a.shot)
		a.shot = ""
	}
}

// Layout implements ebiten.Game; LayoutF does the work.
func (a *App) Layout(w, h int) (int, int) { return w, h }

// LayoutF renders at the device's full resolution so text is sharp.
func (a *App) LayoutF(w, h float64) (float64, float64) {
	if w != a.layoutW || h != a.layoutH {
		a.layoutW, a.layoutH = w, h
		a.pollDeviceScale()
	}
	s := a.deviceScale()
	a.pixW, a.pixH = int(w*s), int(h*s)
	if a.pixW < 1 {
		a.pixW = 1
	}
	if a.pixH < 1 {
		a.pixH = 1
	}
	a.ctx.W, a.ctx.H = float64(a.pixW)/a.scaleFactor(), float64(a.pixH)/a.scaleFactor()
	return float64(a.pixW), float64(a.pixH)
}

// Tick is the world's tick, for scripts.
func (a *App) Tick() int32 {
	if a.games.s == nil {
		return -1
	}
	return a.games.s.W.Tick
}

// Screenshot asks for the next frame to be written as NAME.png.
func (a *App) Screenshot(name string) { a.shot = name }

func (a *App) writeShot(screen *ebiten.Image, name string) {
	dir := a.opt.ScreenshotDir
	if dir == "" {
		dir = "."
	}
	b := screen.Bounds()
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		a.err = err
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		a.err = err
		return
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		a.err = err
	}
}

// ExportReplay writes the current game as a replay file at path.
func (a *App) ExportReplay(path string) error {
	if a.games.s == nil {
		return errors.New("no game to export")
	}
	data, err := a.games.s.ReplayBytes()
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// WriteHash writes the state hash of the current game to path.
func (a *App) WriteHash(path string) error { return a.writeHash(path) }

func (a *App) writeHash(path string) error {
	if path == "" || a.games.s == nil {
		return nil
	}
	return os.WriteFile(path, []byte(a.games.s.Hash()+"\n"), 0o644)
}

// Busy reports whether the current scene has work in progress.
func (a *App) Busy() bool {
	b, ok := a.scene.(busyScene)
	return ok && b.busy(&a.ctx)
}

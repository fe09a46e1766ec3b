// Package game is Salesfloor's desktop game on Ebiten: scenes, drawing,
// input, sound and files. It reads the simulation to draw it and changes it
// only through session.Session, which sends sim.Commands.
package game

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"salesfloor/game/script"
	"salesfloor/game/session"
	"salesfloor/game/synth"
	"salesfloor/game/ui"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/store"
	"salesfloor/sim"
)

// Scene is one screen of the game. Update gets the frame's input, already
// snapshotted; Draw only reads.
type Scene interface {
	Update(a *App, in *ui.Input) error
	Draw(a *App, g *Gfx)
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

// App is the ebiten.Game: it owns the scenes, the session, the settings,
// files, sound and input.
type App struct {
	opt        Options
	Files      store.FS
	Settings   store.Settings
	Keys       *ui.KeyMap // every key binding, by control
	Session    *session.Session
	scene      Scene
	gfx        *Gfx
	sprites    *Sprites
	input      inputReader
	in         ui.Input
	sound      *sound
	W, H       float64 // the UI's size in UI units
	pixW       int
	pixH       int
	quit       bool
	shot       string
	err        error
	Toast      string
	toastAge   int
	toastEvent bool // the toast announces a floor event: shown on the floor only
	frame      int
	fullscr    bool
	turbo      int
	dsf        float64 // the device scale factor, polled (see deviceScale)
	layoutW    float64
	layoutH    float64
	draws      int // frames drawn
	workedAt   int // the value of draws when the coach last worked (see slice)
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
	a := &App{opt: opt, Files: opt.Files, gfx: newGfx()}
	a.Settings = store.LoadSettings(a.Files)
	a.loadKeys()
	sp, err := loadSprites()
	if err != nil {
		return nil, err
	}
	a.sprites = sp
	a.sound = newSound(!opt.NoSound)
	a.applySettings()
	a.scene = newTitle(a)
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
	ebiten.SetFullscreen(a.Settings.Fullscreen)
	a.fullscr = a.Settings.Fullscreen
	err = ebiten.RunGame(a)
	if errors.Is(err, ebiten.Termination) {
		err = nil
	}
	if err == nil {
		err = a.err
	}
	return err
}

// Go switches to another scene.
func (a *App) Go(s Scene) { a.scene = s }

// Select selects a rep on the floor, as a click on them does (-1: none).
// It does nothing on other scenes.
func (a *App) Select(rep int32) {
	if s, ok := a.scene.(interface{ selectRep(int32) }); ok {
		s.selectRep(rep)
	}
}

// Scene is the current scene (tests).
func (a *App) Scene() Scene { return a.scene }

// applySettings puts the settings into effect.
func (a *App) applySettings() {
	a.gfx.P = normalPalette
	if a.Settings.ColorBlind {
		a.gfx.P = cbPalette
	}
	a.sound.set(a.Settings.Sound, a.Settings.Volume)
	if a.fullscr != a.Settings.Fullscreen {
		a.fullscr = a.Settings.Fullscreen
		ebiten.SetFullscreen(a.fullscr)
	}
}

// SaveSettings persists the settings and applies them.
// loadKeys builds the key map from the settings. Bindings the file gets
// wrong keep their defaults, and the player is told which and why.
func (a *App) loadKeys() {
	keys, errs := ui.KeyMapFrom(a.Settings.Keys)
	a.Keys = keys
	if len(errs) > 0 {
		msg := "settings.json: " + errs[0].Error()
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (and %d more; those keep their defaults)", len(errs)-1)
		}
		a.Say(msg)
	}
}

// SaveKeys stores the key map's differences from the defaults in the
// settings.
func (a *App) SaveKeys() {
	a.Settings.Keys = a.Keys.Overrides()
	a.SaveSettings()
}

func (a *App) SaveSettings() {
	a.Settings.Clamp()
	a.applySettings()
	if err := store.SaveSettings(a.Files, a.Settings); err != nil {
		a.Say("Could not save settings: " + err.Error())
	}
}

// Say shows a short message at the bottom of the screen.
func (a *App) Say(msg string) { a.Toast, a.toastAge, a.toastEvent = msg, 0, false }

// sayEvent announces an event on the floor; other scenes do not show it.
func (a *App) sayEvent(msg string) { a.Toast, a.toastAge, a.toastEvent = msg, 0, true }

// toastPlacer is a scene that puts toasts clear of its buttons: the rect
// for a toast w wide and h high.
type toastPlacer interface {
	toastRect(a *App, w, h float64) ui.Rect
}

// Play plays a sound if sound is on and the player has interacted.
func (a *App) Play(s synth.Sound) { a.sound.play(s) }

// Update implements ebiten.Game.
func (a *App) Update() error {
	if a.shot != "" {
		// A screenshot is waiting for the next Draw: Ebiten may run
		// several Updates per Draw, so hold everything until it is taken.
		return nil
	}
	a.frame++
	a.toastAge++
	if a.frame%60 == 0 {
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
			a.Play(synth.SoundClick)
		}
	}
	if a.Keys.Pressed(&a.in, ui.CtlFullscreen) {
		a.Settings.Fullscreen = !a.Settings.Fullscreen
		a.SaveSettings()
	}
	if ebiten.IsWindowBeingClosed() {
		a.quit = true
	}
	if a.quit {
		a.autosave()
		a.writeHash(a.opt.HashOut)
		return ebiten.Termination
	}
	if err := a.scene.Update(a, &a.in); err != nil {
		return err
	}
	a.sound.update()
	return nil
}

// SetTurbo makes the game simulate n ticks a frame (scripts).
func (a *App) SetTurbo(n int) {
	a.turbo = n
	if a.Session != nil {
		a.Session.Turbo = n
	}
}

// Question is the number of answers of the event waiting for one, or 0
// (scripts answer it themselves).
func (a *App) Question() int {
	if a.Session == nil {
		return 0
	}
	if _, d, ok := a.Session.W.PendingEvent(); ok {
		return len(d.Choices)
	}
	return 0
}

// KeyMap is the player's bindings (scripts press keys through it).
func (a *App) KeyMap() *ui.KeyMap { return a.Keys }

// Quit ends the game after autosaving.
func (a *App) Quit() { a.quit = true }

// scaleFactor is device pixels per UI unit: the device scale times the UI
// scale, shrunk so the UI never needs more than the window.
func (a *App) scaleFactor() float64 {
	s := a.deviceScale() * a.Settings.UIScale
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
	a.draws++
	g := a.gfx
	g.Dst = screen
	g.Scale = a.scaleFactor()
	a.W, a.H = float64(a.pixW)/g.Scale, float64(a.pixH)/g.Scale
	screen.Fill(g.P.Bg)
	a.scene.Draw(a, g)
	// An event's toast belongs to the scene that shows the floor's events.
	_, onFloor := a.scene.(interface{ showsEvents() })
	if a.Toast != "" && a.toastAge < 240 && (onFloor || !a.toastEvent) {
		w := math.Min(g.Measure(a.Toast, SizeBody, false)+24, a.W-24)
		r := ui.Rect{X: (a.W - w) / 2, Y: a.H - 80, W: w, H: 30}
		if tp, ok := a.scene.(toastPlacer); ok {
			r = tp.toastRect(a, w, r.H)
		}
		g.Fill(r, g.P.PanelHi)
		g.Stroke(r, 1, g.P.Accent)
		g.Text(a.Toast, r.X+r.W/2, r.Y+7, SizeBody, false, g.P.Text, Center)
	}
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
	a.W, a.H = float64(a.pixW)/a.scaleFactor(), float64(a.pixH)/a.scaleFactor()
	return float64(a.pixW), float64(a.pixH)
}

// Tick is the world's tick, for scripts.
func (a *App) Tick() int32 {
	if a.Session == nil {
		return -1
	}
	return a.Session.W.Tick
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
	if a.Session == nil {
		return errors.New("no game to export")
	}
	data, err := a.Session.ReplayBytes()
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// WriteHash writes the state hash of the current game to path.
func (a *App) WriteHash(path string) error { return a.writeHash(path) }

func (a *App) writeHash(path string) error {
	if path == "" || a.Session == nil {
		return nil
	}
	return os.WriteFile(path, []byte(a.Session.Hash()+"\n"), 0o644)
}

// Start begins a game with a new session and shows the floor.
func (a *App) Start(s *session.Session, firstDay bool) {
	a.Session = s
	s.Turbo = a.turbo
	f := newFloor(a)
	if firstDay {
		// A new quarter waits for the player: it starts paused, the status
		// line says which key runs it, and the first one shows the hints.
		s.Speed = 0
		if !a.Settings.HintsSeen {
			f.hints = 0
		}
	}
	a.Go(f)
}

// NewGame starts a quarter of a scenario.
func (a *App) NewGame(scenario string, d sim.Difficulty, seed uint64) error {
	s, err := session.NewSession(scenario, d, seed)
	if err != nil {
		return err
	}
	a.Start(s, true)
	a.autosave()
	return nil
}

// NewSeed picks the seed of a new game.
func (a *App) NewSeed() uint64 {
	if a.opt.Seed != 0 {
		return a.opt.Seed
	}
	return uint64(timeNow().UnixNano()>>10) | 1
}

// autosave writes the autosave slot.
func (a *App) autosave() {
	if a.Session == nil {
		return
	}
	if err := a.saveTo(store.AutoSlot); err != nil {
		a.Say("Autosave failed: " + err.Error())
	}
}

// SaveTo writes the session to a slot.
func (a *App) saveTo(slot string) error {
	data, err := a.Session.SaveBytes()
	if err != nil {
		return err
	}
	return a.Files.WriteFile(store.SlotFile(slot), data)
}

// Load loads a slot (or its backup) and shows the game, or returns the
// *store.LoadError that says why it cannot.
func (a *App) Load(slot string, backup bool) error {
	s, err := LoadSlot(a.Files, slot, backup)
	if err != nil {
		return err
	}
	a.resume(s, "Loaded")
	return nil
}

// resume shows a game that was loaded or imported: its report if the
// quarter is over, otherwise the floor, paused, with a word on where it is.
func (a *App) resume(s *session.Session, verb string) {
	a.Session = s
	s.Turbo = a.turbo
	if s.W.Done() {
		a.Go(newReport(a))
		return
	}
	s.Speed = 0
	a.Go(newFloor(a))
	a.Say(fmt.Sprintf("%s: %s. Paused: press %s to carry on.", verb, s.W.Clock(), a.Keys.Label(ui.CtlPause)))
}

// LoadSlot reads a session from a slot through the store.
func LoadSlot(f store.FS, slot string, backup bool) (*session.Session, error) {
	return store.Load(f, slot, backup, session.LoadSession, func(err error) bool {
		return errors.Is(err, sim.ErrForeignSave)
	})
}

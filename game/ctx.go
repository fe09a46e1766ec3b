package game

import (
	"salesfloor/game/coach"
	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/synth"
	"salesfloor/game/ui"
	"time"
)

// Ctx is everything a scene may reach: change scene, tell the player, play
// a sound, the game in play, the settings and keys, the frame's input and
// the screen's size. It is the narrow state Ebiten's blocks example hands
// its scenes (a scene manager and the input) instead of the whole game.
// App builds one at start and keeps its fields current; no scene sees App,
// and a scene hands a result back through a callback it was given, never
// by finding another scene.
type Ctx struct {
	W, H     float64         // the screen, in UI units
	Frame    int             // frames updated, for animations
	In       *ui.Input       // this frame's input; Draw reads the hover from it
	Keys     *ui.KeyMap      // every binding, by control
	Settings *store.Settings // change it, then SaveSettings
	Files    store.FS        // where saves and settings live
	Art      *Sprites
	// HeldScale is the UI scale the window holds the player's setting to
	// when it is too small for it (every layout needs ui.MinW x ui.MinH
	// UI units), or 0 when the setting is in effect.
	HeldScale float64

	goTo   func(Scene)
	quit   func()
	game   *games
	prefs  *prefs
	sound  *sound
	toasts *toasts
	text   *Gfx // measures and wraps text, for layout in Update
	work   *worker
}

// Go shows another scene from the next frame.
func (ctx *Ctx) Go(s Scene) { ctx.goTo(s) }

// Quit ends the game after autosaving.
func (ctx *Ctx) Quit() { ctx.quit() }

// Say shows the player a short message at the bottom of the screen.
func (ctx *Ctx) Say(msg string) { ctx.toasts.say(msg) }

// Play plays a sound if sound is on and the player has interacted.
func (ctx *Ctx) Play(s synth.Sound) { ctx.sound.play(s) }

// Session is the game in play, or nil on the title.
func (ctx *Ctx) Session() *session.Session { return ctx.game.s }

// Simulate runs this frame's share of the game in play. The game owns what
// a frame brings beyond the floor's floating texts (the chime for deals,
// the autosave at a day's end, the toast and ring of an event), so a scene
// need only call this.
func (ctx *Ctx) Simulate() session.Moments { return ctx.game.play() }

// SaveSettings stores the settings and puts them into effect.
func (ctx *Ctx) SaveSettings() { ctx.prefs.save() }

// SaveKeys stores the key map's differences from the defaults.
func (ctx *Ctx) SaveKeys() { ctx.prefs.saveKeys() }

// Scale is device pixels per UI unit, as of the last frame drawn (0 before
// the first): text wrapped in Update for a scale must wait for one.
func (ctx *Ctx) Scale() float64 { return ctx.text.Scale }

// Save writes the game in play to a slot.
func (ctx *Ctx) Save(slot string) error { return ctx.game.saveTo(slot) }

// Stamp is the moment of the game in play, for the coach: any command or
// tick moves it.
func (ctx *Ctx) Stamp() coach.Stamp { return ctx.game.stamp() }

// Work runs the coach's work a slice of this drawn frame's time, at most d;
// it reports whether the work is done.
func (ctx *Ctx) Work(d time.Duration, work func(n int) bool) bool { return ctx.work.slice(d, work) }

// Drawn is the number of frames drawn so far: a screen that waits for
// the player to have seen it counts from its first.
func (ctx *Ctx) Drawn() int { return ctx.work.draws }

// SoundNote says why the game is silent whatever the settings, or "".
func (ctx *Ctx) SoundNote() string { return ctx.sound.unavailable() }

// UnlockSound lets sound play from now on (browsers want an input first).
func (ctx *Ctx) UnlockSound() { ctx.sound.unlock() }

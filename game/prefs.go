package game

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"salesfloor/game/store"
	"salesfloor/game/ui"
)

// prefs owns the player's settings and key map: loading them, saving them
// at once on a change, and putting them into effect (palette, sound,
// fullscreen).
type prefs struct {
	files   store.FS
	s       store.Settings
	keys    *ui.KeyMap
	gfx     *Gfx
	sound   *sound
	toasts  *toasts
	fullscr bool // the window's fullscreen state as last set
}

// load reads the settings and builds the key map from them. Bindings the
// file gets wrong keep their defaults, and the player is told which and why.
func (p *prefs) load() {
	p.s = store.LoadSettings(p.files)
	keys, errs := ui.KeyMapFrom(p.s.Keys)
	p.keys = keys
	if len(errs) > 0 {
		msg := "settings.json: " + errs[0].Error()
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (and %d more; those keep their defaults)", len(errs)-1)
		}
		p.toasts.say(msg)
	}
}

// apply puts the settings into effect.
func (p *prefs) apply() {
	p.gfx.P = normalPalette
	if p.s.ColorBlind {
		p.gfx.P = cbPalette
	}
	p.sound.set(p.s.Sound, p.s.Volume)
	if p.fullscr != p.s.Fullscreen {
		p.fullscr = p.s.Fullscreen
		ebiten.SetFullscreen(p.fullscr)
	}
}

// save persists the settings and applies them.
func (p *prefs) save() {
	p.s.Clamp()
	p.apply()
	if err := store.SaveSettings(p.files, p.s); err != nil {
		p.toasts.say("Could not save settings: " + err.Error())
	}
}

// saveKeys stores the key map's differences from the defaults.
func (p *prefs) saveKeys() {
	p.s.Keys = p.keys.Overrides()
	p.save()
}

package game

import (
	"github.com/hajimehoshi/ebiten/v2/audio"

	"salesfloor/game/synth"
)

// sound plays the synthesized sounds. The audio context is created only
// after the player's first input (browsers require it, and it keeps a game
// that is never touched silent).
type sound struct {
	allowed  bool // not disabled from the command line, and a device found
	off      bool // disabled for this run (-nosound, or a scripted run)
	noDevice bool // the audio probe found no device to open
	on       bool
	volume   float64
	unlocked bool
	ctx      *audio.Context
	pcm      [synth.NumSounds][]byte
	players  []*audio.Player
}

func newSound(allowed bool) *sound {
	s := &sound{off: !allowed}
	if allowed {
		s.noDevice = !audioAvailable()
		s.allowed = !s.noDevice
	}
	return s
}

// unavailable says why the game is silent whatever the settings, or "".
func (s *sound) unavailable() string {
	switch {
	case s.noDevice:
		return "No sound device found: the game is silent"
	case s.off:
		return "Sound is off for this run (-nosound, or a script)"
	}
	return ""
}

func (s *sound) set(on bool, vol float64) { s.on, s.volume = on, vol }

func (s *sound) unlock() {
	if s.unlocked || !s.allowed || !s.on {
		return
	}
	s.unlocked = true
	if audio.CurrentContext() != nil {
		s.ctx = audio.CurrentContext()
	} else {
		s.ctx = audio.NewContext(synth.SampleRate)
	}
	for i := range s.pcm {
		s.pcm[i] = synth.Synth(synth.Sound(i))
	}
}

func (s *sound) play(snd synth.Sound) {
	if s.ctx == nil || !s.on || s.volume <= 0 || !s.ctx.IsReady() {
		return
	}
	p := s.ctx.NewPlayerFromBytes(s.pcm[snd])
	p.SetVolume(s.volume)
	p.Play()
	s.players = append(s.players, p)
}

// update drops finished players.
func (s *sound) update() {
	n := 0
	for _, p := range s.players {
		if p.IsPlaying() {
			s.players[n] = p
			n++
		} else {
			p.Close()
		}
	}
	clear(s.players[n:])
	s.players = s.players[:n]
}

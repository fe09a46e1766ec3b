// Package synth makes the game's sounds from code: a few short tones,
// synthesised once into PCM, so the game ships no audio files.
package synth

import (
	"encoding/binary"
	"math"
)

// SampleRate of the synthesized sounds.
const SampleRate = 44100

// Sound names one of the game's sounds.
type Sound uint8

const (
	SoundClick Sound = iota
	SoundRing
	SoundChime
	SoundRefuse
	NumSounds
)

// Synth renders a sound as 16-bit little-endian stereo PCM, the format
// Ebiten's audio players take. Every sound is made here, from sine waves and
// envelopes: the game ships no recordings.
func Synth(s Sound) []byte {
	var samples []float64
	switch s {
	case SoundClick:
		samples = tone(0.035, func(t float64) float64 {
			return 0.5 * math.Sin(2*math.Pi*1800*t) * math.Exp(-t*140)
		})
	case SoundRing:
		// The classic two-tone ring, warbling at 20 Hz: two short bursts.
		samples = tone(0.9, func(t float64) float64 {
			burst := t < 0.35 || (t > 0.5 && t < 0.85)
			if !burst {
				return 0
			}
			w := 0.5 + 0.5*math.Copysign(1, math.Sin(2*math.Pi*20*t))
			return 0.22 * w * (math.Sin(2*math.Pi*440*t) + math.Sin(2*math.Pi*480*t))
		})
	case SoundChime:
		// A rising major arpeggio with a bell's decay.
		notes := []float64{1046.5, 1318.5, 1568}
		samples = tone(0.9, func(t float64) float64 {
			v := 0.0
			for i, f := range notes {
				st := float64(i) * 0.09
				if t >= st {
					d := t - st
					v += 0.25 * (math.Sin(2*math.Pi*f*d) + 0.3*math.Sin(2*math.Pi*2*f*d)) * math.Exp(-d*5)
				}
			}
			return v
		})
	case SoundRefuse:
		samples = tone(0.14, func(t float64) float64 {
			return 0.3 * math.Sin(2*math.Pi*180*t) * math.Exp(-t*12)
		})
	}
	out := make([]byte, 4*len(samples))
	for i, v := range samples {
		if v > 1 {
			v = 1
		} else if v < -1 {
			v = -1
		}
		x := uint16(int16(v * 32000))
		binary.LittleEndian.PutUint16(out[4*i:], x)
		binary.LittleEndian.PutUint16(out[4*i+2:], x)
	}
	return out
}

func tone(seconds float64, f func(t float64) float64) []float64 {
	n := int(seconds * SampleRate)
	out := make([]float64, n)
	for i := range out {
		t := float64(i) / SampleRate
		// A 3 ms fade in and out so nothing clicks.
		env := math.Min(1, math.Min(t/0.003, (seconds-t)/0.003))
		out[i] = f(t) * env
	}
	return out
}

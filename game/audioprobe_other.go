//go:build !linux

package game

// audioAvailable: other platforms always have an audio device to open (or
// Ebiten reports none without failing).
func audioAvailable() bool { return true }

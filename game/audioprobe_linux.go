package game

import (
	"os"
	"path/filepath"
	"strings"
)

// audioAvailable guesses whether opening the audio device can work. On
// Linux, Ebiten's audio opens ALSA's default device, and a failure there
// ends the game, so a machine with no sound card and no sound server (a
// container, a CI runner under Xvfb) keeps the game silent instead.
func audioAvailable() bool {
	if b, err := os.ReadFile("/proc/asound/cards"); err == nil && !strings.Contains(string(b), "no soundcards") && len(strings.TrimSpace(string(b))) > 0 {
		return true
	}
	if os.Getenv("PULSE_SERVER") != "" {
		return true
	}
	if rt := os.Getenv("XDG_RUNTIME_DIR"); rt != "" {
		for _, s := range []string{"pulse/native", "pipewire-0"} {
			if _, err := os.Stat(filepath.Join(rt, s)); err == nil {
				return true
			}
		}
	}
	return false
}

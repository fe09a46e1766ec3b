//go:build !js

package game

import (
	"path/filepath"

	"salesfloor/game/store"
)

// canImport is whether the title offers to import a file. On the desktop the
// player copies files into the save folder instead.
const canImport = false

// inBrowser: on the desktop the game's files are in a folder the player
// can open (howToPage says the routine's file is there).
const inBrowser = false

// platformStart hooks the game into its platform; nothing to do on the
// desktop.
func platformStart(*App) {}

// platformMouseUps: on the desktop Ebiten reads the button at 60 frames a
// second and no quick click falls between two of them.
func platformMouseUps() int { return 0 }

// platformKeyDowns: on the desktop Ebiten reads the keys at 60 frames a
// second, and none is lost between two of them.
func platformKeyDowns(dst []string) []string { return dst }

// exportFile writes an exported file into the save folder and says where.
func exportFile(files store.FS, name string, data []byte) (string, error) {
	if err := files.WriteFile(name, data); err != nil {
		return "", err
	}
	return "Written: " + filepath.Join(files.Location(), name), nil
}

// startImport would open a file picker: the desktop has none.
func startImport() {}

// pollImport collects a file the player picked: never, on the desktop.
func pollImport() (name string, data []byte, ok bool) { return "", nil, false }

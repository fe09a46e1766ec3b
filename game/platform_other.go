//go:build !js

package game

import "path/filepath"

// canImport is whether the title offers to import a file. On the desktop the
// player copies files into the save folder instead.
const canImport = false

// platformStart hooks the game into its platform; nothing to do on the
// desktop.
func platformStart(*App) {}

// exportFile writes an exported file into the save folder and says where.
func (a *App) exportFile(name string, data []byte) (string, error) {
	if err := a.Files.WriteFile(name, data); err != nil {
		return "", err
	}
	return "Written: " + filepath.Join(a.Files.Location(), name), nil
}

func (a *App) startImport() {}

func (a *App) pollImport() (name string, data []byte, ok bool) { return "", nil, false }

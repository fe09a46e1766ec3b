//go:build !js

package store

// Default is where the game keeps its files on this platform: on the
// desktop, os.UserConfigDir()/salesfloor.
func Default() (FS, error) { return DefaultDir() }

package assets

import "embed"

// Sprites holds sprites/*.png, the game's pixel art. Every image is drawn by
// the project's own code: game/art draws it and `go generate ./game/art`
// writes it here.
//
//go:embed sprites/*.png
var Sprites embed.FS

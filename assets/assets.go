// Package assets embeds the game's data: scenarios, and (for the game) its
// sprites and UI text. It has no dependencies, so the pure simulation can
// use the scenarios without pulling in anything graphical.
package assets

import "embed"

// Scenarios holds scenarios/*.json, the built-in scenarios.
//
//go:embed scenarios/*.json
var Scenarios embed.FS

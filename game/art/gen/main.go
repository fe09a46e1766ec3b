// Command gen draws the sprite sheet with package art and writes it to
// assets/sprites/sheet.png (run from the module root, or via go generate in
// package art).
package main

import (
	"bytes"
	"flag"
	"image/png"
	"log"
	"os"
	"path/filepath"

	"salesfloor/game/art"
)

func main() {
	out := flag.String("o", "assets/sprites/sheet.png", "output PNG")
	flag.Parse()
	img, _ := art.Sheet()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

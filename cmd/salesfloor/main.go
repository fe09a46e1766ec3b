// Command salesfloor is the game: a quarter as head of a sales team.
//
//	go run ./cmd/salesfloor
//
// For tests and screenshots it can play a script of inputs instead of the
// devices (see game/script.Script):
//
//	salesfloor -script play.txt -screenshot-dir shots -hash-out hash.txt -data-dir /tmp/sf -window 1280x800
package main

import (
	"flag"
	"fmt"
	"os"

	"salesfloor/game"
	"salesfloor/game/script"
	"salesfloor/game/store"
)

func main() {
	scriptFile := flag.String("script", "", "play the scripted input in `FILE` instead of the mouse and keyboard")
	shots := flag.String("screenshot-dir", "", "write the script's screenshots to `DIR`")
	hashOut := flag.String("hash-out", "", "on exit, write the game's final state hash to `FILE`")
	dataDir := flag.String("data-dir", "", "keep saves and settings in `DIR` (default: the user config dir)")
	noSound := flag.Bool("nosound", false, "never open the audio device")
	sound := flag.Bool("sound", false, "allow sound in a scripted run (normally silent)")
	seed := flag.Uint64("seed", 0, "seed of new games (0: from the clock)")
	size := flag.String("window", "1280x800", "the window's size at start, `WxH`")
	flag.Parse()

	opt := game.Options{ScreenshotDir: *shots, HashOut: *hashOut, NoSound: *noSound, Seed: *seed}
	if _, err := fmt.Sscanf(*size, "%dx%d", &opt.WindowW, &opt.WindowH); err != nil || opt.WindowW < 1 || opt.WindowH < 1 {
		fmt.Fprintln(os.Stderr, "salesfloor: -window wants WxH, such as 1280x800")
		os.Exit(2)
	}
	if *dataDir != "" {
		opt.Files = store.Dir{Path: *dataDir}
	}
	if *scriptFile != "" {
		src, err := os.ReadFile(*scriptFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "salesfloor:", err)
			os.Exit(2)
		}
		s, err := script.ParseScript(string(src))
		if err != nil {
			fmt.Fprintln(os.Stderr, "salesfloor:", err)
			os.Exit(2)
		}
		opt.Script = s
		opt.NoSound = !*sound // scripted runs are silent and need no audio device
	}
	if err := game.Run(opt); err != nil {
		fmt.Fprintln(os.Stderr, "salesfloor:", err)
		os.Exit(1)
	}
}

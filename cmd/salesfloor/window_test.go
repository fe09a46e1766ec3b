package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"salesfloor/sim"
)

// windowScript plays a day or two by hand, sets a routine (walk the floor
// at this hour every weekday) on its calendar, runs to the VP's first
// check-in, then the rest of the quarter at turbo speed, taking
// screenshots of every scene on the way. Coordinates are
// UI units, the window's pixels at 1280x800 and a UI scale of 1.
const windowScript = `
wait 20
screenshot title
key enter
wait 5
key enter
wait 10
screenshot hints
key x
auto-answer 1
key g
wait 2
key 5
wait-tick 12
click 527 340
wait 2
key m
wait-day 1
screenshot floor1
key q
wait-day 2
click 527 340
wait 2
screenshot floor2
key h
wait-idle
wait 2
screenshot hint
key t
wait 5
screenshot charts
key esc
wait 2
key o
wait 3
key l
key e
wait 2
screenshot routine
key esc
wait 2
key 5
wait-tick 157
screenshot checkin
turbo 64
wait-tick 2080
wait-idle
wait 10
screenshot report
export-replay {{dir}}/replay.json
hash-out {{dir}}/hash.txt
quit
`

// TestWindow runs the real game binary in a window (under the DISPLAY in
// the environment, e.g. Xvfb) driven by a script, and checks its
// screenshots and that the scripted play reached the simulation: the final
// hash equals what replaying the exported replay computes.
//
//	SALESFLOOR_WINDOW_TEST=1 xvfb-run -a -s "-screen 0 1280x800x24" go test ./cmd/salesfloor/ -run Window
func TestWindow(t *testing.T) {
	if os.Getenv("SALESFLOOR_WINDOW_TEST") != "1" {
		t.Skip("set SALESFLOOR_WINDOW_TEST=1 (and a DISPLAY) to run the real-window test")
	}
	dir := t.TempDir()
	if d := os.Getenv("SALESFLOOR_SHOTS"); d != "" {
		dir = d
		os.MkdirAll(dir, 0o755)
	}
	bin := filepath.Join(t.TempDir(), "salesfloor")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "script.txt")
	os.WriteFile(script, []byte(strings.ReplaceAll(windowScript, "{{dir}}", dir)), 0o644)
	cmd := exec.Command(bin, "-script", script, "-screenshot-dir", dir, "-data-dir", t.TempDir(), "-seed", "11")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("game: %v\n%s", err, out)
	}
	shots := map[string]*image.RGBA{}
	for _, n := range []string{"title", "hints", "floor1", "floor2", "hint", "charts", "routine", "checkin", "report"} {
		img := readPNG(t, filepath.Join(dir, n+".png"))
		shots[n] = img
		if distinct(img, img.Bounds()) < 8 {
			t.Errorf("%s is blank", n)
		}
	}
	f1 := shots["floor1"]
	if b := f1.Bounds(); b.Dx() < 1100 || b.Dy() < 680 {
		t.Fatalf("window is %v, want 1280x800", b)
	}
	// The HUD's revenue bar: its border colour along the top edge.
	line := color.RGBA{0x4a, 0x50, 0x70, 0xff}
	if n := count(f1, image.Rect(260, 28, 640, 34), line); n < 300 {
		t.Errorf("revenue bar border: %d pixels, want a line", n)
	}
	// A rep: the first rep's shirt colour on the floor.
	shirt := color.RGBA{0xe0, 0x6c, 0x5a, 0xff}
	if n := count(f1, image.Rect(280, 200, 970, 660), shirt); n < 20 {
		t.Errorf("rep sprite: %d shirt pixels on the floor", n)
	}
	// The coach: H put its panel, framed in the accent colour, over the
	// foot of the floor; on the report its panel's title and the expert's
	// weekly revenue line are drawn in the accent colour too.
	accent := color.RGBA{0xf2, 0xc9, 0x4c, 0xff}
	if n := count(shots["hint"], image.Rect(280, 560, 970, 765), accent); n < 1500 {
		t.Errorf("hint panel: %d accent pixels, want its frame", n)
	}
	if n := count(shots["floor2"], image.Rect(280, 560, 970, 765), accent); n > 200 {
		t.Errorf("a hint panel before H was pressed: %d accent pixels", n)
	}
	if n := count(shots["report"], image.Rect(480, 84, 1000, 116), accent); n < 150 {
		t.Errorf("report: the coach's title has %d accent pixels", n)
	}
	if n := count(shots["report"], image.Rect(500, 340, 1255, 495), accent); n < 300 {
		t.Errorf("report: the expert's weekly revenue line has %d accent pixels", n)
	}
	// The VP's check-in stopped the clock with its result, framed in green
	// (passed) or red (failed) in the middle of the screen.
	passed, failed := color.RGBA{0x5f, 0xcf, 0x7a, 0xff}, color.RGBA{0xeb, 0x57, 0x57, 0xff}
	dialog := image.Rect(340, 260, 940, 540)
	if n := count(shots["checkin"], dialog, passed) + count(shots["checkin"], dialog, failed); n < 1000 {
		t.Errorf("check-in: %d pixels of a result dialog's frame, want its frame", n)
	}
	// The floor moves on between days.
	if d := diff(f1, shots["floor2"], image.Rect(280, 200, 970, 660)); d < 200 {
		t.Errorf("floor changed by only %d pixels between days", d)
	}
	// The scripted play reached the simulation: replaying the exported
	// commands reproduces the game's final hash.
	hash, err := os.ReadFile(filepath.Join(dir, "hash.txt"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "replay.json"))
	if err != nil {
		t.Fatal(err)
	}
	rp, err := sim.ParseReplay("replay.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(rp.Commands) < 3 {
		t.Errorf("replay has %d commands, want the scripted vision, mentor and quota at least", len(rp.Commands))
	}
	// The routine walked the floor on most days, as ordinary commands.
	walks := 0
	for _, c := range rp.Commands {
		if c.Action == sim.ActFloor {
			walks++
		}
	}
	if walks < 30 {
		t.Errorf("the routine walked the floor %d times in the quarter", walks)
	}
	res, err := rp.Play("replay.json", true)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mismatch != nil {
		t.Fatal(res.Mismatch)
	}
	if got, want := sim.HashHex(res.World.Hash()), strings.TrimSpace(string(hash)); got != want {
		t.Fatalf("replayed hash %s, game's final hash %s", got, want)
	}
	if !res.World.Done() {
		t.Fatal("the scripted quarter did not finish")
	}
	// And the balance lab's verifier agrees, as it would for a player's
	// exported replay.
	verify := exec.Command("go", "run", "./cmd/simulate", "-replay", filepath.Join(dir, "replay.json"))
	verify.Dir = "../.."
	vout, err := verify.CombinedOutput()
	if err != nil {
		t.Fatalf("simulate -replay: %v\n%s", err, vout)
	}
	want := "final hash " + strings.TrimSpace(string(hash))
	if !strings.Contains(string(vout), want) || !strings.Contains(string(vout), "verified") {
		t.Fatalf("simulate -replay does not reproduce %q:\n%s", want, vout)
	}
	t.Logf("screenshots in %s; final hash %s; %d commands", dir, hash, len(rp.Commands))
}

func readPNG(t *testing.T, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	rgba := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	return rgba
}

func distinct(img *image.RGBA, r image.Rectangle) int {
	seen := map[color.RGBA]bool{}
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			seen[img.RGBAAt(x, y)] = true
		}
	}
	return len(seen)
}

func count(img *image.RGBA, r image.Rectangle, c color.RGBA) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y) == c {
				n++
			}
		}
	}
	return n
}

func diff(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}

var _ = fmt.Sprint

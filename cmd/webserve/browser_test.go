package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"image"
	"image/png"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"salesfloor/sim"
)

// TestBrowser builds the game for js/wasm, serves it, and plays it in
// headless Chromium (Debian's, never a downloaded one): the page loads, the
// first frame appears, a new game starts from the keyboard and plays a day at
// 8x; the canvas is not blank and changes; the game's replay, taken from
// window.salesfloor.replay(), replays on this machine to the hash the
// browser reports (cross-platform determinism in a real browser); and a
// reload continues from the autosave with nothing lost.
//
// It runs when SALESFLOOR_BROWSER_TEST=1 (make test sets it) and writes its
// figures and screenshots to SALESFLOOR_BROWSER_OUT if set.
func TestBrowser(t *testing.T) {
	if os.Getenv("SALESFLOOR_BROWSER_TEST") != "1" {
		t.Skip("set SALESFLOOR_BROWSER_TEST=1 to run the browser test")
	}
	dir := buildWeb(t)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	out := os.Getenv("SALESFLOOR_BROWSER_OUT")
	ctx := startChromium(t, 4*time.Minute)

	// Load, and time navigation to first frame with the page's own clock
	// (performance.now() counts from navigation start).
	if _, err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	firstFrame := waitFor(t, ctx, `window.salesfloorError ? -1 : (window.salesfloor && window.salesfloor.frames() > 0 ? performance.now() : 0)`, 90*time.Second)
	if firstFrame < 0 {
		t.Fatalf("the page reports: %s", evalString(t, ctx, `window.salesfloorError`))
	}
	wasmBytes := evalFloat(t, ctx, `window.salesfloorBytes || 0`)
	t.Logf("navigation to first frame: %.0f ms (%.1f MB of wasm received)", firstFrame, wasmBytes/1048576)
	if scene := evalString(t, ctx, `salesfloor.scene()`); scene != "title" {
		t.Fatalf("first scene %q, want title", scene)
	}
	title := shot(t, ctx, out, "browser-title")
	if blank(title) {
		t.Fatal("the title screen is blank")
	}

	// New game from the keyboard: New game, Start (defaults), skip the
	// hints, share the vision, then 8x until the first day is over.
	// Each step presses its key until the game shows it took it: a page
	// still compiling or a machine busy elsewhere can miss a press.
	// New game by a quick click: press and release a millisecond apart,
	// between two frames, as a player's fast click often falls. Ebiten
	// polls the button once a frame and never sees it; the page's own
	// release event makes it a click (game/input.go, lostClick). One try.
	quickClick(t, ctx, buttonNamed(t, ctx, "New game"))
	waitFor(t, ctx, `salesfloor.scene() === "setup" ? 1 : 0`, 10*time.Second)
	pressUntil(t, ctx, kb.Enter, `salesfloor.scene() === "floor" ? 1 : 0`)
	pressUntil(t, ctx, "xg", `(r => r !== "" && JSON.parse(r).commands.length > 0 ? 1 : 0)(salesfloor.replay())`)
	playUntilTick(t, ctx, 40)
	keys(t, ctx, " ", 300)
	floor := shot(t, ctx, out, "browser-floor")
	if blank(floor) {
		t.Fatal("the floor is blank")
	}
	if !changed(title, floor) {
		t.Fatal("the canvas did not change between the title and the floor")
	}

	// The coach: H asks for a hint, which the game thinks over a slice of
	// each frame (the page keeps drawing), shows, and never acts on.
	before := evalString(t, ctx, `salesfloor.hash()`)
	draws := evalFloat(t, ctx, `salesfloor.draws()`)
	start := time.Now()
	keys(t, ctx, "h", 0)
	waitFor(t, ctx, `(h => h !== "" && h !== "thinking" ? 1 : 0)(salesfloor.hint())`, time.Minute)
	took := time.Since(start)
	hint := evalString(t, ctx, `salesfloor.hint()`)
	drawn := evalFloat(t, ctx, `salesfloor.draws()`) - draws
	t.Logf("hint after %v (%.0f frames drawn meanwhile): %s", took.Round(time.Millisecond), drawn, hint)
	if !strings.HasPrefix(hint, "Suggested: ") {
		t.Errorf("hint %q, want a suggestion", hint)
	}
	if took > 2*time.Second && drawn < 10 {
		t.Errorf("only %.0f frames drawn in the %v the hint took", drawn, took)
	}
	shot(t, ctx, out, "browser-hint")
	if got := evalString(t, ctx, `salesfloor.hash()`); got != before {
		t.Fatalf("the hint changed the game: hash %s, before %s", got, before)
	}
	// H again, as a quick tap: down and up between two frames, which
	// Ebiten's polling never sees and the page's own events make a press
	// (game/input.go, lostKeys). A play-test lost every quick tap.
	quickKey(t, ctx, "KeyH", "h")
	waitFor(t, ctx, `salesfloor.hint() === "" ? 1 : 0`, 10*time.Second)

	// The browser's own keys reach the browser: Ctrl+R and F5 are not
	// cancelled on the canvas (they reload), a key of the game's is.
	prevented := evalString(t, ctx, `(() => {
		const c = document.querySelector("canvas");
		const press = (init) => {
			const e = new KeyboardEvent("keydown", {...init, bubbles: true, cancelable: true});
			c.dispatchEvent(e);
			c.dispatchEvent(new KeyboardEvent("keyup", {...init, bubbles: true, cancelable: true}));
			return e.defaultPrevented;
		};
		return [press({key: "r", code: "KeyR", ctrlKey: true}), press({key: "F5", code: "F5"}), press({key: "F9", code: "F9"})].join(",");
	})()`)
	if prevented != "false,false,true" {
		t.Errorf("cancelled on the canvas (Ctrl+R, F5, F9): %s, want false,false,true", prevented)
	}

	// The browser's game, replayed here, ends in the browser's hash.
	hash := evalString(t, ctx, `salesfloor.hash()`)
	tick := int32(evalFloat(t, ctx, `salesfloor.tick()`))
	replay := evalString(t, ctx, `salesfloor.replay()`)
	rep, err := sim.ParseReplay("browser.replay.json", []byte(replay))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Commands) == 0 || rep.Commands[0].Action != sim.ActVision {
		t.Fatalf("the scripted vision talk is not in the replay: %v", rep.Commands)
	}
	res, err := rep.Play("browser.replay.json", false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mismatch != nil {
		t.Fatalf("replaying the browser's game: %v", res.Mismatch)
	}
	if got := sim.HashHex(res.World.Hash()); res.World.Tick != tick || got != hash {
		t.Fatalf("browser at tick %d hash %s; replayed here to tick %d hash %s", tick, hash, res.World.Tick, got)
	}
	// And through the balance lab's verifier, as a player's bug report would be.
	replayFile := filepath.Join(t.TempDir(), "browser.replay.json")
	if err := os.WriteFile(replayFile, []byte(replay), 0o644); err != nil {
		t.Fatal(err)
	}
	verify := exec.Command("go", "run", "./cmd/simulate", "-replay", replayFile)
	verify.Dir = "../.."
	vout, err := verify.CombinedOutput()
	if err != nil {
		t.Fatalf("simulate -replay: %v\n%s", err, vout)
	}
	if !bytes.Contains(vout, []byte("final hash "+hash)) || !bytes.Contains(vout, []byte("verified")) {
		t.Fatalf("simulate -replay does not reproduce the browser's hash %s:\n%s", hash, vout)
	}
	if out != "" {
		_ = os.WriteFile(filepath.Join(out, "browser.replay.json"), []byte(replay), 0o644)
		_ = os.WriteFile(filepath.Join(out, "browser-figures.txt"), []byte(fmt.Sprintf(
			"first_frame_ms %.0f\nwasm_bytes %.0f\ntick %d\nhash %s\n", firstFrame, wasmBytes, tick, hash)), 0o644)
	}
	t.Logf("browser tick %d hash %s matches the replay on %s/%s", tick, hash, runtime.GOOS, runtime.GOARCH)

	// Reload: the autosave taken as the page went away continues the game
	// exactly where it was.
	if _, err := chromedp.Run(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.salesfloor && window.salesfloor.frames() > 0 ? 1 : 0`, 90*time.Second)
	// Continue is focused when an autosave exists.
	pressUntil(t, ctx, kb.Enter, `salesfloor.scene() === "floor" ? 1 : 0`)
	if got := evalString(t, ctx, `salesfloor.hash()`); got != hash {
		t.Fatalf("after reload: hash %s at tick %v, before %s at tick %d", got, evalFloat(t, ctx, `salesfloor.tick()`), hash, tick)
	}
	shot(t, ctx, out, "browser-continued")
}

// buildWeb does what `make web` does, into a temporary folder.
func buildWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "salesfloor.wasm"), "./cmd/salesfloor")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, b)
	}
	goroot, err := exec.Command(goTool, "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(string(bytes.TrimSpace(goroot)), "lib", "wasm", "wasm_exec.js"), filepath.Join(dir, "wasm_exec.js"))
	copyFile(t, filepath.Join(root, "assets", "web", "index.html"), filepath.Join(dir, "index.html"))
	raw, err := os.ReadFile(filepath.Join(dir, "salesfloor.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	_, _ = zw.Write(raw)
	_ = zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "salesfloor.wasm.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wasm: %.1f MB raw, %.1f MB gzipped", float64(len(raw))/1048576, float64(gz.Len())/1048576)
	return dir
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls a JavaScript expression until it is nonzero and returns it.
func waitFor(t *testing.T, ctx context.Context, expr string, limit time.Duration) float64 {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr)); err == nil && v != 0 {
			return v
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("timed out after %v waiting for %s", limit, expr)
	return 0
}

func evalString(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return s
}

func evalFloat(t *testing.T, ctx context.Context, expr string) float64 {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// keys types one key to the page, then lets a few frames pass.
func keys(t *testing.T, ctx context.Context, key string, settle time.Duration) {
	t.Helper()
	// The game reads the keyboard once a frame, and headless Chromium on a
	// busy machine draws a handful of frames a second: a key pressed and
	// released at once can fall between two frames and never be seen. So
	// the key is held down for longer than a slow frame, as a person would.
	for _, r := range key {
		evs := kb.Encode(r)
		for i, ev := range evs {
			if i == len(evs)-1 {
				time.Sleep(keyHold)
			}
			send := chromedp.Func(func(c context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(c, tg, input.DispatchKeyEvent, *ev)
				return err
			})
			if _, err := chromedp.Run(ctx, send); err != nil {
				t.Fatal(err)
			}
		}
	}
	time.Sleep(settle)
}

// quickKey presses and releases a key in one script, between two frames,
// as a quick tap often falls: code is KeyboardEvent.code, key its key.
func quickKey(t *testing.T, ctx context.Context, code, key string) {
	t.Helper()
	js := fmt.Sprintf(`(() => {
		const c = document.querySelector("canvas");
		const at = {code: %[1]q, key: %[2]q, bubbles: true, cancelable: true};
		c.dispatchEvent(new KeyboardEvent("keydown", at));
		c.dispatchEvent(new KeyboardEvent("keyup", at));
		return 1;
	})()`, code, key)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[float64](js)); err != nil {
		t.Fatal(err)
	}
}

// pressUntil types key, and types it again while expr stays zero, for up
// to six tries; each try waits long enough for a slow frame to see it.
// playUntilTick runs the game at 8x until the world reaches tick,
// answering with its first choice any event that stops the clock: every new
// game has a new seed, so whether a question comes first is chance.
func playUntilTick(t *testing.T, ctx context.Context, tick int) {
	t.Helper()
	keys(t, ctx, "5", 200)
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if int(evalFloat(t, ctx, `salesfloor.tick()`)) >= tick {
			return
		}
		if ev := evalString(t, ctx, `salesfloor.event()`); ev != "" {
			t.Logf("answering %q at tick %v", ev, evalFloat(t, ctx, `salesfloor.tick()`))
			keys(t, ctx, "1", 200) // focuses the first answer
			keys(t, ctx, "1", 200) // and gives it
			keys(t, ctx, "5", 200)
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("the game did not reach tick %d in 2 minutes: at tick %v, scene %q, event %q", tick,
		evalFloat(t, ctx, `salesfloor.tick()`), evalString(t, ctx, `salesfloor.scene()`), evalString(t, ctx, `salesfloor.event()`))
}

func pressUntil(t *testing.T, ctx context.Context, key, expr string) {
	t.Helper()
	for try := 0; try < 6; try++ {
		keys(t, ctx, key, 0)
		deadline := time.Now().Add(4 * time.Second)
		for time.Now().Before(deadline) {
			if v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr)); err == nil && v != 0 {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	t.Fatalf("pressed %q six times and %s stayed 0 (scene %q)", key, expr, evalString(t, ctx, `salesfloor.scene()`))
}

// keyHold is how long keys stays on a key: longer than a frame at 5 fps.
const keyHold = 250 * time.Millisecond

// shot captures the page and, when out is set, writes it there.
func shot(t *testing.T, ctx context.Context, out, name string) image.Image {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatal(err)
	}
	if out != "" {
		_ = os.MkdirAll(out, 0o755)
		_ = os.WriteFile(filepath.Join(out, name+".png"), buf, 0o644)
	}
	return img
}

// blank reports whether an image is (nearly) one colour.
func blank(img image.Image) bool {
	b := img.Bounds()
	seen := map[uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>12)<<8|(g>>12)<<4|bl>>12] = true
		}
	}
	return len(seen) < 8
}

// changed reports whether two captures differ in a visible share of pixels.
func changed(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return true
	}
	diff, total := 0, 0
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y += 5 {
		for x := bd.Min.X; x < bd.Max.X; x += 5 {
			total++
			if a.At(x, y) != b.At(x, y) {
				diff++
			}
		}
	}
	return diff*100 > total
}

// startChromium starts Debian's headless Chromium (never a downloaded one)
// with WebGL through SwiftShader and nothing that reaches the network, and
// returns a tab's context that ends after timeout or with the test.
func startChromium(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is not installed (make test installs Debian's chromium): %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelTimeout(); cancelTab(); cancelAlloc() })
	return ctx
}

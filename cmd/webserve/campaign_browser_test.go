package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"salesfloor/game/session"
	"salesfloor/sim"
)

// TestBrowserCampaign plays a campaign's break in the browser: a save made
// here, standing in the break after quarter 1 of a year, is imported
// through the title's "Import a save or replay" (the page's file picker,
// answered through DevTools) and opens on the quarter's report with the
// native hash; Enter opens the planning screen, where a hire and a
// promotion are made with the mouse; "Start quarter 2" puts the team on
// the floor at the quarter's first tick, and the clock runs; a reload
// continues from the autosave, still in quarter 2, at the same hash; and
// the game's replay, taken from the page, verifies with simulate -replay.
func TestBrowserCampaign(t *testing.T) {
	if os.Getenv("SALESFLOOR_BROWSER_TEST") != "1" {
		t.Skip("set SALESFLOOR_BROWSER_TEST=1 to run the browser test")
	}
	save, saveHash := campaignBreakSave(t)
	saveFile := filepath.Join(t.TempDir(), "campaign.sav")
	if err := os.WriteFile(saveFile, save, 0o644); err != nil {
		t.Fatal(err)
	}

	dir := buildWeb(t)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	out := os.Getenv("SALESFLOOR_BROWSER_OUT")
	ctx := startChromium(t, 4*time.Minute)
	if _, err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.salesfloor && window.salesfloor.frames() > 0 ? 1 : 0`, 90*time.Second)
	if scene := evalString(t, ctx, `salesfloor.scene()`); scene != "title" {
		t.Fatalf("first scene %q, want title", scene)
	}

	// The import: the title's item opens the page's file picker, which
	// DevTools intercepts and answers with the save.
	importThroughPicker(t, ctx, "Import a save or replay", saveFile)
	waitFor(t, ctx, `salesfloor.scene() === "report" ? 1 : 0`, 30*time.Second)
	if got := evalString(t, ctx, `salesfloor.hash()`); got != saveHash {
		t.Fatalf("the imported save has hash %s in the browser, %s here", got, saveHash)
	}
	if b := buttonNamed(t, ctx, "Plan quarter 2"); !b.Enabled {
		t.Fatalf("the report's %q is disabled", b.Label)
	}
	shot(t, ctx, out, "browser-campaign-report")

	// The break: Enter on the report's first button, then a hire and a
	// promotion with the mouse.
	pressUntil(t, ctx, kb.Enter, `salesfloor.scene() === "plan" ? 1 : 0`)
	clickUntilLogged(t, ctx, "Hire", func(cmds []sim.Command) bool { return countAction(cmds, sim.ActHire) > 0 })
	clickUntilLogged(t, ctx, "Promote", func(cmds []sim.Command) bool { return countAction(cmds, sim.ActPromote) > 0 })
	cmds := replayCommands(t, ctx)
	if countAction(cmds, sim.ActHire) != 1 || countAction(cmds, sim.ActPromote) != 1 {
		t.Fatalf("after a hire and a promotion the log has %d hires and %d promotions", countAction(cmds, sim.ActHire), countAction(cmds, sim.ActPromote))
	}
	if buttonNamed(t, ctx, "Hired").Enabled {
		t.Error("the hired candidate's button is still enabled")
	}
	shot(t, ctx, out, "browser-campaign-plan")

	// Quarter 2 starts paused at its first tick; the clock then runs.
	start := buttonNamed(t, ctx, "Start quarter 2")
	waitClick(t, ctx, start, `salesfloor.scene() === "floor" ? 1 : 0`)
	cmds = replayCommands(t, ctx)
	if last := cmds[len(cmds)-1].Action; last != sim.ActNextQuarter || countAction(cmds, sim.ActNextQuarter) != 1 {
		t.Fatalf("after Start quarter 2 the log ends with %v (%d next-quarter commands)", last, countAction(cmds, sim.ActNextQuarter))
	}
	if tick := evalFloat(t, ctx, `salesfloor.tick()`); tick != 0 {
		t.Fatalf("quarter 2 starts at tick %v", tick)
	}
	keys(t, ctx, " ", 200)
	playUntilTick(t, ctx, 20)
	hash, tick := pauseClock(t, ctx)
	q2 := shot(t, ctx, out, "browser-campaign-quarter2")
	if blank(q2) {
		t.Fatal("the floor in quarter 2 is blank")
	}
	t.Logf("quarter 2 at tick %d, hash %s", tick, hash)

	// Reload: Continue picks the campaign up where it was.
	if _, err := chromedp.Run(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.salesfloor && window.salesfloor.frames() > 0 ? 1 : 0`, 90*time.Second)
	pressUntil(t, ctx, kb.Enter, `salesfloor.scene() === "floor" ? 1 : 0`)
	if got, at := evalString(t, ctx, `salesfloor.hash()`), int32(evalFloat(t, ctx, `salesfloor.tick()`)); got != hash || at != tick {
		t.Fatalf("after reload: hash %s at tick %d, before %s at tick %d", got, at, hash, tick)
	}

	// The replay the player would export: replayed here, it ends in quarter
	// 2 at the browser's hash, with the hire and the promotion made.
	replay := evalString(t, ctx, `salesfloor.replay()`)
	rep, err := sim.ParseReplay("campaign.replay.json", []byte(replay))
	if err != nil {
		t.Fatal(err)
	}
	res, err := rep.Play("campaign.replay.json", false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mismatch != nil {
		t.Fatalf("replaying the browser's campaign: %v", res.Mismatch)
	}
	w := res.World
	if got := sim.HashHex(w.Hash()); got != hash || w.Tick != tick || w.Year.Quarter != 1 {
		t.Fatalf("the browser's campaign is in quarter 2 at tick %d hash %s; replayed here: quarter %d tick %d hash %s",
			tick, hash, w.Year.Quarter+1, w.Tick, got)
	}
	replayFile := filepath.Join(t.TempDir(), "campaign.replay.json")
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
		_ = os.WriteFile(filepath.Join(out, "browser-campaign.replay.json"), []byte(replay), 0o644)
	}
	t.Logf("the campaign's replay verifies: quarter 2, tick %d, hash %s", tick, hash)
}

// campaignBreakSave plays quarter 1 of a year of the default scenario with
// the adaptive policy, natively, and returns the save standing in the
// break after it, and its hash. The seed is the first whose quarter earns
// a hire, so the planning screen has a candidate to take.
func campaignBreakSave(t *testing.T) ([]byte, string) {
	t.Helper()
	sc, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 40; seed++ {
		w, err := sim.NewWorld(sim.Config{Scenario: sc, Seed: seed, Quarters: 4})
		if err != nil {
			t.Fatal(err)
		}
		pol, err := sim.NewPolicy("adaptive", seed)
		if err != nil {
			t.Fatal(err)
		}
		d := sim.NewDriver(sim.DriverConfig{World: w})
		d.Play(pol, sim.TicksPerQuarter)
		if !w.InBreak() || w.Year.Headcount == 0 {
			continue
		}
		s := session.FromWorld(w, d.Log())
		data, err := s.SaveBytes()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("seed %d: quarter 1 at %.0f%% of quota earns %d hire(s) among %d candidates", seed,
			100*w.Year.Results[0].Attainment.Float(), w.Year.Headcount, w.Year.NCandidates)
		return data, s.Hash()
	}
	t.Fatal("no seed in 1..40 has the adaptive policy earn a hire in quarter 1")
	return nil, ""
}

// importThroughPicker clicks the title's import item and answers the file picker it
// opens with file. The picker is a detached <input type=file> the page
// clicks; DevTools intercepts it, so no dialog shows.
func importThroughPicker(t *testing.T, ctx context.Context, item, file string) {
	t.Helper()
	intercept := chromedp.Func(func(c context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(c, tg, page.SetInterceptFileChooserDialog, page.SetInterceptFileChooserDialogParams{Enabled: true})
		return err
	})
	if _, err := chromedp.Run(ctx, intercept); err != nil {
		t.Fatal(err)
	}
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chosen := make(chan page.EventFileChooserOpened, 4)
	go func() {
		for ev, err := range chromedp.Events(lctx, page.FileChooserOpened) {
			if err != nil {
				return
			}
			chosen <- ev
		}
	}()
	// The click is the user activation the page's picker needs; a click a
	// slow frame missed is made again.
	var ev page.EventFileChooserOpened
	got := false
	for try := 0; try < 4 && !got; try++ {
		clickButton(t, ctx, buttonNamed(t, ctx, item))
		select {
		case ev = <-chosen:
			got = true
		case <-time.After(5 * time.Second):
		}
	}
	if !got {
		t.Fatalf("clicking %q opened no file picker (scene %q)", item, evalString(t, ctx, `salesfloor.scene()`))
	}
	set := chromedp.Func(func(c context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(c, tg, dom.SetFileInputFiles, dom.SetFileInputFilesParams{Files: []string{file}, BackendNodeID: ev.BackendNodeID})
		return err
	})
	if _, err := chromedp.Run(ctx, set); err != nil {
		t.Fatalf("setting the picker's file: %v", err)
	}
}

// pageButton is one of the page's buttons, from salesfloor.buttons().
type pageButton struct {
	Label      string
	X, Y, W, H float64
	Enabled    bool
}

func pageButtons(t *testing.T, ctx context.Context) []pageButton {
	t.Helper()
	var bs []pageButton
	if err := json.Unmarshal([]byte(evalString(t, ctx, `salesfloor.buttons()`)), &bs); err != nil {
		t.Fatal(err)
	}
	return bs
}

// buttonNamed is the first button whose label starts with prefix, enabled
// ones first; it waits a while for one to show.
func buttonNamed(t *testing.T, ctx context.Context, prefix string) pageButton {
	t.Helper()
	var bs []pageButton
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		bs = pageButtons(t, ctx)
		var disabled *pageButton
		for i := range bs {
			if strings.HasPrefix(bs[i].Label, prefix) && bs[i].W > 0 {
				if bs[i].Enabled {
					return bs[i]
				}
				if disabled == nil {
					disabled = &bs[i]
				}
			}
		}
		if disabled != nil {
			return *disabled
		}
	}
	t.Fatalf("no button %q on %q: %+v", prefix, evalString(t, ctx, `salesfloor.scene()`), bs)
	return pageButton{}
}

// clickButton clicks the middle of b with the left button: MouseClickXY's
// press and release, with the button held down between them for longer
// than a slow frame, since the game polls the mouse once a frame and a
// press and release within one frame would go unseen (see keys).
func clickButton(t *testing.T, ctx context.Context, b pageButton) {
	t.Helper()
	x, y := b.X+b.W/2, b.Y+b.H/2
	left := func(p *input.DispatchMouseEventParams) {
		p.Button, p.Buttons, p.ClickCount = input.MouseButtonLeft, 1, 1
	}
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.MouseEvent(chromedp.MouseMoved, x, y),
		chromedp.Sleep(keyHold),
		chromedp.MouseEvent(chromedp.MousePressed, x, y, left),
		chromedp.Sleep(keyHold),
		chromedp.MouseEvent(chromedp.MouseReleased, x, y, left, func(p *input.DispatchMouseEventParams) { p.Buttons = 0 }),
	}
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// quickClick clicks the middle of b as a quick hand does at a slow frame
// rate: the whole click (pointer and mouse, down and up, as a browser
// sends them) in one task of the page, so no frame falls between the press
// and the release. Ebiten polls the button once a frame and never sees it
// held; the game must still take it as a click.
func quickClick(t *testing.T, ctx context.Context, b pageButton) {
	t.Helper()
	x, y := b.X+b.W/2, b.Y+b.H/2
	if err := chromedp.Do(ctx, chromedp.MouseEvent(chromedp.MouseMoved, x, y), chromedp.Sleep(keyHold)); err != nil {
		t.Fatal(err)
	}
	js := fmt.Sprintf(`(() => {
		const c = document.querySelector("canvas");
		const at = {clientX: %[1]g, clientY: %[2]g, button: 0, bubbles: true, cancelable: true};
		c.dispatchEvent(new PointerEvent("pointerdown", {...at, pointerType: "mouse", buttons: 1}));
		c.dispatchEvent(new MouseEvent("mousedown", {...at, buttons: 1}));
		c.dispatchEvent(new PointerEvent("pointerup", {...at, pointerType: "mouse", buttons: 0}));
		c.dispatchEvent(new MouseEvent("mouseup", {...at, buttons: 0}));
		return 1;
	})()`, x, y)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[float64](js)); err != nil {
		t.Fatal(err)
	}
}

// waitClick clicks b until expr is nonzero, as pressUntil presses a key.
func waitClick(t *testing.T, ctx context.Context, b pageButton, expr string) {
	t.Helper()
	for try := 0; try < 4; try++ {
		clickButton(t, ctx, b)
		deadline := time.Now().Add(4 * time.Second)
		for time.Now().Before(deadline) {
			if v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](expr)); err == nil && v != 0 {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	t.Fatalf("clicked %q four times and %s stayed 0 (scene %q)", b.Label, expr, evalString(t, ctx, `salesfloor.scene()`))
}

// clickUntilLogged clicks the first enabled button labelled prefix until the
// game's command log shows done, clicking again only when a try went
// unseen.
func clickUntilLogged(t *testing.T, ctx context.Context, prefix string, done func([]sim.Command) bool) {
	t.Helper()
	for try := 0; try < 4; try++ {
		if try > 0 && done(replayCommands(t, ctx)) {
			return // the last try was seen late
		}
		b := buttonNamed(t, ctx, prefix)
		if !b.Enabled {
			t.Fatalf("the first %q button is disabled: %+v", prefix, pageButtons(t, ctx))
		}
		clickButton(t, ctx, b)
		for deadline := time.Now().Add(4 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if done(replayCommands(t, ctx)) {
				return
			}
		}
	}
	t.Fatalf("clicked %q four times and the command log did not show it (scene %q)", prefix, evalString(t, ctx, `salesfloor.scene()`))
}

// replayCommands is the command log of the game in the page.
func replayCommands(t *testing.T, ctx context.Context) []sim.Command {
	t.Helper()
	rep, err := sim.ParseReplay("browser.replay.json", []byte(evalString(t, ctx, `salesfloor.replay()`)))
	if err != nil {
		t.Fatal(err)
	}
	return rep.Commands
}

func countAction(cmds []sim.Command, a sim.ActionID) int {
	n := 0
	for _, c := range cmds {
		if c.Action == a {
			n++
		}
	}
	return n
}

// pauseClock presses Space until the clock stays put, and returns the
// hash and tick it rests at. The clock, left at 8x, is checked before each
// press: one the game stopped itself (an event, an automatic pause) is left
// stopped.
func pauseClock(t *testing.T, ctx context.Context) (string, int32) {
	t.Helper()
	for try := 0; try < 6; try++ {
		if try > 0 {
			keys(t, ctx, " ", 300)
		}
		tick := int32(evalFloat(t, ctx, `salesfloor.tick()`))
		hash := evalString(t, ctx, `salesfloor.hash()`)
		// 12 frames: at 8x, over three ticks of a running clock.
		waitFor(t, ctx, fmt.Sprintf(`salesfloor.frames() >= %d ? 1 : 0`, int(evalFloat(t, ctx, `salesfloor.frames()`))+12), 30*time.Second)
		if int32(evalFloat(t, ctx, `salesfloor.tick()`)) == tick && evalString(t, ctx, `salesfloor.hash()`) == hash {
			t.Logf("the clock stopped at tick %d (Space pressed %d times; event waiting: %q)", tick, try, evalString(t, ctx, `salesfloor.event()`))
			return hash, tick
		}
	}
	t.Fatalf("Space did not stop the clock: tick %v", evalFloat(t, ctx, `salesfloor.tick()`))
	return "", 0
}

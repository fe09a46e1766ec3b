package main

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/sim"
)

// TestBrowserCoach opens a finished quarter in the browser (an autosave put
// in localStorage, then Continue) and checks that the report plays the
// expert's quarter over frames: its progress rises while the page keeps
// drawing, a slice of each frame at a time, since a browser runs the game on
// one thread.
func TestBrowserCoach(t *testing.T) {
	if os.Getenv("SALESFLOOR_BROWSER_TEST") != "1" {
		t.Skip("set SALESFLOOR_BROWSER_TEST=1 to run the browser test")
	}
	sc, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	pol, _ := sim.NewPolicy("balanced", 7)
	w, log, err := sim.Run(sim.Config{Scenario: sc, Seed: 7}, pol)
	if err != nil {
		t.Fatal(err)
	}
	data, err := session.FromWorld(w, log).SaveBytes()
	if err != nil {
		t.Fatal(err)
	}
	kv := &store.MapKV{}
	if err := (store.KVFS{KV: kv, Prefix: "salesfloor"}).WriteFile(store.SlotFile(store.AutoSlot), data); err != nil {
		t.Fatal(err)
	}
	items, _ := json.Marshal(kv.M)

	dir := buildWeb(t)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	out := os.Getenv("SALESFLOOR_BROWSER_OUT")
	ctx := startChromium(t, 4*time.Minute)
	if _, err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.salesfloor && window.salesfloor.frames() > 0 ? 1 : 0`, 90*time.Second)
	// On the title no game runs, so nothing autosaves over the quarter put
	// in storage when the page reloads.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(m => { for (const k in m) localStorage.setItem(k, m[k]); return true })(`+string(items)+`)`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `window.salesfloor && window.salesfloor.frames() > 0 ? 1 : 0`, 90*time.Second)
	rate := func(d time.Duration) float64 {
		d0 := evalFloat(t, ctx, `salesfloor.draws()`)
		time.Sleep(d)
		return (evalFloat(t, ctx, `salesfloor.draws()`) - d0) / d.Seconds()
	}
	idle := rate(3 * time.Second)
	pressUntil(t, ctx, kb.Enter, `salesfloor.scene() === "report" ? 1 : 0`) // Continue
	p0 := evalFloat(t, ctx, `salesfloor.coach()`)
	busy := rate(5 * time.Second)
	p1 := evalFloat(t, ctx, `salesfloor.coach()`)
	t.Logf("title %.1f frames/s; report while the expert plays %.1f frames/s; its progress %.0f%% to %.0f%% in 5 s",
		idle, busy, 100*p0, 100*p1)
	if p1 <= p0 || p1 <= 0 {
		t.Errorf("the expert's quarter did not progress: %.2f to %.2f", p0, p1)
	}
	// Headless Chromium draws in software: the report alone draws slower
	// than the title, so only a starved page (a blocking computation) fails.
	if busy < idle/3 {
		t.Errorf("the page draws %.1f frames a second while the expert plays, %.1f on the title", busy, idle)
	}
	shot(t, ctx, out, "browser-report-coach")
}

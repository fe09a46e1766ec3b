package game

import (
	"strings"
	"testing"

	"salesfloor/game/ui"
)

// The how-to page says where the game keeps things on the platform it runs
// on: a browser has no folder of saves to find routine.json in, and it
// saves when the page closes. Every slot is filled, with the player's keys.
func TestHowToPageFitsThePlatform(t *testing.T) {
	keys := ui.DefaultKeyMap()
	if err := keys.Bind(ui.CtlHint, 'k'); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		browser bool
		says    []string
		never   []string
	}{
		{"desktop", false, []string{"routine.json beside your saves", "autosaves every evening and when you quit"}, []string{"browser", routineExportLabel}},
		{"browser", true, []string{"This browser keeps it", routineExportLabel, "downloads it as routine.json", "when you close or reload the page"}, []string{"beside your saves", "when you quit"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := howToPage(keys, tc.browser)
			for _, s := range tc.says {
				if !strings.Contains(page, s) {
					t.Errorf("the page does not say %q", s)
				}
			}
			for _, s := range tc.never {
				if strings.Contains(page, s) {
					t.Errorf("the page says %q", s)
				}
			}
			if strings.ContainsAny(page, "{}") {
				t.Errorf("a slot is left unfilled: %q", page[strings.IndexAny(page, "{}"):][:20])
			}
			if !strings.Contains(page, "K asks it for the next move") {
				t.Error("the coach's key is not the player's")
			}
		})
	}
}

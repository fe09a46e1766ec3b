package game_test

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

func TestImportSaveReplayAndGarbage(t *testing.T) {
	a, _ := newApp(t, "wait 2\nkey enter\nwait 2\nkey enter\nwait 2\nkey x\nkey g\nturbo 8\nkey 5\nwait 40\nkey space\nwait 1\n")
	screen := ebiten.NewImage(1280, 800)
	frames(t, a, screen, 60)
	if a.Session() == nil || a.SceneName() != "floor" {
		t.Fatalf("no game under way: scene %s", a.SceneName())
	}
	hash := a.Session().Hash()
	save, err := a.Session().SaveBytes()
	if err != nil {
		t.Fatal(err)
	}
	replay, err := a.Session().ReplayBytes()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file string
		data       []byte
		scene      string
	}{
		{"save", "game.sav", save, "floor"},
		{"replay", "game.json", replay, "floor"},
		{"garbage", "cat.png", []byte("\x89PNG not a game"), "message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := newApp(t, "")
			b.Import(tt.file, tt.data)
			if got := b.SceneName(); got != tt.scene {
				t.Fatalf("scene %s, want %s", got, tt.scene)
			}
			if tt.scene == "floor" && b.Session().Hash() != hash {
				t.Errorf("imported game hashes %s, the original %s", b.Session().Hash(), hash)
			}
		})
	}
}

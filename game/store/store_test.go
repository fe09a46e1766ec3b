package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"salesfloor/game/session"
	"testing"

	"salesfloor/game/store"
	"salesfloor/sim"
)

func load(f store.FS, slot string, backup bool) (*session.Session, error) {
	return store.Load(f, slot, backup, session.LoadSession, func(err error) bool { return errors.Is(err, sim.ErrForeignSave) })
}

func played(t *testing.T) *session.Session {
	t.Helper()
	s, err := session.NewSession("default", sim.Normal, 9)
	if err != nil {
		t.Fatal(err)
	}
	s.Step(5)
	if err := s.Do(sim.ActMentor, 2, 0); err != nil {
		t.Fatal(err)
	}
	s.Step(40)
	if err := s.Do(sim.ActReports, sim.AllReps, 1); err != nil {
		t.Fatal(err)
	}
	s.Step(7)
	return s
}

func stores(t *testing.T) map[string]store.FS {
	return map[string]store.FS{"dir": store.Dir{Path: filepath.Join(t.TempDir(), "salesfloor")}, "mem": store.NewMem()}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	for name, f := range stores(t) {
		t.Run(name, func(t *testing.T) {
			s := played(t)
			data, err := s.SaveBytes()
			if err != nil {
				t.Fatal(err)
			}
			if err := f.WriteFile(store.SlotFile(store.AutoSlot), data); err != nil {
				t.Fatal(err)
			}
			got, err := load(f, store.AutoSlot, false)
			if err != nil {
				t.Fatal(err)
			}
			if got.Hash() != s.Hash() || len(got.Log()) != len(s.Log()) {
				t.Fatalf("loaded %s with %d commands, saved %s with %d", got.Hash(), len(got.Log()), s.Hash(), len(s.Log()))
			}
			// Both carry on identically.
			s.Step(100)
			got.Step(100)
			if got.Hash() != s.Hash() {
				t.Fatal("loaded game diverged from the original")
			}
		})
	}
}

func TestCorruptSaveReportedWithBackup(t *testing.T) {
	for name, f := range stores(t) {
		t.Run(name, func(t *testing.T) {
			s := played(t)
			good, _ := s.SaveBytes()
			f.WriteFile(store.SlotFile("save1"), good)
			s.Step(3)
			second, _ := s.SaveBytes()
			bad := append([]byte(nil), second...)
			bad[len(bad)/2] ^= 0xff
			f.WriteFile(store.SlotFile("save1"), bad) // the good one becomes the backup
			got, err := load(f, "save1", false)
			var le *store.LoadError
			if got != nil || !errors.As(err, &le) {
				t.Fatalf("corrupt save loaded: %v, %v", got, err)
			}
			if le.Missing || le.Foreign || !le.HasBackup || le.Message() == "" {
				t.Fatalf("load error %+v: %s", le, le.Message())
			}
			back, err := load(f, "save1", true)
			if err != nil {
				t.Fatalf("backup: %v", err)
			}
			if back.W.Tick != played(t).W.Tick {
				t.Fatalf("backup at tick %d", back.W.Tick)
			}
		})
	}
}

func TestForeignAndMissing(t *testing.T) {
	f := store.NewMem()
	f.WriteFile(store.SlotFile("x"), []byte("hello, this is not a save"))
	_, err := load(f, "x", false)
	var le *store.LoadError
	if !errors.As(err, &le) || !le.Foreign || le.HasBackup {
		t.Fatalf("foreign: %v", err)
	}
	_, err = load(f, "nothing", false)
	if !errors.As(err, &le) || !le.Missing {
		t.Fatalf("missing: %v", err)
	}
	// Truncated saves never panic and are reported.
	s := played(t)
	data, _ := s.SaveBytes()
	for _, n := range []int{0, 10, 100, len(data) / 3, len(data) - 1} {
		f.WriteFile(store.SlotFile("t"), data[:n])
		if got, err := load(f, "t", false); got != nil || err == nil {
			t.Fatalf("truncated to %d loaded", n)
		}
	}
}

func TestDirWriteIsAtomicWithBackup(t *testing.T) {
	d := store.Dir{Path: filepath.Join(t.TempDir(), "a", "b")}
	if err := d.WriteFile("f.sav", []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("f.sav", []byte("two")); err != nil {
		t.Fatal(err)
	}
	cur, _ := d.ReadFile("f.sav")
	bak, _ := d.ReadFile("f.sav.bak")
	if string(cur) != "two" || string(bak) != "one" {
		t.Fatalf("current %q backup %q", cur, bak)
	}
	ents, _ := os.ReadDir(d.Path)
	if len(ents) != 2 {
		t.Fatalf("left temporary files: %v", ents)
	}
}

func TestSettings(t *testing.T) {
	f := store.NewMem()
	if s := store.LoadSettings(f); !reflect.DeepEqual(s, store.DefaultSettings()) {
		t.Fatalf("first run %+v", s)
	}
	want := store.Settings{UIScale: 1.5, ColorBlind: true, Sound: false, Volume: 0.3, ReducedMotion: true, Fullscreen: true, HintsSeen: true,
		Keys: map[string]string{"pause": "p", "vision": "v"}}
	if err := store.SaveSettings(f, want); err != nil {
		t.Fatal(err)
	}
	if got := store.LoadSettings(f); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v", got)
	}
	f.WriteFile("settings.json", []byte("{not json"))
	if got := store.LoadSettings(f); !reflect.DeepEqual(got, store.DefaultSettings()) {
		t.Fatalf("bad file gave %+v", got)
	}
}

// Package store keeps the game's files: saves, the autosave and settings.
// File I/O goes through the FS interface so that the browser build can keep
// them in localStorage instead of a directory.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// FS is where the game keeps its files. Names are flat ("autosave.sav").
type FS interface {
	// ReadFile returns a file's contents; a missing file gives an error
	// that satisfies errors.Is(err, fs.ErrNotExist).
	ReadFile(name string) ([]byte, error)
	// WriteFile replaces a file atomically: a reader sees the old contents
	// or the new, never a mix. The previous contents are kept as name+".bak".
	WriteFile(name string, data []byte) error
	// Location describes where files go, for messages.
	Location() string
}

// BackupName is the name the previous version of a file is kept under.
func BackupName(name string) string { return name + ".bak" }

// Dir is an FS on a directory of the local file system.
type Dir struct{ Path string }

// DefaultDir is os.UserConfigDir()/salesfloor.
func DefaultDir() (Dir, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return Dir{}, err
	}
	return Dir{Path: filepath.Join(base, "salesfloor")}, nil
}

// Location is the directory.
func (d Dir) Location() string { return d.Path }

// ReadFile reads a file from the directory.
func (d Dir) ReadFile(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(d.Path, name))
}

// WriteFile writes to a temporary file, syncs it, keeps the current file as
// the backup (by hard link, so the name never disappears), renames the
// temporary file over the name, and syncs the directory.
func (d Dir) WriteFile(name string, data []byte) (err error) {
	if err := os.MkdirAll(d.Path, 0o755); err != nil {
		return err
	}
	path := filepath.Join(d.Path, name)
	tmp, err := os.CreateTemp(d.Path, "."+name+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if _, statErr := os.Stat(path); statErr == nil {
		bak := filepath.Join(d.Path, BackupName(name))
		bakTmp := bak + ".tmp"
		os.Remove(bakTmp)
		if lerr := os.Link(path, bakTmp); lerr != nil {
			// No hard links here: copy instead.
			old, rerr := os.ReadFile(path)
			if rerr != nil {
				return rerr
			}
			if werr := os.WriteFile(bakTmp, old, 0o644); werr != nil {
				return werr
			}
		}
		if err = os.Rename(bakTmp, bak); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if dir, derr := os.Open(d.Path); derr == nil {
		dir.Sync()
		dir.Close()
	}
	return nil
}

// Mem is an FS in memory, for tests and as the model of a browser store.
type Mem struct {
	mu    sync.Mutex
	Files map[string][]byte
}

// NewMem returns an empty in-memory FS.
func NewMem() *Mem { return &Mem{Files: map[string][]byte{}} }

// Location names the store.
func (m *Mem) Location() string { return "memory" }

// ReadFile returns a copy of a file.
func (m *Mem) ReadFile(name string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.Files[name]
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return append([]byte(nil), b...), nil
}

// WriteFile stores a copy, keeping the previous as the backup.
func (m *Mem) WriteFile(name string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.Files[name]; ok {
		m.Files[BackupName(name)] = old
	}
	m.Files[name] = append([]byte(nil), data...)
	return nil
}

// Names lists the files, sorted (tests).
func (m *Mem) Names() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for k := range m.Files {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Slots the game saves to.
const (
	AutoSlot   = "autosave"
	ManualSlot = "save1"
	// QuarterSlot is a campaign's game at the start of its latest
	// quarter: the last good save a damaged one can fall back to.
	QuarterSlot = "quarter-start"
	Ext         = ".sav"
)

// SlotFile is a slot's file name.
func SlotFile(slot string) string { return slot + Ext }

// LoadError says why a save could not be loaded, in words for the player,
// and whether a backup exists to try instead.
type LoadError struct {
	Slot      string
	Missing   bool // there is no such save
	Foreign   bool // not a save of this version of the game
	HasBackup bool
	Err       error
}

func (e *LoadError) Error() string { return e.Message() }

func (e *LoadError) Unwrap() error { return e.Err }

// slotWords names a slot in a sentence: "the autosave" rather than "the
// autosave save".
func slotWords(slot string) string {
	switch slot {
	case AutoSlot:
		return "autosave"
	case QuarterSlot:
		return "quarter's start save"
	}
	return slot + " save"
}

// Message is the sentence the game shows.
func (e *LoadError) Message() string {
	var b strings.Builder
	switch {
	case e.Missing:
		fmt.Fprintf(&b, "There is no %s yet.", slotWords(e.Slot))
	case e.Foreign:
		fmt.Fprintf(&b, "The %s was not made by this version of Salesfloor, so it cannot be continued.", slotWords(e.Slot))
	default:
		fmt.Fprintf(&b, "The %s is damaged and cannot be loaded.", slotWords(e.Slot))
	}
	if e.HasBackup && !e.Missing {
		b.WriteString(" The previous save is still there: load the backup instead?")
	}
	return b.String()
}

// Detail is the technical reason, for a second line.
func (e *LoadError) Detail() string {
	if e.Err == nil {
		return ""
	}
	return e.Err.Error()
}

// Decoder turns a save file's bytes into a game; it is session.LoadSession in
// the game, kept abstract so this package does not depend on the session.
type Decoder[T any] func(name string, data []byte) (T, error)

// Load reads and decodes a slot (or its backup). Any failure comes back as a
// *LoadError and nothing is loaded.
func Load[T any](f FS, slot string, backup bool, decode Decoder[T], isForeign func(error) bool) (T, error) {
	var zero T
	name := SlotFile(slot)
	if backup {
		name = BackupName(name)
	}
	hasBackup := false
	if !backup {
		if _, err := f.ReadFile(BackupName(SlotFile(slot))); err == nil {
			hasBackup = true
		}
	}
	data, err := f.ReadFile(name)
	if err != nil {
		return zero, &LoadError{Slot: slot, Missing: errors.Is(err, fs.ErrNotExist), HasBackup: hasBackup, Err: err}
	}
	v, err := decode(name, data)
	if err != nil {
		return zero, &LoadError{Slot: slot, Foreign: isForeign(err), HasBackup: hasBackup, Err: err}
	}
	return v, nil
}

// Exists reports whether a slot has a save.
func Exists(f FS, slot string) bool {
	_, err := f.ReadFile(SlotFile(slot))
	return err == nil
}

// Settings are the player's preferences, persisted as settings.json.
type Settings struct {
	UIScale       float64 `json:"ui_scale"` // 0.75 .. 2
	ColorBlind    bool    `json:"color_blind"`
	Sound         bool    `json:"sound"`
	Volume        float64 `json:"volume"` // 0..1
	ReducedMotion bool    `json:"reduced_motion"`
	Fullscreen    bool    `json:"fullscreen"`
	HintsSeen     bool    `json:"hints_seen"`
	// Keys are the player's key bindings that differ from the game's, by
	// control name and key name ("pause": "p"); see ui.KeyMapFrom.
	Keys map[string]string `json:"keys,omitempty"`
	// Pause says which moments stop the clock.
	Pause AutoPause `json:"auto_pause"`
	// RoutineOff: the player paused their routine (it stays paused).
	RoutineOff bool `json:"routine_off"`
	// Year: the New game screen's length was last a year, not a quarter.
	Year bool `json:"year,omitempty"`
}

// AutoPause says which moments stop the clock until the player has seen
// them. A resignation always does.
type AutoPause struct {
	DayStart   bool `json:"day_start"`   // every morning at 09:00
	Events     bool `json:"events"`      // every event, not just those that ask a question
	Threats    bool `json:"threats"`     // a rep begins to think of leaving
	CheckinEve bool `json:"checkin_eve"` // the morning before the VP's check-in
	Checkin    bool `json:"checkin"`     // the VP's check-in and its result
}

// DefaultSettings are the settings of a first run.
func DefaultSettings() Settings {
	return Settings{UIScale: 1, Sound: true, Volume: 0.6, Pause: AutoPause{Threats: true, Checkin: true}}
}

const settingsFile = "settings.json"

// LoadSettings reads the settings, falling back to the defaults for a
// missing or unreadable file and clamping values into range.
func LoadSettings(f FS) Settings {
	s := DefaultSettings()
	if data, err := f.ReadFile(settingsFile); err == nil {
		if json.Unmarshal(data, &s) != nil {
			s = DefaultSettings()
		}
	}
	s.Clamp()
	return s
}

// Clamp brings values into their ranges.
func (s *Settings) Clamp() {
	if s.UIScale < 0.75 || s.UIScale > 2 || s.UIScale != s.UIScale {
		s.UIScale = 1
	}
	if s.Volume < 0 || s.Volume > 1 || s.Volume != s.Volume {
		s.Volume = 0.6
	}
}

// SaveSettings writes the settings.
func SaveSettings(f FS, s Settings) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return f.WriteFile(settingsFile, data)
}

package store

import (
	"strings"
	"testing"
)

// A load error names its slot in words a player reads once: "the
// autosave", never "the autosave save".
func TestLoadErrorNamesTheSlot(t *testing.T) {
	for _, tc := range []struct {
		e    LoadError
		want string
	}{
		{LoadError{Slot: AutoSlot, Foreign: true}, "The autosave was not made by this version of Salesfloor"},
		{LoadError{Slot: AutoSlot, Missing: true}, "There is no autosave yet."},
		{LoadError{Slot: QuarterSlot}, "The quarter's start save is damaged"},
		{LoadError{Slot: ManualSlot, Foreign: true, HasBackup: true}, "The save1 save was not made"},
	} {
		if got := tc.e.Message(); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%+v: %q, want it to open %q", tc.e, got, tc.want)
		}
	}
}

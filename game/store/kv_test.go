package store_test

import (
	"errors"
	"io/fs"
	"testing"

	"salesfloor/game/store"
)

func TestKVFSWriteReadBackup(t *testing.T) {
	kv := &store.MapKV{}
	f := store.KVFS{KV: kv, Prefix: "sf"}
	if _, err := f.ReadFile("a.sav"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	for i, v := range []string{"one", "two", "three"} {
		if err := f.WriteFile("a.sav", []byte(v)); err != nil {
			t.Fatal(err)
		}
		got, err := f.ReadFile("a.sav")
		if err != nil || string(got) != v {
			t.Fatalf("write %d: read %q, %v", i, got, err)
		}
	}
	bak, err := f.ReadFile(store.BackupName("a.sav"))
	if err != nil || string(bak) != "two" {
		t.Fatalf("backup = %q, %v; want the previous version", bak, err)
	}
	// Only the current and backup versions are kept.
	if n := len(kv.M); n != 4 {
		t.Errorf("%d keys stored, want 4 (two pointers, two versions): %v", n, kv.M)
	}
}

// A write the browser refuses (quota) leaves the file as it was.
func TestKVFSRefusedWriteKeepsOldVersion(t *testing.T) {
	kv := &store.MapKV{Limit: 200}
	f := store.KVFS{KV: kv, Prefix: "sf"}
	if err := f.WriteFile("a.sav", []byte("small")); err != nil {
		t.Fatal(err)
	}
	big := make([]byte, 500)
	if err := f.WriteFile("a.sav", big); err == nil {
		t.Fatal("an over-quota write succeeded")
	}
	got, err := f.ReadFile("a.sav")
	if err != nil || string(got) != "small" {
		t.Fatalf("after a refused write: %q, %v", got, err)
	}
}

func TestKVFSDamagedData(t *testing.T) {
	kv := &store.MapKV{}
	f := store.KVFS{KV: kv, Prefix: "sf"}
	_ = f.WriteFile("a.sav", []byte("x"))
	kv.M["sf/v1/data/a.sav/1"] = "%%%not base64"
	if _, err := f.ReadFile("a.sav"); err == nil {
		t.Fatal("damaged data read without error")
	}
}

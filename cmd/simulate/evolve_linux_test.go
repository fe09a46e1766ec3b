package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A search that completes but cannot write its file (here, a file-size
// limit below the policy's size, as a full disk would do; the Go runtime
// ignores SIGXFSZ, so the write fails with EFBIG) fails, keeps the old file
// whole and leaves no temporary file behind.
func TestEvolveWriteFailureKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "best.json")
	old := `{"name": "mine", "rules": [{"do": "calls"}]}`
	if err := os.WriteFile(out, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Skip("no file-size limit here:", err)
	}
	small := lim
	small.Cur = 16
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &small); err != nil {
		t.Skip("cannot set a file-size limit:", err)
	}
	code, stdout, stderr := simulate(t, evolveArgs(out, "-workers", "1")...)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Fatal(err)
	}
	t.Log(strings.TrimSpace(stderr))
	if code == 0 {
		t.Fatalf("the run succeeded despite the failed write:\n%s", stdout)
	}
	if !strings.Contains(stderr, "write "+out) {
		t.Errorf("stderr does not name the file:\n%s", stderr)
	}
	if stdout != "" {
		t.Errorf("a report was printed for a run whose file was not written:\n%s", stdout)
	}
	if b, _ := os.ReadFile(out); string(b) != old {
		t.Errorf("the old file became %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("files left behind: %v", ents)
	}
}

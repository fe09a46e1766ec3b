package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestHandlerServesPrecompressedWasm(t *testing.T) {
	dir := t.TempDir()
	raw := []byte("\x00asm fake module body, long enough to compress well well well well")
	if err := os.WriteFile(filepath.Join(dir, "game.wasm"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(filepath.Join(dir, "game.wasm.gz"))
	zw := gzip.NewWriter(f)
	_, _ = zw.Write(raw)
	_ = zw.Close()
	_ = f.Close()
	_ = os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644)

	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()

	tests := []struct {
		name, path, accept string
		wantType, wantEnc  string
	}{
		{"gzip accepted", "/game.wasm", "gzip, deflate, br", "application/wasm", "gzip"},
		{"gzip refused", "/game.wasm", "identity", "application/wasm", ""},
		{"gzip q=0", "/game.wasm", "gzip;q=0", "application/wasm", ""},
		{"page", "/", "gzip", "text/html; charset=utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			req.Header.Set("Accept-Encoding", tt.accept)
			// A raw transport, so Go's client does not undo the gzip itself.
			resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type %q, want %q", got, tt.wantType)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.wantEnc {
				t.Errorf("Content-Encoding %q, want %q", got, tt.wantEnc)
			}
			if tt.path == "/game.wasm" {
				if resp.Header.Get(RawLengthHeader) != "66" {
					t.Errorf("%s = %q, want the raw size 66", RawLengthHeader, resp.Header.Get(RawLengthHeader))
				}
				if tt.wantEnc == "gzip" {
					zr, err := gzip.NewReader(bytesReader(body))
					if err != nil {
						t.Fatal(err)
					}
					body, _ = io.ReadAll(zr)
				}
				if string(body) != string(raw) {
					t.Errorf("body differs from the module")
				}
			}
		})
	}
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

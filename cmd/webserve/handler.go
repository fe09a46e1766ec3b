package main

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

func init() {
	// Browsers compile a .wasm while it downloads only when it arrives as
	// application/wasm; some systems' MIME tables lack the entry.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
}

// RawLengthHeader carries a .wasm's uncompressed size when it is served
// gzipped, so the loading screen can show real progress: the browser hands
// the page decompressed bytes, while Content-Length counts compressed ones.
const RawLengthHeader = "X-Raw-Length"

// Handler serves dir. A request for x.wasm gets x.wasm.gz with
// Content-Encoding: gzip when the client accepts gzip and the file exists.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		clean := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(clean, ".wasm") {
			raw := filepath.Join(dir, filepath.FromSlash(clean))
			if st, err := os.Stat(raw); err == nil {
				w.Header().Set(RawLengthHeader, strconv.FormatInt(st.Size(), 10))
			}
			gz := raw + ".gz"
			if acceptsGzip(r) {
				if f, err := os.Open(gz); err == nil {
					defer f.Close()
					if st, err := f.Stat(); err == nil {
						w.Header().Set("Content-Type", "application/wasm")
						w.Header().Set("Content-Encoding", "gzip")
						w.Header().Add("Vary", "Accept-Encoding")
						http.ServeContent(w, r, clean, st.ModTime(), f)
						return
					}
				}
			}
		}
		files.ServeHTTP(w, r)
	})
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && !strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") {
			return true
		}
	}
	return false
}

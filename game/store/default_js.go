//go:build js

package store

// Default is where the game keeps its files in a browser: localStorage, under
// versioned keys. When the browser refuses storage (some private modes), the
// game still runs, keeping files in memory, and says so.
func Default() (FS, error) {
	ls, err := NewLocalStorage()
	if err != nil {
		return KVFS{KV: &MapKV{}, Prefix: "salesfloor", Where: "memory only (this browser refuses local storage; saves end with the page)"}, nil
	}
	return KVFS{KV: ls, Prefix: "salesfloor", Where: "this browser's local storage"}, nil
}

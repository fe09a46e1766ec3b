package store

import (
	"encoding/base64"
	"fmt"
	"io/fs"
	"strconv"
)

// KV is a string key-value store such as a browser's localStorage.
type KV interface {
	Get(key string) (string, bool)
	// Set may fail, for example when the browser's storage quota is full.
	Set(key, value string) error
	Remove(key string)
}

// KVFS keeps the game's files in a KV with the same guarantee as Dir: a
// write never leaves a half-written file, and the previous version is kept
// as the backup.
//
// Each version of a file is stored under its own key,
// "<prefix>/v1/data/<name>/<generation>", and a pointer key,
// "<prefix>/v1/ptr/<name>", names the current generation. A write stores the
// new generation first and switches the pointer after, so an interrupted or
// refused write leaves the pointer, and the file, as they were. The
// generation the pointer left becomes the backup; older ones are removed.
// The "v1" in every key lets a later layout live beside this one.
type KVFS struct {
	KV     KV
	Prefix string // e.g. "salesfloor"
	Where  string // for messages, e.g. "this browser's local storage"
}

const kvLayout = "v1"

func (k KVFS) ptrKey(name string) string { return k.Prefix + "/" + kvLayout + "/ptr/" + name }
func (k KVFS) dataKey(name string, gen int64) string {
	return k.Prefix + "/" + kvLayout + "/data/" + name + "/" + strconv.FormatInt(gen, 10)
}

func (k KVFS) generation(name string) (int64, bool) {
	v, ok := k.KV.Get(k.ptrKey(name))
	if !ok {
		return 0, false
	}
	gen, err := strconv.ParseInt(v, 10, 64)
	return gen, err == nil
}

// Location says where the files are.
func (k KVFS) Location() string {
	if k.Where != "" {
		return k.Where
	}
	return "key-value storage"
}

// ReadFile returns the current version of name. Reading name+".bak" returns
// the version before it.
func (k KVFS) ReadFile(name string) ([]byte, error) {
	gen, ok := k.generation(name)
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	v, ok := k.KV.Get(k.dataKey(name, gen))
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: generation %d is missing", fs.ErrNotExist, gen)}
	}
	data, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("stored data is damaged: %w", err)}
	}
	return data, nil
}

// WriteFile stores a new generation, then switches the pointer to it.
func (k KVFS) WriteFile(name string, data []byte) error {
	cur, had := k.generation(name)
	next := cur + 1
	if err := k.KV.Set(k.dataKey(name, next), base64.StdEncoding.EncodeToString(data)); err != nil {
		k.KV.Remove(k.dataKey(name, next))
		return &fs.PathError{Op: "write", Path: name, Err: err}
	}
	if err := k.KV.Set(k.ptrKey(name), strconv.FormatInt(next, 10)); err != nil {
		k.KV.Remove(k.dataKey(name, next))
		return &fs.PathError{Op: "write", Path: name, Err: err}
	}
	if !had {
		return nil
	}
	// The old current version becomes the backup; the old backup goes.
	bak := BackupName(name)
	oldBak, hadBak := k.generation(bak)
	if err := k.KV.Set(k.ptrKey(bak), strconv.FormatInt(cur, 10)); err == nil {
		// The backup shares the data key space of the main file.
		if v, ok := k.KV.Get(k.dataKey(name, cur)); ok {
			if k.KV.Set(k.dataKey(bak, cur), v) != nil {
				k.KV.Remove(k.ptrKey(bak))
			}
		}
		if hadBak && oldBak != cur {
			k.KV.Remove(k.dataKey(bak, oldBak))
		}
	}
	k.KV.Remove(k.dataKey(name, cur))
	return nil
}

// MapKV is a KV in memory, for tests and as a fallback when the browser
// refuses storage.
type MapKV struct {
	M map[string]string
	// Limit, when positive, makes Set fail once the values' total size
	// would pass it, like a browser's quota.
	Limit int
}

// Get returns a value.
func (m *MapKV) Get(key string) (string, bool) { v, ok := m.M[key]; return v, ok }

// Set stores a value, or fails past Limit.
func (m *MapKV) Set(key, value string) error {
	if m.M == nil {
		m.M = map[string]string{}
	}
	if m.Limit > 0 {
		total := len(value)
		for k, v := range m.M {
			if k != key {
				total += len(v)
			}
		}
		if total > m.Limit {
			return fmt.Errorf("storage quota exceeded")
		}
	}
	m.M[key] = value
	return nil
}

// Remove deletes a value.
func (m *MapKV) Remove(key string) { delete(m.M, key) }

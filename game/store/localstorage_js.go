//go:build js

package store

import (
	"fmt"
	"syscall/js"
)

// LocalStorage is the browser's window.localStorage as a KV.
type LocalStorage struct{ v js.Value }

// NewLocalStorage returns the page's localStorage, or an error when the
// browser refuses it (private modes, disabled storage).
func NewLocalStorage() (ls LocalStorage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("local storage is not available: %v", r)
		}
	}()
	v := js.Global().Get("localStorage")
	if v.IsUndefined() || v.IsNull() {
		return LocalStorage{}, fmt.Errorf("local storage is not available in this browser")
	}
	return LocalStorage{v: v}, nil
}

// Get reads a key.
func (l LocalStorage) Get(key string) (string, bool) {
	r := l.v.Call("getItem", key)
	if r.IsNull() || r.IsUndefined() {
		return "", false
	}
	return r.String(), true
}

// Set writes a key; a full quota throws in JavaScript, which comes back here
// as an error.
func (l LocalStorage) Set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the browser refused to store %s: %v", key, r)
		}
	}()
	l.v.Call("setItem", key, value)
	return nil
}

// Remove deletes a key.
func (l LocalStorage) Remove(key string) { l.v.Call("removeItem", key) }

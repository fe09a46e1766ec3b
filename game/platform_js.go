//go:build js

package game

import (
	"encoding/json"
	"sync"
	"sync/atomic"
	"syscall/js"

	"salesfloor/game/coach"
	"salesfloor/game/store"
	"salesfloor/game/ui"
)

// canImport: in a browser the player uploads a save or replay file.
const canImport = true

// inBrowser: the game runs in a page, its files in the browser's storage
// rather than a folder the player can open, so texts that say where a file
// is kept say so (howToPage).
const inBrowser = true

type imported struct {
	name string
	data []byte
}

// importCh carries a file the player picked; the picker's callback runs on
// the JavaScript side, and the game collects the file in its next Update.
var importCh = make(chan imported, 1)

// platformStart publishes the debug hook for tests and for players who
// report bugs:
//
//	window.salesfloor = {hash(), tick(), scene(), event(), replay(), frames(), draws(), hint(), coach(), buttons()}
//
// All read-only: hash is the current state hash, tick the world's tick (-1
// with no game), scene the current scene's name, event the title of the event
// waiting for the player's answer ("" for none), replay the current game as a
// replay file's text, frames the number of frames updated, draws the number
// drawn, hint the coach's hint on show ("" for none, "thinking"), coach the
// progress of the expert's quarter on the report (0..1, -1 elsewhere),
// buttons the current scene's buttons as a JSON array of {label, x, y, w,
// h, enabled} in CSS pixels, as last laid out (tests click them by label).
func platformStart(a *App) {
	watchMouseUps()
	watchKeyDowns()
	hook := js.Global().Get("Object").New()
	hook.Set("hash", js.FuncOf(func(js.Value, []js.Value) any {
		if a.games.s == nil {
			return ""
		}
		return a.games.s.Hash()
	}))
	hook.Set("tick", js.FuncOf(func(js.Value, []js.Value) any { return int(a.Tick()) }))
	hook.Set("scene", js.FuncOf(func(js.Value, []js.Value) any { return sceneName(a.scene) }))
	hook.Set("event", js.FuncOf(func(js.Value, []js.Value) any {
		if a.games.s == nil {
			return ""
		}
		if _, d, ok := a.games.s.W.PendingEvent(); ok {
			return d.Title
		}
		return ""
	}))
	hook.Set("replay", js.FuncOf(func(js.Value, []js.Value) any {
		if a.games.s == nil {
			return ""
		}
		b, err := a.games.s.ReplayBytes()
		if err != nil {
			return ""
		}
		return string(b)
	}))
	hook.Set("frames", js.FuncOf(func(js.Value, []js.Value) any { return a.ctx.Frame }))
	hook.Set("draws", js.FuncOf(func(js.Value, []js.Value) any { return a.work.draws }))
	hook.Set("hint", js.FuncOf(func(js.Value, []js.Value) any { return a.hintText() }))
	hook.Set("coach", js.FuncOf(func(js.Value, []js.Value) any { return a.coachProgress() }))
	hook.Set("buttons", js.FuncOf(func(js.Value, []js.Value) any {
		b, err := json.Marshal(a.menuButtons())
		if err != nil {
			return "[]"
		}
		return string(b)
	}))
	js.Global().Set("salesfloor", hook)

	// Closing or reloading the tab is the browser's "quit": save then, so
	// nothing the player did is lost. pagehide fires on close, reload and
	// navigation; visibilitychange covers a phone putting the tab away.
	//
	// These save in the callback itself, not through a channel to the game
	// loop as imports do: a hidden tab gets no more animation frames, so a
	// request left for the next frame would wait for a frame that never
	// comes, and a closing page is gone before it could. It is safe: Go on
	// js/wasm runs one goroutine at a time and switches only where one
	// blocks, so the callback runs between two frames, never inside one.
	save := js.FuncOf(func(js.Value, []js.Value) any {
		a.games.autosave()
		return nil
	})
	js.Global().Call("addEventListener", "pagehide", save)
	js.Global().Get("document").Call("addEventListener", "visibilitychange", js.FuncOf(func(js.Value, []js.Value) any {
		if js.Global().Get("document").Get("visibilityState").String() == "hidden" {
			a.games.autosave()
		}
		return nil
	}))
}

// exportFile hands the file to the browser as a download.
func exportFile(_ store.FS, name string, data []byte) (string, error) {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	parts := js.Global().Get("Array").New(arr)
	opts := js.Global().Get("Object").New()
	opts.Set("type", "application/octet-stream")
	blob := js.Global().Get("Blob").New(parts, opts)
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	doc := js.Global().Get("document")
	link := doc.Call("createElement", "a")
	link.Set("href", url)
	link.Set("download", name)
	doc.Get("body").Call("appendChild", link)
	link.Call("click")
	link.Call("remove")
	js.Global().Get("URL").Call("revokeObjectURL", url)
	return "Downloaded " + name, nil
}

// startImport opens the browser's file picker. The picked file arrives on
// importCh.
func startImport() {
	doc := js.Global().Get("document")
	input := doc.Call("createElement", "input")
	input.Set("type", "file")
	input.Set("accept", ".sav,.json,application/json,application/octet-stream")
	var onChange, onData js.Func
	onData = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer onData.Release()
		arr := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, arr.Length())
		js.CopyBytesToGo(data, arr)
		name := input.Get("files").Index(0).Get("name").String()
		select {
		case importCh <- imported{name, data}:
		default:
		}
		return nil
	})
	onChange = js.FuncOf(func(js.Value, []js.Value) any {
		defer onChange.Release()
		files := input.Get("files")
		if files.Length() == 0 {
			onData.Release()
			return nil
		}
		files.Index(0).Call("arrayBuffer").Call("then", onData)
		return nil
	})
	input.Call("addEventListener", "change", onChange)
	input.Call("click")
}

// mouseUps counts the left button's releases over the game's canvas since
// the input was last read. Ebiten polls the button once a frame, so a click
// whose press and release both fall between two frames is never seen
// pressed, and is lost: at the 4-5 frames a second a busy report runs at
// in a software-rendered browser, most quick clicks were. The page's own
// events are not lost, and each release here is a click the frame may have
// missed (lostClick).
var mouseUps atomic.Int32

func watchMouseUps() {
	js.Global().Get("document").Call("addEventListener", "pointerup", js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		// A touch is read as a touch (inputReader); only the mouse's left
		// button over the canvas, not the page's other elements.
		if e.Get("pointerType").String() == "mouse" && e.Get("button").Int() == 0 &&
			e.Get("target").Get("tagName").String() == "CANVAS" {
			mouseUps.Add(1)
		}
		return nil
	}), true)
}

// platformMouseUps is the count of left-button releases since the last
// call.
func platformMouseUps() int { return int(mouseUps.Swap(0)) }

// keyDowns are the keys the page saw go down (KeyboardEvent.code; not a
// held key's repeats, nor a key with Ctrl, Alt or Cmd, which is never the
// game's) since the input was last read: a tap whose press and release
// both fall between two frames is never seen pressed by Ebiten's polling,
// and at the few frames a second of a software-rendered browser a quick
// tap mostly was (lostKeys).
var keyDowns struct {
	sync.Mutex
	codes []string
}

func watchKeyDowns() {
	js.Global().Get("document").Call("addEventListener", "keydown", js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		if e.Get("repeat").Bool() || e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
			return nil
		}
		keyDowns.Lock()
		if len(keyDowns.codes) < ui.MaxKeys {
			keyDowns.codes = append(keyDowns.codes, e.Get("code").String())
		}
		keyDowns.Unlock()
		return nil
	}), true)
}

// platformKeyDowns appends the codes of the keys pressed since the last
// call to dst.
func platformKeyDowns(dst []string) []string {
	keyDowns.Lock()
	defer keyDowns.Unlock()
	dst = append(dst, keyDowns.codes...)
	keyDowns.codes = keyDowns.codes[:0]
	return dst
}

func pollImport() (name string, data []byte, ok bool) {
	select {
	case f := <-importCh:
		return f.name, f.data, true
	default:
		return "", nil, false
	}
}

// hintText is the hint on show, for the browser's debug hook: "" for none,
// "thinking" while the coach thinks, else its head and how.
func (a *App) hintText() string {
	if s, ok := a.scene.(interface{ coachHint() string }); ok {
		return s.coachHint()
	}
	return ""
}

// coachProgress is the report's expert quarter's progress, 0..1, for the
// browser's debug hook; -1 on other scenes.
func (a *App) coachProgress() float64 {
	if s, ok := a.scene.(interface{ coachProgress() float64 }); ok {
		return s.coachProgress()
	}
	return -1
}

// coachHint is the floor's hint on show, for the browser's debug hook: "" for none,
// "thinking" while the coach thinks, else its head and how.
func (f *floorScene) coachHint() string {
	switch f.coach.h.State {
	case coach.HintNone:
		return ""
	case coach.HintThinking:
		return "thinking"
	}
	return f.coach.h.Advice.Head + " | " + f.coach.h.Advice.How
}

// coachProgress is the expert quarter's progress, 0..1, for the browser's
// debug hook; -1 before it starts.
func (r *reportScene) coachProgress() float64 {
	if r.coach.job == nil {
		return -1
	}
	return r.coach.job.Progress()
}

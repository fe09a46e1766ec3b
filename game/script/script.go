// Package script is the test and demo driver: a script of keys, clicks,
// waits and hooks (screenshots, turbo, auto-answer) played into the game a
// frame at a time, so that no scene knows scripts exist.
package script

import (
	"bufio"
	"fmt"
	"salesfloor/game/ui"
	"strconv"
	"strings"

	"salesfloor/sim"
)

// A script drives the real game from a file, one instruction a line, for
// window tests and screenshots:
//
//	wait N              let N frames pass (60 a second)
//	wait-tick N         wait until the simulation reaches tick N
//	wait-day N          wait until day N (0-based) has begun
//	wait-idle           wait until the game has no work in progress (the
//	                    coach's hint or the report's expert quarter), at
//	                    most a minute of frames
//	key NAME            press a key ("space", "esc", "enter", "tab", "a", "5")
//	click X Y           click (press and release) at X, Y in UI units
//	move X Y            rest the pointer at X, Y (UI units) from now on, so
//	                    what shows on hover shows in screenshots
//	screenshot NAME     write NAME.png to the screenshot directory
//	export-replay PATH  write the game so far as a replay file
//	hash-out PATH       write the world's state hash to PATH
//	turbo N             simulate N ticks a frame whatever the speed (0: off);
//	                    speed never changes outcomes, so a test can play a
//	                    whole quarter in seconds
//	auto-answer N       answer every event dialog with choice N (1-based),
//	                    by pressing its key; 0 turns it off
//	quit                end the game (autosaving as on a window close)
//
// Blank lines and lines starting with # are ignored.
type Script struct {
	Ops     []ScriptOp
	pc      int
	wait    int
	waiting bool
	Done    bool
	answer  int // auto-answer's choice (1-based), 0 for none
	reading int // frames the notice on show has been up, for auto-answer
	// The pointer's resting place, set by move.
	hover  bool
	hx, hy float64
}

// ScriptOp is one parsed instruction.
type ScriptOp struct {
	Line int
	Op   string
	N    int
	X, Y float64
	Key  ui.Key
	Arg  string
}

// ParseScript reads a script.
func ParseScript(src string) (*Script, error) {
	s := &Script{}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		op := ScriptOp{Line: line, Op: f[0]}
		bad := func(format string, a ...any) error {
			return fmt.Errorf("script line %d: %s: %s", line, f[0], fmt.Sprintf(format, a...))
		}
		need := func(n int) error {
			if len(f) != n+1 {
				return bad("takes %d argument(s), got %d", n, len(f)-1)
			}
			return nil
		}
		switch f[0] {
		case "wait", "wait-tick", "wait-day", "turbo", "auto-answer":
			if err := need(1); err != nil {
				return nil, err
			}
			n, err := strconv.Atoi(f[1])
			if err != nil || n < 0 {
				return nil, bad("%q is not a count", f[1])
			}
			op.N = n
		case "key":
			if err := need(1); err != nil {
				return nil, err
			}
			k, ok := ui.ParseKey(f[1])
			if !ok {
				return nil, bad("unknown key %q", f[1])
			}
			op.Key = k
		case "click", "move":
			if err := need(2); err != nil {
				return nil, err
			}
			x, err1 := strconv.ParseFloat(f[1], 64)
			y, err2 := strconv.ParseFloat(f[2], 64)
			if err1 != nil || err2 != nil {
				return nil, bad("%q %q are not coordinates", f[1], f[2])
			}
			op.X, op.Y = x, y
		case "wait-idle":
			if err := need(0); err != nil {
				return nil, err
			}
			op.N = maxIdleWait
		case "screenshot", "export-replay", "hash-out":
			if err := need(1); err != nil {
				return nil, err
			}
			op.Arg = f[1]
		case "quit":
			if err := need(0); err != nil {
				return nil, err
			}
		default:
			return nil, bad("unknown instruction")
		}
		s.Ops = append(s.Ops, op)
	}
	return s, sc.Err()
}

// ScriptHost is what a script acts on.
type ScriptHost interface {
	Tick() int32 // the simulation's tick, -1 with no game running
	Screenshot(name string)
	ExportReplay(path string) error
	WriteHash(path string) error
	SetTurbo(ticksPerFrame int)
	// Question is the number of answers of the event waiting for one, or
	// 0: the script answers it itself (auto-answer) with the answer's key.
	Question() int
	// NoticeOK is the centre of the OK button of a notice waiting to be
	// read, and whether one is: auto-answer clicks it. A click, not Enter:
	// a notice holds Enter back until it has been seen a moment, and
	// Enter pressed every frame would keep it waiting for ever.
	NoticeOK() (x, y float64, up bool)
	// Keys are the player's bindings, for the answer keys.
	KeyMap() *ui.KeyMap
	// Busy reports work in progress that a screenshot should wait for.
	Busy() bool
	Quit()
}

// noticeReading is how many frames auto-answer reads a notice before it
// clicks OK.
const noticeReading = 30

// maxIdleWait bounds wait-idle, in frames: a minute at 60 a second.
const maxIdleWait = 3600

// Step runs the script for one frame: it may put a key or a click into in,
// and carries out instructions until one needs a later frame.
func (s *Script) Step(in *ui.Input, h ScriptHost) error {
	if s.hover {
		in.X, in.Y, in.Hover = s.hx, s.hy, true
	}
	// auto-answer: press the answer's key while a question waits, every
	// frame until the dialog takes it (its keys wait a moment after it
	// appears), as a player would.
	if n := s.answer; n > 0 && n <= 4 && n <= h.Question() {
		if ks := h.KeyMap().Keys(ui.CtlAnswer1 + ui.Control(n-1)); len(ks) > 0 {
			in.AddKey(ks[0])
		}
	} else if x, y, up := h.NoticeOK(); s.answer > 0 && up {
		// Read it a moment first, as a player would (and as a screenshot
		// of it needs): half a second of frames.
		if s.reading++; s.reading > noticeReading {
			in.X, in.Y = x, y
			in.Hover, in.Clicked, in.Pressed = true, true, true
			s.reading = 0
		}
	} else {
		s.reading = 0
	}
	for !s.Done {
		if s.pc >= len(s.Ops) {
			s.Done = true
			return nil
		}
		op := &s.Ops[s.pc]
		switch op.Op {
		case "wait":
			if !s.waiting {
				s.waiting, s.wait = true, op.N
			}
			if s.wait > 0 {
				s.wait--
				return nil
			}
			s.waiting = false
		case "wait-tick":
			if h.Tick() < int32(op.N) {
				return nil
			}
		case "wait-day":
			if h.Tick() < int32(op.N)*sim.TicksPerDay {
				return nil
			}
		case "wait-idle":
			if !s.waiting {
				s.waiting, s.wait = true, op.N
			}
			if h.Busy() {
				if s.wait--; s.wait < 0 {
					return fmt.Errorf("script line %d: still busy after %d frames", op.Line, op.N)
				}
				return nil
			}
			s.waiting = false
		case "key":
			in.AddKey(op.Key)
			s.pc++
			return nil
		case "click":
			in.X, in.Y = op.X, op.Y
			in.Hover, in.Clicked, in.Pressed = true, true, true
			s.pc++
			return nil
		case "move":
			s.hover, s.hx, s.hy = true, op.X, op.Y
			in.X, in.Y, in.Hover = op.X, op.Y, true
		case "screenshot":
			h.Screenshot(op.Arg)
			s.pc++
			return nil // one shot per frame
		case "export-replay":
			if err := h.ExportReplay(op.Arg); err != nil {
				return fmt.Errorf("script line %d: %w", op.Line, err)
			}
		case "hash-out":
			if err := h.WriteHash(op.Arg); err != nil {
				return fmt.Errorf("script line %d: %w", op.Line, err)
			}
		case "turbo":
			h.SetTurbo(op.N)
		case "auto-answer":
			s.answer = op.N
		case "quit":
			h.Quit()
			s.Done = true
			return nil
		}
		s.pc++
	}
	return nil
}

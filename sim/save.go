package sim

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// saveMagic opens every save file; saveFormat is bumped when the layout
// changes.
const (
	saveMagic  = "SALESFLOOR-SAVE\n"
	saveFormat = 3
	// saveFormatNoPending is the format before the player's queue was
	// saved: it still loads, with an empty queue.
	saveFormatNoPending = 2
)

// MaxPending bounds a save's queue of actions the player chose while busy.
const MaxPending = 64

// ErrForeignSave is returned (wrapped in a *FileError) for a file that is not
// a Salesfloor save, or one from another simulation version; the game offers
// the backup instead.
var ErrForeignSave = errors.New("not a save of this version of Salesfloor")

// Save is a snapshot of a game: the world, what is needed to export the
// game as a replay (the command log since the quarter began), and the
// actions the player chose while busy that have not been taken yet
// (Pending, in order; only their Action, Target and Arg mean anything).
// Pending is not part of the world or its hash: it is the player's, and a
// reload must not lose it (a play-test saved with an action queued and
// found the queue empty).
type Save struct {
	World    *World
	Commands []Command
	Pending  []Command
}

// MarshalSave encodes a save. The layout is: the magic line, the format
// number, the sim version, the scenario as JSON, the parameters as JSON, the
// command log, the world's fields in visit order, and the world's hash as a
// checksum.
func MarshalSave(s *Save) ([]byte, error) {
	w := s.World
	scen, err := json.Marshal(w.Scenario)
	if err != nil {
		return nil, fmt.Errorf("save: scenario: %w", err)
	}
	params, err := json.Marshal(&w.P)
	if err != nil {
		return nil, fmt.Errorf("save: params: %w", err)
	}
	out := &writer{b: make([]byte, 0, 64<<10)}
	out.b = append(out.b, saveMagic...)
	out.b = binary.LittleEndian.AppendUint32(out.b, saveFormat)
	v := Version
	out.str("", &v)
	sc, ps := string(scen), string(params)
	out.str("", &sc)
	out.str("", &ps)
	out.length("", len(s.Commands), 0)
	for i := range s.Commands {
		c := &s.Commands[i]
		out.i32("", &c.Tick)
		out.u8("", (*uint8)(&c.Action))
		out.i32("", &c.Target)
		out.i32("", &c.Arg)
		out.i32("", &c.Quarter)
	}
	out.length("", len(s.Pending), 0)
	for i := range s.Pending {
		c := &s.Pending[i]
		out.u8("", (*uint8)(&c.Action))
		out.i32("", &c.Target)
		out.i32("", &c.Arg)
	}
	w.visit(out)
	h := w.Hash()
	out.u64("", &h)
	return out.b, nil
}

// maxCommands bounds a save's command log: far more than a quarter of play
// can produce (every tick, every action).
const maxCommands = TicksPerQuarter * 16 * MaxQuarters

// UnmarshalSave decodes a save. file names the source in errors, which carry
// the field and byte offset of the first problem. It never panics on any
// input.
func UnmarshalSave(file string, data []byte) (*Save, error) {
	wrap := func(err error) error {
		var fe *FileError
		if errors.As(err, &fe) {
			fe.File = file
			return fe
		}
		return &FileError{File: file, Offset: -1, Err: err}
	}
	if !bytes.HasPrefix(data, []byte(saveMagic)) {
		return nil, &FileError{File: file, Offset: 0, Err: fmt.Errorf("%w: missing the save header", ErrForeignSave)}
	}
	r := &reader{b: data, off: len(saveMagic), maxStr: 1 << 20}
	var format int32
	r.i32("format", &format)
	if r.err == nil && format != saveFormat && format != saveFormatNoPending {
		return nil, &FileError{File: file, Field: "format", Offset: int64(len(saveMagic)),
			Err: fmt.Errorf("%w: save format %d, this game reads %d and %d", ErrForeignSave, format, saveFormatNoPending, saveFormat)}
	}
	var version, scen, params string
	r.str("sim_version", &version)
	if r.err == nil && version != Version {
		return nil, &FileError{File: file, Field: "sim_version", Offset: int64(len(saveMagic) + 4),
			Err: fmt.Errorf("%w: saved by simulation version %q, this is %q", ErrForeignSave, version, Version)}
	}
	scenOff := r.off
	r.str("scenario", &scen)
	paramsOff := r.off
	r.str("params", &params)
	n := r.length("commands", 0, maxCommands)
	cmds := make([]Command, n)
	for i := range cmds {
		c := &cmds[i]
		r.i32("commands.tick", &c.Tick)
		r.u8("commands.action", (*uint8)(&c.Action))
		r.i32("commands.target", &c.Target)
		r.i32("commands.arg", &c.Arg)
		r.i32("commands.quarter", &c.Quarter)
	}
	var pending []Command
	if format >= saveFormat {
		pending = make([]Command, r.length("pending", 0, MaxPending))
		for i := range pending {
			c := &pending[i]
			off := r.off
			r.u8("pending.action", (*uint8)(&c.Action))
			r.i32("pending.target", &c.Target)
			r.i32("pending.arg", &c.Arg)
			if r.err == nil && c.Action >= ActChoose {
				return nil, &FileError{File: file, Field: "pending.action", Offset: int64(off),
					Err: fmt.Errorf("queued action %d is not one the player can choose", c.Action)}
			}
		}
	}
	if r.err != nil {
		return nil, wrap(r.err)
	}
	s, err := ParseScenario(file+" (embedded scenario)", []byte(scen))
	if err != nil {
		return nil, &FileError{File: file, Field: "scenario", Offset: int64(scenOff), Err: err}
	}
	var p Params
	if err := json.Unmarshal([]byte(params), &p); err != nil {
		return nil, &FileError{File: file, Field: "params", Offset: int64(paramsOff), Err: err}
	}
	if err := ValidateParams(file, &p); err != nil {
		return nil, err
	}
	w := &World{Scenario: s, P: p, Reps: make([]Rep, 0, MaxReps)}
	w.Series = newSeries()
	w.visit(r)
	hashOff := r.off
	var sum uint64
	r.u64("checksum", &sum)
	if r.err != nil {
		return nil, wrap(r.err)
	}
	if r.off != len(data) {
		return nil, &FileError{File: file, Offset: int64(r.off), Err: fmt.Errorf("%d bytes of unexpected data after the save", len(data)-r.off)}
	}
	if w.paramsDigest != p.digest() {
		return nil, &FileError{File: file, Field: "params", Offset: int64(paramsOff), Err: errors.New("parameters do not match the saved state")}
	}
	if err := w.checkState(); err != nil {
		return nil, &FileError{File: file, Offset: -1, Err: err}
	}
	if got := w.Hash(); got != sum {
		return nil, &FileError{File: file, Field: "checksum", Offset: int64(hashOff),
			Err: fmt.Errorf("the save is corrupt: its state hashes to %s, the file says %s", HashHex(got), HashHex(sum))}
	}
	return &Save{World: w, Commands: cmds, Pending: pending}, nil
}

// checkState rejects a decoded state whose indices or counters would make the
// simulation misbehave, so a crafted file cannot cause a panic later.
func (w *World) checkState() error {
	bad := func(f string, args ...any) error { return fmt.Errorf(f, args...) }
	if w.Tick < 0 || w.Tick > TicksPerQuarter {
		return bad("tick %d is out of range", w.Tick)
	}
	if w.Difficulty > Sandbox {
		return bad("difficulty %d is unknown", w.Difficulty)
	}
	if y := &w.Year; y.Quarters < 1 || y.Quarters > MaxQuarters || y.Quarter < 0 || y.Quarter >= y.Quarters ||
		y.Played < 0 || y.Played > y.Quarters || y.NCandidates < 0 || y.NCandidates > MaxCandidates ||
		y.Headcount < 0 || y.Headcount > MaxReps || (y.Planning && !w.Done()) {
		return bad("the campaign's record is impossible (quarter %d of %d, %d played)", y.Quarter+1, y.Quarters, y.Played)
	}
	for i := range w.Reps {
		r := &w.Reps[i]
		if r.Activity >= numActivities || r.Busy < 0 || r.Leads < 0 {
			return bad("reps[%d] has an impossible activity, busy time or lead queue", i)
		}
	}
	pl := &w.Player
	if pl.Doing >= ActChoose || pl.Busy < 0 || pl.Busy > TicksPerDay {
		return bad("player has an impossible action or busy time")
	}
	if pl.Target < AllReps || int(pl.Target) >= len(w.Reps) {
		return bad("player target %d is out of range", pl.Target)
	}
	ev := &w.Events
	nd := int32(len(w.Scenario.Events))
	if ev.NToday < 0 || ev.NToday > maxDailyEvents || ev.NLog < 0 {
		return bad("event counters are out of range")
	}
	for i := int32(0); i < ev.NToday; i++ {
		if ev.Today[i].Def < 0 || ev.Today[i].Def >= nd {
			return bad("today's event %d refers to event %d of %d", i, ev.Today[i].Def, nd)
		}
		if ev.Today[i].Direct && (ev.Today[i].Rep < 0 || int(ev.Today[i].Rep) >= len(w.Reps)) {
			return bad("today's event %d is about rep %d of %d", i, ev.Today[i].Rep, len(w.Reps))
		}
	}
	for i := int32(0); i < ev.NLog && i < EventLogSize; i++ {
		l := &ev.Log[i]
		if l.Def < 0 || l.Def >= nd || l.Rep < -1 || int(l.Rep) >= len(w.Reps) {
			return bad("event log entry %d is out of range", i)
		}
	}
	if ev.Pending >= 0 {
		if ev.Pending >= ev.NLog || ev.NLog-ev.Pending > EventLogSize {
			return bad("pending event %d is out of range", ev.Pending)
		}
		if len(w.Scenario.Events[ev.Log[ev.Pending%EventLogSize].Def].Choices) == 0 {
			return bad("pending event has no choices")
		}
	} else if ev.Pending != -1 {
		return bad("pending event %d is out of range", ev.Pending)
	}
	if w.Team.DialQuota < 0 || w.Team.LeadPool < 0 {
		return bad("team quota or lead pool is negative")
	}
	if w.Company.Market <= 0 {
		return bad("market is not positive")
	}
	return nil
}

package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// Replay is a game as data: a scenario, a seed, a difficulty and the
// tick-stamped command log, plus the state hashes recorded while it was
// played. Replaying it reproduces every hash, on any platform.
type Replay struct {
	Format     string `json:"format"` // always "salesfloor-replay"
	SimVersion string `json:"sim_version"`
	// Scenario is the full scenario, inline, so the replay stands alone.
	Scenario   json.RawMessage `json:"scenario"`
	Params     json.RawMessage `json:"params,omitempty"`
	Seed       uint64          `json:"seed"`
	Difficulty string          `json:"difficulty"`
	// Quarters is the campaign's length; absent for a single quarter.
	Quarters int32     `json:"quarters,omitempty"`
	Commands []Command `json:"commands"`
	// Hashes are checkpoints: the state hash after the given tick. The last
	// one is the final state when the replay was exported.
	Hashes []HashAt `json:"hashes"`
}

// HashAt is a recorded state hash: the world's hash once Tick ticks have been
// simulated.
type HashAt struct {
	Quarter int32  `json:"quarter,omitempty"` // the campaign's quarter, 0-based
	Tick    int32  `json:"tick"`
	Hash    string `json:"hash"`
}

// Pos orders the moments of a campaign: quarter by quarter, tick by tick,
// the break after a quarter at its last tick (TicksPerQuarter).
func Pos(quarter, tick int32) int64 { return int64(quarter)*(TicksPerQuarter+1) + int64(tick) }

// Pos is the world's moment in its campaign.
func (w *World) Pos() int64 { return Pos(w.Year.Quarter, w.Tick) }

// HashNow is the world's hash, stamped with its moment.
func (w *World) HashNow() HashAt {
	return HashAt{Quarter: w.Year.Quarter, Tick: w.Tick, Hash: HashHex(w.Hash())}
}

const replayFormat = "salesfloor-replay"

// NewReplay describes the game that w is playing, given its command log.
// Hashes holds the current state's hash; the recorder may add more.
func NewReplay(w *World, cmds []Command) (*Replay, error) {
	scen, err := json.Marshal(w.Scenario)
	if err != nil {
		return nil, err
	}
	params, err := json.Marshal(&w.P)
	if err != nil {
		return nil, err
	}
	r := &Replay{Format: replayFormat, SimVersion: Version, Scenario: scen, Params: params, Seed: w.Seed,
		Difficulty: w.Difficulty.String(), Commands: append([]Command(nil), cmds...)}
	if w.Year.Quarters > 1 {
		r.Quarters = w.Year.Quarters
	}
	r.Hashes = []HashAt{w.HashNow()}
	return r, nil
}

// MarshalReplay writes a replay as JSON, one command per line for diffs.
func MarshalReplay(r *Replay) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ParseReplay decodes and checks a replay file; errors name the file and the
// field or byte offset.
func ParseReplay(file string, data []byte) (*Replay, error) {
	var r Replay
	if err := decodeStrict(file, data, &r); err != nil {
		return nil, err
	}
	if r.Format != replayFormat {
		return nil, fieldErr(file, "format", "%q is not %q", r.Format, replayFormat)
	}
	if r.SimVersion != Version {
		return nil, fieldErr(file, "sim_version", "recorded with simulation version %q, this is %q", r.SimVersion, Version)
	}
	if _, err := ParseDifficulty(r.Difficulty); err != nil {
		return nil, fieldErr(file, "difficulty", "%v", err)
	}
	quarters := max(r.Quarters, 1)
	if r.Quarters < 0 || r.Quarters > MaxQuarters {
		return nil, fieldErr(file, "quarters", "%d is not 1..%d", r.Quarters, MaxQuarters)
	}
	last := int64(-1)
	for i, c := range r.Commands {
		if c.Quarter >= quarters {
			return nil, fieldErr(file, fmt.Sprintf("commands[%d].quarter", i), "%d is outside the campaign's quarters 0..%d", c.Quarter, quarters-1)
		}
		// A quarter's commands come before its last tick; the break's
		// come at it.
		if c.Tick < 0 || c.Tick > TicksPerQuarter || (c.Tick == TicksPerQuarter) != c.Action.Planning() {
			return nil, fieldErr(file, fmt.Sprintf("commands[%d].tick", i), "%d is outside the quarter 0..%d (the break's decisions at %d)", c.Tick, TicksPerQuarter-1, TicksPerQuarter)
		}
		pos := Pos(c.Quarter, c.Tick)
		if pos < last {
			return nil, fieldErr(file, fmt.Sprintf("commands[%d].tick", i), "quarter %d tick %d comes before the previous command", c.Quarter, c.Tick)
		}
		last = pos
	}
	for i, h := range r.Hashes {
		if h.Tick < 0 || h.Tick > TicksPerQuarter || h.Quarter < 0 || h.Quarter >= quarters {
			return nil, fieldErr(file, fmt.Sprintf("hashes[%d].tick", i), "quarter %d tick %d is outside the campaign", h.Quarter, h.Tick)
		}
		if _, err := strconv.ParseUint(h.Hash, 16, 64); err != nil || len(h.Hash) != 16 {
			return nil, fieldErr(file, fmt.Sprintf("hashes[%d].hash", i), "%q is not 16 hex digits", h.Hash)
		}
	}
	if _, err := r.world(file); err != nil {
		return nil, err
	}
	return &r, nil
}

// world builds the replay's starting world.
func (r *Replay) world(file string) (*World, error) {
	s, err := ParseScenario(file+" (scenario)", r.Scenario)
	if err != nil {
		return nil, err
	}
	d, _ := ParseDifficulty(r.Difficulty)
	cfg := Config{Scenario: s, Seed: r.Seed, Difficulty: d, Quarters: int(r.Quarters)}
	if len(r.Params) > 0 {
		p := DefaultParams()
		if err := decodeStrict(file, r.Params, &p); err != nil {
			if fe, ok := err.(*FileError); ok {
				fe.Field = "params" + dotted(fe.Field)
			}
			return nil, err
		}
		if err := ValidateParams(file, &p); err != nil {
			return nil, err
		}
		cfg.Params = &p
	}
	return NewWorld(cfg)
}

// ReplayResult is what playing a replay back found.
type ReplayResult struct {
	World *World
	// Mismatch is the first recorded hash that differs, if any.
	Mismatch *HashMismatch
	Checked  int // recorded hashes compared
}

// HashMismatch names the first tick whose state differs from the recording.
type HashMismatch struct {
	Quarter  int32
	Tick     int32
	Recorded string
	Got      string
}

func (m *HashMismatch) Error() string {
	where := fmt.Sprintf("tick %d (%s)", m.Tick, ClockAt(int(m.Tick)))
	if m.Tick >= TicksPerQuarter {
		where = fmt.Sprintf("tick %d (the quarter's end)", m.Tick)
	}
	if m.Quarter > 0 {
		where = fmt.Sprintf("quarter %d, %s", m.Quarter+1, where)
	}
	return fmt.Sprintf("state differs at %s: recorded %s, replayed %s", where, m.Recorded, m.Got)
}

// Play replays the commands and checks every recorded hash. It simulates to
// the last recorded hash or the last command, whichever is later (to the end
// of the quarter if toEnd). A command the world refuses is an error: a
// recording never contains one.
func (r *Replay) Play(file string, toEnd bool) (*ReplayResult, error) {
	w, err := r.world(file)
	if err != nil {
		return nil, err
	}
	res := &ReplayResult{World: w}
	hashes := r.Hashes
	ci := 0
	cmdAt := func(i int) int64 { return Pos(r.Commands[i].Quarter, r.Commands[i].Tick) }
	check := func() {
		now := w.Pos()
		for len(hashes) > 0 && Pos(hashes[0].Quarter, hashes[0].Tick) <= now {
			h := hashes[0]
			at := Pos(h.Quarter, h.Tick)
			// The last checkpoint is the state the replay was exported in:
			// after the commands of its tick (an event answered with the
			// clock stopped, a break's decisions). It waits for them.
			if len(hashes) == 1 && at == now && ci < len(r.Commands) && cmdAt(ci) == now {
				return
			}
			hashes = hashes[1:]
			if at != now {
				continue
			}
			res.Checked++
			if got := HashHex(w.Hash()); got != h.Hash && res.Mismatch == nil {
				res.Mismatch = &HashMismatch{Quarter: h.Quarter, Tick: h.Tick, Recorded: h.Hash, Got: got}
			}
		}
	}
	end := int64(0)
	if n := len(r.Commands); n > 0 {
		end = cmdAt(n - 1)
	}
	if n := len(r.Hashes); n > 0 {
		end = max(end, Pos(r.Hashes[n-1].Quarter, r.Hashes[n-1].Tick))
	}
	if toEnd {
		end = Pos(w.Year.Quarters-1, TicksPerQuarter)
	}
	d := NewDriver(DriverConfig{World: w, Quiet: true})
	check()
	for w.Pos() < end || (ci < len(r.Commands) && cmdAt(ci) == w.Pos()) {
		for ci < len(r.Commands) && cmdAt(ci) == w.Pos() {
			if err := d.Apply(r.Commands[ci]); err != nil {
				return res, fieldErr(file, fmt.Sprintf("commands[%d]", ci), "refused on replay: %v", err)
			}
			ci++
		}
		if w.Pos() >= end || w.Over() {
			break
		}
		if w.Done() {
			// A break with no decision to start the next quarter: the
			// recording ends here.
			if ci >= len(r.Commands) {
				break
			}
			return res, fieldErr(file, fmt.Sprintf("commands[%d]", ci), "quarter %d tick %d: the replay is in the break after quarter %d and this command does not follow it", r.Commands[ci].Quarter, r.Commands[ci].Tick, w.Year.Quarter)
		}
		d.Step(1)
		check()
	}
	check()
	return res, nil
}

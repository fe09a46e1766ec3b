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
	Commands   []Command       `json:"commands"`
	// Hashes are checkpoints: the state hash after the given tick. The last
	// one is the final state when the replay was exported.
	Hashes []HashAt `json:"hashes"`
}

// HashAt is a recorded state hash: the world's hash once Tick ticks have been
// simulated.
type HashAt struct {
	Tick int32  `json:"tick"`
	Hash string `json:"hash"`
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
	r.Hashes = []HashAt{{w.Tick, HashHex(w.Hash())}}
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
	last := int32(-1)
	for i, c := range r.Commands {
		if c.Tick < 0 || c.Tick >= TicksPerQuarter {
			return nil, fieldErr(file, fmt.Sprintf("commands[%d].tick", i), "%d is outside the quarter 0..%d", c.Tick, TicksPerQuarter-1)
		}
		if c.Tick < last {
			return nil, fieldErr(file, fmt.Sprintf("commands[%d].tick", i), "%d comes before the previous command's %d", c.Tick, last)
		}
		last = c.Tick
	}
	for i, h := range r.Hashes {
		if h.Tick < 0 || h.Tick > TicksPerQuarter {
			return nil, fieldErr(file, fmt.Sprintf("hashes[%d].tick", i), "%d is outside the quarter", h.Tick)
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
	cfg := Config{Scenario: s, Seed: r.Seed, Difficulty: d}
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
	Tick     int32
	Recorded string
	Got      string
}

func (m *HashMismatch) Error() string {
	return fmt.Sprintf("state differs at tick %d (%s): recorded %s, replayed %s", m.Tick, ClockAt(int(m.Tick)), m.Recorded, m.Got)
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
	check := func() {
		for len(hashes) > 0 && hashes[0].Tick <= w.Tick {
			h := hashes[0]
			// The last checkpoint is the state the replay was exported in:
			// after the commands of its tick (an event answered with the
			// clock stopped). It waits for them.
			if len(hashes) == 1 && h.Tick == w.Tick && ci < len(r.Commands) && r.Commands[ci].Tick == w.Tick {
				return
			}
			hashes = hashes[1:]
			if h.Tick != w.Tick {
				continue
			}
			res.Checked++
			if got := HashHex(w.Hash()); got != h.Hash && res.Mismatch == nil {
				res.Mismatch = &HashMismatch{Tick: h.Tick, Recorded: h.Hash, Got: got}
			}
		}
	}
	end := int32(0)
	if n := len(r.Commands); n > 0 {
		end = r.Commands[n-1].Tick
	}
	if n := len(r.Hashes); n > 0 && r.Hashes[n-1].Tick > end {
		end = r.Hashes[n-1].Tick
	}
	if toEnd {
		end = TicksPerQuarter
	}
	d := NewDriver(DriverConfig{World: w, Quiet: true})
	check()
	for w.Tick < end || (ci < len(r.Commands) && r.Commands[ci].Tick == w.Tick) {
		for ci < len(r.Commands) && r.Commands[ci].Tick == w.Tick {
			if err := d.Apply(r.Commands[ci]); err != nil {
				return res, fieldErr(file, fmt.Sprintf("commands[%d]", ci), "refused on replay: %v", err)
			}
			ci++
		}
		if w.Tick >= end {
			break
		}
		d.Step(1)
		check()
	}
	check()
	return res, nil
}

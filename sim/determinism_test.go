package sim_test

import (
	"bytes"
	"testing"

	"salesfloor/sim"
)

// Stepping one tick at a time or many at once must give the same state: game
// speed never changes outcomes.
func TestSpeedIndependence(t *testing.T) {
	for _, chunk := range []int{1, 7, 32, 100, 2080} {
		a := newWorld(t, "default", 5)
		b := newWorld(t, "default", 5)
		for !a.Done() {
			a.Step(1)
		}
		for !b.Done() {
			b.Step(chunk)
		}
		if a.Hash() != b.Hash() {
			t.Errorf("stepping %d ticks at a time gives %s, one at a time %s", chunk, sim.HashHex(b.Hash()), sim.HashHex(a.Hash()))
		}
	}
}

func TestSameSeedSameGameDifferentSeedDifferentGame(t *testing.T) {
	run := func(seed uint64) uint64 {
		w := newWorld(t, "default", seed)
		play(t, w, "adaptive", sim.TicksPerQuarter)
		return w.Hash()
	}
	first, second := run(11), run(11)
	if first != second {
		t.Fatal("same seed, same policy, different final hash")
	}
	if run(11) == run(12) {
		t.Fatal("different seeds gave the same final hash")
	}
}

// A replay of a recorded game reproduces every tick's hash, and names the
// first tick that differs when the recording has been tampered with.
func TestReplayReproducesEveryTick(t *testing.T) {
	w := newWorld(t, "turnaround", 3)
	start := w.Clone()
	pol, _ := sim.NewPolicy("adaptive", 3)
	var hashes []sim.HashAt
	d := sim.NewDriver(sim.DriverConfig{World: w, Quiet: true})
	for !w.Done() {
		d.Play(pol, w.Tick+1)
		hashes = append(hashes, sim.HashAt{Tick: w.Tick, Hash: sim.HashHex(w.Hash())})
	}
	rep, err := sim.NewReplay(start, d.Log())
	if err != nil {
		t.Fatal(err)
	}
	rep.Hashes = hashes
	data, err := sim.MarshalReplay(rep)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := sim.ParseReplay("game.replay.json", data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := parsed.Play("game.replay.json", false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Mismatch != nil {
		t.Fatalf("clean replay: %v", res.Mismatch)
	}
	if res.Checked != sim.TicksPerQuarter {
		t.Fatalf("checked %d hashes, want %d", res.Checked, sim.TicksPerQuarter)
	}
	if res.World.Hash() != w.Hash() {
		t.Fatal("replayed final state differs")
	}

	// Tamper with one command: the replay must name the first tick that differs.
	mid := len(parsed.Commands) / 2
	tampered := *parsed
	tampered.Commands = append([]sim.Command(nil), parsed.Commands...)
	c := tampered.Commands[mid]
	tampered.Commands = append(tampered.Commands[:mid], tampered.Commands[mid+1:]...)
	res, err = tampered.Play("tampered", false)
	if err != nil {
		// Dropping a command can make a later one invalid; that is also a
		// detected divergence.
		return
	}
	if res.Mismatch == nil {
		t.Fatal("dropping a command went unnoticed")
	}
	if res.Mismatch.Tick != c.Tick+1 {
		t.Errorf("first mismatch at tick %d, the dropped command was at %d", res.Mismatch.Tick, c.Tick)
	}
}

// A save taken mid-game loads to the identical hash and the identical future.
func TestSaveRoundTripIdenticalFuture(t *testing.T) {
	for _, name := range sim.ScenarioNames {
		w := newWorld(t, name, 21)
		log := play(t, w, "adaptive", 1000)
		data, err := sim.MarshalSave(&sim.Save{World: w, Commands: log})
		if err != nil {
			t.Fatal(err)
		}
		s, err := sim.UnmarshalSave("slot1.save", data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if s.World.Hash() != w.Hash() {
			t.Fatalf("%s: loaded hash %x, saved %x", name, s.World.Hash(), w.Hash())
		}
		if len(s.Commands) != len(log) {
			t.Fatalf("%s: %d commands loaded, %d saved", name, len(s.Commands), len(log))
		}
		again, _ := sim.MarshalSave(s)
		if !bytes.Equal(again, data) {
			t.Fatalf("%s: save -> load -> save is not byte-identical", name)
		}
		play(t, w, "adaptive", sim.TicksPerQuarter)
		play(t, s.World, "adaptive", sim.TicksPerQuarter)
		if s.World.Hash() != w.Hash() {
			t.Fatalf("%s: futures diverge after load", name)
		}
	}
}

func TestCloneIsIndependent(t *testing.T) {
	w := newWorld(t, "default", 1)
	w.Step(100)
	c := w.Clone()
	if c.Hash() != w.Hash() {
		t.Fatal("clone hashes differently")
	}
	c.Step(50)
	if c.Hash() == w.Hash() {
		t.Fatal("stepping the clone changed nothing")
	}
	w.Step(50)
	if c.Hash() != w.Hash() {
		t.Fatal("clone and original diverged on the same steps")
	}
}

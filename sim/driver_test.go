package sim_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"salesfloor/sim"
)

// The driver's transcripts, in etcd/raft's datadriven style: each file in
// testdata/driver holds directives, each followed by "----" and the text it
// must print. Directives:
//
//	new <scenario> <seed>        a new world and its driver
//	apply <action> [target] [arg]  a command now; prints "ok" or the refusal
//	step <n>                     n ticks
//	play <policy> <ticks>        the built-in policy plays n ticks
//	ready [brief]                what happened since the last ready; brief
//	                             counts the commands, deals, reports and
//	                             advice instead of listing them
//
// go test ./sim -run TestDriverTranscripts -update rewrites the expected
// text from what the driver does now; read the diff before committing it.
func TestDriverTranscripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "driver", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			blocks, err := parseTranscript(string(data))
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			var tr transcriptRun
			var out strings.Builder
			for i, b := range blocks {
				got := tr.do(t, b.directive)
				if *update {
					blocks[i].want = got
				} else if got != b.want {
					t.Errorf("%s:%d: %s\ngot:\n%s\nwant:\n%s", file, b.line, b.directive, got, b.want)
				}
				fmt.Fprintf(&out, "%s\n----\n%s\n\n", b.directive, blocks[i].want)
			}
			if *update {
				if err := os.WriteFile(file, []byte(headerOf(string(data))+out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

type transcriptBlock struct {
	line      int
	directive string
	want      string
}

// headerOf is the file's leading comment lines, kept on -update.
func headerOf(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(l, "#") && strings.TrimSpace(l) != "" {
			break
		}
		b.WriteString(l)
	}
	return b.String()
}

// parseTranscript reads directive / "----" / expected text blocks; an
// expected text ends at a blank line.
func parseTranscript(s string) ([]transcriptBlock, error) {
	lines := strings.Split(s, "\n")
	var blocks []transcriptBlock
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		b := transcriptBlock{line: i + 1, directive: l}
		if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != "----" {
			return nil, fmt.Errorf("line %d: %q is not followed by ----", i+1, l)
		}
		i += 2
		var want []string
		for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
			want = append(want, lines[i])
		}
		b.want = strings.Join(want, "\n")
		blocks = append(blocks, b)
	}
	return blocks, nil
}

type transcriptRun struct {
	d *sim.Driver
}

func (tr *transcriptRun) do(t *testing.T, directive string) string {
	t.Helper()
	f := strings.Fields(directive)
	num := func(i int) int {
		if i >= len(f) {
			t.Fatalf("%q: argument %d missing", directive, i)
		}
		n, err := strconv.Atoi(f[i])
		if err != nil {
			t.Fatalf("%q: %v", directive, err)
		}
		return n
	}
	switch f[0] {
	case "new":
		w := newWorld(t, f[1], uint64(num(2)))
		tr.d = sim.NewDriver(sim.DriverConfig{World: w})
		return fmt.Sprintf("%s, %d reps, %s", w.Scenario.Name, len(w.Reps), w.Clock())
	case "apply":
		a, ok := sim.ActionByName(f[1])
		if !ok {
			t.Fatalf("%q: no action %q", directive, f[1])
		}
		c := sim.Command{Tick: tr.d.World().Tick, Action: a, Target: sim.TeamTarget}
		if len(f) > 2 {
			target, err := sim.ParseTarget(f[2])
			if err != nil {
				t.Fatalf("%q: %v", directive, err)
			}
			c.Target = target
		}
		if len(f) > 3 {
			c.Arg = int32(num(3))
		}
		if err := tr.d.Apply(c); err != nil {
			return "refused: " + err.Error()
		}
		return "ok"
	case "step":
		return fmt.Sprintf("ran %d, now %s", tr.d.Step(num(1)), tr.d.World().Clock())
	case "play":
		pol, err := sim.NewPolicy(f[1], 1)
		if err != nil {
			t.Fatal(err)
		}
		w := tr.d.World()
		tr.d.Play(pol, w.Tick+int32(num(2)))
		return "now " + w.Clock().String()
	case "ready":
		return formatReady(tr.d.World(), tr.d.Ready(), len(f) > 1 && f[1] == "brief")
	}
	t.Fatalf("unknown directive %q", directive)
	return ""
}

// formatReady writes a Ready as the transcripts show it.
func formatReady(w *sim.World, rd sim.Ready, brief bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "ticks %d, days ended %d, commands %d", rd.Ticks, rd.DaysEnded, len(rd.Commands))
	for _, c := range rd.Commands {
		if brief {
			break
		}
		fmt.Fprintf(&b, "\ncommand %s %s", sim.ClockAt(int(c.Tick)), c)
	}
	who := func(r int32) string {
		if r < 0 {
			return "the player"
		}
		return w.Reps[r].Name
	}
	var counted [8]int
	var deals int32
	var revenue int64
	for _, h := range rd.Happenings {
		if brief && (h.Kind == sim.HapDeals || h.Kind == sim.HapReport || h.Kind == sim.HapAdvice) {
			counted[h.Kind]++
			deals += h.Count
			revenue += h.Amount
			continue
		}
		fmt.Fprintf(&b, "\n%s %s", sim.ClockAt(int(h.Tick)), h.Kind)
		switch h.Kind {
		case sim.HapDeals:
			fmt.Fprintf(&b, " %s: %d for $%d", who(h.Rep), h.Count, h.Amount)
		case sim.HapEvent:
			fmt.Fprintf(&b, " %q", w.Scenario.Events[h.Event].Title)
			if h.Rep >= 0 {
				fmt.Fprintf(&b, " about %s", who(h.Rep))
			}
		case sim.HapCheckin:
			fmt.Fprintf(&b, " passed=%v", h.Passed)
		case sim.HapReport:
			fmt.Fprintf(&b, " %s lost %.3f momentum", who(h.Rep), h.Momentum.Float())
		default:
			fmt.Fprintf(&b, " %s", who(h.Rep))
		}
	}
	if brief {
		fmt.Fprintf(&b, "\n(deals %d times: %d for $%d; reports %d; advice %d)", counted[sim.HapDeals], deals, revenue,
			counted[sim.HapReport], counted[sim.HapAdvice])
	}
	return b.String()
}

// A copy of a driven world (the expert's scratch, a preview) tells the
// driver nothing: what happens in a search never reaches the player's
// batch.
func TestDriverIgnoresCopies(t *testing.T) {
	w := newWorld(t, "default", 3)
	d := sim.NewDriver(sim.DriverConfig{World: w})
	var scratch sim.World
	w.CopyTo(&scratch)
	scratch.Step(5 * sim.TicksPerDay)
	c := w.Clone()
	c.Step(5 * sim.TicksPerDay)
	if rd := d.Ready(); rd.Ticks != 0 || len(rd.Happenings) != 0 {
		t.Fatalf("copies reached the driver: %d ticks, %d happenings", rd.Ticks, len(rd.Happenings))
	}
	d.Step(5 * sim.TicksPerDay)
	if rd := d.Ready(); rd.DaysEnded != 5 || len(rd.Happenings) == 0 {
		t.Fatalf("the driven world: %d days ended, %d happenings", rd.DaysEnded, len(rd.Happenings))
	}
}

// The check-in's happening says what was needed, what the player had and
// what followed, as the world moved; CheckinOn knows it the day before.
func TestCheckinHappening(t *testing.T) {
	s, err := sim.BuiltinScenario("default")
	if err != nil {
		t.Fatal(err)
	}
	w, err := sim.NewWorld(sim.Config{Scenario: s, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := w.CheckinOn(3); ok {
		t.Error("a check-in on Thursday of week 1")
	}
	hour, ok := w.CheckinOn(4)
	if !ok || hour != 16 {
		t.Fatalf("Friday's check-in: %d, %v", hour, ok)
	}
	d := sim.NewDriver(sim.DriverConfig{World: w})
	for w.Day() < 5 {
		trust, auth := w.Company.ExecTrust, w.Player.Authority
		d.Step(1)
		for _, h := range d.Ready().Happenings {
			if h.Kind != sim.HapCheckin {
				continue
			}
			if h.Had != w.Team.Visibility || h.Needed <= 0 || h.Passed != (h.Had >= h.Needed) {
				t.Errorf("check-in: had %v needed %v passed %v (visibility %v)", h.Had, h.Needed, h.Passed, w.Team.Visibility)
			}
			if h.Trust != w.Company.ExecTrust-trust || h.Authority != w.Player.Authority-auth {
				t.Errorf("check-in moved trust %v authority %v; the world %v, %v", h.Trust, h.Authority,
					w.Company.ExecTrust-trust, w.Player.Authority-auth)
			}
			return
		}
	}
	t.Fatal("no check-in in week 1")
}

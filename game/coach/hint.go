package coach

import (
	"fmt"
	"salesfloor/game/ui"
	"strings"

	"salesfloor/sim"
)

// HintBudget is the search budget of a hint. A hint is one decision, not a
// quarter of them, so it can afford more search than the report's expert:
// budget 4 looks two days ahead and plays every finalist four times.
const HintBudget = sim.DefaultExpertBudget

// Stamp identifies a moment of a game: the world, its tick, and the
// session's change counter and command count. Any command applied or tick
// stepped changes it, and a hint made for another stamp is void.
type Stamp struct {
	W        *sim.World
	Tick     int32
	Version  int
	Commands int
}

// HintState is where a hint is.
type HintState uint8

const (
	HintNone     HintState = iota // nothing asked, or discarded
	HintThinking                  // searching, a slice per frame
	HintReady                     // Advice is ready
)

// Advice is a hint in words.
type Advice struct {
	// Head is the suggestion: "Suggested: Mentor Ana", or why there is
	// none ("You are busy until 11:00").
	Head string
	// How says how to do it in the game: "Select Ana, then press M."
	How string
	// Reason is the expert's one line of why.
	Reason string
	// Suggestion is the expert's raw advice, when it searched.
	Suggestion sim.Suggestion
	Searched   bool
}

// Hint asks the expert for the next move at the current state. It searches
// a copy of the world, a slice at a time (Work), and never issues a command:
// the player reads it and decides. A hint belongs to the moment it was asked
// at (Stamp); once the game moves on it is discarded, in progress or shown.
type Hint struct {
	State  HintState
	Advice Advice
	// Rollouts counts the futures played for the current hint.
	Rollouts int
	// Keys are the player's bindings, for "press ..." (nil: the defaults).
	Keys *ui.KeyMap

	at     Stamp
	e      *sim.Expert
	seed   uint64
	budget int
	s      sim.Search
}

// Ask starts a hint at stamp at, with an expert of the given budget seeded
// with the world's seed (the same expert, in spirit, as the report's).
func (h *Hint) Ask(at Stamp, budget int) error {
	w := at.W
	if h.e == nil || h.seed != w.Seed || h.budget != budget {
		e, err := sim.NewExpert(sim.ExpertConfig{Budget: budget, Allow: sim.AllActions, Seed: w.Seed})
		if err != nil {
			return err
		}
		h.e, h.seed, h.budget = e, w.Seed, budget
		sim.InitSearch(&h.s, e)
	}
	h.at, h.Rollouts, h.Advice = at, 0, Advice{}
	_, _, pending := w.PendingEvent()
	switch {
	case w.Done():
		h.ready(Advice{Head: "The quarter is over", How: "The report shows what the expert did with it."})
		return nil
	case !pending && w.Player.Busy > 0:
		end := sim.ClockAt(int(w.Tick + w.Player.Busy))
		when := fmt.Sprintf("%02d:%02d", end.Hour, end.Minute)
		if end.Day != w.Clock().Day {
			when = end.WeekdayName() + " " + when
		}
		h.ready(Advice{Head: fmt.Sprintf("You are busy until %s (%s)", when, sim.Actions[w.Player.Doing].Title),
			How: "Ask again then: a hint is for a moment when you can act."})
		return nil
	case !pending && w.HoursLeft() == 0:
		h.ready(Advice{Head: "Your hours today are spent", How: "Ask again tomorrow at 9:00."})
		return nil
	}
	h.s.Start(w)
	h.State = HintThinking
	return nil
}

func (h *Hint) ready(a Advice) { h.Advice, h.State = a, HintReady }

// Fresh reports whether the hint (thinking or ready) belongs to the moment
// at; if not, it is discarded.
func (h *Hint) Fresh(at Stamp) bool {
	if h.State == HintNone {
		return false
	}
	if h.at != at {
		h.Discard()
		return false
	}
	return true
}

// Discard drops the hint.
func (h *Hint) Discard() { h.State, h.Advice = HintNone, Advice{} }

// Work runs up to n rollouts of the search and reports whether the hint is
// ready. Call Fresh first: work on a stale hint is wasted.
func (h *Hint) Work(n int) bool {
	if h.State != HintThinking {
		return h.State == HintReady
	}
	done := false
	for ; n > 0 && !done; n-- {
		done = h.s.Step(1)
		h.Rollouts++
	}
	if done {
		h.ready(Describe(h.at.W, h.s.Result(), h.keys()))
	}
	return done
}

// Describe words the expert's suggestion at w for the player.
func Describe(w *sim.World, sug sim.Suggestion, keys *ui.KeyMap) Advice {
	a := Advice{Suggestion: sug, Searched: true, Reason: why(sug.Reason)}
	if sug.Margin < closeCall && a.Reason != "" && (sug.HasAction || sug.Wait) && strings.Contains(sug.Reason, " more than ") {
		a.Reason += " A close call: the runner-up is about as good."
	}
	var heads, hows []string
	if sug.Choice >= 0 {
		if _, d, ok := w.PendingEvent(); ok && int(sug.Choice) < len(d.Choices) {
			heads = append(heads, fmt.Sprintf("answer %d, %q", sug.Choice+1, d.Choices[sug.Choice].Label))
			hows = append(hows, "press "+keys.Label(ui.CtlAnswer1+ui.Control(sug.Choice)))
		}
	}
	switch {
	case sug.HasAction:
		head, how := describeCommand(w, sug.Command, keys)
		if len(heads) > 0 {
			head = "then " + lowerFirst(head)
			how = "then " + lowerFirst(how)
		}
		heads, hows = append(heads, head), append(hows, how)
	case sug.Wait:
		heads = append(heads, "wait an hour and let the floor work")
		hows = append(hows, "do nothing until the next hour")
	}
	if len(heads) == 0 {
		a.Head = "Nothing worth doing right now"
		a.How = "Waiting is the only move: ask again later."
		return a
	}
	a.Head = "Suggested: " + strings.Join(heads, ", ")
	a.How = upperFirst(strings.Join(hows, ", ")) + "."
	return a
}

// closeCall is the margin (in score points) under which the expert's two
// best moves are a toss-up, and the hint says so: its reason prints the
// margin to a tenth, and "0.0 more than" needs the word.
var closeCall = sim.F(1, 10)

// why is the reason without the move it names, which the head already
// says: "Mentor: Ana: worth 1.2 points more than ..." becomes "Worth 1.2
// points more than ...". A reason in another form is kept whole.
func why(reason string) string {
	for _, m := range [...]string{": worth ", ": about as good as ", ": the only useful move"} {
		if i := strings.LastIndex(reason, m); i >= 0 {
			return upperFirst(reason[i+2:])
		}
	}
	return reason
}

// repActions word the actions aimed at one rep.
var repActions = map[sim.ActionID]string{
	sim.ActMentor: "Mentor %s",
	sim.ActScrub:  "Scrub %s's leads",
	sim.ActReview: "Review %s's performance",
}

// keys are the bindings hints name.
func (h *Hint) keys() *ui.KeyMap {
	if h.Keys == nil {
		h.Keys = ui.DefaultKeyMap()
	}
	return h.Keys
}

// describeCommand says what a command does and which keys do it.
func describeCommand(w *sim.World, c sim.Command, keys *ui.KeyMap) (head, how string) {
	spec := &sim.Actions[c.Action]
	key := keys.Label(ui.ActionControl(c.Action))
	name := func(i int32) string {
		if i >= 0 && int(i) < len(w.Reps) {
			return w.Reps[i].Name
		}
		return "a rep"
	}
	switch {
	case c.Action == sim.ActQuota && c.Arg == 0:
		return "Take the dial quota off", "Press " + key + " until the button reads off"
	case c.Action == sim.ActQuota:
		return fmt.Sprintf("Set a dial quota of %d a day", c.Arg), fmt.Sprintf("Press %s until the button reads %d/day", key, c.Arg)
	case c.Action == sim.ActReports:
		onoff := "off"
		if c.Arg == 1 {
			onoff = "on"
		}
		if c.Target == sim.AllReps {
			return "Status reports " + onoff + " for everyone", "With no rep selected, press " + key
		}
		return "Status reports " + onoff + " for " + name(c.Target), "Select " + name(c.Target) + ", then press " + key
	case c.Target >= 0:
		f, ok := repActions[c.Action]
		if !ok {
			f = spec.Title + ": %s"
		}
		return fmt.Sprintf(f, name(c.Target)), "Select " + name(c.Target) + ", then press " + key
	}
	return spec.Title, "Press " + key
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

package game

import (
	"strings"

	"salesfloor/game/ui"
)

// howToScene is the rules in a page, naming the player's own keys.
type howToScene struct {
	back  Scene
	wrap  []string
	w, h  float64 // the width and height the text was laid out for
	size  int     // the text's size: the largest that fits the window
	panel ui.Rect
	keys  int // the key map's version the text names
}

func newHowTo(ctx *Ctx, back Scene) *howToScene {
	h := &howToScene{back: back}
	h.layout(ctx) // ready for a Draw before the first Update
	return h
}

// layout wraps the text, with the player's keys, for the window, at the
// largest size that lets the whole page fit.
func (h *howToScene) layout(ctx *Ctx) {
	w := ctx.W - 160
	if w > 900 {
		w = 900
	}
	if h.w != w || h.h != ctx.H || h.keys != ctx.Keys.Version() || h.wrap == nil {
		h.w, h.h, h.keys = w, ctx.H, ctx.Keys.Version()
		text := howToPage(ctx.Keys, inBrowser)
		for _, size := range [...]int{SizeBody + 1, SizeBody, SizeSmall, SizeSmall - 1, SizeSmall - 2} {
			h.size, h.wrap = size, ctx.text.Wrap(text, w, size, false)
			if h.height() <= ctx.H-32 {
				break
			}
		}
	}
	h.panel = ui.Rect{X: (ctx.W-w)/2 - 24, Y: 16, W: w + 48, H: min(ctx.H-32, h.height())}
}

// howToPage is the page's text with the player's keys, and with where
// the game keeps things on its platform: a browser keeps the routine in
// its own storage, where no "routine.json beside your saves" can be
// found, and saves when the tab closes rather than when the game quits.
func howToPage(keys *ui.KeyMap, browser bool) string {
	kept := "It is kept as " + routineFile + " beside your saves, a policy file the balance lab plays as it is."
	quit := "when you quit"
	if browser {
		kept = "This browser keeps it with your saves; " + routineExportLabel + ", on the routine's screen, downloads it as " + routineFile + ", a policy file the balance lab plays as it is."
		quit = "when you close or reload the page"
	}
	return strings.NewReplacer("{fullscreen}", keys.Label(ui.CtlFullscreen), "{routine_run}", keys.Label(ui.CtlRoutineRun),
		"{routine_kept}", kept, "{quit}", quit).Replace(withKeys(keys, howToText))
}

// height is the page's height: the title, the lines and a margin.
func (h *howToScene) height() float64 { return 90 + float64(len(h.wrap))*float64(h.size)*1.35 + 14 }

const howToText = `You are the new head of a sales team for one quarter: 13 weeks of 5 days, 9:00 to 17:00. Every day you have 8 hours to spend.

MANAGE (command) actions organise, measure and direct: status reports, a dial quota, procedures, reassigning leads, performance reviews, forecast meetings. Their effects are fast and fade. They spend your authority. The dial quota steps up a level a press (40, 60, 80 dials a day, then off); with Shift held it comes off at once.

LEAD (example) actions do the work beside the team and inspire it: making calls yourself, scrubbing leads for a rep, sharing the vision, mentoring, celebrating a win, walking the floor. Their effects are slow and compound. They earn influence, and reps start to ask you for advice.

Status reports show you the pipeline (visibility, which the executive's check-ins need) but each one pulls a rep off the phone and breaks their momentum. Clarity starts low: few people know the quarter's goal.

On the floor each rep shows what they are doing (phone, talk, report, meeting, rest, a question for you) and their morale as a face: smile, flat or frown. A flame means momentum. Click a rep for their numbers and why their morale moved today.

Keys: {pause} pause, {speeds} speed, the letter on each action button, {hint} a hint from the coach, {charts} charts, Tab/Enter to reach any button, {menu} menu, {fullscreen} fullscreen (Settings, Keys… changes any of them). The game autosaves every evening and {quit}.

You need not choose every hour. {routine} opens your routine: a week on a calendar (an action at an hour, aimed at the team or at, say, the lowest-morale rep, and what fills the free hours). It runs by itself as ordinary commands, waits while you are busy with your own choices, and {routine_run} pauses it. {routine_kept} An action you press while busy waits in a queue. The clock stops for the moments you must see: the VP's check-in and its result, a rep thinking of leaving, a resignation (Settings, Auto-pause).

The coach is an expert player: a search that plays the moves out on copies of your floor. {hint} asks it for the next move at this moment (the game pauses while it thinks; it never acts for you). At the end of the quarter, the report shows how it played the same quarter, on the same calendar: its score, its revenue week by week, its style, and what it did most differently from you.

Press {menu} or Enter to go back.`

func (h *howToScene) Update(ctx *Ctx, in *ui.Input) error {
	h.layout(ctx)
	if ctx.Keys.Pressed(in, ui.CtlMenu) || in.Key(ui.NavActivate) || in.Clicked {
		ctx.Go(h.back)
	}
	return nil
}

func (h *howToScene) Draw(ctx *Ctx, g *Gfx) {
	drawBackdrop(ctx, g)
	g.Panel(h.panel)
	g.Text("How to play", ctx.W/2, 30, SizeBig+6, true, g.P.Accent, Center)
	g.Lines(h.wrap, (ctx.W-h.w)/2, 90, h.size, false, g.P.Text)
}

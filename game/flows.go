package game

import (
	"bytes"
	"errors"
	"fmt"

	"salesfloor/game/session"
	"salesfloor/game/store"
	"salesfloor/game/ui"
	"salesfloor/sim"
)

// The flows that start, load and import a game: each makes a session the
// game in play and shows the scene it belongs on.

// Start makes s the game in play and shows the floor. A new quarter waits
// for the player: it starts paused, the status line says which key runs it,
// and the first one shows the hints.
func (ctx *Ctx) Start(s *session.Session, firstDay bool) {
	ctx.game.set(s)
	f := newFloor(ctx)
	if firstDay {
		s.Speed = 0
		if !ctx.Settings.HintsSeen {
			f.hints = 0
		}
	}
	ctx.Go(f)
}

// LeaveGame saves the game in play and puts it away, for the title.
func (ctx *Ctx) LeaveGame() {
	ctx.game.autosave()
	ctx.game.set(nil)
}

// NewGame starts a game: a quarter of a scenario, or a campaign.
func (ctx *Ctx) NewGame(cfg session.Config) error {
	s, err := session.New(cfg)
	if err != nil {
		return err
	}
	ctx.Start(s, true)
	ctx.Say(quarterBegins(ctx, s.W, s.W.Year.Quarter+1))
	ctx.game.autosave()
	return nil
}

// NewSeed picks the seed of a new game: the one given on the command line,
// or one from the clock.
func (ctx *Ctx) NewSeed() uint64 {
	if ctx.game.seed != 0 {
		return ctx.game.seed
	}
	return uint64(timeNow().UnixNano()>>10) | 1
}

// Load loads a slot (or its backup) and shows the game, or returns the
// *store.LoadError that says why it cannot.
func (ctx *Ctx) Load(slot string, backup bool) error {
	s, err := LoadSlot(ctx.Files, slot, backup)
	if err != nil {
		return err
	}
	ctx.resume(s, "Loaded")
	return nil
}

// resume shows a game that was loaded or imported: its report if the
// quarter is over, otherwise the floor, paused, with a word on where it is.
func (ctx *Ctx) resume(s *session.Session, verb string) {
	ctx.game.set(s)
	if s.W.Done() {
		ctx.Go(newReport(ctx))
		return
	}
	s.Speed = 0
	ctx.Go(newFloor(ctx))
	ctx.Say(fmt.Sprintf("%s: %s. Paused: press %s to carry on.", verb, s.W.Clock(), ctx.Keys.Label(ui.CtlPause)))
}

// confirmLoad loads a slot over the game in play, asking first when the
// two differ: what was played since the save would be lost. The question
// says where the save stands, and its focus rests on "Back", so neither
// Enter nor Esc throws the game in play away. A save that will not load
// goes the way tryLoad shows.
func (ctx *Ctx) confirmLoad(slot string, back Scene) {
	s, err := LoadSlot(ctx.Files, slot, false)
	if err != nil {
		ctx.tryLoad(slot, back)
		return
	}
	cur := ctx.Session()
	if cur == nil || cur.Hash() == s.Hash() {
		ctx.resume(s, "Loaded")
		return
	}
	ctx.Go(loadQuestion(ctx, s, back))
}

// loadQuestion asks whether save s should replace the game in play.
func loadQuestion(ctx *Ctx, s *session.Session, back Scene) *messageScene {
	where := s.W.Clock().String()
	if s.W.Year.Quarters > 1 {
		where = fmt.Sprintf("quarter %d, %s", s.W.Year.Quarter+1, where)
	}
	m := newMessage(ctx, "Load your saved game?",
		fmt.Sprintf("Your save stands at %s. Loading it puts the game back there, and what you have played since is lost unless you save it first.", where),
		"", []string{"Load the save", "Back"}, func(i int) {
			if i == 0 {
				ctx.resume(s, "Loaded")
				return
			}
			ctx.Go(back)
		})
	m.menu.Ring.Index = 1
	return m
}

// tryLoad loads a slot, or shows why not with the offer of the last good
// saves: the slot's backup (its previous version), and a campaign's start
// of the latest quarter.
func (ctx *Ctx) tryLoad(slot string, back Scene) {
	err := ctx.Load(slot, false)
	if err == nil {
		return
	}
	var le *store.LoadError
	detail := ""
	if errors.As(err, &le) {
		detail = le.Detail()
	}
	if le == nil || le.Missing {
		ctx.Go(newMessage(ctx, "Cannot load the save", err.Error(), detail, []string{"Back"}, func(int) { ctx.Go(back) }))
		return
	}
	var options []string
	var do []func()
	if le.HasBackup {
		options = append(options, "Load the backup")
		do = append(do, func() {
			if err := ctx.Load(slot, true); err != nil {
				ctx.Go(newMessage(ctx, "Cannot load the backup either", err.Error(), "", []string{"Back"}, func(int) { ctx.Go(back) }))
			}
		})
	}
	if slot != store.QuarterSlot && store.Exists(ctx.Files, store.QuarterSlot) {
		options = append(options, "Load the quarter's start")
		do = append(do, func() {
			if err := ctx.Load(store.QuarterSlot, false); err != nil {
				ctx.Go(newMessage(ctx, "Cannot load the quarter's start either", err.Error(), "", []string{"Back"}, func(int) { ctx.Go(back) }))
			}
		})
	}
	msg := le.Message()
	if len(do) > 0 && !le.HasBackup {
		msg += " The start of your campaign's latest quarter is kept: load it instead?"
	}
	options = append(options, "Back")
	do = append(do, func() { ctx.Go(back) })
	ctx.Go(newMessage(ctx, "Cannot load the save", msg, detail, options, func(i int) { do[i]() }))
}

// importFile opens a save or replay file the player brought in (the
// browser's upload): a save loads as it is; a replay is played back, its
// hashes checked, and the game continues from where it ends. A bad file
// shows why and returns to back.
func (ctx *Ctx) importFile(name string, data []byte, back Scene) {
	var s *session.Session
	var err error
	if bytes.HasPrefix(data, []byte("SALESFLOOR-SAVE")) {
		s, err = session.LoadSession(name, data)
	} else {
		s, err = sessionFromReplay(name, data)
	}
	if err != nil {
		ctx.Go(newMessage(ctx, "Cannot import "+name, err.Error(), "", []string{"Back"}, func(int) { ctx.Go(back) }))
		return
	}
	ctx.resume(s, "Imported "+name)
	ctx.game.autosave()
}

func sessionFromReplay(name string, data []byte) (*session.Session, error) {
	rep, err := sim.ParseReplay(name, data)
	if err != nil {
		return nil, err
	}
	res, err := rep.Play(name, false)
	if err != nil {
		return nil, err
	}
	if res.Mismatch != nil {
		return nil, fmt.Errorf("%s does not replay as recorded: %w", name, res.Mismatch)
	}
	return session.FromWorld(res.World, rep.Commands), nil
}

// offerFile hands an exported file to the player (written to the save
// folder on the desktop, downloaded in a browser) and says how it went. err
// is the error from producing data, if any; what names the operation in a
// failure.
func (ctx *Ctx) offerFile(name string, data []byte, err error, what string) {
	msg := ""
	if err == nil {
		msg, err = exportFile(ctx.Files, name, data)
	}
	if err != nil {
		ctx.Say(what + " failed: " + err.Error())
		return
	}
	ctx.Say(msg)
}

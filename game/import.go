package game

import (
	"bytes"
	"fmt"
	"salesfloor/game/session"

	"salesfloor/sim"
)

// Import opens a save or replay file the player brought in (the browser's
// upload): a save loads as it is; a replay is played back, its hashes
// checked, and the game continues from where it ends. A bad file shows why
// and returns to the current scene.
func (a *App) Import(name string, data []byte) { a.importFile(name, data, a.scene) }

func (a *App) importFile(name string, data []byte, back Scene) {
	var s *session.Session
	var err error
	if bytes.HasPrefix(data, []byte("SALESFLOOR-SAVE")) {
		s, err = session.LoadSession(name, data)
	} else {
		s, err = sessionFromReplay(name, data)
	}
	if err != nil {
		a.Go(newMessage(a, "Cannot import "+name, err.Error(), "", []string{"Back"}, func(int) { a.Go(back) }))
		return
	}
	a.resume(s, "Imported "+name)
	a.autosave()
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

// offerFile hands an exported file to the player (written to the save folder
// on the desktop, downloaded in a browser) and says how it went. err is the
// error from producing data, if any; what names the operation in a failure.
func (a *App) offerFile(name string, data []byte, err error, what string) {
	msg := ""
	if err == nil {
		msg, err = a.exportFile(name, data)
	}
	if err != nil {
		a.Say(what + " failed: " + err.Error())
		return
	}
	a.Say(msg)
}

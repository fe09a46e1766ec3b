package game

import "salesfloor/game/ui"

// ButtonInfo is one of the current scene's buttons and where it is in the
// window, for the browser's debug hook (salesfloor.buttons()): tests find
// what to click by its label.
type ButtonInfo struct {
	Label   string  `json:"label"`
	X       float64 `json:"x"`
	Y       float64 `json:"y"`
	W       float64 `json:"w"`
	H       float64 `json:"h"`
	Enabled bool    `json:"enabled"`
}

// menuButtons lists the current scene's buttons as its last Update laid
// them out, in the window's logical pixels (a browser's CSS pixels): UI
// units times the UI scale, the scale factor over the device scale, as the
// input reader divides it out of the cursor's position. Scenes without
// buttons of their own (the floor) list none.
func (a *App) menuButtons() []ButtonInfo {
	var items []ui.Button
	switch s := a.scene.(type) {
	case *titleScene:
		items = menuItems(s.menu)
	case *setupScene:
		items = s.buttons(&a.ctx)
	case *reportScene:
		items = menuItems(s.menu)
	case *planScene:
		// A decision the break would refuse is clickable (it says why) but
		// dimmed: it counts as disabled here.
		items = append([]ui.Button(nil), menuItems(s.menu)...)
		for i := range items {
			if i < len(s.dim) && s.dim[i] {
				items[i].Enabled = false
			}
		}
	case *yearScene:
		items = menuItems(s.menu)
	case *pauseScene:
		items = menuItems(s.menu)
	case *settingsScene:
		items = menuItems(s.menu)
	case *controlsScene:
		items = menuItems(s.menu)
	case *autoPauseScene:
		items = menuItems(s.menu)
	case *messageScene:
		items = menuItems(s.menu)
	case *routineScene:
		items = menuItems(s.side)
	}
	k := a.scaleFactor() / a.deviceScale()
	out := make([]ButtonInfo, 0, len(items))
	for _, b := range items {
		out = append(out, ButtonInfo{Label: b.Label, X: b.Rect.X * k, Y: b.Rect.Y * k, W: b.Rect.W * k, H: b.Rect.H * k, Enabled: b.Enabled})
	}
	return out
}

func menuItems(m *ui.Menu) []ui.Button {
	if m == nil {
		return nil
	}
	return m.Items
}

// buttons are the setup's buttons as Draw labels them: the scenarios, the
// difficulties, the lengths, Start and Back.
func (s *setupScene) buttons(ctx *Ctx) []ui.Button {
	var b []ui.Button
	for i, r := range s.rows {
		if i < len(s.scens) {
			b = append(b, ui.Button{Label: s.scens[i].Title, Rect: r, Enabled: true})
		}
	}
	for i, r := range s.diffs {
		b = append(b, ui.Button{Label: diffText[i], Rect: r, Enabled: true})
	}
	campaign := s.scen < len(s.scens) && s.scens[s.scen].Campaign != nil
	for i, r := range s.length {
		b = append(b, ui.Button{Label: lengthText[i], Rect: r, Enabled: !(campaign && i == 0)})
	}
	return append(b,
		ui.Button{Label: "Start (Enter)", Rect: s.start, Enabled: true},
		ui.Button{Label: "Back (" + ctx.Keys.Label(ui.CtlMenu) + ")", Rect: s.back, Enabled: true})
}

package game

// SceneName names the current scene, for the browser's debug hook and for
// tests.
func (a *App) SceneName() string { return sceneName(a.scene) }

func sceneName(s Scene) string {
	switch s.(type) {
	case *titleScene:
		return "title"
	case *setupScene:
		return "setup"
	case *floorScene:
		return "floor"
	case *pauseScene:
		return "pause"
	case *chartsScene:
		return "charts"
	case *reportScene:
		return "report"
	case *settingsScene:
		return "settings"
	case *controlsScene:
		return "keys"
	case *autoPauseScene:
		return "autopause"
	case *routineScene:
		return "routine"
	case *howToScene:
		return "howto"
	case *messageScene:
		return "message"
	case *planScene:
		return "plan"
	case *yearScene:
		return "year"
	}
	return "unknown"
}

package game

import "salesfloor/game/coach"

// Hint is the floor's hint, for tests: its state and advice (HintNone on
// other scenes).
func (a *App) Hint() (coach.HintState, coach.Advice) {
	if f, ok := a.scene.(*floorScene); ok {
		return f.coach.h.State, f.coach.h.Advice
	}
	return coach.HintNone, coach.Advice{}
}

// CoachResult is the report's comparison, for tests: nil until the expert
// has played the quarter, or on other scenes.
func (a *App) CoachResult() *coach.Result {
	if r, ok := a.scene.(*reportScene); ok && r.coach.job != nil {
		return r.coach.job.Result()
	}
	return nil
}

// CoachHeading is the report's coach panel's heading over the differences,
// and the two scores as shown.
func (a *App) CoachHeading() (head string, you, expert int) {
	r, ok := a.scene.(*reportScene)
	if !ok || r.coach.job == nil || r.coach.job.Result() == nil {
		return "", 0, 0
	}
	res := r.coach.job.Result()
	return r.coach.diffHead, scorePoints(res.You.Score), scorePoints(res.Expert.Score)
}

package sim

import (
	"errors"
	"fmt"
)

// Sentinel errors for the ways a command can be refused. Callers branch on
// them with errors.Is; the *CommandError around them says which command and
// why in words a player can read.
var (
	ErrUnknownAction = errors.New("unknown action")
	ErrBadTarget     = errors.New("no such target")
	ErrBusy          = errors.New("you are busy")
	ErrNoHours       = errors.New("not enough hours left today")
	ErrBadArg        = errors.New("bad argument")
	ErrNoEvent       = errors.New("no event is waiting for an answer")
	ErrQuarterOver   = errors.New("the quarter is over")
	ErrWrongTick     = errors.New("command is stamped for another tick")
	// ErrNoChange refuses a command that would change nothing (a standing
	// order set to the value it has, a second vision talk the same day,
	// applause with no win to recognise), so that neither a player nor a
	// search spends hours on it.
	ErrNoChange = errors.New("that would change nothing")
	// ErrTooSoon refuses a standing order changed again the day it was
	// last changed. It would change something, so its words say when, not
	// "that would change nothing" (a play-test excusing a rep the day
	// everyone's reports went on read that as false); but an order that
	// changes by the hour is noise, and the search and the legal moves
	// treat it as ErrNoChange, which errors.Is matches it as.
	ErrTooSoon error = tooSoon{}
	// ErrSeniorLimit refuses a promotion past a break's one, or past the
	// team's seniors: it would change something, so not "that would change
	// nothing" (a play-test read that as odd), but the search and the legal
	// moves treat it as ErrNoChange, which errors.Is matches it as.
	ErrSeniorLimit error = seniorLimit{}
	// ErrNoAuthority refuses an order the player has no authority left to
	// give: the title's weight is spent, and regrows with results.
	ErrNoAuthority = errors.New("no authority left to give that order")
	// ErrNotPlanning refuses a break decision (hire, promote, let go, next
	// quarter) outside the break between a campaign's quarters, and
	// ErrPlanning refuses the hour's actions during it.
	ErrNotPlanning = errors.New("that is decided between quarters")
	ErrPlanning    = errors.New("the quarter is over: this is the break between quarters")
	// ErrNoHeadcount refuses a hire beyond the headcount the quarter earned,
	// or onto a full floor.
	ErrNoHeadcount = errors.New("no headcount")
)

// tooSoon is ErrTooSoon: a kind of ErrNoChange.
type tooSoon struct{}

func (tooSoon) Error() string        { return "not again today" }
func (tooSoon) Is(target error) bool { return target == ErrNoChange }

// seniorLimit is ErrSeniorLimit: a kind of ErrNoChange.
type seniorLimit struct{}

func (seniorLimit) Error() string        { return "no more promotions" }
func (seniorLimit) Is(target error) bool { return target == ErrNoChange }

// CommandError is returned when a command is refused. The world is unchanged.
type CommandError struct {
	Command Command
	Err     error  // one of the sentinels above
	Detail  string // the specifics, for the player
}

func (e *CommandError) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("%s: %v", e.Command.Action, e.Err)
	}
	return fmt.Sprintf("%s: %v: %s", e.Command.Action, e.Err, e.Detail)
}

func (e *CommandError) Unwrap() error { return e.Err }

// FileError reports bad input in a scenario, replay, policy or save file: the
// file, where in it (a field path such as "reps[2].morale", or a byte
// offset), and the problem.
type FileError struct {
	File   string
	Field  string // empty when only the offset is known
	Offset int64  // -1 when unknown
	Err    error
}

func (e *FileError) Error() string {
	where := e.File
	if where == "" {
		where = "<input>"
	}
	switch {
	case e.Field != "" && e.Offset >= 0:
		return fmt.Sprintf("%s: %s (byte %d): %v", where, e.Field, e.Offset, e.Err)
	case e.Field != "":
		return fmt.Sprintf("%s: %s: %v", where, e.Field, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("%s: byte %d: %v", where, e.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", where, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// fieldErr builds a FileError for a field path with no offset.
func fieldErr(file, field string, format string, args ...any) *FileError {
	return &FileError{File: file, Field: field, Offset: -1, Err: fmt.Errorf(format, args...)}
}

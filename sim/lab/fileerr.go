package lab

import (
	"fmt"

	"salesfloor/sim"
)

// ferr is a bad input file's error, naming the file and the field.
func ferr(file, field string, format string, args ...any) error {
	return &sim.FileError{File: file, Field: field, Offset: -1, Err: fmt.Errorf(format, args...)}
}

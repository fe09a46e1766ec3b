package sim

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// decodeStrict decodes JSON into v, rejecting unknown fields and trailing
// data, and turns encoding/json's errors into a FileError with the field
// path and byte offset.
func decodeStrict(file string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonFileError(file, err, dec.InputOffset())
	}
	if _, err := dec.Token(); err != io.EOF {
		return &FileError{File: file, Offset: dec.InputOffset(), Err: errors.New("unexpected data after the JSON value")}
	}
	return nil
}

func jsonFileError(file string, err error, offset int64) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &FileError{File: file, Offset: syn.Offset, Err: errors.New(syn.Error())}
	case errors.As(err, &typ):
		return &FileError{File: file, Field: typ.Field, Offset: typ.Offset,
			Err: errors.New("expected " + typ.Type.String() + ", found " + typ.Value)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &FileError{File: file, Offset: offset, Err: errors.New("unexpected end of file")}
	}
	return &FileError{File: file, Offset: offset, Err: err}
}

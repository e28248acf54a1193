package logging

// This file defines FileHandler: a StreamHandler writing to a file that
// it opens with the open builtin (so within the Interpreter's file
// grant), at once or, with delay, at the first record.

import (
	"go.starlark.net/starlark"

	pyio "github.com/spindle-lang/spindle/builtins/io"
	"github.com/spindle-lang/spindle/builtins/os"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// fileTarget is the file of a FileHandler.
type fileTarget struct {
	path     string         // baseFilename: the absolute path
	mode     starlark.Value // open's mode
	encoding starlark.Value
	errors   starlark.Value
}

// newFileHandler implements FileHandler(filename, mode='a',
// encoding=None, delay=False, errors=None).
// https://docs.python.org/3/library/logging.handlers.html#filehandler
func newFileHandler(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var filename string
	var mode starlark.Value = starlark.String("a")
	var encoding, errs starlark.Value = starlark.None, starlark.None
	delay := false
	if err := core.UnpackArgs(cls.ClassName, args, kwargs, "filename", &filename, "mode?", &mode,
		"encoding?", &encoding, "delay?", &delay, "errors?", &errs); err != nil {
		return nil, err
	}
	path, err := os.Abspath(thread, filename)
	if err != nil {
		return nil, err
	}
	h := &Handler{cls: cls, file: &fileTarget{path: path, mode: mode, encoding: encoding, errors: errs}}
	if !delay {
		if err := h.openFile(thread); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// openFile opens a FileHandler's file if it is not open yet.
func (h *Handler) openFile(thread *starlark.Thread) error {
	if h.file == nil || h.stream != nil {
		return nil
	}
	f, err := starlark.Call(thread, pyio.Open, starlark.Tuple{starlark.String(h.file.path), h.file.mode},
		[]starlark.Tuple{{starlark.String("encoding"), h.file.encoding}, {starlark.String("errors"), h.file.errors}})
	if err != nil {
		return err
	}
	h.stream = f
	return nil
}

// handlerClose implements Handler.close(): a FileHandler closes its file.
func handlerClose(thread *starlark.Thread, h *Handler, args starlark.Tuple) (starlark.Value, error) {
	if h.file == nil || h.stream == nil {
		return starlark.None, nil
	}
	f, ok := h.stream.(*pyio.File)
	h.stream = nil
	if ok {
		return starlark.None, f.Close()
	}
	return starlark.None, nil
}

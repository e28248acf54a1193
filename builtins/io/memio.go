package io

// This file defines the methods StringIO and BytesIO share, over
// memFile, with CPython 3.11's arguments and errors.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// memFile is an in-memory file: a StringIO or a BytesIO.
type memFile interface {
	starlark.Value
	isClosed() bool
	close()
	closedError() error
	readValue(n int) starlark.Value
	readlineValue(limit int) starlark.Value
	writeValue(thread *starlark.Thread, v starlark.Value) (int, error)
	seek(offset, whence int) (int, error)
	tell() int
	truncate(size int)
	value() starlark.Value
}

// memMethods are the methods of both StringIO and BytesIO.
var memMethods = map[string]*starlark.Builtin{
	"read":       starlark.NewBuiltin("read", memRead),
	"readline":   starlark.NewBuiltin("readline", memReadline),
	"readlines":  starlark.NewBuiltin("readlines", memReadlines),
	"write":      starlark.NewBuiltin("write", memWrite),
	"writelines": starlark.NewBuiltin("writelines", memWritelines),
	"getvalue":   starlark.NewBuiltin("getvalue", memGetvalue),
	"seek":       starlark.NewBuiltin("seek", memSeek),
	"tell":       starlark.NewBuiltin("tell", memTell),
	"truncate":   starlark.NewBuiltin("truncate", memTruncate),
	"close":      starlark.NewBuiltin("close", memClose),
	"flush":      starlark.NewBuiltin("flush", memCan(starlark.None)),
	"readable":   starlark.NewBuiltin("readable", memCan(starlark.True)),
	"writable":   starlark.NewBuiltin("writable", memCan(starlark.True)),
	"seekable":   starlark.NewBuiltin("seekable", memCan(starlark.True)),
	"isatty":     starlark.NewBuiltin("isatty", memCan(starlark.False)),
	"fileno":     starlark.NewBuiltin("fileno", memFileno),
	"__enter__":  starlark.NewBuiltin("__enter__", memEnter),
	"__exit__":   starlark.NewBuiltin("__exit__", memExit),
	"__iter__":   starlark.NewBuiltin("__iter__", memEnter),
	"__next__":   starlark.NewBuiltin("__next__", memNext),
}

// memAttr returns attribute name of f: closed or a bound method.
func memAttr(f memFile, name string) (starlark.Value, error) {
	if name == "closed" {
		return starlark.Bool(f.isClosed()), nil
	}
	if m, ok := memMethods[name]; ok {
		return m.BindReceiver(f), nil
	}
	return nil, nil
}

// memAttrNames are the attribute names of both classes.
func memAttrNames(extra ...string) []string {
	names := append([]string{"closed"}, extra...)
	for k := range memMethods {
		names = append(names, k)
	}
	return names
}

// memRepr is the repr of an in-memory file.
func memRepr(f memFile) string {
	return fmt.Sprintf("<_io.%s object at %#x>", f.Type(), py.Addr(f))
}

func memRecv(b *starlark.Builtin) memFile { return b.Receiver().(memFile) }

// open returns the receiver if it is open, else CPython's error.
func open_(b *starlark.Builtin) (memFile, error) {
	f := memRecv(b)
	if f.isClosed() {
		return nil, f.closedError()
	}
	return f, nil
}

// sizeArg unpacks an optional size (None or negative: all) of f's method.
func sizeArg(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (memFile, int, error) {
	n, err := size(b, args, kwargs)
	if err != nil {
		return nil, 0, err
	}
	f, err := open_(b)
	return f, n, err
}

func memRead(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, n, err := sizeArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return f.readValue(n), nil
}

func memReadline(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, n, err := sizeArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return f.readlineValue(n), nil
}

func memReadlines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, hint, err := sizeArg(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	return readLines(hint, func() (starlark.Value, error) { return f.readlineValue(-1), nil })
}

func memWrite(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	n, err := f.writeValue(thread, v)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(n), nil
}

func memWritelines(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lines starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &lines); err != nil {
		return nil, err
	}
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	return starlark.None, builtins.ForEach(thread, lines, func(v starlark.Value) error {
		_, err := f.writeValue(thread, v)
		return err
	})
}

func memGetvalue(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	return f.value(), nil
}

// intArg converts an integer argument, with CPython's error.
func intArg(v starlark.Value) (int, error) {
	if _, ok := v.(starlark.Bool); !ok {
		if i, ok := v.(starlark.Int); ok {
			if n, ok := i.Int64(); ok && n == int64(int(n)) {
				return int(n), nil
			}
			return 0, py.Raisef(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return 0, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(v))
	}
	if v == starlark.True {
		return 1, nil
	}
	return 0, nil
}

func memSeek(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var offV, whenceV starlark.Value = nil, starlark.MakeInt(0)
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &offV, &whenceV); err != nil {
		return nil, err
	}
	offset, err := intArg(offV)
	if err != nil {
		return nil, err
	}
	whence, err := intArg(whenceV)
	if err != nil {
		return nil, err
	}
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	pos, err := f.seek(offset, whence)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(pos), nil
}

func memTell(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(f.tell()), nil
}

func memTruncate(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	size := f.tell()
	if v != starlark.None {
		if size, err = intArg(v); err != nil {
			return nil, err
		}
		if size < 0 {
			return nil, py.Raisef(py.ValueError, "Negative size value %d", size)
		}
	}
	f.truncate(size)
	return starlark.MakeInt(size), nil
}

func memClose(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	memRecv(b).close()
	return starlark.None, nil
}

// memCan implements flush, readable, writable, seekable and isatty: the
// result, once the file is checked to be open.
func memCan(result starlark.Value) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
			return nil, err
		}
		if _, err := open_(b); err != nil {
			return nil, err
		}
		return result, nil
	}
}

func memFileno(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return nil, py.Raise(UnsupportedOperation, "fileno")
}

func memEnter(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return open_(b)
}

func memExit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	memRecv(b).close()
	return starlark.None, nil
}

func memNext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f, err := open_(b)
	if err != nil {
		return nil, err
	}
	line := f.readlineValue(-1)
	if starlark.Len(line) == 0 {
		return nil, py.NewException(py.StopIteration)
	}
	return line, nil
}

// memIter iterates over the lines of an in-memory file.
type memIter struct {
	f   memFile
	err error
}

func (it *memIter) Next(p *starlark.Value) bool {
	if it.f.isClosed() { // IOBase.__iter__'s check, worded as a BytesIO's
		it.err = py.Raise(py.ValueError, "I/O operation on closed file.")
		return false
	}
	line := it.f.readlineValue(-1)
	if starlark.Len(line) == 0 {
		return false
	}
	*p = line
	return true
}

func (it *memIter) Done()      {}
func (it *memIter) Err() error { return it.err }

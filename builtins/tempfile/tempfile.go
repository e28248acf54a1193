// Package tempfile is spindle's tempfile module: temporary files and
// directories in the Interpreter's file grant (core.Files.TempDir).
package tempfile

// This file defines the module, its functions and TemporaryDirectory.

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"

	"go.starlark.net/starlark"

	pyio "github.com/spindle-lang/spindle/builtins/io"
	"github.com/spindle-lang/spindle/builtins/os"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Module is the tempfile module. Members:
//
//	gettempdir(), mkdtemp(suffix=None, prefix=None, dir=None)
//	TemporaryDirectory(suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False)
//	NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, delete=True)
//	TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None)
var Module = &core.Module{Name: "tempfile", Members: starlark.StringDict{
	"gettempdir":         starlark.NewBuiltin("gettempdir", gettempdir),
	"mkdtemp":            starlark.NewBuiltin("mkdtemp", mkdtemp),
	"TemporaryDirectory": starlark.NewBuiltin("TemporaryDirectory", temporaryDirectory),
	"NamedTemporaryFile": starlark.NewBuiltin("NamedTemporaryFile", namedTemporaryFile),
	"TemporaryFile":      starlark.NewBuiltin("TemporaryFile", namedTemporaryFile),
	"template":           starlark.String("tmp"),
}}

func files(thread *starlark.Thread) core.Files { return core.FilesOf(core.RuntimeOf(thread)) }

// tempDir returns the directory to make temporary files in.
func tempDir(thread *starlark.Thread) (string, error) {
	dir := files(thread).TempDir()
	if dir == "" {
		return "", core.OSErrorFor(core.ErrNoGrant, "tempfile")
	}
	return dir, nil
}

func gettempdir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	dir, err := tempDir(thread)
	return starlark.String(dir), err
}

// names holds the parts of a temporary name.
type names struct {
	suffix, prefix, dir starlark.Value
}

func (n *names) unpackArgs() []any {
	n.suffix, n.prefix, n.dir = starlark.None, starlark.None, starlark.None
	return []any{"suffix?", &n.suffix, "prefix?", &n.prefix, "dir?", &n.dir}
}

// candidate returns a fresh absolute name to try.
func (n *names) candidate(thread *starlark.Thread) (string, error) {
	dir := ""
	if s, ok := n.dir.(starlark.String); ok {
		dir = string(s)
	} else {
		var err error
		if dir, err = tempDir(thread); err != nil {
			return "", err
		}
	}
	prefix, suffix := "tmp", ""
	if s, ok := n.prefix.(starlark.String); ok {
		prefix = string(s)
	}
	if s, ok := n.suffix.(starlark.String); ok {
		suffix = string(s)
	}
	const chars = "abcdefghijklmnopqrstuvwxyz0123456789_"
	r := make([]byte, 8)
	for i := range r {
		r[i] = chars[rand.IntN(len(chars))]
	}
	return os.Abspath(thread, dir+"/"+prefix+string(r)+suffix)
}

// create makes a new name with make, retrying while the name exists.
func (n *names) create(thread *starlark.Thread, make func(string) error) (string, error) {
	for range 100 {
		name, err := n.candidate(thread)
		if err != nil {
			return "", err
		}
		err = make(name)
		if err == nil || !errors.Is(err, fs.ErrExist) {
			return name, err
		}
	}
	return "", core.OSErrorFor(fs.ErrExist, "No usable temporary file name found")
}

// makeDir makes a new temporary directory.
func makeDir(thread *starlark.Thread, n *names) (string, error) {
	var name string
	name, err := n.create(thread, func(p string) error { return files(thread).Mkdir(p, 0o700) })
	if err != nil {
		if _, ok := py.AsException(err); ok {
			return "", err
		}
		return "", core.OSErrorFor(err, name)
	}
	return name, nil
}

func mkdtemp(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n names
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, n.unpackArgs()...); err != nil {
		return nil, err
	}
	name, err := makeDir(thread, &n)
	return starlark.String(name), err
}

// namedTemporaryFile implements NamedTemporaryFile and TemporaryFile.
func namedTemporaryFile(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n names
	mode := "w+b"
	var buffering, encoding, newline starlark.Value = starlark.None, starlark.None, starlark.None
	deleteOnClose := true
	params := append([]any{"mode?", &mode, "buffering?", &buffering, "encoding?", &encoding, "newline?", &newline}, n.unpackArgs()...)
	if b.Name() == "NamedTemporaryFile" {
		params = append(params, "delete?", &deleteOnClose)
	}
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, params...); err != nil {
		return nil, err
	}
	fsys := files(thread)
	var f *pyio.File
	_, err := n.create(thread, func(name string) error {
		var onClose func() error
		if deleteOnClose {
			onClose = func() error {
				if err := fsys.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return core.OSErrorFor(err, name)
				}
				return nil
			}
		}
		var err error
		f, err = pyio.OpenExclusive(thread, name, mode, encoding, onClose)
		if exc, ok := py.AsException(err); ok && exc.Class.ClassName == "FileExistsError" {
			return fs.ErrExist
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

// TemporaryDirectory is a directory removed, with its contents, by
// cleanup() or at the end of a with block.
type TemporaryDirectory struct {
	name    string
	cleaned bool
}

var _ starlark.HasAttrs = (*TemporaryDirectory)(nil)

func temporaryDirectory(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n names
	ignore := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, append(n.unpackArgs(), "ignore_cleanup_errors?", &ignore)...); err != nil {
		return nil, err
	}
	name, err := makeDir(thread, &n)
	if err != nil {
		return nil, err
	}
	return &TemporaryDirectory{name: name}, nil
}

func (d *TemporaryDirectory) String() string {
	return fmt.Sprintf("<TemporaryDirectory %s>", py.Repr(starlark.String(d.name)))
}
func (d *TemporaryDirectory) Type() string          { return "TemporaryDirectory" }
func (d *TemporaryDirectory) Freeze()               {}
func (d *TemporaryDirectory) Truth() starlark.Bool  { return true }
func (d *TemporaryDirectory) Hash() (uint32, error) { return starlark.String(d.name).Hash() }

// Attr returns name, cleanup, __enter__ or __exit__.
func (d *TemporaryDirectory) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(d.name), nil
	case "__enter__":
		return starlark.NewBuiltin("__enter__", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.String(d.name), nil
		}), nil
	case "cleanup", "__exit__":
		return starlark.NewBuiltin(name, d.cleanup), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (d *TemporaryDirectory) AttrNames() []string {
	return []string{"__enter__", "__exit__", "cleanup", "name"}
}

func (d *TemporaryDirectory) cleanup(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if d.cleaned {
		return starlark.None, nil
	}
	d.cleaned = true
	if err := os.RemoveAll(files(thread), d.name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, core.OSErrorFor(err, d.name)
	}
	return starlark.None, nil
}

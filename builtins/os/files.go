package os

// This file defines the os functions on files and directories, over the
// Interpreter's file grant (core.FilesOf): getcwd, listdir, mkdir,
// makedirs, remove, unlink, rmdir, rename, and os.path's tests.

import (
	"errors"
	"io/fs"
	"sort"
	"strings"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

type statResult = fs.FileInfo

func files(thread *starlark.Thread) core.Files { return core.FilesOf(core.RuntimeOf(thread)) }

// statFunc makes os.path.exists, isfile and isdir: false on any error,
// except a missing grant, which raises.
func statFunc(name string, test func(statResult) bool) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		p, err := pathArg(thread, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		st, err := files(thread).Stat(p)
		if errors.Is(err, core.ErrNoGrant) {
			return nil, core.OSErrorFor(err, p)
		}
		return starlark.Bool(err == nil && test(st)), nil
	})
}

func pathIslink(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := pathArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	st, err := files(thread).Lstat(p)
	return starlark.Bool(err == nil && st.Mode()&fs.ModeSymlink != 0), nil
}

func pathGetsize(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := pathArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	st, err := files(thread).Stat(p)
	if err != nil {
		return nil, core.OSErrorFor(err, p)
	}
	return starlark.MakeInt64(st.Size()), nil
}

func getcwd(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	cwd, err := files(thread).Getwd()
	if err != nil {
		return nil, core.OSErrorFor(err, ".")
	}
	return starlark.String(cwd), nil
}

func listdir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p := "."
	if err := core.UnpackArgs(b.Name(), args, kwargs, "path?", &p); err != nil {
		return nil, err
	}
	entries, err := files(thread).ReadDir(p)
	if err != nil {
		return nil, core.OSErrorFor(err, p)
	}
	names := make([]starlark.Value, len(entries))
	for i, e := range entries {
		names[i] = starlark.String(e.Name())
	}
	return starlark.NewList(names), nil
}

func mkdir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p string
	mode := 0o777
	if err := core.UnpackArgs(b.Name(), args, kwargs, "path", &p, "mode?", &mode); err != nil {
		return nil, err
	}
	if err := files(thread).Mkdir(p, fs.FileMode(mode)); err != nil {
		return nil, core.OSErrorFor(err, p)
	}
	return starlark.None, nil
}

// makedirs implements makedirs(name, mode=0o777, exist_ok=False).
func makedirs(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p string
	mode := 0o777
	existOK := false
	if err := core.UnpackArgs(b.Name(), args, kwargs, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return nil, err
	}
	fsys := files(thread)
	if err := makeDirs(fsys, p, fs.FileMode(mode)); err != nil {
		if st, serr := fsys.Stat(p); existOK && serr == nil && st.IsDir() {
			return starlark.None, nil
		}
		return nil, core.OSErrorFor(err, p)
	}
	return starlark.None, nil
}

// makeDirs makes p and its missing parents.
func makeDirs(fsys core.Files, p string, mode fs.FileMode) error {
	head, tail := split(p)
	if tail == "" {
		head, _ = split(head)
	}
	if head != "" && tail != "" {
		if _, err := fsys.Stat(head); errors.Is(err, fs.ErrNotExist) {
			if err := makeDirs(fsys, head, mode); err != nil && !errors.Is(err, fs.ErrExist) {
				return err
			}
		}
	}
	return fsys.Mkdir(p, mode)
}

// remove implements remove(path) and unlink(path): files only.
func remove(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p string
	if err := core.UnpackArgs(b.Name(), args, kwargs, "path", &p); err != nil {
		return nil, err
	}
	fsys := files(thread)
	if st, err := fsys.Lstat(p); err == nil && st.IsDir() {
		return nil, core.OSErrorFor(syscall.EISDIR, p)
	}
	if err := fsys.Remove(p); err != nil {
		return nil, core.OSErrorFor(err, p)
	}
	return starlark.None, nil
}

func rmdir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p string
	if err := core.UnpackArgs(b.Name(), args, kwargs, "path", &p); err != nil {
		return nil, err
	}
	fsys := files(thread)
	if st, err := fsys.Lstat(p); err == nil && !st.IsDir() {
		return nil, core.OSErrorFor(syscall.ENOTDIR, p)
	}
	if err := fsys.Remove(p); err != nil {
		return nil, core.OSErrorFor(err, p)
	}
	return starlark.None, nil
}

func rename(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var src, dst string
	if err := core.UnpackArgs(b.Name(), args, kwargs, "src", &src, "dst", &dst); err != nil {
		return nil, err
	}
	if err := files(thread).Rename(src, dst); err != nil {
		return nil, core.OSErrorFor(err, src)
	}
	return starlark.None, nil
}

// RemoveAll removes p and everything under it (shutil.rmtree).
func RemoveAll(fsys core.Files, p string) error {
	st, err := fsys.Lstat(p)
	if err != nil {
		return err
	}
	if st.IsDir() {
		entries, err := fsys.ReadDir(p)
		if err != nil {
			return err
		}
		names := make([]string, len(entries))
		for i, e := range entries {
			names[i] = e.Name()
		}
		sort.Strings(names)
		for _, n := range names {
			if err := RemoveAll(fsys, strings.TrimSuffix(p, "/")+"/"+n); err != nil {
				return err
			}
		}
	}
	return fsys.Remove(p)
}

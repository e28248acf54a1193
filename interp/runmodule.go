package interp

// This file defines ExecModule, python -m: a module found on sys.path
// (or a package's __main__ submodule) runs as __main__, after its parent
// packages are imported, as CPython's runpy does; and ExecDirMain,
// python DIR.

import (
	"context"
	"io/fs"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// NoModuleError is ExecModule's error for a module it cannot run: CPython
// prints its message after the program's name ("python3: No module named
// x") with no traceback, and exits with status 1.
type NoModuleError struct{ Msg string }

func (e *NoModuleError) Error() string { return e.Msg }

// mainTarget is the code ExecModule runs as __main__.
type mainTarget struct {
	file string // the name in tracebacks, __file__ and sys.argv[0]
	src  []byte
	pkg  string // __package__
	spec *core.ModuleSpec
}

// The frames of CPython's runpy that a traceback from python -m shows
// above the module's own: while finding the module (importing its
// parents), and while running it.
const (
	runpyFinding = "  File \"<frozen runpy>\", line 189, in _run_module_as_main\n" +
		"  File \"<frozen runpy>\", line 112, in _get_module_details\n"
	runpyRunning = "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n" +
		"  File \"<frozen runpy>\", line 88, in _run_code\n"
	runpyCompiling = "  File \"<frozen runpy>\", line 189, in _run_module_as_main\n" +
		"  File \"<frozen runpy>\", line 159, in _get_module_details\n" +
		"  File \"<frozen importlib._bootstrap_external>\", line 1074, in get_code\n" +
		"  File \"<frozen importlib._bootstrap_external>\", line 1004, in source_to_code\n" +
		"  File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed\n"
)

// ExecModule runs module name as __main__, as python -m name does: it
// imports the parent packages of name, finds the module on sys.path (a
// package runs its __main__ submodule), sets sys.argv[0] and the
// __main__ globals __file__ and __package__, and runs it as ExecFile
// does. A module it cannot find is a *NoModuleError. Tracebacks show
// runpy's frames above the module's, as CPython's do.
func (in *Interpreter) ExecModule(ctx context.Context, name string) error {
	var target mainTarget
	var missing *NoModuleError
	c, err := in.begin(ctx)
	if err != nil {
		return err
	}
	_, err = in.runMain(c, func(st *starlark.Thread) (starlark.Value, error) {
		var err error
		target, missing, err = in.findMain(st, name)
		return nil, err
	})
	switch {
	case missing != nil:
		err = missing
	case err != nil:
		err = withRunpy(in.callError(c, err), runpyFinding)
	}
	in.end(c)
	if err != nil {
		return err
	}
	if l := sys.Argv(in.rt); l.Len() > 0 {
		l.SetIndex(0, starlark.String(target.file))
	}
	in.mu.Lock()
	in.storeGlobal("__file__", starlark.String(target.file))
	in.storeGlobal("__package__", starlark.String(target.pkg))
	in.storeGlobal("__spec__", target.spec)
	in.mu.Unlock()
	err = in.ExecFile(ctx, target.file, target.src)
	if ie, ok := err.(*Error); ok && !strings.HasPrefix(ie.traceback, "Traceback") {
		return withRunpy(err, runpyCompiling) // a syntax error
	}
	return withRunpy(err, runpyRunning)
}

// withRunpy inserts frames at the top of the last traceback of err, if
// it is an *Error (a chained exception's causes keep theirs).
func withRunpy(err error, frames string) error {
	ie, ok := err.(*Error)
	if !ok || ie.Exception != nil && ie.Exception.Class.IsSubclass(py.SystemExit) {
		return err
	}
	const head = "Traceback (most recent call last):\n"
	tb := ie.traceback
	if i := strings.LastIndex(tb, head); i >= 0 {
		tb = tb[:i+len(head)] + frames + tb[i+len(head):]
	} else {
		tb = head + frames + tb
	}
	e := *ie
	e.traceback = tb
	return &e
}

// findMain imports the parent packages of module name and finds its
// code; the caller holds the GIL.
func (in *Interpreter) findMain(st *starlark.Thread, name string) (mainTarget, *NoModuleError, error) {
	if name == "" || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".") {
		return mainTarget{}, &NoModuleError{"No module named " + name}, nil
	}
	var parent starlark.Value
	pkg, leaf := "", name
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		pkg, leaf = name[:i], name[i+1:]
		var err error
		if parent, err = in.importModule(st, pkg); err != nil {
			return mainTarget{}, missingParent(name, pkg, err), err
		}
	}
	if sm, ok := sourceModules[name+".__main__"]; ok {
		if _, err := in.importModule(st, name); err != nil {
			return mainTarget{}, nil, err
		}
		return mainTarget{file: sm.file, src: []byte(sm.source), pkg: name, spec: &core.ModuleSpec{Name: name + ".__main__", Origin: "frozen"}}, nil, nil
	}
	dirs, isPkg := in.searchDirs(parent)
	if !isPkg {
		return mainTarget{}, &NoModuleError{"Error while finding module specification for '" + name +
			"' (ModuleNotFoundError: __path__ attribute not found on '" + pkg + "' while trying to find '" + name + "')"}, nil
	}
	mf, ok := in.findModule(dirs, leaf)
	if !ok {
		return mainTarget{}, &NoModuleError{"No module named " + name}, nil
	}
	if mf.dirs != nil { // a package: run its __main__
		if _, err := in.importModule(st, name); err != nil {
			return mainTarget{}, nil, err
		}
		mm, ok := in.findModule(mf.dirs, "__main__")
		if !ok || mm.file == "" || mm.dirs != nil {
			return mainTarget{}, &NoModuleError{"No module named " + name + ".__main__; '" + name + "' is a package and cannot be directly executed"}, nil
		}
		mf, pkg, name = mm, name, name+".__main__"
	}
	src, err := fs.ReadFile(in.opts.ModuleFS, mf.file)
	if err != nil {
		return mainTarget{}, nil, py.Raisef(py.OSError, "%v", err)
	}
	file := in.displayName(mf.file)
	return mainTarget{file: file, src: src, pkg: pkg, spec: &core.ModuleSpec{Name: name, Origin: file}}, nil, nil
}

// missingParent returns the error for a parent package of name that is
// not found (CPython's runpy reports it without a traceback), or nil if
// err, the error of importing pkg, is another error.
func missingParent(name, pkg string, err error) *NoModuleError {
	exc, ok := py.AsException(err)
	if !ok || exc.Class != py.ModuleNotFoundError {
		return nil
	}
	msg := exc.Message()
	missing, ok := strings.CutPrefix(msg, "No module named '")
	missing, _, _ = strings.Cut(missing, "'")
	if !ok || missing != pkg && !strings.HasPrefix(pkg, missing+".") {
		return nil
	}
	return &NoModuleError{"Error while finding module specification for '" + name + "' (ModuleNotFoundError: " + msg + ")"}
}

// ExecDirMain runs filename, the __main__.py of a directory given as
// the script (python DIR), as ExecFile does, with the __main__ globals
// __package__ "" and __spec__ a spec named __main__, and tracebacks
// showing runpy's frames above the file's, as CPython runs it through
// runpy. ExecDirMain is safe to call from any goroutine.
func (in *Interpreter) ExecDirMain(ctx context.Context, filename string, src any) error {
	in.mu.Lock()
	in.storeGlobal("__package__", starlark.String(""))
	in.storeGlobal("__spec__", &core.ModuleSpec{Name: "__main__", Origin: filename})
	in.mu.Unlock()
	err := in.ExecFile(ctx, filename, src)
	if ie, ok := err.(*Error); ok && !strings.HasPrefix(ie.traceback, "Traceback") {
		return err // a syntax error
	}
	return withRunpy(err, runpyRunning)
}

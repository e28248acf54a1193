package interp

// This file defines the import of modules from files: the search of
// sys.path (or a package's __path__) in Options.ModuleFS, the compile
// cache, the import lock that makes a second thread wait for a module
// another thread is initialising, and relative imports.

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/lower/srcmap"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// pendingImport is a module whose top level is running.
type pendingImport struct {
	owner *core.Thread // the importing thread
	mod   *core.Module // the partially initialised module
	done  chan struct{}
}

// moduleFile is a module found in Options.ModuleFS.
type moduleFile struct {
	file string   // the file to run
	dirs []string // __path__ for a package; nil for a plain module
}

// fsName is the name under which entry/rel is opened in ModuleFS; an
// empty entry ("" in sys.path) is the FS's current directory. On the
// host's file system the entry stays as written (tests/.. too), as
// CPython shows it in __file__ and tracebacks.
func (in *Interpreter) fsName(entry, rel string) string {
	if entry == "" || entry == "." {
		return rel
	}
	if _, host := in.opts.ModuleFS.(HostFS); host {
		return strings.TrimRight(entry, "/") + "/" + rel
	}
	return path.Join(entry, rel)
}

// findModule looks for module leaf (the last part of its dotted name) in
// dirs: a package (leaf/__init__.py), a module (leaf.py) or, failing
// both, a namespace package (a directory leaf).
func (in *Interpreter) findModule(dirs []string, leaf string) (moduleFile, bool) {
	fsys := in.opts.ModuleFS
	if fsys == nil {
		return moduleFile{}, false
	}
	var namespace []string
	for _, dir := range dirs {
		pkg := in.fsName(dir, leaf)
		if isFile(fsys, pkg+"/__init__.py") {
			return moduleFile{file: pkg + "/__init__.py", dirs: []string{pkg}}, true
		}
		if isFile(fsys, pkg+".py") {
			return moduleFile{file: pkg + ".py"}, true
		}
		if st, err := fs.Stat(fsys, pkg); err == nil && st.IsDir() {
			namespace = append(namespace, pkg)
		}
	}
	if namespace != nil {
		return moduleFile{dirs: namespace}, true
	}
	return moduleFile{}, false
}

func isFile(fsys fs.FS, name string) bool {
	st, err := fs.Stat(fsys, name)
	return err == nil && st.Mode().IsRegular()
}

// searchDirs returns where submodules of parent are looked for: sys.path
// for a top-level module, else the parent package's __path__ (nil if
// the parent is not a package).
func (in *Interpreter) searchDirs(parent starlark.Value) ([]string, bool) {
	var list starlark.Value = sys.Path(in.rt)
	if parent != nil {
		p, ok := parent.(starlark.HasAttrs)
		if !ok {
			return nil, false
		}
		v, err := p.Attr("__path__")
		if err != nil || v == nil {
			return nil, false
		}
		list = v
	}
	var dirs []string
	if it, ok := list.(starlark.Iterable); ok {
		iter := it.Iterate()
		defer iter.Done()
		var x starlark.Value
		for iter.Next(&x) {
			if s, ok := x.(starlark.String); ok {
				dirs = append(dirs, string(s))
			}
		}
	}
	return dirs, true
}

// displayName is the name __file__ shows for an FS name: absolute when
// ModuleFS can say so (the CLI's host file system), else as found.
func (in *Interpreter) displayName(name string) string {
	if a, ok := in.opts.ModuleFS.(interface{ Abs(string) string }); ok {
		return a.Abs(name)
	}
	return name
}

// loadFileModule finds module name (whose parent package, if any, is
// already imported) in ModuleFS and runs it; found is false if there is
// no such file.
func (in *Interpreter) loadFileModule(thread *starlark.Thread, name string, parent starlark.Value) (m *core.Module, found bool, err error) {
	dirs, isPkg := in.searchDirs(parent)
	if !isPkg {
		return nil, false, nil
	}
	leaf := name[strings.LastIndexByte(name, '.')+1:]
	mf, ok := in.findModule(dirs, leaf)
	if !ok {
		return nil, false, nil
	}
	m = &core.Module{Name: name, Members: starlark.StringDict{}, Mutable: true, Runtime: in.rt}
	spec := &core.ModuleSpec{Name: name}
	pkg := name
	if mf.dirs == nil {
		pkg = pkg[:max(strings.LastIndexByte(pkg, '.'), 0)]
	} else {
		paths := make([]starlark.Value, len(mf.dirs))
		for i, d := range mf.dirs {
			paths[i] = starlark.String(in.displayName(d))
		}
		spec.Search = starlark.NewList(paths)
		m.Members["__path__"] = spec.Search
	}
	m.Members["__package__"] = starlark.String(pkg)
	m.Members["__spec__"] = spec
	if mf.file == "" { // a namespace package
		m.File = "(namespace)"
		m.Members["__file__"] = starlark.None
		return m, true, nil
	}
	m.File = in.displayName(mf.file)
	spec.Origin = m.File
	m.Members["__file__"] = starlark.String(m.File)
	return m, true, in.runFileModule(thread, m, mf.file)
}

// helpers returns the extra predeclared names of a built-in module
// written in Python.
func (in *Interpreter) helpers(name string) starlark.StringDict {
	if sm, ok := sourceModules[name]; ok && in.opts.Modules[name] == nil {
		return sm.helpers
	}
	if native, ok := in.natives[name]; ok && native.Source != "" {
		return native.Helpers
	}
	return nil
}

// loadSourceModule runs a built-in module written in Python.
func (in *Interpreter) loadSourceModule(thread *starlark.Thread, name string, sm sourceModule) (*core.Module, error) {
	m := &core.Module{Name: name, File: sm.file, Members: starlark.StringDict{}, Mutable: true, Runtime: in.rt}
	m.Members["__file__"] = starlark.String(sm.file)
	m.Members["__package__"] = starlark.String("")
	m.Members["__spec__"] = &core.ModuleSpec{Name: name, Origin: "frozen"}
	if _, err := in.compileModule(sm.file, m, []byte(sm.source)); err != nil {
		return nil, err
	}
	return m, in.runFileModule(thread, m, sm.file)
}

// runFileModule runs a module's top level in the importing thread,
// holding the module's import lock: it is in sys.modules meanwhile
// (circular imports see it partially initialised), and a thread that
// imports it too waits until it is done.
func (in *Interpreter) runFileModule(thread *starlark.Thread, m *core.Module, file string) error {
	p := &pendingImport{owner: core.FromThread(thread), mod: m, done: make(chan struct{})}
	in.pending[m.Name] = p
	sys.Modules(in.rt).SetKey(starlark.String(m.Name), m)
	defer func() {
		delete(in.pending, m.Name)
		close(p.done)
	}()
	prog, err := in.compileModule(file, m, nil)
	if err == nil {
		var globals starlark.StringDict
		pre := in.modulePredeclared(m, in.helpers(m.Name))
		builtins.SetModuleFile(in.rt, m.File, m.Name)
		m.Program = prog
		globals, err = prog.Init(thread, pre)
		setMembers(m, globals)
	}
	if err != nil {
		sys.Modules(in.rt).Delete(starlark.String(m.Name))
	}
	return err
}

// modulePredeclared returns the names a file module's top level sees:
// the Interpreter's predeclared names plus its own __name__, __doc__,
// __file__, __package__, __spec__ (and __path__ for a package).
func (in *Interpreter) modulePredeclared(m *core.Module, extra starlark.StringDict) starlark.StringDict {
	pre := make(starlark.StringDict, len(in.predeclared)+4)
	for k, v := range in.predeclared {
		pre[k] = v
	}
	for k, v := range extra {
		pre[k] = v
	}
	pre["__name__"] = starlark.String(m.Name)
	pre["__doc__"] = docValue(m.Doc)
	for _, k := range []string{"__file__", "__package__", "__spec__", "__path__"} {
		if v, ok := m.Members[k]; ok {
			pre[k] = v
		}
	}
	in.preMaps = append(in.preMaps, &pre)
	return pre
}

// compileModule reads and compiles file once per Interpreter; text, if
// not nil, is the file's source.
func (in *Interpreter) compileModule(file string, m *core.Module, text []byte) (*starlark.Program, error) {
	if prog, ok := in.programs[file]; ok {
		m.Doc = in.docs[file]
		return prog, nil
	}
	if text == nil {
		var err error
		if text, err = fs.ReadFile(in.opts.ModuleFS, file); err != nil {
			return nil, py.Raisef(py.OSError, "%v", err)
		}
	}
	pre := in.modulePredeclared(m, in.helpers(m.Name))
	var scan func(*pyast.File)
	if _, builtin := sourceModules[m.Name]; !builtin && in.natives[m.Name] == nil {
		pkg, _ := m.Members["__package__"].(starlark.String)
		scan = func(f *pyast.File) { in.scanFuncAttrs(f, file, string(pkg)) }
	}
	text, f, err := in.parseSource(in.ctx, m.File, text, pre.Has, scan)
	in.rt.Sources().AddSource(m.File, text)
	if err != nil {
		return nil, in.importSyntaxError(err, text)
	}
	in.rt.Sources().AddSourceMap(m.File, srcmap.New(f))
	prog, err := starlark.FileProgram(f, pre.Has)
	if err != nil {
		return nil, err
	}
	in.programs[file] = prog
	if in.docs == nil {
		in.docs = map[string]string{}
	}
	in.docs[file] = moduleDoc(f, text)
	m.Doc = in.docs[file]
	return prog, nil
}

// waitPending waits while another thread initialises module name, and
// reports the partially initialised module if the caller's own thread
// is initialising it (a circular import).
func (in *Interpreter) waitPending(thread *starlark.Thread, name string) (*core.Module, error) {
	for {
		p, ok := in.pending[name]
		if !ok {
			return nil, nil
		}
		if p.owner == core.FromThread(thread) || p.owner == nil {
			in.snapshotPartial(thread, p.mod)
			return p.mod, nil
		}
		if _, err := core.WaitChan(thread, "import "+name, p.done, -1); err != nil {
			return nil, err
		}
	}
}

// snapshotPartial copies into m, a module whose top level the calling
// thread is running further down its stack (a circular import), the
// globals that top level has bound so far, as CPython's partially
// initialised module shows them.
func (in *Interpreter) snapshotPartial(thread *starlark.Thread, m *core.Module) {
	for depth := thread.CallStackDepth() - 1; depth >= 0; depth-- {
		fn, ok := thread.DebugFrame(depth).Callable().(*starlark.Function)
		if !ok || fn.Name() != "<toplevel>" || fn.Position().Filename() != m.File {
			continue
		}
		setMembers(m, fn.Globals())
		return
	}
}

// setMembers makes globals, a module's, its members, less the names
// the lowering made up (a class body's __sp_class_C), which CPython's
// module has not: dir(m), vars(m) and inspect.getmembers(m) show none.
func setMembers(m *core.Module, globals starlark.StringDict) {
	for k, v := range globals {
		if !strings.HasPrefix(k, abi.Prefix) {
			m.Members[k] = v
		}
	}
}

// resolveRelative turns a relative module name (.m, ..m, .) into an
// absolute one, from the importing module's __package__.
func resolveRelative(name string, pkg starlark.Value) (string, error) {
	level := len(name) - len(strings.TrimLeft(name, "."))
	rest := name[level:]
	base, ok := pkg.(starlark.String)
	if !ok || base == "" {
		return "", py.Raise(py.ImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(string(base), ".")
	if level-1 >= len(parts) {
		return "", py.Raise(py.ImportError, "attempted relative import beyond top-level package")
	}
	abs := strings.Join(parts[:len(parts)-(level-1)], ".")
	if rest != "" {
		abs += "." + rest
	}
	return abs, nil
}

// importSyntaxError turns a parse error in an imported file into the
// SyntaxError the import raises, with CPython's attributes and report.
func (in *Interpreter) importSyntaxError(err error, text []byte) error {
	tb, ok := in.syntaxTraceback(err, text)
	if !ok {
		return err
	}
	exc := lastLineException(tb)
	exc.Report = strings.TrimSuffix(tb, "\n")
	var pe *parse.Error
	var se syntax.Error
	switch {
	case errors.As(err, &pe):
		exc.Attrs = syntaxAttrs(pe.Filename, pe.Line, pe.Col, pe.Msg, pe.Text)
	case errors.As(err, &se):
		exc.Attrs = syntaxAttrs(se.Pos.Filename(), int(se.Pos.Line), int(se.Pos.Col), se.Msg, "")
	}
	if a := exc.Attrs; a != nil && exc.Class.IsSubclass(py.SyntaxError) { // CPython's args: (msg, (filename, lineno, offset, text))
		exc.Args = starlark.Tuple{a["msg"], starlark.Tuple{a["filename"], a["lineno"], a["offset"], a["text"]}}
	}
	return exc
}

// syntaxAttrs are a SyntaxError's attributes; its text is the source
// line with its newline, as CPython's (one is added to a last line).
func syntaxAttrs(file string, line, col int, msg, text string) starlark.StringDict {
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return starlark.StringDict{
		"filename": starlark.String(file),
		"lineno":   starlark.MakeInt(line),
		"offset":   starlark.MakeInt(col),
		"msg":      starlark.String(msg),
		"text":     starlark.String(text),
	}
}

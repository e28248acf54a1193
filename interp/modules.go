package interp

// This file defines the import table: the native modules every
// Interpreter can import, plus Options.Modules, and the import builtins.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/abc"
	"github.com/spindle-lang/spindle/builtins/argparse"
	pyarray "github.com/spindle-lang/spindle/builtins/array"
	"github.com/spindle-lang/spindle/builtins/asyncio"
	"github.com/spindle-lang/spindle/builtins/atexit"
	pybase64 "github.com/spindle-lang/spindle/builtins/base64"
	"github.com/spindle-lang/spindle/builtins/bisect"
	pycalendar "github.com/spindle-lang/spindle/builtins/calendar"
	"github.com/spindle-lang/spindle/builtins/cmath"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/builtins/concurrent"
	"github.com/spindle-lang/spindle/builtins/contextlib"
	"github.com/spindle-lang/spindle/builtins/contextvars"
	"github.com/spindle-lang/spindle/builtins/copy"
	pycsv "github.com/spindle-lang/spindle/builtins/csv"
	"github.com/spindle-lang/spindle/builtins/dataclasses"
	"github.com/spindle-lang/spindle/builtins/datetime"
	"github.com/spindle-lang/spindle/builtins/decimal"
	"github.com/spindle-lang/spindle/builtins/difflib"
	"github.com/spindle-lang/spindle/builtins/doctest"
	"github.com/spindle-lang/spindle/builtins/enum"
	"github.com/spindle-lang/spindle/builtins/errno"
	"github.com/spindle-lang/spindle/builtins/fractions"
	"github.com/spindle-lang/spindle/builtins/functools"
	"github.com/spindle-lang/spindle/builtins/gc"
	"github.com/spindle-lang/spindle/builtins/graphlib"
	"github.com/spindle-lang/spindle/builtins/hashlib"
	"github.com/spindle-lang/spindle/builtins/heapq"
	"github.com/spindle-lang/spindle/builtins/inspect"
	pyio "github.com/spindle-lang/spindle/builtins/io"
	"github.com/spindle-lang/spindle/builtins/itertools"
	"github.com/spindle-lang/spindle/builtins/json"
	"github.com/spindle-lang/spindle/builtins/keyword"
	"github.com/spindle-lang/spindle/builtins/logging"
	pymath "github.com/spindle-lang/spindle/builtins/math"
	"github.com/spindle-lang/spindle/builtins/multiprocessing"
	"github.com/spindle-lang/spindle/builtins/numbers"
	"github.com/spindle-lang/spindle/builtins/operator"
	"github.com/spindle-lang/spindle/builtins/os"
	"github.com/spindle-lang/spindle/builtins/pickle"
	"github.com/spindle-lang/spindle/builtins/platform"
	"github.com/spindle-lang/spindle/builtins/pprint"
	"github.com/spindle-lang/spindle/builtins/queue"
	"github.com/spindle-lang/spindle/builtins/random"
	"github.com/spindle-lang/spindle/builtins/re"
	"github.com/spindle-lang/spindle/builtins/sched"
	"github.com/spindle-lang/spindle/builtins/secrets"
	"github.com/spindle-lang/spindle/builtins/shlex"
	pysignal "github.com/spindle-lang/spindle/builtins/signal"
	"github.com/spindle-lang/spindle/builtins/statistics"
	"github.com/spindle-lang/spindle/builtins/stdlib"
	pystring "github.com/spindle-lang/spindle/builtins/string"
	pystruct "github.com/spindle-lang/spindle/builtins/struct"
	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/builtins/tempfile"
	"github.com/spindle-lang/spindle/builtins/testcapi"
	"github.com/spindle-lang/spindle/builtins/textwrap"
	"github.com/spindle-lang/spindle/builtins/thread"
	"github.com/spindle-lang/spindle/builtins/threading"
	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/builtins/timeit"
	"github.com/spindle-lang/spindle/builtins/traceback"
	pytypes "github.com/spindle-lang/spindle/builtins/types"
	"github.com/spindle-lang/spindle/builtins/typing"
	"github.com/spindle-lang/spindle/builtins/unicodedata"
	"github.com/spindle-lang/spindle/builtins/unittest"
	"github.com/spindle-lang/spindle/builtins/urllib"
	"github.com/spindle-lang/spindle/builtins/uuid"
	pywarnings "github.com/spindle-lang/spindle/builtins/warnings"
	"github.com/spindle-lang/spindle/builtins/weakref"
	pyzlib "github.com/spindle-lang/spindle/builtins/zlib"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/lower/abi"
	"github.com/spindle-lang/spindle/interp/py"
)

// nativeModules is the whole list of built-in importable modules. spindle
// is hermetic: nothing else can be imported unless an embedder adds it.
func nativeModules() map[string]*core.Module {
	return map[string]*core.Module{
		"threading":   threading.Module,
		"time":        pytime.Module,
		"sys":         sys.Module,
		"queue":       queue.Module,
		"random":      random.Module,
		"logging":     logging.Module,
		"math":        pymath.Module,
		"cmath":       cmath.Module,
		"functools":   functools.Module,
		"collections": collections.Module,
		"os":          os.Module,
		"os.path":     os.Path,
		"itertools":   itertools.Module,
		"traceback":   traceback.Module,
		"atexit":      atexit.Module,
		"datetime":    datetime.Module,
		"heapq":       heapq.Module,
		"typing":      typing.Module,
		"copy":        copy.Module,
		"pickle":      pickle.Module,
		"_pickle":     pickle.Module,
		"json":        json.Module,
		"abc":         abc.Module,
		"contextlib":  contextlib.Module,
		"dataclasses": dataclasses.Module,
		"operator":    operator.Module,
		"hashlib":     hashlib.Module,
		"uuid":        uuid.Module,
		"textwrap":    textwrap.Module,
		"statistics":  statistics.Module,
		"timeit":      timeit.Module,
		"sched":       sched.Module,
		"graphlib":    graphlib.Module,
		"errno":       errno.Module,
		"keyword":     keyword.Module,
		"enum":        enum.Module,
		"decimal":     decimal.Module,
		"argparse":    argparse.Module,
		"signal":      pysignal.Module,
		"io":          pyio.Module,
		"tempfile":    tempfile.Module,
		"re":          re.Module,
		"gc":          gc.Module,
		"weakref":     weakref.Module,
		"bisect":      bisect.Module,
		"contextvars": contextvars.Module,
		"pprint":      pprint.Module,
		"fractions":   fractions.Module,
		"types":       pytypes.Module,
		"base64":      pybase64.Module,
		"binascii":    pybase64.Binascii,
		"secrets":     secrets.Module,
		"struct":      pystruct.Module,

		"multiprocessing":       multiprocessing.Module,
		"multiprocessing.dummy": multiprocessing.Dummy,
		"multiprocessing.pool":  multiprocessing.Pool,
		"numbers":               numbers.Module,
		"warnings":              pywarnings.Module,
		"inspect":               inspect.Module,
		"asyncio":               asyncio.Module,

		"_queue":                    queueC,
		"concurrent":                concurrent.Module,
		"concurrent.futures":        concurrent.Futures,
		"concurrent.futures.thread": concurrent.Thread,
		"__future__":                futureModule,

		"array":          pyarray.Module,
		"calendar":       pycalendar.Module,
		"csv":            pycsv.Module,
		"platform":       platform.Module,
		"shlex":          shlex.Module,
		"zlib":           pyzlib.Module,
		"unicodedata":    unicodedata.Module,
		"urllib":         urllib.Module,
		"urllib.parse":   urllib.Parse,
		"urllib.error":   urllib.Error,
		"urllib.request": urllib.Request,
	}
}

// queueC is _queue, CPython's C part of queue: SimpleQueue and Empty.
var queueC = &core.Module{Name: "_queue", Members: starlark.StringDict{
	"SimpleQueue": queue.Module.Members["SimpleQueue"],
	"Empty":       queue.Module.Members["Empty"],
}}

// sourceModule is a built-in module written in Python.
type sourceModule struct {
	file, source string
	helpers      starlark.StringDict // predeclared for its source only
}

// sourceModules are the built-in modules written in Python.
var sourceModules = map[string]sourceModule{
	"unittest":          {unittest.File, unittest.Source, unittest.Helpers},
	"unittest.__main__": {unittest.MainFile, unittest.MainSource, nil},
	"_thread":           {"<frozen _thread>", thread.Thread, thread.Helpers},
	"_threading_local":  {"<frozen _threading_local>", thread.ThreadingLocal, nil},
	"doctest":           {doctest.File, doctest.Source, doctest.Helpers},
	"_testcapi":         {testcapi.File, testcapi.Source, nil},
	"subprocess":        {"<frozen subprocess>", stdlib.Subprocess, nil},
	"unittest.mock":     {"<frozen unittest.mock>", stdlib.Mock, nil},
	"difflib":           {difflib.File, difflib.Source, nil},
	"logging.handlers":  {"<frozen logging.handlers>", logging.Handlers, nil},
	"logging.config":    {"<frozen logging.config>", logging.Config, logging.ConfigHelpers},
	"collections.abc":   {"<frozen collections.abc>", stdlib.CollectionsAbc, nil},
	"reprlib":           {"<frozen reprlib>", stdlib.Reprlib, nil},
	"pathlib":           {"<frozen pathlib>", stdlib.Pathlib, nil},
	"pkgutil":           {"<frozen pkgutil>", stdlib.Pkgutil, nil},
	"_collections_user": {"<frozen collections>", stdlib.CollectionsUser, nil},
	"string":            {pystring.File, pystring.Source, pystring.Helpers},
}

// futureModule is __future__. Its features change nothing in spindle:
// the old ones are always on, and annotations are never evaluated.
var futureModule = &core.Module{Name: "__future__", Members: starlark.StringDict{
	"nested_scopes": starlark.True, "generators": starlark.True, "division": starlark.True,
	"absolute_import": starlark.True, "with_statement": starlark.True, "print_function": starlark.True,
	"unicode_literals": starlark.True, "generator_stop": starlark.True, "annotations": starlark.True,
}}

// importModule returns the Interpreter's instance of module name (its
// entry in sys.modules), importing its parent packages first and loading
// it on first use. The caller holds the GIL.
func (in *Interpreter) importModule(thread *starlark.Thread, name string) (starlark.Value, error) {
	if name == "__main__" {
		return in.mainModule(thread), nil
	}
	if m, err := in.waitPending(thread, name); m != nil || err != nil {
		return m, err
	}
	if v, found, _ := sys.Modules(in.rt).Get(starlark.String(name)); found {
		if v == starlark.None {
			return nil, py.Raisef(py.ModuleNotFoundError, "import of %s halted; None in sys.modules", name)
		}
		return v, nil
	}
	var parent starlark.Value
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		var err error
		if parent, err = in.importModule(thread, name[:i]); err != nil {
			return nil, err
		}
	}
	m, err := in.newModule(thread, name, parent)
	if err != nil {
		return nil, err
	}
	in.rt.SetModule(m)
	sys.Modules(in.rt).SetKey(starlark.String(name), m)
	if parent != nil { // attach to the parent package, as Python does
		leaf := name[strings.LastIndexByte(name, '.')+1:]
		if p, ok := parent.(starlark.HasSetField); ok {
			p.SetField(leaf, m)
		}
		if p, ok := parent.(*core.Module); ok {
			in.bindInRunning(thread, p, leaf, m)
		}
	}
	return m, nil
}

// bindInRunning binds name to v among the globals of module m if m's
// top level is running further down thread's stack: a package's
// __init__ that imports its submodule (from .base import Base) sees
// base among its globals, as in CPython, where they are the module's
// attributes.
func (in *Interpreter) bindInRunning(thread *starlark.Thread, m *core.Module, name string, v starlark.Value) {
	if _, running := in.pending[m.Name]; !running {
		return
	}
	for depth := thread.CallStackDepth() - 1; depth >= 0; depth-- {
		fn, ok := thread.DebugFrame(depth).Callable().(*starlark.Function)
		if ok && fn.Name() == "<toplevel>" && fn.Position().Filename() == m.File {
			builtins.SetModuleGlobal(thread, fn.Module(), name, v)
			return
		}
	}
}

// mainModule returns __main__, for import __main__ and from __main__
// import f (which timeit setups use): the __main__ globals, updated with
// those of the script running in the calling thread, read from the
// function at the bottom of its stack.
func (in *Interpreter) mainModule(thread *starlark.Thread) *core.Module {
	members, file := starlark.StringDict{}, in.opts.Filename
	var vm *starlark.Module // whose functions read the globals that setting attributes sets
	in.mu.Lock()
	doc := in.mainDoc
	for k, v := range in.globals {
		if v, ok := globalValue(v); ok && !strings.HasPrefix(k, abi.Prefix) {
			members[k] = v
		}
	}
	in.mu.Unlock()
	for i := thread.CallStackDepth() - 1; i >= 0; i-- {
		if fn, ok := thread.DebugFrame(i).Callable().(*starlark.Function); ok {
			for k, v := range fn.Globals() {
				if c, isCell := v.(*py.Cell); v != nil && (!isCell || c.V != nil) && !in.internalGlobal(k, v) {
					members[k] = v
				}
			}
			file, vm = fn.Position().Filename(), fn.Module()
			break
		}
	}
	if _, ok := members["__file__"]; !ok && file != "" && !strings.HasPrefix(file, "<") {
		members["__file__"] = starlark.String(file)
	}
	return &core.Module{Name: "__main__", File: file, Members: members, Doc: doc, VM: func() *starlark.Module { return vm }}
}

// internalGlobal reports whether the global k of a script, bound to v,
// is the front-end's and not the script's: a synthesized __sp_ name, or
// a builtin the lowered code binds under its own name.
func (in *Interpreter) internalGlobal(k string, v starlark.Value) bool {
	if strings.HasPrefix(k, abi.Prefix) {
		return true
	}
	b, ok := in.predeclared[k]
	return ok && sameValue(b, py.Unbox(v))
}

// newModule makes module name: a native one, an Options.Modules entry,
// or a file from Options.ModuleFS.
func (in *Interpreter) newModule(thread *starlark.Thread, name string, parent starlark.Value) (*core.Module, error) {
	if name == "builtins" {
		return in.builtins, nil
	}
	if native, ok := in.natives[name]; ok && native.Source != "" {
		// run as the modules of sourceModules are, so that setting an
		// attribute of it (warnings.showwarning = f) sets the global its
		// functions read
		m, err := in.loadSourceModule(thread, name, sourceModule{file: "<frozen " + name + ">", source: native.Source})
		if err == nil && native.Loaded != nil {
			native.Loaded(m.Members)
		}
		return m, err
	} else if ok {
		return native.Instantiate(in.rt), nil
	}
	if src, ok := in.opts.Modules[name]; ok {
		return in.loadModule(thread, name, src)
	}
	if sm, ok := sourceModules[name]; ok {
		return in.loadSourceModule(thread, name, sm)
	}
	if m, found, err := in.loadFileModule(thread, name, parent); found || err != nil {
		return m, err
	}
	if in.hasSubmodules(name) {
		return &core.Module{Name: name, Members: starlark.StringDict{}, Mutable: true}, nil
	}
	if parent != nil {
		if _, isPkg := in.searchDirs(parent); !isPkg && !in.hasSubmodules(name[:strings.LastIndexByte(name, '.')]) {
			return nil, py.Raisef(py.ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, name[:strings.LastIndexByte(name, '.')]).WithImportContext(name, "")
		}
	}
	return nil, py.Raisef(py.ModuleNotFoundError, "No module named '%s'", name).WithImportContext(name, "")
}

// hasSubmodules reports whether name is a package prefix of a known module.
func (in *Interpreter) hasSubmodules(name string) bool {
	prefix := name + "."
	for k := range in.natives {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	for k := range sourceModules {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	for k := range in.opts.Modules {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

// loadModule turns an Options.Modules entry into a module.
func (in *Interpreter) loadModule(thread *starlark.Thread, name string, src any) (*core.Module, error) {
	switch src := src.(type) {
	case *core.Module:
		return src.Instantiate(in.rt), nil
	case starlark.StringDict:
		return &core.Module{Name: name, Members: src}, nil
	case interface {
		Attr(string) (starlark.Value, error)
		AttrNames() []string
	}:
		members := starlark.StringDict{}
		for _, k := range src.AttrNames() {
			v, err := src.Attr(k)
			if err == nil && v != nil {
				members[k] = v
			}
		}
		return &core.Module{Name: name, Members: members}, nil
	case string, []byte:
		file := name + ".py"
		globals, err := in.execModule(thread, file, name, src)
		if err != nil {
			return nil, err
		}
		return &core.Module{Name: name, File: file, Members: globals}, nil
	}
	return nil, py.Raisef(py.ImportError, "module '%s' has an unsupported type %T", name, src)
}

// importBuiltins returns __import__, bound to in.
func (in *Interpreter) importBuiltins() starlark.StringDict {
	return starlark.StringDict{
		"__import__": starlark.NewBuiltin("__import__", in.dunderImport),
	}
}

// importer is the pyrt.Importer of an Interpreter: the import
// statements of its code.
type importer struct{ in *Interpreter }

// Import implements import a.b [as c]: it returns module a.b, or with
// top the top package a.
func (imp importer) Import(thread *starlark.Thread, name string, top bool) (starlark.Value, error) {
	m, err := imp.in.importModule(thread, name)
	if err != nil || !top {
		return m, err
	}
	first, _, _ := strings.Cut(name, ".")
	return imp.in.importModule(thread, first)
}

// ImportFrom implements from a import x; pkg, the importing module's
// __package__, resolves a relative module name (from .m import x).
func (imp importer) ImportFrom(thread *starlark.Thread, modname, attr string, pkg starlark.Value) (starlark.Value, error) {
	in := imp.in
	if strings.HasPrefix(modname, ".") {
		var err error
		if modname, err = resolveRelative(modname, pkg); err != nil {
			return nil, err
		}
	}
	m, err := in.importModule(thread, modname)
	if err != nil {
		return nil, err
	}
	if v, ok := memberOf(m, attr); ok {
		return v, nil
	}
	if mod, ok := m.(*core.Module); ok { // PEP 562: its __getattr__ may have it
		if v, err := mod.Getattr(thread, attr); v != nil || err != nil && !py.IsAttributeError(err) {
			return v, err
		}
	}
	sub, err := in.importModule(thread, modname+"."+attr)
	if err == nil {
		return sub, nil
	}
	if exc, ok := py.AsException(err); !ok || exc.Class != py.ModuleNotFoundError ||
		!strings.HasPrefix(exc.Message(), "No module named '"+modname+"."+attr+"'") {
		return nil, err // the submodule exists but failed
	}
	return nil, in.cannotImport(m, modname, attr)
}

// memberOf returns attribute attr of a module (or any value in sys.modules).
func memberOf(m starlark.Value, attr string) (starlark.Value, bool) {
	if mod, ok := m.(*core.Module); ok {
		v, ok := mod.Members[attr]
		return py.Unbox(v), ok
	}
	if h, ok := m.(starlark.HasAttrs); ok {
		if v, err := h.Attr(attr); err == nil && v != nil {
			return v, true
		}
	}
	return nil, false
}

// cannotImport is CPython's ImportError for from modname import attr.
func (in *Interpreter) cannotImport(m starlark.Value, modname, attr string) error {
	where := "unknown location"
	partial, path := "", ""
	if mod, ok := m.(*core.Module); ok {
		path = mod.File
		if mod.File != "" {
			where = mod.File
		}
		if _, ok := in.pending[modname]; ok {
			partial = "partially initialized module "
			where = "most likely due to a circular import) (" + where
		}
	}
	return py.Raisef(py.ImportError, "cannot import name '%s' from %s'%s' (%s)", attr, partial, modname, where).WithImportContext(modname, path)
}

// dunderImport implements __import__(name, globals=None, locals=None,
// fromlist=(), level=0): module name, or its top package when fromlist
// is empty.
func (in *Interpreter) dunderImport(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var globals, locals, fromlist starlark.Value = starlark.None, starlark.None, starlark.Tuple(nil)
	level := 0
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "name", &name, "globals?", &globals,
		"locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	if level != 0 {
		return nil, py.Raise(py.ImportError, "spindle's __import__ takes absolute names only (level=0)")
	}
	m, err := in.importModule(thread, name)
	if err != nil || fromlist != starlark.None && fromlist.Truth() {
		return m, err
	}
	first, _, _ := strings.Cut(name, ".")
	return in.importModule(thread, first)
}

// importlibModule is the Interpreter's importlib: import_module and reload.
func (in *Interpreter) importlibModule() *core.Module {
	return &core.Module{Name: "importlib", Members: starlark.StringDict{
		"import_module": starlark.NewBuiltin("import_module", in.importModuleFn),
		"reload":        starlark.NewBuiltin("reload", in.reloadFn),
	}}
}

// importModuleFn implements importlib.import_module(name, package=None).
func (in *Interpreter) importModuleFn(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var pkg starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "name", &name, "package?", &pkg); err != nil {
		return nil, err
	}
	if strings.HasPrefix(name, ".") {
		if pkg == starlark.None {
			return nil, py.Raisef(py.TypeError, "the 'package' argument is required to perform a relative import for %s", py.Repr(starlark.String(name)))
		}
		var err error
		if name, err = resolveRelative(name, pkg); err != nil {
			return nil, err
		}
	}
	return in.importModule(thread, name)
}

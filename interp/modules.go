package interp

// This file defines the import table: the native modules every
// Interpreter can import, plus Options.Modules, and the import builtins.

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/abc"
	"github.com/spindle-lang/spindle/builtins/argparse"
	"github.com/spindle-lang/spindle/builtins/atexit"
	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/builtins/concurrent"
	"github.com/spindle-lang/spindle/builtins/contextlib"
	"github.com/spindle-lang/spindle/builtins/copy"
	"github.com/spindle-lang/spindle/builtins/dataclasses"
	"github.com/spindle-lang/spindle/builtins/datetime"
	"github.com/spindle-lang/spindle/builtins/decimal"
	"github.com/spindle-lang/spindle/builtins/enum"
	"github.com/spindle-lang/spindle/builtins/functools"
	"github.com/spindle-lang/spindle/builtins/hashlib"
	"github.com/spindle-lang/spindle/builtins/heapq"
	"github.com/spindle-lang/spindle/builtins/itertools"
	"github.com/spindle-lang/spindle/builtins/json"
	"github.com/spindle-lang/spindle/builtins/logging"
	pymath "github.com/spindle-lang/spindle/builtins/math"
	"github.com/spindle-lang/spindle/builtins/operator"
	"github.com/spindle-lang/spindle/builtins/os"
	"github.com/spindle-lang/spindle/builtins/queue"
	"github.com/spindle-lang/spindle/builtins/random"
	"github.com/spindle-lang/spindle/builtins/sched"
	pysignal "github.com/spindle-lang/spindle/builtins/signal"
	"github.com/spindle-lang/spindle/builtins/statistics"
	pystring "github.com/spindle-lang/spindle/builtins/string"
	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/builtins/textwrap"
	"github.com/spindle-lang/spindle/builtins/threading"
	pytime "github.com/spindle-lang/spindle/builtins/time"
	"github.com/spindle-lang/spindle/builtins/timeit"
	"github.com/spindle-lang/spindle/builtins/traceback"
	"github.com/spindle-lang/spindle/builtins/typing"
	"github.com/spindle-lang/spindle/builtins/uuid"
	"github.com/spindle-lang/spindle/interp/core"
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
		"functools":   functools.Module,
		"collections": collections.Module,
		"os":          os.Module,
		"itertools":   itertools.Module,
		"traceback":   traceback.Module,
		"atexit":      atexit.Module,
		"datetime":    datetime.Module,
		"heapq":       heapq.Module,
		"typing":      typing.Module,
		"copy":        copy.Module,
		"json":        json.Module,
		"abc":         abc.Module,
		"contextlib":  contextlib.Module,
		"dataclasses": dataclasses.Module,
		"operator":    operator.Module,
		"string":      pystring.Module,
		"hashlib":     hashlib.Module,
		"uuid":        uuid.Module,
		"textwrap":    textwrap.Module,
		"statistics":  statistics.Module,
		"timeit":      timeit.Module,
		"sched":       sched.Module,
		"enum":        enum.Module,
		"decimal":     decimal.Module,
		"argparse":    argparse.Module,
		"signal":      pysignal.Module,

		"concurrent":                concurrent.Module,
		"concurrent.futures":        concurrent.Futures,
		"concurrent.futures.thread": concurrent.Thread,
		"__future__":                futureModule,
	}
}

// futureModule is __future__. Its features change nothing in spindle:
// the old ones are always on, and annotations are never evaluated.
var futureModule = &core.Module{Name: "__future__", Members: starlark.StringDict{
	"nested_scopes": starlark.True, "generators": starlark.True, "division": starlark.True,
	"absolute_import": starlark.True, "with_statement": starlark.True, "print_function": starlark.True,
	"unicode_literals": starlark.True, "generator_stop": starlark.True, "annotations": starlark.True,
}}

// importModule returns the Interpreter's instance of module name, loading
// it on first use. The caller holds the GIL.
func (in *Interpreter) importModule(thread *starlark.Thread, name string) (*core.Module, error) {
	if name == "__main__" {
		return in.mainModule(thread), nil
	}
	if m := in.rt.LoadedModule(name); m != nil {
		return m, nil
	}
	var m *core.Module
	if native, ok := in.natives[name]; ok && native.Source != "" {
		var err error
		if m, err = in.loadModule(thread, name, native.Source); err != nil {
			return nil, err
		}
	} else if ok {
		m = native.Instantiate(in.rt)
	} else if src, ok := in.opts.Modules[name]; ok {
		var err error
		if m, err = in.loadModule(thread, name, src); err != nil {
			return nil, err
		}
	} else if in.hasSubmodules(name) {
		m = &core.Module{Name: name, Members: starlark.StringDict{}, Mutable: true}
	} else {
		return nil, core.Raisef(core.ModuleNotFoundError, "No module named '%s'", name)
	}
	in.rt.SetModule(m)
	// attach to the parent package, as Python does
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		parent, err := in.importModule(thread, name[:i])
		if err != nil {
			return nil, err
		}
		parent.Members[name[i+1:]] = m
	}
	return m, nil
}

// mainModule returns __main__, for import __main__ and from __main__
// import f (which timeit setups use): the __main__ globals, updated with
// those of the script running in the calling thread, read from the
// function at the bottom of its stack.
func (in *Interpreter) mainModule(thread *starlark.Thread) *core.Module {
	members, file := starlark.StringDict{}, in.opts.Filename
	in.mu.Lock()
	for k, v := range in.globals {
		if v, ok := globalValue(v); ok {
			members[k] = v
		}
	}
	in.mu.Unlock()
	for i := thread.CallStackDepth() - 1; i >= 0; i-- {
		if fn, ok := thread.DebugFrame(i).Callable().(*starlark.Function); ok {
			for k, v := range fn.Globals() {
				if c, isCell := v.(*core.Cell); v != nil && (!isCell || c.V != nil) {
					members[k] = v
				}
			}
			file = fn.Position().Filename()
			break
		}
	}
	return &core.Module{Name: "__main__", File: file, Members: members}
}

// hasSubmodules reports whether name is a package prefix of a known module.
func (in *Interpreter) hasSubmodules(name string) bool {
	prefix := name + "."
	for k := range in.natives {
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
	return nil, core.Raisef(core.ImportError, "module '%s' has an unsupported type %T", name, src)
}

// importBuiltins returns __sp_import and __sp_from bound to in.
func (in *Interpreter) importBuiltins() starlark.StringDict {
	return starlark.StringDict{
		"__sp_import": starlark.NewBuiltin("__import__", in.spImport),
		"__sp_from":   starlark.NewBuiltin("__import__", in.spFrom),
	}
}

// spImport implements import a.b [as c]: it returns module a.b, or with a
// true second argument the top package a.
func (in *Interpreter) spImport(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var top bool
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name, &top); err != nil {
		return nil, err
	}
	m, err := in.importModule(thread, name)
	if err != nil || !top {
		return m, err
	}
	first, _, _ := strings.Cut(name, ".")
	return in.importModule(thread, first)
}

// spFrom implements from a import x.
func (in *Interpreter) spFrom(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var modname, attr string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &modname, &attr); err != nil {
		return nil, err
	}
	m, err := in.importModule(thread, modname)
	if err != nil {
		return nil, err
	}
	if v, ok := m.Members[attr]; ok {
		return core.Unbox(v), nil
	}
	if sub, err := in.importModule(thread, modname+"."+attr); err == nil {
		return sub, nil
	}
	where := "unknown location"
	if m.File != "" {
		where = m.File
	}
	return nil, core.Raisef(core.ImportError, "cannot import name '%s' from '%s' (%s)", attr, modname, where)
}

package interp

// This file finds the attribute names a program's files store on
// functions (a decorator's f.help = text), so that each file reads
// them through the lowering's attribute helper wherever it loads them
// (for f in registry: f.help in another module): before a file of the
// program is lowered, it and the files it imports, transitively, as far
// as its import statements name modules found in ModuleFS, are parsed
// once and their names recorded. Modules written in Python that come
// with spindle are not scanned. A script run from the host's file system
// also has its imports looked for in the directory above its own, where
// a tests/test_x.py that puts it on sys.path finds the package it tests
// (a name found by mistake costs only time).

import (
	"io/fs"
	"path/filepath"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/lower"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// funcAttrScan is what the scans found.
type funcAttrScan struct {
	mu    sync.Mutex      // protects following fields
	names map[string]bool // attribute names stored on functions
	files map[string]bool // the files scanned (FS names)
	above string          // the directory above the main script's, or ""
}

// hasFuncAttr reports whether a file of the program stores attribute
// name on functions (lower.Options.FuncAttrs).
func (in *Interpreter) hasFuncAttr(name string) bool {
	in.fattrs.mu.Lock()
	defer in.fattrs.mu.Unlock()
	return in.fattrs.names[name]
}

// scanFuncAttrs records the function attributes of f, the parsed file
// (FS name file) of a module whose package is pkg, and of the files it
// imports. It reads sys.path: the caller holds the GIL, or no script
// runs yet.
func (in *Interpreter) scanFuncAttrs(f *pyast.File, file, pkg string) {
	in.fattrs.mu.Lock()
	in.fattrs.files[file] = true
	for _, name := range lower.FuncAttrNames(f) {
		in.fattrs.names[name] = true
	}
	in.fattrs.mu.Unlock()
	for _, name := range importedNames(f, pkg) {
		in.scanModule(name)
	}
}

// importedNames returns the absolute names of the modules f's import
// statements may import, at any depth of f: for from m import a, both m
// and m.a. pkg is f's package, against which relative names resolve.
func importedNames(f *pyast.File, pkg string) []string {
	var names []string
	pyast.Walk(f, func(n pyast.Node) bool {
		switch n := n.(type) {
		case *pyast.Import:
			for _, a := range n.Names {
				names = append(names, a.Name)
			}
		case *pyast.ImportFrom:
			base, ok := absoluteName(n.Module, pkg)
			if !ok {
				return true
			}
			if base != "" {
				names = append(names, base)
			}
			for _, it := range n.Names {
				names = append(names, strings.TrimPrefix(base+"."+it.Name.Name, "."))
			}
		}
		return true
	})
	return names
}

// absoluteName resolves module name, maybe relative (..m), against
// package pkg.
func absoluteName(name, pkg string) (string, bool) {
	rest := strings.TrimLeft(name, ".")
	dots := len(name) - len(rest)
	if dots == 0 {
		return name, true
	}
	base := pkg
	for ; dots > 1; dots-- {
		i := strings.LastIndexByte(base, '.')
		if i < 0 {
			return "", false
		}
		base = base[:i]
	}
	if base == "" {
		return "", false
	}
	if rest == "" {
		return base, true
	}
	return base + "." + rest, true
}

// scanModule scans the files of module name (a.b.c) and of its parent
// packages that ModuleFS has and no scan read yet.
func (in *Interpreter) scanModule(name string) {
	if in.opts.ModuleFS == nil || in.natives[name] != nil || in.opts.Modules[name] != nil {
		return
	}
	if _, ok := sourceModules[name]; ok {
		return
	}
	dirs := pathDirs(in)
	parts := strings.Split(name, ".")
	for i, part := range parts {
		mf, ok := in.findModule(dirs, part)
		if !ok {
			return
		}
		modname := strings.Join(parts[:i+1], ".")
		pkg := modname
		if mf.dirs == nil {
			pkg = strings.Join(parts[:i], ".")
		}
		if mf.file != "" {
			in.scanFile(mf.file, pkg)
		}
		if dirs = mf.dirs; dirs == nil {
			return
		}
	}
}

// scanFile scans the file of FS name file, of package pkg, unless a
// scan read it; a file that doesn't parse is left to its import.
func (in *Interpreter) scanFile(file, pkg string) {
	in.fattrs.mu.Lock()
	seen := in.fattrs.files[file]
	in.fattrs.mu.Unlock()
	if seen {
		return
	}
	text, err := fs.ReadFile(in.opts.ModuleFS, file)
	if err != nil {
		return
	}
	text, err = parse.DecodeSource(file, text)
	if err != nil {
		return
	}
	f, err := parse.File(file, text, parse.Options{Decoded: true, Context: in.ctx})
	if err != nil {
		in.fattrs.mu.Lock()
		in.fattrs.files[file] = true
		in.fattrs.mu.Unlock()
		return
	}
	in.scanFuncAttrs(f, file, pkg)
}

// scanMain is scanFuncAttrs for the main script, file.
func (in *Interpreter) scanMain(f *pyast.File, file string) {
	if _, host := in.opts.ModuleFS.(HostFS); host && !strings.HasPrefix(file, "<") {
		if abs, err := filepath.Abs(file); err == nil {
			in.fattrs.mu.Lock()
			in.fattrs.above = filepath.Dir(filepath.Dir(abs))
			in.fattrs.mu.Unlock()
		}
	}
	in.scanFuncAttrs(f, file, in.mainPackage())
}

// pathDirs returns the entries of sys.path that are strings, then the
// directory above the main script's (see scanMain).
func pathDirs(in *Interpreter) []string {
	var dirs []string
	l := sys.Path(in.rt)
	for i := 0; i < l.Len(); i++ {
		if s, ok := l.Index(i).(starlark.String); ok {
			dirs = append(dirs, string(s))
		}
	}
	in.fattrs.mu.Lock()
	defer in.fattrs.mu.Unlock()
	if in.fattrs.above != "" {
		dirs = append(dirs, in.fattrs.above)
	}
	return dirs
}

// mainPackage returns the __package__ of __main__ (set by ExecModule),
// or "".
func (in *Interpreter) mainPackage() string {
	in.mu.Lock()
	defer in.mu.Unlock()
	v, _ := globalValue(in.globals["__package__"])
	s, _ := v.(starlark.String)
	return string(s)
}

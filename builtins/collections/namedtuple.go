package collections

// This file defines namedtuple: a subclass of tuple whose instances
// name their items (see namedtuple_class.go for its class body).

import (
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ntSpec describes one namedtuple class. It is immutable.
type ntSpec struct {
	name     string // the typename, which its errors name
	fields   []string
	defaults starlark.Tuple // for the last len(defaults) fields
}

var pyKeywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true,
	"in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// namedtuple implements namedtuple(typename, field_names, *, rename=False,
// defaults=None, module=None).
// https://docs.python.org/3/library/collections.html#collections.namedtuple
func namedtuple(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typename string
	var fieldNames, defaults, module starlark.Value = nil, starlark.None, starlark.None
	rename := false
	if err := core.UnpackArgs(b.Name(), args, kwargs, "typename", &typename, "field_names", &fieldNames,
		"rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	fields, err := fieldList(thread, fieldNames)
	if err != nil {
		return nil, err
	}
	if rename {
		renameFields(fields)
	}
	if err := checkNames(typename, fields, rename); err != nil {
		return nil, err
	}
	spec := &ntSpec{name: typename, fields: fields}
	if defaults != starlark.None {
		d, err := builtins.Elements(thread, defaults)
		if err != nil {
			return nil, err
		}
		if len(d) > len(fields) {
			return nil, py.Raise(py.TypeError, "Got more default values than field names")
		}
		spec.defaults = d
	}
	mod := "__main__"
	if module != starlark.None {
		mod = py.Str(module)
	}
	return builtins.NewUserClass(thread, typename, mod, starlark.Tuple{builtins.TupleType}, spec.body(), nil)
}

// fieldList accepts a list of names or a string of names separated by
// spaces or commas.
func fieldList(thread *starlark.Thread, v starlark.Value) ([]string, error) {
	if s, ok := v.(starlark.String); ok {
		return strings.Fields(strings.ReplaceAll(string(s), ",", " ")), nil
	}
	elems, err := builtins.Elements(thread, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(elems))
	for i, e := range elems {
		out[i] = py.Str(e)
	}
	return out, nil
}

func renameFields(fields []string) {
	seen := map[string]bool{}
	for i, f := range fields {
		if !isIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
			fields[i] = "_" + starlark.MakeInt(i).String()
		}
		seen[fields[i]] = true
	}
}

func checkNames(typename string, fields []string, renamed bool) error {
	for _, name := range append([]string{typename}, fields...) {
		if !isIdentifier(name) {
			return py.Raisef(py.ValueError, "Type names and field names must be valid identifiers: %s", py.Repr(starlark.String(name)))
		}
		if pyKeywords[name] {
			return py.Raisef(py.ValueError, "Type names and field names cannot be a keyword: %s", py.Repr(starlark.String(name)))
		}
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !renamed {
			return py.Raisef(py.ValueError, "Field names cannot start with an underscore: %s", py.Repr(starlark.String(f)))
		}
		if seen[f] {
			return py.Raisef(py.ValueError, "Encountered duplicate field name: %s", py.Repr(starlark.String(f)))
		}
		seen[f] = true
	}
	return nil
}

// new implements __new__(cls, *args, **kwargs): the values of the
// fields from positional and keyword arguments, and the defaults.
func (s *ntSpec) new(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	name := s.name + ".__new__()"
	if len(args) == 0 {
		return nil, py.Raisef(py.TypeError, "%s missing 1 required positional argument: '_cls'", name)
	}
	cls, args := args[0], args[1:]
	n := len(s.fields)
	if len(args) > n {
		return nil, py.Raisef(py.TypeError, "%s takes %d positional arguments but %d were given", name, n+1, len(args)+1)
	}
	vals := make(starlark.Tuple, n)
	copy(vals, args)
	for _, kv := range kwargs {
		k := py.Str(kv[0])
		i := s.index(k)
		if i < 0 {
			return nil, py.Raisef(py.TypeError, "%s got an unexpected keyword argument '%s'", name, k)
		}
		if vals[i] != nil {
			return nil, py.Raisef(py.TypeError, "%s got multiple values for argument '%s'", name, k)
		}
		vals[i] = kv[1]
	}
	var missing []string
	for i := range vals {
		if vals[i] == nil {
			if j := i - (n - len(s.defaults)); j >= 0 {
				vals[i] = s.defaults[j]
				continue
			}
			missing = append(missing, "'"+s.fields[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, missingError(name, missing)
	}
	return s.instance(thread, cls, vals)
}

func missingError(name string, missing []string) error {
	list := missing[0]
	if len(missing) == 2 {
		list = missing[0] + " and " + missing[1]
	} else if len(missing) > 2 {
		list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
	}
	plural := "s"
	if len(missing) == 1 {
		plural = ""
	}
	return py.Raisef(py.TypeError, "%s missing %d required positional argument%s: %s", name, len(missing), plural, list)
}

func (s *ntSpec) index(field string) int {
	for i, f := range s.fields {
		if f == field {
			return i
		}
	}
	return -1
}

// SharedClass returns namedtuple(typename, fields, module=module) for a
// Go module that several Interpreters share (functools' CacheInfo,
// sched.Event): it is made once, and one allocation caches the class's
// facts before any Interpreter's threads read them.
func SharedClass(typename, fields, module string) *py.Class {
	thread := new(starlark.Thread)
	v, err := starlark.Call(thread, Module.Members["namedtuple"], starlark.Tuple{starlark.String(typename), starlark.String(fields)},
		[]starlark.Tuple{{starlark.String("module"), starlark.String(module)}})
	if err != nil {
		panic(err)
	}
	cls := v.(*py.Class)
	if _, err := py.Allocate(thread, cls, starlark.Tuple{starlark.Tuple{}}, nil); err != nil {
		panic(err)
	}
	return cls
}

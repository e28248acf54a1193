package collections

// This file defines namedtuple: a class whose instances are tuples with
// named fields.

import (
	"strings"
	"unicode"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// ntSpec describes one namedtuple class. It is immutable.
type ntSpec struct {
	cls      *py.Class
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
	spec := &ntSpec{fields: fields}
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
	spec.cls = py.NewClass(typename, mod)
	spec.cls.Ext = &py.NativeClass{New: spec.new}
	fieldTuple := make(starlark.Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = starlark.String(f)
	}
	spec.cls.Dict["_fields"] = fieldTuple
	fieldDefaults := starlark.NewDict(len(spec.defaults))
	for i, v := range spec.defaults {
		fieldDefaults.SetKey(starlark.String(fields[len(fields)-len(spec.defaults)+i]), v)
	}
	spec.cls.Dict["_field_defaults"] = fieldDefaults
	spec.cls.Dict["_make"] = starlark.NewBuiltin("_make", spec.make)
	return spec.cls, nil
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

// new creates an instance from positional and keyword arguments.
func (s *ntSpec) new(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	n := len(s.fields)
	name := s.cls.ClassName + ".__new__()"
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
	return &NamedTuple{spec: s, vals: vals}, nil
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

// make implements the class method _make(iterable).
func (s *ntSpec) make(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &it); err != nil {
		return nil, err
	}
	vals, err := builtins.Elements(thread, it)
	if err != nil {
		return nil, err
	}
	if len(vals) != len(s.fields) {
		return nil, py.Raisef(py.TypeError, "Expected %d arguments, got %d", len(s.fields), len(vals))
	}
	return &NamedTuple{spec: s, vals: vals}, nil
}

// NamedTuple is an instance of a namedtuple class. It is immutable.
type NamedTuple struct {
	spec *ntSpec
	vals starlark.Tuple
}

var (
	_ starlark.Indexable  = (*NamedTuple)(nil)
	_ starlark.Sliceable  = (*NamedTuple)(nil)
	_ starlark.Sequence   = (*NamedTuple)(nil)
	_ starlark.HasAttrs   = (*NamedTuple)(nil)
	_ starlark.Comparable = (*NamedTuple)(nil)
	_ starlark.Container  = (*NamedTuple)(nil)
	_ py.CrossComparable  = (*NamedTuple)(nil)
	_ builtins.PyHasher   = (*NamedTuple)(nil)
)

// String returns the repr: Point(x=1, y=2).
func (t *NamedTuple) String() string {
	parts := make([]string, len(t.vals))
	for i, v := range t.vals {
		parts[i] = t.spec.fields[i] + "=" + py.Repr(v)
	}
	return t.spec.cls.ClassName + "(" + strings.Join(parts, ", ") + ")"
}
func (t *NamedTuple) Type() string               { return t.spec.cls.VMType() }
func (t *NamedTuple) Freeze()                    { t.vals.Freeze() }
func (t *NamedTuple) Truth() starlark.Bool       { return len(t.vals) > 0 }
func (t *NamedTuple) Hash() (uint32, error)      { return t.vals.Hash() }
func (t *NamedTuple) Len() int                   { return len(t.vals) }
func (t *NamedTuple) Index(i int) starlark.Value { return t.vals[i] }

// Slice implements t[i:j:k]: a plain tuple, as in CPython.
func (t *NamedTuple) Slice(start, end, step int) starlark.Value {
	return t.vals.Slice(start, end, step)
}

func (t *NamedTuple) Iterate() starlark.Iterator         { return t.vals.Iterate() }
func (t *NamedTuple) Has(x starlark.Value) (bool, error) { return t.vals.Has(x) }

// PyHash is hash(t): a tuple's.
func (t *NamedTuple) PyHash() (int64, error) { return builtins.TupleHash(t.vals) }

// PyClass returns the namedtuple class.
func (t *NamedTuple) PyClass() *py.Class { return t.spec.cls }

// CompareSameType compares as tuples.
func (t *NamedTuple) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return builtins.CompareOp(op, t.vals, y.(*NamedTuple).vals)
}

// CompareOther compares with a tuple as a tuple: Point(1, 2) == (1, 2).
func (t *NamedTuple) CompareOther(op syntax.Token, y starlark.Value, depth int, swapped bool) (result, handled bool, err error) {
	ys, ok := y.(starlark.Tuple)
	if !ok {
		return false, false, nil
	}
	x, y := starlark.Value(t.vals), starlark.Value(ys)
	if swapped {
		x, y = y, x
	}
	r, err := builtins.CompareOp(op, x, y)
	return r, true, err
}

// Attr returns a field or one of _asdict, _replace, _fields.
func (t *NamedTuple) Attr(name string) (starlark.Value, error) {
	if i := t.spec.index(name); i >= 0 {
		return t.vals[i], nil
	}
	switch name {
	case "_asdict":
		return starlark.NewBuiltin(name, t.asdict).BindReceiver(t), nil
	case "_replace":
		return starlark.NewBuiltin(name, t.replace).BindReceiver(t), nil
	case "_fields", "_make", "_field_defaults":
		return t.spec.cls.Dict[name], nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (t *NamedTuple) AttrNames() []string {
	return append(append([]string(nil), t.spec.fields...), "_asdict", "_field_defaults", "_fields", "_make", "_replace")
}

func (t *NamedTuple) asdict(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(t.vals))
	for i, v := range t.vals {
		d.SetKey(starlark.String(t.spec.fields[i]), v)
	}
	return d, nil
}

func (t *NamedTuple) replace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Raisef(py.TypeError, "%s._replace() takes 1 positional argument but %d were given", t.spec.cls.ClassName, len(args)+1)
	}
	vals := append(starlark.Tuple(nil), t.vals...)
	var bad []string
	for _, kv := range kwargs {
		k := py.Str(kv[0])
		if i := t.spec.index(k); i >= 0 {
			vals[i] = kv[1]
		} else {
			bad = append(bad, py.Repr(kv[0]))
		}
	}
	if len(bad) > 0 {
		return nil, py.Raisef(py.ValueError, "Got unexpected field names: [%s]", strings.Join(bad, ", "))
	}
	return &NamedTuple{spec: t.spec, vals: vals}, nil
}

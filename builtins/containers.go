package builtins

// This file defines the list, dict and set methods that CallMethod
// dispatches with Python semantics, and the unbound methods of the
// builtin types (str.lower, list.append, dict.fromkeys).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

var listMethods = map[string]method{
	"sort":    listSort,
	"reverse": listReverse,
	"count":   listCount,
	"copy":    listCopy,
	"index":   listIndex,
	"pop":     listPop,
	"clear":   clearMethod,
	"extend":  listExtend,
}

var dictMethods = map[string]method{
	"copy":       dictCopy,
	"get":        dictGet,
	"pop":        dictPop,
	"popitem":    dictPopitem,
	"update":     dictUpdate,
	"setdefault": dictSetdefault,
	"fromkeys":   dictFromkeys,
	"clear":      clearMethod,
	"keys":       dictView(viewKeys),
	"values":     dictView(viewValues),
	"items":      dictView(viewItems),
}

func listSort(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Raise(py.TypeError, "sort() takes no positional arguments")
	}
	return starlark.None, SortList(thread, recv.(*starlark.List), kwargs)
}

func listReverse(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("reverse", args, kwargs, 0); err != nil {
		return nil, err
	}
	l := recv.(*starlark.List)
	elems := listElems(l)
	for i, v := range elems {
		if err := l.SetIndex(len(elems)-1-i, v); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func listCount(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "list.count() takes exactly one argument (%d given)", len(args))
	}
	n := 0
	for _, v := range listElems(recv.(*starlark.List)) {
		if eq, err := itemEquals(v, args[0]); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

func listCopy(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.NewList(listElems(recv.(*starlark.List))), nil
}

// listExtend implements list.extend with Python's iteration protocol,
// so an error a user class's __iter__ or __next__ raises propagates.
func listExtend(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("extend", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	items, err := Elements(thread, x) // a copy first: l.extend(l) doubles l
	if err != nil {
		return nil, err
	}
	l := recv.(*starlark.List)
	for _, v := range items {
		if err := l.Append(v); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func listIndex(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, startv, endv starlark.Value
	if err := starlark.UnpackPositionalArgs("index", args, kwargs, 1, &x, &startv, &endv); err != nil {
		return nil, err
	}
	elems := listElems(recv.(*starlark.List))
	start, err := unpackIndex("index", startv, 0)
	if err != nil {
		return nil, err
	}
	end, err := unpackIndex("index", endv, len(elems))
	if err != nil {
		return nil, err
	}
	start, end = runeRange(start, end, len(elems))
	for i := start; i < end; i++ {
		if eq, err := itemEquals(elems[i], x); err != nil {
			return nil, err
		} else if eq {
			return starlark.MakeInt(i), nil
		}
	}
	s, err := Repr(thread, x)
	if err != nil {
		return nil, err
	}
	return nil, py.Raisef(py.ValueError, "%s is not in list", s)
}

func listPop(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iv starlark.Value = starlark.MakeInt(-1)
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 0, &iv); err != nil {
		return nil, err
	}
	l := recv.(*starlark.List)
	if l.Len() == 0 {
		return nil, py.Raise(py.IndexError, "pop from empty list")
	}
	i, err := asIndex(iv)
	if err != nil {
		return nil, err
	}
	n, ok := i.Int64()
	if ok && n < 0 {
		n += int64(l.Len())
	}
	if !ok || n < 0 || n >= int64(l.Len()) {
		return nil, py.Raise(py.IndexError, "pop index out of range")
	}
	pop, err := l.Attr("pop")
	if err != nil {
		return nil, err
	}
	return starlark.Call(thread, pop, starlark.Tuple{starlark.MakeInt64(n)}, nil)
}

func clearMethod(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("clear", args, kwargs, 0); err != nil {
		return nil, err
	}
	var err error
	switch x := recv.(type) {
	case *starlark.List:
		err = x.Clear()
	case *starlark.Dict:
		err = x.Clear()
	}
	return starlark.None, err
}

func dictCopy(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	d := recv.(*starlark.Dict)
	c := starlark.NewDict(d.Len())
	for _, kv := range d.Items() {
		c.SetKey(kv[0], kv[1])
	}
	return c, nil
}

func dictPop(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, def starlark.Value
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 1, &k, &def); err != nil {
		return nil, err
	}
	v, found, err := recv.(*starlark.Dict).Delete(k)
	switch {
	case err != nil:
		return nil, Unhashable(err)
	case found:
		return v, nil
	case def != nil:
		return def, nil
	}
	return nil, py.NewException(py.KeyError, k)
}

func dictPopitem(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("popitem", args, kwargs, 0); err != nil {
		return nil, err
	}
	d := recv.(*starlark.Dict)
	items := d.Items()
	if len(items) == 0 {
		return nil, py.Raise(py.KeyError, "popitem(): dictionary is empty")
	}
	last := items[len(items)-1]
	if _, _, err := d.Delete(last[0]); err != nil {
		return nil, err
	}
	return last, nil
}

// dictUpdate implements dict.update([other], **kwargs).
func dictUpdate(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "update expected at most 1 argument, got %d", len(args))
	}
	d := recv.(*starlark.Dict)
	if len(args) == 1 {
		if err := updateFrom(thread, d, args[0]); err != nil {
			return nil, err
		}
	}
	for _, kv := range kwargs {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func updateFrom(thread *starlark.Thread, d *starlark.Dict, other starlark.Value) error {
	if o, ok := py.Base(other).(*starlark.Dict); ok {
		return dictMerge(d, o)
	}
	if keys, err := getAttrIn(thread, other, "keys"); err == nil && keys != nil {
		return mergeKeys(thread, d, other, keys)
	}
	i := 0
	return ForEach(thread, other, func(item starlark.Value) error {
		pair, err := Elements(thread, item)
		if err != nil {
			return py.Raisef(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return py.Raisef(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return Unhashable(d.SetKey(pair[0], pair[1]))
	})
}

// mergeKeys sets d[k] = other[k] for each k of other.keys(), as
// CPython's dict(m) and d.update(m) do for a mapping m that is not a
// dict (a collections.abc.Mapping, any class with keys and __getitem__).
func mergeKeys(thread *starlark.Thread, d *starlark.Dict, other, keys starlark.Value) error {
	ks, err := starlark.Call(thread, keys, nil, nil)
	if err != nil {
		return err
	}
	return ForEach(thread, ks, func(k starlark.Value) error {
		v, err := GetItem(other, k)
		if err != nil {
			return err
		}
		return Unhashable(d.SetKey(k, v))
	})
}

func dictSetdefault(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := keyArgs("setdefault", args, kwargs); err != nil {
		return nil, err
	}
	var def starlark.Value = starlark.None
	if len(args) == 2 {
		def = args[1]
	}
	d := recv.(*starlark.Dict)
	v, found, err := LookupKey(d, args[0])
	if err != nil {
		return nil, err
	}
	if found {
		return v, nil
	}
	return def, d.SetKey(args[0], def)
}

// dictFromkeys implements dict.fromkeys(iterable, value=None); the
// receiver is ignored (it is a classmethod).
func dictFromkeys(thread *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("fromkeys", args, kwargs, 1, &it, &v); err != nil {
		return nil, err
	}
	d := starlark.NewDict(0)
	err := ForEach(thread, it, func(k starlark.Value) error { return Unhashable(d.SetKey(k, v)) })
	return d, err
}

// Method names the builtin types expose unbound, as str.lower.
var unboundNames = map[*py.Class][]string{
	StrType: {"capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs",
		"find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
		"isidentifier", "islower", "isprintable", "isnumeric", "isspace", "istitle", "isupper", "join", "ljust",
		"lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace",
		"rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
		"splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"},
	ListType: {"append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"},
	DictType: {"clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"},
	SetType: {"add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update",
		"isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union", "update"},
	FrozenSetType: {"copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"},
}

// addTypeMethods fills the builtin types' Dicts with unbound methods.
func addTypeMethods() {
	for cls, names := range unboundNames {
		for _, name := range names {
			cls.Dict[name] = unbound(cls, name)
		}
	}
	for cls, methods := range map[*py.Class]map[string]method{IntType: intMethods, FloatType: floatMethods,
		BytesType: bytesMethods, ByteArrayType: bytesMethods, TupleType: tupleMethods, RangeType: rangeMethods} {
		for name := range methods {
			cls.Dict[name] = unbound(cls, name)
		}
	}
	for name := range byteArrayMethods {
		ByteArrayType.Dict[name] = unbound(ByteArrayType, name)
	}
	StrType.Dict["maketrans"] = starlark.NewBuiltin("maketrans", strMaketrans)
	BytesType.Dict["maketrans"] = starlark.NewBuiltin("maketrans", bytesMaketrans)
	ByteArrayType.Dict["maketrans"] = starlark.NewBuiltin("maketrans", bytesMaketrans)
	BytesType.Dict["fromhex"] = starlark.NewBuiltin("fromhex", bytesFromhex)
	ByteArrayType.Dict["fromhex"] = starlark.NewBuiltin("fromhex", byteArrayFromhex)
	addNumberClassMethods()
	DictType.Dict["fromkeys"] = starlark.NewBuiltin("fromkeys", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return dictFromkeys(thread, nil, args, kwargs)
	})
}

// unbound returns cls.name as a function of the receiver and arguments.
func unbound(cls *py.Class, name string) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "unbound method %s.%s() needs an argument", cls.ClassName, name)
		}
		recv := py.Base(args[0])
		if _, inst := recv.(*py.Instance); inst || !IsInstance(recv, cls) {
			return nil, py.Raisef(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, cls.ClassName, py.TypeName(args[0]))
		}
		return CallMethod(thread, recv, name, args[1:], kwargs)
	})
}

package builtins

// This file defines the builtin type objects (int, str, list, ...), which
// are *py.Class values that convert their argument when called, and
// type, isinstance and issubclass.

import (
	"math"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

type newFunc = func(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

func newType(name string, base *py.Class, fn newFunc) *py.Class {
	var c *py.Class
	if base == nil {
		c = py.NewClass(name, "")
	} else {
		c = py.NewClass(name, "", base)
	}
	if fn != nil {
		c.Ext = &py.NativeClass{New: fn}
	}
	return c
}

// The builtin types. ObjectType is the root of every class; TypeOf maps
// each Starlark value to its type.
var (
	ObjectType          = py.Object
	TypeType            = newType("type", ObjectType, nil) // Ext set in init (typeNew uses TypeOf)
	IntType             = newType("int", ObjectType, newInt)
	BoolType            = newType("bool", IntType, newBool)
	FloatType           = newType("float", ObjectType, newFloat)
	StrType             = newType("str", ObjectType, newStr)
	BytesType           = newType("bytes", ObjectType, newBytes)
	ListType            = newType("list", ObjectType, newList)
	TupleType           = newType("tuple", ObjectType, newTuple)
	DictType            = newType("dict", ObjectType, newDict)
	SetType             = newType("set", ObjectType, newSet)
	FrozenSetType       = newType("frozenset", ObjectType, newFrozenSet)
	RangeType           = newType("range", ObjectType, newRange)
	NoneTypeType        = py.NoneType // Ext set in init
	FunctionType        = newType("function", ObjectType, nil)
	BuiltinFunctionType = newType("builtin_function_or_method", ObjectType, nil)
	ModuleType          = newType("module", ObjectType, newModule)
	MethodType          = newType("method", ObjectType, newMethod)
)

func init() {
	TypeType.Ext = &py.NativeClass{New: typeNew}
	NoneTypeType.Ext = &py.NativeClass{New: newNone}
	TypeType.Dict["__call__"] = starlark.NewBuiltin("__call__", typeCall)
	TypeType.Dict["__init__"] = starlark.NewBuiltin("__init__", typeInit)
	TypeType.Dict["__new__"] = &py.StaticMethod{Fn: starlark.NewBuiltin("__new__", typeNewStatic)}
	for _, c := range []*py.Class{TypeType, ListType, TupleType, DictType, SetType, FrozenSetType} {
		c.Generic = true
	}
	newMethod := &py.StaticMethod{Fn: starlark.NewBuiltin("object.__new__", objectNew)}
	ObjectType.Dict["__new__"] = newMethod
	py.BaseException.Dict["__new__"] = newMethod
	addTypeMethods()
	addDataTypes()
}

// otherTypes memoizes the class of each other Starlark type, by Type().
var otherTypes sync.Map // string -> *py.Class

// TypeOf returns Python's type(v).
func TypeOf(v starlark.Value) *py.Class {
	switch v := v.(type) {
	case starlark.NoneType:
		return NoneTypeType
	case starlark.Bool:
		return BoolType
	case starlark.Int:
		return IntType
	case starlark.Float:
		return FloatType
	case starlark.String:
		return StrType
	case starlark.Bytes:
		return BytesType
	case *ByteArray:
		return ByteArrayType
	case *MemoryView:
		return MemoryViewType
	case *starlark.List:
		return ListType
	case starlark.Tuple:
		return TupleType
	case *starlark.Dict:
		return DictType
	case *Set:
		return v.PyClass()
	case *starlark.Function, *genFunc:
		return FunctionType
	case *starlark.Builtin:
		return BuiltinFunctionType
	case *py.GenericAlias:
		return GenericAliasType
	case *py.Class:
		if m := v.Metaclass; m != nil {
			return m
		}
		return TypeType
	case *core.Module:
		return ModuleType
	case *py.BoundMethod:
		return MethodType
	case *py.Exception:
		return v.Class
	case *py.Property:
		return PropertyType
	case *py.StaticMethod:
		return StaticMethodType
	case *py.ClassMethod:
		return ClassMethodType
	case interface{ PyClass() *py.Class }:
		return v.PyClass()
	case *py.Cell:
		return TypeOf(py.Unbox(v))
	}
	if v.Type() == "range" {
		return RangeType
	}
	name := py.TypeName(v)
	if c, ok := otherTypes.Load(name); ok {
		return c.(*py.Class)
	}
	c, _ := otherTypes.LoadOrStore(name, otherType(name))
	return c.(*py.Class)
}

// otherType makes the class of a Go value whose Python type name is
// name; a dotted name ("itertools.count") is a class of that module
// (__name__ "count", __module__ "itertools").
func otherType(name string) *py.Class {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return newType(name, ObjectType, nil)
	}
	c := newType(name[i+1:], ObjectType, nil)
	c.Module = name[:i]
	return c
}

// IsInstance reports whether v is an instance of cls or a subclass.
func IsInstance(v starlark.Value, cls *py.Class) bool {
	if cls == ObjectType {
		return true
	}
	t := TypeOf(v)
	if t.IsSubclass(cls) {
		return true
	}
	// Native classes whose instances don't report their class.
	_, native := cls.Ext.(*py.NativeClass)
	return native && t.Ext == nil && t.ClassName == cls.ClassName && cls.Module != ""
}

func isSubclass(c, base *py.Class) bool {
	return base == ObjectType || c.IsSubclass(base)
}

// typeNew implements type(x).
// https://docs.python.org/3/library/functions.html#type
func typeNew(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return TypeOf(args[0]), nil
	}
	if len(args) == 1 {
		return nil, py.Raise(py.TypeError, "type() takes no keyword arguments")
	}
	if len(args) != 3 {
		return nil, py.Raise(py.TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := starlark.AsString(args[0])
	if !ok {
		return nil, py.Raisef(py.TypeError, "type.__new__() argument 1 must be str, not %s", py.TypeName(args[0]))
	}
	bases, ok := args[1].(starlark.Tuple)
	if !ok {
		return nil, py.Raisef(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", py.TypeName(args[1]))
	}
	dict, ok := py.Base(args[2]).(*starlark.Dict) // a dict subclass's too, from __prepare__
	if !ok {
		return nil, py.Raisef(py.TypeError, "type.__new__() argument 3 must be dict, not %s", py.TypeName(args[2]))
	}
	return NewUserClass(thread, name, "__main__", bases, dict, nil, kwargs...) // kwargs go to __init_subclass__
}

// classInfo checks isinstance/issubclass's second argument.
func classInfo(fname string, v starlark.Value, match func(*py.Class) (bool, error)) (bool, error) {
	switch v := v.(type) {
	case *py.Class:
		return match(v)
	case starlark.Tuple:
		return anyClassInfo(fname, v, match)
	case *py.Union: // int | None, typing.Optional[int]
		return anyClassInfo(fname, v.Args, match)
	case *py.GenericAlias:
		if v.OfTypingGeneric() {
			return false, py.Raise(py.TypeError, "Subscripted generics cannot be used with class and instance checks")
		}
		return false, py.Raisef(py.TypeError, "%s() argument 2 cannot be a parameterized generic", fname)
	case ClassInfo:
		c, err := v.ClassInfo()
		if err != nil {
			return false, err
		}
		return classInfo(fname, c, match)
	}
	return false, py.Raisef(py.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname)
}

// anyClassInfo reports whether any of infos matches, in order.
func anyClassInfo(fname string, infos starlark.Tuple, match func(*py.Class) (bool, error)) (bool, error) {
	for _, x := range infos {
		if ok, err := classInfo(fname, x, match); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// ClassInfo is a value besides classes, tuples and unions that
// isinstance and issubclass accept as their second argument: typing's
// aliases (typing.List checks list). ClassInfo returns the class (or
// tuple, or union) it stands for, or the TypeError of an alias that
// refuses the checks (typing.Any, typing.List[int]).
type ClassInfo interface {
	ClassInfo() (starlark.Value, error)
}

// isinstance implements isinstance(obj, classinfo).
// https://docs.python.org/3/library/functions.html#isinstance
func isinstance(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, info starlark.Value
	if err := starlark.UnpackPositionalArgs("isinstance", args, kwargs, 2, &obj, &info); err != nil {
		return nil, err
	}
	ok, err := classInfo("isinstance", info, func(c *py.Class) (bool, error) {
		if TypeOf(obj) == c {
			return true, nil
		}
		if r, ok, err := metaCheck(thread, c, "__instancecheck__", obj); ok {
			return r, err
		}
		if IsInstance(obj, c) || IsVirtualSubclass(TypeOf(obj), c) {
			return true, nil
		}
		if check, ok := c.Dict["__instancecheck__"].(*starlark.Builtin); ok {
			v, err := starlark.Call(thread, check, starlark.Tuple{obj}, nil) // typing's runtime protocols
			return v == starlark.True, err
		}
		return subclassHook(thread, c, TypeOf(obj))
	})
	return starlark.Bool(ok), err
}

// issubclass implements issubclass(cls, classinfo).
// https://docs.python.org/3/library/functions.html#issubclass
func issubclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, info starlark.Value
	if err := starlark.UnpackPositionalArgs("issubclass", args, kwargs, 2, &obj, &info); err != nil {
		return nil, err
	}
	c, ok := obj.(*py.Class)
	if _, alias := info.(*py.GenericAlias); alias { // refused before arg 1 is looked at
		_, err := classInfo("issubclass", info, nil)
		return nil, err
	}
	if !ok {
		return nil, py.Raise(py.TypeError, "issubclass() arg 1 must be a class")
	}
	ok, err := classInfo("issubclass", info, func(base *py.Class) (bool, error) {
		if r, ok, err := metaCheck(thread, base, "__subclasscheck__", c); ok {
			return r, err
		}
		if isSubclass(c, base) || IsVirtualSubclass(c, base) {
			return true, nil
		}
		return subclassHook(thread, base, c)
	})
	return starlark.Bool(ok), err
}

// metaCheck calls the __instancecheck__ or __subclasscheck__ (name)
// that c's metaclass defines, with x, reporting whether it has one.
func metaCheck(thread *starlark.Thread, c *py.Class, name string, x starlark.Value) (result, ok bool, err error) {
	m := c.Metaclass
	if m == nil {
		return false, false, nil
	}
	if fn, owner := m.Lookup(name); fn == nil || !owner.IsUser() {
		return false, false, nil
	}
	check, err := GetAttr(c, name)
	if err != nil {
		return false, true, err
	}
	r, err := starlark.Call(thread, check, starlark.Tuple{x}, nil)
	if err != nil {
		return false, true, err
	}
	return bool(r.Truth()), true, nil
}

// VirtualBase is the registry of an ABC (the _abc_impl in its dict):
// the classes ABC.register made its virtual subclasses.
type VirtualBase interface {
	Registered(c *py.Class) bool
}

// IsVirtualSubclass reports whether c is or derives from a class
// registered with base (abc's ABC.register).
func IsVirtualSubclass(c, base *py.Class) bool {
	r, ok := base.Dict["_abc_impl"].(VirtualBase)
	return ok && r.Registered(c)
}

// subclassHook asks base's __subclasshook__, where a user class (an ABC
// of collections.abc) defines one, whether c counts as its subclass, as
// ABCMeta.__subclasscheck__ does: True counts, False and NotImplemented
// don't.
func subclassHook(thread *starlark.Thread, base, c *py.Class) (bool, error) {
	if _, owner := base.Lookup("__subclasshook__"); owner == nil || !owner.IsUser() {
		return false, nil
	}
	hook, err := GetAttr(base, "__subclasshook__")
	if err != nil {
		return false, err
	}
	r, err := starlark.Call(thread, hook, starlark.Tuple{c}, nil)
	return r == starlark.True, err
}

// objectNew implements object.__new__(cls) and BaseException.__new__(cls,
// *args), which super().__new__(cls) reaches from a user class's __new__.
func objectNew(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "object.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*py.Class)
	if !ok {
		return nil, py.Raisef(py.TypeError, "object.__new__(X): X is not a type object (%s)", py.TypeName(args[0]))
	}
	if cls.IsSubclass(py.BaseException) {
		return py.Allocate(thread, cls, args[1:], nil)
	}
	if len(args) > 1 || len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
	}
	if !cls.IsUser() {
		if cls != py.Object && (cls.Module == "" || cls.Module == "builtins") {
			return nil, py.Raisef(py.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.ClassName, cls.ClassName)
		}
		return starlark.Call(thread, cls, nil, nil) // a library class CPython writes in Python
	}
	if cls.IsData() {
		return nil, py.Raisef(py.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.ClassName, cls.ClassName)
	}
	return py.Allocate(thread, cls, nil, nil)
}

func newNone(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "NoneType takes no arguments")
	}
	return starlark.None, nil
}

// optArg unpacks at most one positional argument named for errors.
func optArg(name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if len(kwargs) > 0 {
		return nil, py.Raisef(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		x = args[0]
	}
	return x, nil
}

func newBool(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("bool", args, kwargs)
	if err != nil || x == nil {
		return starlark.False, err
	}
	return truth(thread, x)
}

// truth is Python's bool(x), honouring __bool__ and __len__ of objects.
func truth(thread *starlark.Thread, x starlark.Value) (starlark.Bool, error) {
	if o, ok := x.(*py.Instance); ok {
		return o.TruthErr()
	}
	return x.Truth(), nil
}

// newInt implements int(x=0, base=10).
// https://docs.python.org/3/library/functions.html#int
func newInt(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, base starlark.Value
	if err := starlark.UnpackArgs("int", args, kwargs, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if s, ok := py.Base(x).(starlark.String); ok {
		x = s // a str subclass's digits
	}
	if base != nil {
		s, ok := x.(starlark.String)
		if !ok {
			return nil, py.Raise(py.TypeError, "int() can't convert non-string with explicit base")
		}
		b, err := starlark.AsInt32(py.Base(base))
		if err != nil || b == 1 || b < 0 || b > 36 {
			return nil, py.Raise(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		if err := checkIntParse(thread, string(s), int(b)); err != nil {
			return nil, err
		}
		return parseInt(string(s), b)
	}
	if s, ok := x.(starlark.String); ok {
		if err := checkIntParse(thread, string(s), 10); err != nil {
			return nil, err
		}
	}
	switch x.(type) {
	case nil, starlark.Int, starlark.Bool, starlark.Float, starlark.String:
		return toInt(x)
	}
	return dunderInt(thread, x)
}

// dunderInt is int(x) for other types: x.__int__() or x.__index__().
func dunderInt(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	if _, isClass := x.(*py.Class); isClass {
		return toInt(x) // a class's own __int__ is a method of its instances
	}
	for _, name := range []string{"__int__", "__index__"} {
		m, err := getAttr(x, name)
		if err != nil || m == nil {
			continue
		}
		v, err := starlark.Call(thread, m, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := v.(starlark.Int); !ok {
			return nil, py.Raisef(py.TypeError, "%s returned non-int (type %s)", name, py.TypeName(v))
		}
		return v, nil
	}
	return toInt(x)
}

// checkIntParse applies sys.get_int_max_str_digits() to int(s, base):
// like CPython, only to bases that are not powers of two.
func checkIntParse(thread *starlark.Thread, s string, base int) error {
	t := strings.TrimLeft(strings.TrimSpace(s), "+-")
	if base == 0 && len(t) > 1 && t[0] == '0' && strings.ContainsRune("xXoObB", rune(t[1])) || base&(base-1) == 0 && base != 0 {
		return nil
	}
	if len(t) <= py.DefaultIntMaxStrDigits/2 {
		return nil // the limit is at least 640
	}
	return py.CheckIntParse(thread, len(t)-strings.Count(t, "_"))
}

func toInt(x starlark.Value) (starlark.Value, error) {
	switch x := x.(type) {
	case nil:
		return starlark.MakeInt(0), nil
	case starlark.Int:
		return x, nil
	case starlark.Bool:
		if x {
			return starlark.MakeInt(1), nil
		}
		return starlark.MakeInt(0), nil
	case starlark.Float:
		return floatToInt(float64(x))
	case starlark.String:
		return parseInt(string(x), 10)
	}
	return nil, py.Raisef(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", py.TypeName(x))
}

func floatToInt(f float64) (starlark.Value, error) {
	if math.IsInf(f, 0) {
		return nil, py.Raise(py.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, py.Raise(py.ValueError, "cannot convert float NaN to integer")
	}
	return starlark.NumberToInt(starlark.Float(math.Trunc(f)))
}

// parseInt parses s as Python's int(s, base) does.
func parseInt(s string, base int) (starlark.Value, error) {
	bad := py.Raisef(py.ValueError, "invalid literal for int() with base %d: %s", base, py.QuoteString(s))
	t := asciiDigits(strings.TrimSpace(s))
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg, t = t[0] == '-', t[1:]
	}
	t, base, prefixed := stripPrefix(t, base)
	if base == 0 {
		if strings.Trim(t, "0_") != "" && t[0] == '0' {
			return nil, bad
		}
		base = 10
	}
	if prefixed && strings.HasPrefix(t, "_") {
		t = t[1:]
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return nil, bad
	}
	n, ok := new(big.Int).SetString(strings.ReplaceAll(t, "_", ""), base)
	if !ok {
		return nil, bad
	}
	if neg {
		n.Neg(n)
	}
	return starlark.MakeBigInt(n), nil
}

// stripPrefix removes a 0x/0o/0b prefix that agrees with base, choosing
// the base if it is 0.
func stripPrefix(t string, base int) (string, int, bool) {
	if len(t) < 2 || t[0] != '0' {
		return t, base, false
	}
	var pb int
	switch t[1] {
	case 'x', 'X':
		pb = 16
	case 'o', 'O':
		pb = 8
	case 'b', 'B':
		pb = 2
	default:
		return t, base, false
	}
	if base == 0 || base == pb {
		return t[2:], pb, true
	}
	return t, base, false
}

// asciiDigits replaces Unicode decimal digits by ASCII ones.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > 0x7f && unicode.IsDigit(r) {
			n := 0
			for unicode.IsDigit(r - rune(n) - 1) {
				n++
			}
			return '0' + rune(n%10)
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// newFloat implements float(x=0.0).
// https://docs.python.org/3/library/functions.html#float
func newFloat(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("float", args, kwargs)
	if err != nil {
		return nil, err
	}
	if s, ok := py.Base(x).(starlark.String); ok {
		x = s // a str subclass's digits
	}
	switch x := x.(type) {
	case nil:
		return starlark.Float(0), nil
	case starlark.Float:
		return x, nil
	case starlark.Int:
		return intToFloat(x)
	case starlark.Bool:
		if x {
			return starlark.Float(1), nil
		}
		return starlark.Float(0), nil
	case starlark.String:
		return parseFloat(string(x))
	}
	if m, err := getAttr(x, "__float__"); err == nil && m != nil {
		v, err := starlark.Call(thread, m, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := v.(starlark.Float); !ok {
			return nil, py.Raisef(py.TypeError, "%s.__float__ returned non-float (type %s)", py.TypeName(x), py.TypeName(v))
		}
		return v, nil
	}
	if i, ok, err := py.Index(x); ok || err != nil { // __index__, as CPython 3.8+ does
		if err != nil {
			return nil, err
		}
		return intToFloat(i)
	}
	return nil, py.Raisef(py.TypeError, "float() argument must be a string or a real number, not '%s'", py.TypeName(x))
}

func intToFloat(x starlark.Int) (starlark.Float, error) {
	f := x.Float()
	if math.IsInf(float64(f), 0) {
		return 0, py.Raise(py.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// parseFloat parses s as Python's float(s) does.
func parseFloat(s string) (starlark.Value, error) {
	bad := py.Raisef(py.ValueError, "could not convert string to float: %s", py.QuoteString(s))
	t := asciiDigits(strings.TrimSpace(s))
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return nil, bad
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		f, _ := strconv.ParseFloat(t, 64)
		return starlark.Float(f), nil
	case "nan": // Go's ParseFloat takes no sign on a NaN
		if t[0] == '-' {
			return starlark.Float(math.Copysign(math.NaN(), -1)), nil
		}
		return starlark.Float(math.NaN()), nil
	}
	if body == "" || strings.ContainsAny(body, "xXpPnN_ ") && !validUnderscores(body) {
		return nil, bad
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil && !isRangeErr(err) {
		return nil, bad
	}
	return starlark.Float(f), nil
}

// validUnderscores reports whether every '_' in a decimal literal sits
// between two digits, and the literal has no other odd characters.
func validUnderscores(s string) bool {
	if strings.ContainsAny(s, "xXpPnN ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && (i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// newStr implements str(object=”) and str(bytes, encoding).
// https://docs.python.org/3/library/stdtypes.html#str
func newStr(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, enc, errs starlark.Value
	if err := starlark.UnpackArgs("str", args, kwargs, "object?", &x, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if x == nil {
		return starlark.String(""), nil
	}
	if ba, ok := x.(*ByteArray); ok && (enc != nil || errs != nil) {
		x = starlark.Bytes(ba.b)
	}
	if b, ok := x.(starlark.Bytes); ok && (enc != nil || errs != nil) {
		if enc == nil {
			enc = starlark.String("utf-8")
		}
		dargs := starlark.Tuple{enc}
		if errs != nil {
			dargs = append(dargs, errs)
		}
		return bytesDecode(thread, b, dargs, nil) // str(b, encoding, errors) is b.decode(encoding, errors)
	}
	if enc != nil || errs != nil {
		if _, ok := py.Base(x).(starlark.String); ok {
			return nil, py.Raise(py.TypeError, "decoding str is not supported")
		}
		return nil, py.Raisef(py.TypeError, "decoding to str: need a bytes-like object, %s found", py.TypeName(x))
	}
	s, err := Str(thread, x)
	return starlark.String(s), err
}

func newBytes(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, enc, errs starlark.Value
	if err := starlark.UnpackArgs("bytes", args, kwargs, "source?", &x, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if s, isStr := py.Base(x).(starlark.String); isStr {
		x = s // a str subclass's text
	} else if enc != nil {
		return nil, py.Raise(py.TypeError, "encoding without a string argument")
	} else if errs != nil {
		return nil, py.Raise(py.TypeError, "errors without a string argument")
	}
	if o, ok := x.(*py.Instance); ok && enc == nil {
		if v, err := instanceBytes(thread, o); v != nil || err != nil {
			return v, err
		}
	}
	switch x := x.(type) {
	case nil:
		return starlark.Bytes(""), nil
	case starlark.String:
		if enc == nil {
			return nil, py.Raise(py.TypeError, "string argument without an encoding")
		}
		codec := starlark.Tuple{enc}
		if errs != nil {
			codec = append(codec, errs)
		}
		for i, name := range []string{"encoding", "errors"}[:len(codec)] {
			if _, ok := codec[i].(starlark.String); !ok {
				return nil, py.Raisef(py.TypeError, "bytes() argument '%s' must be str, not %s", name, py.TypeName(codec[i]))
			}
		}
		return strEncode(thread, x, codec, nil)
	case *ByteArray:
		return starlark.Bytes(x.b), nil
	case starlark.Bytes:
		return x, nil
	case starlark.Int:
		b, err := zeroBytes(thread, x)
		if err != nil {
			return nil, err
		}
		return starlark.Bytes(b), nil
	case starlark.Iterable:
		return bytesFromInts(thread, x)
	}
	return nil, py.Raisef(py.TypeError, "cannot convert '%s' object to bytes", py.TypeName(x))
}

// instanceBytes is bytes(o) for an instance whose class defines
// __bytes__ (its result, which must be bytes) or __index__ (that many
// zero bytes); nil (nil, nil) for any other.
func instanceBytes(thread *starlark.Thread, o *py.Instance) (starlark.Value, error) {
	if o.Overrides("__bytes__") {
		m, err := getAttrIn(thread, o, "__bytes__")
		if err != nil {
			return nil, err
		}
		v, err := starlark.Call(thread, m, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := py.Base(v).(starlark.Bytes); !ok {
			return nil, py.Raisef(py.TypeError, "__bytes__ returned non-bytes (type %s)", py.TypeName(v))
		}
		return v, nil
	}
	if o.Overrides("__index__") {
		n, _, err := py.Index(o)
		if err != nil {
			return nil, err
		}
		b, err := zeroBytes(thread, n)
		if err != nil {
			return nil, err
		}
		return starlark.Bytes(b), nil
	}
	return nil, nil
}

func newList(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("list", args, kwargs)
	if err != nil || x == nil {
		return starlark.NewList(nil), err
	}
	elems, err := Elements(thread, x)
	return starlark.NewList(elems), err
}

func newTuple(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	x, err := optArg("tuple", args, kwargs)
	if err != nil || x == nil {
		return starlark.Tuple(nil), err
	}
	if t, ok := x.(starlark.Tuple); ok {
		return t, nil
	}
	elems, err := Elements(thread, x)
	return starlark.Tuple(elems), err
}

func newDict(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, py.Raisef(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		if d, ok := py.Base(args[0]).(*starlark.Dict); ok {
			args = starlark.Tuple{d} // a dict subclass's items
		}
		_, ok := args[0].(starlark.Iterable)
		if c, isClass := args[0].(*py.Class); !ok || isClass && c.Meta() == nil {
			return nil, notIterable(args[0])
		}
		if o, ok := args[0].(*py.Instance); ok {
			if keys, err := getAttrIn(thread, o, "keys"); err == nil && keys != nil {
				d := starlark.NewDict(0) // a Mapping: its keys() and __getitem__
				if err := mergeKeys(thread, d, o, keys); err != nil {
					return nil, err
				}
				args = starlark.Tuple{d}
			}
		}
		switch args[0].(type) {
		case *py.Instance, *Iterator, *Generator: // their errors must surface
			elems, err := Elements(thread, args[0])
			if err != nil {
				return nil, err
			}
			args = starlark.Tuple{starlark.NewList(elems)}
		}
	}
	v, err := starlark.Call(thread, starlark.Universe["dict"], args, kwargs)
	if err != nil && reDictSeq.MatchString(err.Error()) {
		// An element the VM can't iterate: a str is a sequence to
		// Python (dict(["ab"]) is {'a': 'b'}), others are errors.
		d := starlark.NewDict(0)
		if err := updateFrom(thread, d, args[0]); err != nil {
			return nil, err
		}
		for _, kv := range kwargs {
			if err := d.SetKey(kv[0], kv[1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return v, Unhashable(err)
}

// reDictSeq matches the VM's message for dict([1]).
var reDictSeq = regexp.MustCompile(`dictionary update sequence element #(\d+) is not iterable`)

func newRange(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	args = append(starlark.Tuple(nil), args...)
	for i, a := range args {
		n, ok, err := py.Index(a) // an int subclass's value, or a.__index__()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.Raisef(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(a))
		}
		args[i] = n
	}
	if len(args) == 3 && args[2].(starlark.Int).Sign() == 0 {
		return nil, py.Raise(py.ValueError, "range() arg 3 must not be zero")
	}
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "range expected at least 1 argument, got 0")
	}
	if len(kwargs) == 0 && len(args) <= 3 && !fitInt64(args) {
		return newBigRange(thread, args)
	}
	return starlark.Call(thread, starlark.Universe["range"], args, kwargs)
}

// fitInt64 reports whether every int of args fits in 64 bits.
func fitInt64(args starlark.Tuple) bool {
	for _, a := range args {
		if _, ok := a.(starlark.Int).Int64(); !ok {
			return false
		}
	}
	return true
}

// newBigRange is range(*args) for ints that don't all fit in 64 bits.
func newBigRange(thread *starlark.Thread, args starlark.Tuple) (starlark.Value, error) {
	b := make([]*big.Int, len(args))
	for i, a := range args {
		b[i] = a.(starlark.Int).BigInt()
	}
	switch len(b) {
	case 1:
		return makeRange(thread, new(big.Int), b[0], big.NewInt(1))
	case 2:
		return makeRange(thread, b[0], b[1], big.NewInt(1))
	}
	return makeRange(thread, b[0], b[1], b[2])
}

// getattr implements getattr(object, name[, default]).
func getattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, def starlark.Value
	var name string
	if err := core.UnpackPositionalArgs("getattr", args, kwargs, 2, &x, &name, &def); err != nil {
		return nil, err
	}
	v, err := GetAttrIn(thread, x, name)
	if err != nil {
		if e, ok := py.AsException(err); ok && def != nil && e.Class.IsSubclass(py.AttributeError) {
			return def, nil
		}
		return nil, err
	}
	return v, nil
}

// GetAttrIn returns x.name as getattr(x, name) finds it in thread (a
// builtin value's special methods and __class__ included), or Python's
// AttributeError.
func GetAttrIn(thread *starlark.Thread, x starlark.Value, name string) (starlark.Value, error) {
	v, err := attrOrMethod(thread, x, name) // boundmethod.go
	if err == nil && v == nil {
		err = noAttr(x, name)
	}
	return v, err
}

// vars implements vars([object]), the object's __dict__, or locals().
func vars(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("vars", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return locals(thread, b, args, kwargs) // vars() is locals()
	}
	if v, err := getAttr(x, "__dict__"); err == nil && v != nil {
		return v, nil
	}
	return nil, py.Raise(py.TypeError, "vars() argument must have __dict__ attribute")
}

// setattr implements setattr(object, name, value).
func setattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, v starlark.Value
	var name string
	if err := core.UnpackPositionalArgs("setattr", args, kwargs, 3, &x, &name, &v); err != nil {
		return nil, err
	}
	if c, ok := x.(*py.Class); ok && c.Patchable() {
		core.PatchClass(thread, c, name, v) // mock.patch.object(queue.Queue, "put")
		return starlark.None, nil
	}
	return starlark.None, SetAttr(x, name, v)
}

// SetAttr implements Python's x.name = v, on a function too.
func SetAttr(x starlark.Value, name string, v starlark.Value) error {
	if s, ok := x.(starlark.HasSetField); ok {
		return s.SetField(name, v)
	}
	return setFuncAttr(x, name, v)
}

// hasattr implements hasattr(object, name).
func hasattr(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := core.UnpackPositionalArgs("hasattr", args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	v, err := attrOrMethod(thread, x, name)
	if err != nil {
		if e, ok := py.AsException(err); ok && e.Class.IsSubclass(py.AttributeError) {
			return starlark.False, nil
		}
		return nil, err
	}
	return starlark.Bool(v != nil), nil
}

// dir implements dir([object]): its attribute names, or the names of
// the current scope, sorted.
func dir(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("dir", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if x == nil { // dir(): the names in the current scope
		d, err := locals(thread, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		var names []string
		for _, k := range d.(*starlark.Dict).Keys() {
			names = append(names, string(k.(starlark.String)))
		}
		sort.Strings(names)
		return stringList(names), nil
	}
	if v, ok, err := dirByMethod(thread, x); ok {
		return v, err
	}
	return stringList(dirOf(x)), nil // dunders.go
}

func hexAddr(v any) string { return "0x" + strconv.FormatUint(uint64(py.Addr(v)), 16) }

// newModule implements module(name, doc=None), types.ModuleType: an
// empty module whose attributes scripts set.
func newModule(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var doc starlark.Value = starlark.None
	if len(args) == 0 && len(kwargs) == 0 {
		return nil, py.Raise(py.TypeError, "module() missing required argument 'name' (pos 1)")
	}
	if err := starlark.UnpackArgs("module", args, kwargs, "name", &name, "doc?", &doc); err != nil {
		return nil, py.ToException(err)
	}
	m := &core.Module{Name: name, Mutable: true, Made: true, Members: starlark.StringDict{}}
	if s, ok := doc.(starlark.String); ok {
		m.Doc = string(s)
	}
	return m, nil
}

// newMethod implements method(function, instance), types.MethodType:
// function bound to instance.
func newMethod(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, self starlark.Value
	if err := starlark.UnpackPositionalArgs("method", args, kwargs, 2, &fn, &self); err != nil {
		return nil, py.ToException(err)
	}
	if _, ok := fn.(starlark.Callable); !ok {
		return nil, py.Raise(py.TypeError, "first argument must be callable")
	}
	if self == starlark.None {
		return nil, py.Raise(py.TypeError, "instance must not be None")
	}
	return &py.BoundMethod{Self: self, Fn: fn}, nil
}

// typeCall is type.__call__(cls, *args, **kwargs): an instance of cls,
// as a metaclass's __call__ makes it through super().__call__().
func typeCall(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "descriptor '__call__' of 'type' object needs an argument")
	}
	cls, ok := args[0].(*py.Class)
	if !ok {
		return nil, py.Raisef(py.TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", py.TypeName(args[0]))
	}
	return cls.Instantiate(thread, args[1:], kwargs)
}

// typeNewStatic is type.__new__(mcs, name, bases, namespace, **kwargs):
// a new class whose metaclass is mcs, as a metaclass's __new__ makes it
// through super().__new__(...).
func typeNewStatic(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 4 {
		return nil, py.Raisef(py.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", max(len(args)-1, 0))
	}
	mcs, ok := args[0].(*py.Class)
	if !ok || !mcs.IsSubclass(TypeType) {
		return nil, py.Raisef(py.TypeError, "type.__new__(X): X is not a type object (%s)", py.TypeName(args[0]))
	}
	return NewClassOf(thread, mcs, args[1:], kwargs, nil)
}

// NewClassOf makes the class (name, bases, namespace) of metaclass mcs
// (type, or a subclass of it), skipping the namespace values skip
// reports.
func NewClassOf(thread *starlark.Thread, mcs *py.Class, args starlark.Tuple, kwargs []starlark.Tuple, skip func(starlark.Value) bool) (starlark.Value, error) {
	name, ok := starlark.AsString(args[0])
	if !ok {
		return nil, py.Raisef(py.TypeError, "type.__new__() argument 1 must be str, not %s", py.TypeName(args[0]))
	}
	bases, ok := args[1].(starlark.Tuple)
	if !ok {
		return nil, py.Raisef(py.TypeError, "type.__new__() argument 2 must be tuple, not %s", py.TypeName(args[1]))
	}
	ns, ok := py.Base(args[2]).(*starlark.Dict) // a dict subclass's too, from __prepare__
	if !ok {
		return nil, py.Raisef(py.TypeError, "type.__new__() argument 3 must be dict, not %s", py.TypeName(args[2]))
	}
	module := "__main__"
	if m, found, _ := ns.Get(starlark.String("__module__")); found {
		if s, ok := m.(starlark.String); ok {
			module = string(s)
		}
	}
	v, err := NewUserClass(thread, name, module, bases, ns, skip, kwargs...)
	if c, ok := v.(*py.Class); ok && err == nil && mcs != TypeType {
		c.Metaclass = mcs
	}
	return v, err
}

// typeInit is type.__init__(cls, name, bases, namespace, **kwargs),
// which a metaclass's __init__ calls through super(): it does nothing.
func typeInit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if n := len(args) - 1; n != 1 && n != 3 {
		return nil, py.Raise(py.TypeError, "type.__init__() takes 1 or 3 arguments")
	}
	return starlark.None, nil
}

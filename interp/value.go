package interp

// This file defines ToValue and FromValue, which copy values between Go
// and scripts.

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// maxDepth bounds the nesting ToValue and FromValue follow, so that
// cyclic data fails instead of recursing forever.
const maxDepth = 1000

// ToValue converts a Go value to a script value by copying it: the
// script never sees live Go memory, so nothing it does escapes the GIL.
// A starlark.Value is returned as it is. Other values convert by kind:
//
// # Scalars
//
// nil becomes None; bool becomes bool; every int and uint size becomes
// int (a big int when it needs to be); *big.Int becomes int; float32 and
// float64 become float; string becomes str; []byte and [N]byte become
// bytes.
//
// # Slices and arrays
//
// Slices and arrays (other than of bytes) become new lists, their
// elements converted in turn. A nil slice becomes an empty list.
//
// # Maps
//
// Maps become dicts with their keys in sorted order (so that scripts run
// deterministically). Keys must convert to hashable values: strings,
// numbers and bools.
//
// # Structs
//
// Structs become dicts from field names to values. A field's name is its
// `spindle:"name"` tag, or else the Go field name; a tag of "-" skips the
// field, and unexported fields are skipped. The fields of an embedded
// struct without a tag are promoted, as encoding/json does.
//
// # Pointers and interfaces
//
// A nil pointer or interface becomes None; otherwise the value it points
// to, or holds, is converted.
//
// Functions, channels and complex numbers are not converted (wrap Go
// functions with Func); ToValue reports an error for them.
func ToValue(x any) (starlark.Value, error) {
	switch x := x.(type) {
	case nil:
		return starlark.None, nil
	case starlark.Value:
		return x, nil
	case *big.Int:
		if x == nil {
			return starlark.None, nil
		}
		return starlark.MakeBigInt(x), nil
	}
	return toValue(reflect.ValueOf(x), 0)
}

func toValue(rv reflect.Value, depth int) (starlark.Value, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("interp.ToValue: data nested more than %d deep (a cycle?)", maxDepth)
	}
	if rv.CanInterface() {
		switch x := rv.Interface().(type) {
		case starlark.Value:
			if x == nil {
				return starlark.None, nil
			}
			return x, nil
		case *big.Int:
			if x == nil {
				return starlark.None, nil
			}
			return starlark.MakeBigInt(x), nil
		}
	}
	switch rv.Kind() {
	case reflect.Bool:
		return starlark.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return starlark.MakeInt64(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return starlark.MakeUint64(rv.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return starlark.Float(rv.Float()), nil
	case reflect.String:
		return starlark.String(rv.String()), nil
	case reflect.Slice, reflect.Array:
		return seqToValue(rv, depth)
	case reflect.Map:
		return mapToValue(rv, depth)
	case reflect.Struct:
		d := starlark.NewDict(rv.NumField())
		return d, structToDict(d, rv, depth)
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return starlark.None, nil
		}
		return toValue(rv.Elem(), depth+1)
	case reflect.Invalid:
		return starlark.None, nil
	}
	return nil, fmt.Errorf("interp.ToValue: cannot convert %s", rv.Type())
}

func seqToValue(rv reflect.Value, depth int) (starlark.Value, error) {
	if rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		for i := range b {
			b[i] = byte(rv.Index(i).Uint())
		}
		return starlark.Bytes(b), nil
	}
	elems := make([]starlark.Value, rv.Len())
	for i := range elems {
		v, err := toValue(rv.Index(i), depth+1)
		if err != nil {
			return nil, err
		}
		elems[i] = v
	}
	return starlark.NewList(elems), nil
}

func mapToValue(rv reflect.Value, depth int) (starlark.Value, error) {
	if rv.IsNil() {
		return starlark.NewDict(0), nil
	}
	keys := rv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return lessKey(keys[i], keys[j]) })
	d := starlark.NewDict(len(keys))
	for _, k := range keys {
		kv, err := toValue(k, depth+1)
		if err != nil {
			return nil, err
		}
		vv, err := toValue(rv.MapIndex(k), depth+1)
		if err != nil {
			return nil, err
		}
		if err := d.SetKey(kv, vv); err != nil {
			return nil, fmt.Errorf("interp.ToValue: map key %v: %v", k, err)
		}
	}
	return d, nil
}

// lessKey orders map keys: numbers numerically, the rest by their text.
func lessKey(a, b reflect.Value) bool {
	for a.Kind() == reflect.Interface && !a.IsNil() {
		a = a.Elem()
	}
	for b.Kind() == reflect.Interface && !b.IsNil() {
		b = b.Elem()
	}
	if a.Kind() != b.Kind() {
		return a.Kind() < b.Kind()
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() < b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() < b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() < b.Float()
	case reflect.String:
		return a.String() < b.String()
	case reflect.Bool:
		return !a.Bool() && b.Bool()
	}
	return fmt.Sprint(a) < fmt.Sprint(b)
}

func structToDict(d *starlark.Dict, rv reflect.Value, depth int) error {
	for _, f := range fieldsOf(rv.Type()) {
		v, err := toValue(rv.FieldByIndex(f.index), depth+1)
		if err != nil {
			return err
		}
		d.SetKey(starlark.String(f.name), v)
	}
	return nil
}

// field is a struct field as scripts see it.
type field struct {
	name  string
	index []int
}

// fieldsOf lists t's visible fields, promoting untagged embedded structs.
func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag, tagged := sf.Tag.Lookup("spindle")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if sf.Anonymous && !tagged && sf.Type.Kind() == reflect.Struct {
			for _, f := range fieldsOf(sf.Type) {
				out = append(out, field{f.name, append([]int{i}, f.index...)})
			}
			continue
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out = append(out, field{name, []int{i}})
	}
	return out
}

// FromValue copies the script value v into the Go variable ptr points
// to, converting it by the variable's kind. Like ToValue it copies, and
// it reads v, so call it while holding the GIL (in a Go function that a
// script called) or when no script thread can change v. Boxed variables
// are unwrapped first. A mismatch or overflow is an error naming the
// place in v where it occurred, such as `[2]["port"]`.
//
// # Scalars
//
// A bool takes a bool. Ints of every size take an int that fits, and
// floats take a float or an int; otherwise the error says the value
// overflows. A string takes a str, []byte takes bytes or a str.
//
// # Slices and arrays
//
// A slice takes a list, tuple or set, its elements converted in turn; an
// array takes one of exactly its length.
//
// # Maps
//
// A map takes a dict, keys and values converted to the map's types (so
// map[int]string takes {1: "a"}).
//
// # Structs
//
// A struct takes a dict with string keys, or an object with attributes,
// matching field names as ToValue does; fields with no entry keep their
// value, and entries with no field are ignored.
//
// # Pointers
//
// A pointer takes None (becoming nil) or a value of what it points to,
// stored in newly allocated memory.
//
// # Interfaces
//
// A variable of type any takes the natural Go value: nil for None, bool,
// int64 (or *big.Int when it does not fit), float64, string, []byte for
// bytes, []any for lists, tuples and sets, and map[string]any for a dict
// with string keys (map[any]any for other scalar keys). Functions and
// other script objects are stored as their starlark.Value. A
// starlark.Value variable takes v itself.
func FromValue(v starlark.Value, ptr any) error {
	rv := reflect.ValueOf(ptr)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("interp.FromValue: need a non-nil pointer, got %T", ptr)
	}
	return fromValue(v, rv.Elem(), "", 0)
}

// convError is a FromValue failure at a place within the value.
type convError struct {
	path string
	msg  string
}

func (e *convError) Error() string {
	if e.path == "" {
		return "interp.FromValue: " + e.msg
	}
	return "interp.FromValue: " + e.path + ": " + e.msg
}

func mismatch(v starlark.Value, t reflect.Type, path string) error {
	return &convError{path, fmt.Sprintf("cannot convert %s to %s", py.TypeName(v), t)}
}

var (
	valueType = reflect.TypeOf((*starlark.Value)(nil)).Elem()
	bigIntPtr = reflect.TypeOf((*big.Int)(nil))
)

func fromValue(v starlark.Value, out reflect.Value, path string, depth int) error {
	if depth > maxDepth {
		return &convError{path, fmt.Sprintf("value nested more than %d deep (a cycle?)", maxDepth)}
	}
	v = py.Unbox(v)
	t := out.Type()
	switch {
	case t == valueType:
		out.Set(reflect.ValueOf(&v).Elem())
		return nil
	case t == bigIntPtr:
		return bigFromValue(v, out, path)
	}
	switch t.Kind() {
	case reflect.Bool:
		b, ok := v.(starlark.Bool)
		if !ok {
			return mismatch(v, t, path)
		}
		out.SetBool(bool(b))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intFromValue(v, out, path)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintFromValue(v, out, path)
	case reflect.Float32, reflect.Float64:
		return floatFromValue(v, out, path)
	case reflect.String:
		s, ok := v.(starlark.String)
		if !ok {
			return mismatch(v, t, path)
		}
		out.SetString(string(s))
	case reflect.Slice, reflect.Array:
		return seqFromValue(v, out, path, depth)
	case reflect.Map:
		return mapFromValue(v, out, path, depth)
	case reflect.Struct:
		return structFromValue(v, out, path, depth)
	case reflect.Pointer:
		if v == starlark.None {
			out.SetZero()
			return nil
		}
		p := reflect.New(t.Elem())
		if err := fromValue(v, p.Elem(), path, depth+1); err != nil {
			return err
		}
		out.Set(p)
	case reflect.Interface:
		return ifaceFromValue(v, out, path, depth)
	default:
		return &convError{path, fmt.Sprintf("cannot convert to %s", t)}
	}
	return nil
}

func intFromValue(v starlark.Value, out reflect.Value, path string) error {
	i, ok := v.(starlark.Int)
	if !ok {
		return mismatch(v, out.Type(), path)
	}
	n, ok := i.Int64()
	if !ok || out.OverflowInt(n) {
		return &convError{path, fmt.Sprintf("int %s overflows %s", i, out.Type())}
	}
	out.SetInt(n)
	return nil
}

func uintFromValue(v starlark.Value, out reflect.Value, path string) error {
	i, ok := v.(starlark.Int)
	if !ok {
		return mismatch(v, out.Type(), path)
	}
	n, ok := i.Uint64()
	if !ok || out.OverflowUint(n) {
		return &convError{path, fmt.Sprintf("int %s overflows %s", i, out.Type())}
	}
	out.SetUint(n)
	return nil
}

func floatFromValue(v starlark.Value, out reflect.Value, path string) error {
	var f float64
	switch x := v.(type) {
	case starlark.Float:
		f = float64(x)
	case starlark.Int:
		f = float64(x.Float())
		if math.IsInf(f, 0) {
			return &convError{path, fmt.Sprintf("int %s overflows %s", x, out.Type())}
		}
	default:
		return mismatch(v, out.Type(), path)
	}
	if !math.IsInf(f, 0) && out.OverflowFloat(f) {
		return &convError{path, fmt.Sprintf("float %s overflows %s", strconv.FormatFloat(f, 'g', -1, 64), out.Type())}
	}
	out.SetFloat(f)
	return nil
}

func bigFromValue(v starlark.Value, out reflect.Value, path string) error {
	if v == starlark.None {
		out.SetZero()
		return nil
	}
	i, ok := v.(starlark.Int)
	if !ok {
		return mismatch(v, out.Type(), path)
	}
	out.Set(reflect.ValueOf(i.BigInt())) // BigInt returns a new big.Int
	return nil
}

func seqFromValue(v starlark.Value, out reflect.Value, path string, depth int) error {
	t := out.Type()
	if t.Elem().Kind() == reflect.Uint8 {
		switch s := v.(type) {
		case starlark.Bytes:
			return bytesFromString(string(s), out, path)
		case starlark.String:
			return bytesFromString(string(s), out, path)
		}
	}
	elems, ok := sequence(v)
	if !ok {
		return mismatch(v, t, path)
	}
	if t.Kind() == reflect.Array {
		if len(elems) != t.Len() {
			return &convError{path, fmt.Sprintf("cannot convert %s of length %d to %s", py.TypeName(v), len(elems), t)}
		}
	} else {
		out.Set(reflect.MakeSlice(t, len(elems), len(elems)))
	}
	for i, e := range elems {
		if err := fromValue(e, out.Index(i), path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
			return err
		}
	}
	return nil
}

// bytesFromString stores s in a []byte or [N]byte.
func bytesFromString(s string, out reflect.Value, path string) error {
	if out.Kind() == reflect.Slice {
		out.SetBytes([]byte(s))
		return nil
	}
	if len(s) != out.Len() {
		return &convError{path, fmt.Sprintf("cannot convert %d bytes to %s", len(s), out.Type())}
	}
	for i := 0; i < len(s); i++ {
		out.Index(i).SetUint(uint64(s[i]))
	}
	return nil
}

// sequence returns the elements of a list, tuple or set.
func sequence(v starlark.Value) ([]starlark.Value, bool) {
	switch x := v.(type) {
	case starlark.Tuple:
		return x, true
	case *starlark.List, *starlark.Set, *builtins.Set:
		seq := x.(starlark.Sequence)
		elems := make([]starlark.Value, 0, seq.Len())
		it := seq.Iterate()
		defer it.Done()
		var e starlark.Value
		for it.Next(&e) {
			elems = append(elems, e)
		}
		return elems, true
	}
	return nil, false
}

func mapFromValue(v starlark.Value, out reflect.Value, path string, depth int) error {
	t := out.Type()
	d, ok := v.(*starlark.Dict)
	if !ok {
		return mismatch(v, t, path)
	}
	m := reflect.MakeMapWithSize(t, d.Len())
	for _, kv := range d.Items() {
		kp := path + "[" + py.Repr(kv[0]) + "]"
		k := reflect.New(t.Key()).Elem()
		if err := fromValue(kv[0], k, kp+" key", depth+1); err != nil {
			return err
		}
		e := reflect.New(t.Elem()).Elem()
		if err := fromValue(kv[1], e, kp, depth+1); err != nil {
			return err
		}
		m.SetMapIndex(k, e)
	}
	out.Set(m)
	return nil
}

func structFromValue(v starlark.Value, out reflect.Value, path string, depth int) error {
	get := attrGetter(v)
	if get == nil {
		return mismatch(v, out.Type(), path)
	}
	for _, f := range fieldsOf(out.Type()) {
		fv, err := get(f.name)
		if err != nil {
			return &convError{path, err.Error()}
		}
		if fv == nil {
			continue
		}
		dst := out.FieldByIndex(f.index)
		if !dst.CanSet() { // promoted from an unexported embedded struct
			continue
		}
		if err := fromValue(fv, dst, path+"."+f.name, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// attrGetter returns a lookup of v's entries by name (a dict's string
// keys or an object's attributes), or nil; a missing name gives nil.
func attrGetter(v starlark.Value) func(string) (starlark.Value, error) {
	switch x := v.(type) {
	case *starlark.Dict:
		return func(name string) (starlark.Value, error) {
			e, found, err := x.Get(starlark.String(name))
			if !found {
				return nil, err
			}
			return e, err
		}
	case starlark.HasAttrs:
		return func(name string) (starlark.Value, error) {
			e, err := x.Attr(name)
			if err != nil {
				if _, isExc := py.AsException(err); isExc || py.IsAttributeError(err) {
					return nil, nil // AttributeError: no such attribute
				}
				return nil, err
			}
			return e, nil
		}
	}
	return nil
}

func ifaceFromValue(v starlark.Value, out reflect.Value, path string, depth int) error {
	x, err := natural(v, path, depth)
	if err != nil {
		return err
	}
	if x == nil {
		out.SetZero()
		return nil
	}
	xv := reflect.ValueOf(x)
	if !xv.Type().AssignableTo(out.Type()) {
		return mismatch(v, out.Type(), path)
	}
	out.Set(xv)
	return nil
}

// natural returns the Go value that v converts to in an any variable.
func natural(v starlark.Value, path string, depth int) (any, error) {
	if depth > maxDepth {
		return nil, &convError{path, fmt.Sprintf("value nested more than %d deep (a cycle?)", maxDepth)}
	}
	switch x := py.Unbox(v).(type) {
	case starlark.NoneType:
		return nil, nil
	case starlark.Bool:
		return bool(x), nil
	case starlark.Int:
		if n, ok := x.Int64(); ok {
			return n, nil
		}
		return x.BigInt(), nil
	case starlark.Float:
		return float64(x), nil
	case starlark.String:
		return string(x), nil
	case starlark.Bytes:
		return []byte(x), nil
	case *starlark.Dict:
		return naturalMap(x, path, depth)
	}
	if elems, ok := sequence(v); ok {
		out := make([]any, len(elems))
		for i, e := range elems {
			var err error
			if out[i], err = natural(e, path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return v, nil
}

// naturalMap converts a dict to map[string]any, or to map[any]any when
// some keys are other scalars.
func naturalMap(d *starlark.Dict, path string, depth int) (any, error) {
	items := d.Items()
	strs := make(map[string]any, len(items))
	var anys map[any]any
	for _, kv := range items {
		kp := path + "[" + py.Repr(kv[0]) + "]"
		val, err := natural(kv[1], kp, depth+1)
		if err != nil {
			return nil, err
		}
		if s, ok := kv[0].(starlark.String); ok && anys == nil {
			strs[string(s)] = val
			continue
		}
		if anys == nil {
			anys = make(map[any]any, len(items))
			for k, e := range strs {
				anys[k] = e
			}
		}
		key, err := natural(kv[0], kp+" key", depth+1)
		if err != nil {
			return nil, err
		}
		switch key.(type) {
		case nil, bool, int64, float64, string:
			anys[key] = val
		default:
			return nil, &convError{kp, fmt.Sprintf("cannot use %s as a Go map key", py.TypeName(kv[0]))}
		}
	}
	if anys != nil {
		return anys, nil
	}
	return strs, nil
}

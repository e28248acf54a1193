package logging

// This file defines filters: the Filter class and the filter lists of
// loggers and handlers (CPython's Filterer: addFilter, removeFilter,
// filter).

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// FilterClass is logging.Filter.
var FilterClass = newClass("Filter", nil, newFilterObject)

func init() {
	FilterClass.Dict["__init__"] = nativeInit("Filter", newFilterObject, nil)
}

// Filter is a logging.Filter: it passes the records of the logger
// named name and its descendants ("" passes every record).
type Filter struct {
	cls  *py.Class
	name string
}

// newFilterObject implements Filter(name=”).
// https://docs.python.org/3/library/logging.html#filter-objects
func newFilterObject(thread *starlark.Thread, cls *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	name := ""
	if err := core.UnpackArgs("Filter", args, kwargs, "name?", &name); err != nil {
		return nil, err
	}
	return &Filter{cls: cls, name: name}, nil
}

func (f *Filter) String() string {
	return fmt.Sprintf("<%s.%s object at %#x>", f.cls.Module, f.cls.ClassName, py.Addr(f))
}
func (f *Filter) Type() string          { return f.cls.ClassName }
func (f *Filter) Freeze()               {}
func (f *Filter) Truth() starlark.Bool  { return true }
func (f *Filter) Hash() (uint32, error) { return uint32(py.Addr(f)), nil }

// PyClass returns the filter's class.
func (f *Filter) PyClass() *py.Class { return f.cls }

// Attr implements starlark.HasAttrs: name, nlen and filter(record).
func (f *Filter) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(f.name), nil
	case "nlen":
		return starlark.MakeInt(len(f.name)), nil
	case "filter":
		return starlark.NewBuiltin("filter", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var rv starlark.Value
			if err := starlark.UnpackPositionalArgs("filter", args, kwargs, 1, &rv); err != nil {
				return nil, err
			}
			r, err := asRecord(rv)
			if err != nil {
				return nil, err
			}
			return starlark.Bool(f.passes(py.Str(r.get("name")))), nil
		}).BindReceiver(f), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (f *Filter) AttrNames() []string { return []string{"filter", "name", "nlen"} }

// passes reports whether a record of logger logger passes.
func (f *Filter) passes(logger string) bool {
	if f.name == "" || f.name == logger {
		return true
	}
	return strings.HasPrefix(logger, f.name) && len(logger) > len(f.name) && logger[len(f.name)] == '.'
}

// filterer is the filter list of a Logger or Handler.
type filterer struct{ list *starlark.List }

// value is the filters attribute.
func (fl *filterer) value() *starlark.List {
	if fl.list == nil {
		fl.list = starlark.NewList(nil)
	}
	return fl.list
}

// index returns the position of f in the list, or -1.
func (fl *filterer) index(f starlark.Value) (int, error) {
	for i := 0; fl.list != nil && i < fl.list.Len(); i++ {
		if eq, err := starlark.Equal(fl.list.Index(i), f); err != nil || eq {
			return i, err
		}
	}
	return -1, nil
}

// pass runs the filters on r: a filter is an object with a filter
// method, or a callable; the first false result drops the record.
func (fl *filterer) pass(thread *starlark.Thread, r *LogRecord) (bool, error) {
	if fl.list == nil {
		return true, nil
	}
	for i := 0; i < fl.list.Len(); i++ {
		f := fl.list.Index(i)
		var ok starlark.Value
		var err error
		if m, _ := getattr(f, "filter"); m != nil {
			ok, err = starlark.Call(thread, m, starlark.Tuple{r}, nil)
		} else {
			ok, err = starlark.Call(thread, f, starlark.Tuple{r}, nil)
		}
		if err != nil || !ok.Truth() {
			return false, err
		}
	}
	return true, nil
}

// filtererMethods are addFilter, removeFilter and filter of fl.
func filtererMethod(fl *filterer, name string) starlark.Callable {
	fn := map[string]func(*starlark.Thread, starlark.Value) (starlark.Value, error){
		"addFilter": func(thread *starlark.Thread, f starlark.Value) (starlark.Value, error) {
			i, err := fl.index(f)
			if err == nil && i < 0 {
				err = fl.value().Append(f)
			}
			return starlark.None, err
		},
		"removeFilter": func(thread *starlark.Thread, f starlark.Value) (starlark.Value, error) {
			i, err := fl.index(f)
			if err != nil || i < 0 {
				return starlark.None, err
			}
			var rest []starlark.Value
			for j := 0; j < fl.list.Len(); j++ {
				if j != i {
					rest = append(rest, fl.list.Index(j))
				}
			}
			if err := fl.list.Clear(); err != nil {
				return nil, err
			}
			for _, x := range rest {
				fl.list.Append(x)
			}
			return starlark.None, nil
		},
		"filter": func(thread *starlark.Thread, rv starlark.Value) (starlark.Value, error) {
			r, err := asRecord(rv)
			if err != nil {
				return nil, err
			}
			ok, err := fl.pass(thread, r)
			return starlark.Bool(ok), err
		},
	}[name]
	if fn == nil {
		return nil
	}
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		return fn(thread, v)
	})
}

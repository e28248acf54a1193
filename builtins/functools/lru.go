package functools

// This file defines lru_cache and cache: memoizing wrappers with
// CPython's least-recently-used eviction and cache_info counters.

import (
	"fmt"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/collections"
	"github.com/spindle-lang/spindle/interp/py"
)

// lruCache implements lru_cache(maxsize=128, typed=False) and
// lru_cache(user_function).
// https://docs.python.org/3/library/functools.html#functools.lru_cache
func lruCache(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var maxsize starlark.Value = starlark.MakeInt(128)
	typed := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "maxsize?", &maxsize, "typed?", &typed); err != nil {
		return nil, err
	}
	if fn, ok := maxsize.(starlark.Callable); ok {
		return newCacheWrapper(thread, fn, 128, typed), nil
	}
	size := -1
	switch m := maxsize.(type) {
	case starlark.NoneType:
	case starlark.Int:
		n, err := starlark.AsInt32(m)
		if err != nil {
			return nil, err
		}
		size = max(n, 0)
	default:
		return nil, py.Raise(py.TypeError, "Expected first argument to be an integer, a callable, or None")
	}
	return starlark.NewBuiltin("decorating_function", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Callable
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		return newCacheWrapper(thread, fn, size, typed), nil
	}), nil
}

// cache implements cache(user_function): lru_cache(maxsize=None).
func cache(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Callable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return newCacheWrapper(thread, fn, -1, false), nil
}

// entry is a cached result in the recency list.
type entry struct {
	key, result starlark.Value
	prev, next  *entry
}

func (e *entry) String() string        { return "<lru entry>" }
func (e *entry) Type() string          { return "lru_entry" }
func (e *entry) Freeze()               {}
func (e *entry) Truth() starlark.Bool  { return true }
func (e *entry) Hash() (uint32, error) { return uint32(py.Addr(e)), nil }

// CacheWrapper is functools._lru_cache_wrapper. Its fields are guarded
// by the GIL of the Interpreter that runs it.
type CacheWrapper struct {
	fn           starlark.Callable
	maxsize      int // -1: unbounded
	typed        bool
	cache        *starlark.Dict // key -> *entry
	root         entry          // sentinel: root.next is the oldest
	hits, misses int
	module       starlark.Value // fn's __module__
}

var (
	_ starlark.Callable = (*CacheWrapper)(nil)
	_ starlark.HasAttrs = (*CacheWrapper)(nil)
)

func newCacheWrapper(thread *starlark.Thread, fn starlark.Callable, maxsize int, typed bool) *CacheWrapper {
	w := &CacheWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: starlark.NewDict(0), module: moduleName(thread, fn)}
	w.root.prev, w.root.next = &w.root, &w.root
	return w
}

// Name implements starlark.Callable.
func (w *CacheWrapper) Name() string { return funcName(w.fn) }

func (w *CacheWrapper) String() string {
	return fmt.Sprintf("<functools._lru_cache_wrapper object at %#x>", py.Addr(w))
}
func (w *CacheWrapper) Type() string          { return "functools._lru_cache_wrapper" }
func (w *CacheWrapper) Freeze()               {}
func (w *CacheWrapper) Truth() starlark.Bool  { return true }
func (w *CacheWrapper) Hash() (uint32, error) { return uint32(py.Addr(w)), nil }

// key builds the cache key: the arguments, a marker and the keyword
// pairs, plus the argument types when typed.
func (w *CacheWrapper) key(args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	k := append(starlark.Tuple(nil), args...)
	if len(kwargs) > 0 {
		k = append(k, kwMark{})
		for _, kv := range kwargs {
			k = append(k, kv[0], kv[1])
		}
	}
	if w.typed {
		for _, a := range args {
			k = append(k, starlark.String(py.TypeName(a)))
		}
	}
	for _, x := range k {
		if _, err := x.Hash(); err != nil {
			return nil, py.Raisef(py.TypeError, "unhashable type: '%s'", py.TypeName(x))
		}
	}
	return k, nil
}

// kwMark separates positional from keyword arguments in a key.
type kwMark struct{}

func (kwMark) String() string        { return "<kwd_mark>" }
func (kwMark) Type() string          { return "object" }
func (kwMark) Freeze()               {}
func (kwMark) Truth() starlark.Bool  { return true }
func (kwMark) Hash() (uint32, error) { return 0x5eed, nil }

// CallInternal returns the cached result or calls the function.
// BindsLikeFunction implements py.MethodLike: a cached method binds to
// its instance, which is part of the cache key.
func (w *CacheWrapper) BindsLikeFunction() {}

func (w *CacheWrapper) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if w.maxsize == 0 {
		w.misses++
		return starlark.Call(thread, w.fn, args, kwargs)
	}
	key, err := w.key(args, kwargs)
	if err != nil {
		return nil, err
	}
	if v, found, _ := w.cache.Get(key); found {
		e := v.(*entry)
		w.hits++
		w.unlink(e)
		w.pushNewest(e)
		return e.result, nil
	}
	w.misses++
	result, err := starlark.Call(thread, w.fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	if _, found, _ := w.cache.Get(key); found {
		return result, nil // a recursive call cached it already
	}
	e := &entry{key: key, result: result}
	w.cache.SetKey(key, e)
	w.pushNewest(e)
	if w.maxsize > 0 && w.cache.Len() > w.maxsize {
		old := w.root.next
		w.unlink(old)
		w.cache.Delete(old.key)
	}
	return result, nil
}

func (w *CacheWrapper) unlink(e *entry) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (w *CacheWrapper) pushNewest(e *entry) {
	e.prev, e.next = w.root.prev, &w.root
	w.root.prev.next = e
	w.root.prev = e
}

// Attr implements starlark.HasAttrs.
func (w *CacheWrapper) Attr(name string) (starlark.Value, error) {
	switch name {
	case "cache_info":
		return starlark.NewBuiltin(name, w.cacheInfo).BindReceiver(w), nil
	case "cache_clear":
		return starlark.NewBuiltin(name, w.cacheClear).BindReceiver(w), nil
	case "cache_parameters":
		return starlark.NewBuiltin(name, w.cacheParameters).BindReceiver(w), nil
	case "__wrapped__":
		return w.fn, nil
	case "__name__", "__qualname__":
		return starlark.String(w.Name()), nil
	case "__module__":
		return w.module, nil
	}
	return wrappedAttr(w.fn, name)
}

// AttrNames implements starlark.HasAttrs.
func (w *CacheWrapper) AttrNames() []string {
	return []string{"__doc__", "__module__", "__name__", "__qualname__", "__wrapped__", "cache_clear", "cache_info", "cache_parameters"}
}

func (w *CacheWrapper) maxsizeValue() starlark.Value {
	if w.maxsize < 0 {
		return starlark.None
	}
	return starlark.MakeInt(w.maxsize)
}

func (w *CacheWrapper) cacheInfo(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Call(thread, cacheInfoClass(), starlark.Tuple{starlark.MakeInt(w.hits), starlark.MakeInt(w.misses), w.maxsizeValue(), starlark.MakeInt(w.cache.Len())}, nil)
}

func (w *CacheWrapper) cacheClear(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	w.cache.Clear()
	w.root.prev, w.root.next = &w.root, &w.root
	w.hits, w.misses = 0, 0
	return starlark.None, nil
}

func (w *CacheWrapper) cacheParameters(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	d := starlark.NewDict(2)
	d.SetKey(starlark.String("maxsize"), w.maxsizeValue())
	d.SetKey(starlark.String("typed"), starlark.Bool(w.typed))
	return d, nil
}

// cacheInfoClass is functools._CacheInfo, namedtuple('CacheInfo',
// ['hits', 'misses', 'maxsize', 'currsize']), the class of what
// cache_info() returns; made on the first call, as decimal's DecimalTuple.
var cacheInfoClass = sync.OnceValue(func() *py.Class {
	return collections.SharedClass("CacheInfo", "hits misses maxsize currsize", "functools")
})

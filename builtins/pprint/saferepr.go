package pprint

// This file defines PrettyPrinter._safe_repr, the one-line repr that
// marks recursion and depth, and the sort order of dict keys and set
// items (_safe_key: by <, else by type name and id).

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

// safe is a _safe_repr result.
type safe struct {
	s                   string
	readable, recursive bool
}

// idOf returns id(x) for the containers the printer tracks, else 0.
func idOf(x starlark.Value) uintptr {
	switch x := x.(type) {
	case *starlark.Dict, *starlark.List, *builtins.Set, *py.Instance:
		return py.Addr(x)
	case starlark.Tuple:
		if len(x) > 0 {
			return py.Addr(&x[0])
		}
	}
	return 0
}

// recursion is _recursion: what stands for a container inside itself.
func recursion(x starlark.Value) string {
	return fmt.Sprintf("<Recursion on %s with id=%d>", py.TypeName(x), idOf(x))
}

// safeRepr is _safe_repr.
func (p *printer) safeRepr(x starlark.Value, ctx context, level int) (safe, error) {
	switch x := x.(type) {
	case starlark.String, starlark.Bytes, *builtins.ByteArray, starlark.Float, starlark.Bool, starlark.NoneType:
		return safe{s: py.Repr(x), readable: true}, nil
	case starlark.Int:
		if p.underscore {
			return safe{s: underscored(x.String()), readable: true}, nil
		}
		return safe{s: x.String(), readable: true}, nil
	case *starlark.Dict:
		return p.safeDict(x, ctx, level)
	case *starlark.List:
		return p.safeSeq(x, elems(x), "[", "]", ctx, level)
	case starlark.Tuple:
		if len(x) == 1 {
			return p.safeSeq(x, x, "(", ",)", ctx, level)
		}
		return p.safeSeq(x, x, "(", ")", ctx, level)
	}
	rep, err := builtins.Repr(p.thread, x)
	if err != nil {
		return safe{}, err
	}
	return safe{s: rep, readable: rep != "" && !strings.HasPrefix(rep, "<")}, nil
}

// underscored is f"{n:_d}".
func underscored(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(c)
	}
	return sign + b.String()
}

// enter checks the depth and recursion of a container about to be
// shown; it returns its stand-in, or ok to show its items.
func (p *printer) enter(x starlark.Value, empty, elided string, ctx context, level int) (safe, bool) {
	id := idOf(x)
	if p.depth > 0 && level >= p.depth {
		return safe{s: elided, recursive: ctx[id]}, false
	}
	if ctx[id] {
		return safe{s: recursion(x), recursive: true}, false
	}
	ctx[id] = true
	return safe{readable: true}, true
}

func (p *printer) safeDict(d *starlark.Dict, ctx context, level int) (safe, error) {
	if d.Len() == 0 {
		return safe{s: "{}", readable: true}, nil
	}
	r, ok := p.enter(d, "{}", "{...}", ctx, level)
	if !ok {
		return r, nil
	}
	items, err := p.dictItems(d)
	if err != nil {
		return safe{}, err
	}
	parts := make([]string, len(items))
	for i, kv := range items {
		k, err := p.safeRepr(kv[0], ctx, level+1)
		if err != nil {
			return safe{}, err
		}
		v, err := p.safeRepr(kv[1], ctx, level+1)
		if err != nil {
			return safe{}, err
		}
		parts[i] = k.s + ": " + v.s
		r.readable = r.readable && k.readable && v.readable
		r.recursive = r.recursive || k.recursive || v.recursive
	}
	delete(ctx, idOf(d))
	r.s = "{" + strings.Join(parts, ", ") + "}"
	return r, nil
}

func (p *printer) safeSeq(x starlark.Value, items []starlark.Value, open, close string, ctx context, level int) (safe, error) {
	if len(items) == 0 {
		return safe{s: open + strings.TrimPrefix(close, ","), readable: true}, nil
	}
	r, ok := p.enter(x, "", open+"..."+close, ctx, level)
	if !ok {
		return r, nil
	}
	parts := make([]string, len(items))
	for i, v := range items {
		s, err := p.safeRepr(v, ctx, level+1)
		if err != nil {
			return safe{}, err
		}
		parts[i] = s.s
		r.readable = r.readable && s.readable
		r.recursive = r.recursive || s.recursive
	}
	delete(ctx, idOf(x))
	r.s = open + strings.Join(parts, ", ") + close
	return r, nil
}

// elems returns the items of a list.
func elems(x starlark.Value) []starlark.Value {
	l := x.(*starlark.List)
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}

// dictItems returns d's items, sorted by key with sort_dicts.
func (p *printer) dictItems(d *starlark.Dict) ([]starlark.Tuple, error) {
	return p.sortItems(d.Items())
}

// sortItems sorts items by key with sort_dicts.
func (p *printer) sortItems(items []starlark.Tuple) ([]starlark.Tuple, error) {
	if !p.sortDicts {
		return items, nil
	}
	keys := make([]starlark.Value, len(items))
	for i, kv := range items {
		keys[i] = kv[0]
	}
	order, err := p.safeOrder(keys)
	if err != nil {
		return nil, err
	}
	sorted := make([]starlark.Tuple, len(items))
	for i, j := range order {
		sorted[i] = items[j]
	}
	return sorted, nil
}

// sortSafe returns xs sorted by _safe_key.
func (p *printer) sortSafe(xs []starlark.Value) ([]starlark.Value, error) {
	order, err := p.safeOrder(xs)
	if err != nil {
		return nil, err
	}
	sorted := make([]starlark.Value, len(xs))
	for i, j := range order {
		sorted[i] = xs[j]
	}
	return sorted, nil
}

// safeOrder returns the indexes of xs in _safe_key order, stably.
func (p *printer) safeOrder(xs []starlark.Value) ([]int, error) {
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	var err error
	sort.SliceStable(order, func(i, j int) bool {
		if err != nil {
			return false
		}
		var lt bool
		lt, err = p.safeLess(xs[order[i]], xs[order[j]])
		return lt
	})
	return order, err
}

// safeLess is _safe_key.__lt__: x < y, or for values that don't order,
// (str(type(x)), id(x)) < (str(type(y)), id(y)).
func (p *printer) safeLess(x, y starlark.Value) (bool, error) {
	lt, err := builtins.Less(x, y)
	if e, ok := py.AsException(err); !ok || e.Class != py.TypeError {
		return lt, err
	}
	tx, ty := py.Repr(builtins.TypeOf(x)), py.Repr(builtins.TypeOf(y))
	if tx != ty {
		return tx < ty, nil
	}
	return py.Addr(x) < py.Addr(y), nil
}

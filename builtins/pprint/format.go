package pprint

// This file defines the layout of PrettyPrinter._format: an object whose
// repr is wider than the room left is printed item by item, by the
// printer of its type, as CPython's pprint.py does.

import (
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/builtins/dataclasses"
	"github.com/spindle-lang/spindle/interp/py"
)

// printer is one pretty-printing run of a PrettyPrinter's settings.
type printer struct {
	*settings
	thread              *starlark.Thread
	out                 strings.Builder
	readable, recursive bool // set false, true by what _repr meets
}

// context holds the ids of the containers being printed.
type context map[uintptr]bool

func (c context) copy() context {
	n := make(context, len(c))
	for k := range c {
		n[k] = true
	}
	return n
}

func (p *printer) write(s string) { p.out.WriteString(s) }

// width is len(s) in Python: code points.
func width(s string) int { return utf8.RuneCountInString(s) }

// format is PrettyPrinter._format.
func (p *printer) format(x starlark.Value, indent, allowance int, ctx context, level int) error {
	id := idOf(x)
	if id != 0 && ctx[id] {
		p.write(recursion(x))
		p.recursive, p.readable = true, false
		return nil
	}
	rep, err := p.repr(x, ctx, level)
	if err != nil {
		return err
	}
	if width(rep) > p.width-indent-allowance {
		if pp := p.dispatch(x); pp != nil {
			ctx[id] = true
			err := pp(x, indent, allowance, ctx, level+1)
			delete(ctx, id)
			return err
		}
	}
	p.write(rep)
	return nil
}

// layout prints one type's objects that don't fit on a line.
type layout func(x starlark.Value, indent, allowance int, ctx context, level int) error

// dispatch returns the layout of x's type, or nil.
func (p *printer) dispatch(x starlark.Value) layout {
	switch x := x.(type) {
	case *starlark.Dict:
		return p.dict
	case *starlark.List:
		return p.list
	case starlark.Tuple:
		return p.tuple
	case *builtins.Set:
		return p.set
	case starlark.String:
		return p.str
	case starlark.Bytes:
		return p.bytes
	case *builtins.ByteArray:
		return p.bytearray
	case *py.Instance:
		if _, ok := dataclasses.ReprFields(x); ok {
			return p.dataclass
		}
	}
	return p.collection(x)
}

// repr is PrettyPrinter._repr.
func (p *printer) repr(x starlark.Value, ctx context, level int) (string, error) {
	r, err := p.safeRepr(x, ctx.copy(), level)
	if err != nil {
		return "", err
	}
	if !r.readable {
		p.readable = false
	}
	if r.recursive {
		p.recursive = true
	}
	return r.s, nil
}

func (p *printer) dict(x starlark.Value, indent, allowance int, ctx context, level int) error {
	p.write("{")
	if p.indent > 1 {
		p.write(strings.Repeat(" ", p.indent-1))
	}
	items, err := p.itemsOf(x)
	if err != nil {
		return err
	}
	if len(items) > 0 {
		if items, err = p.sortItems(items); err != nil {
			return err
		}
		if err := p.dictEntries(items, indent, allowance+1, ctx, level); err != nil {
			return err
		}
	}
	p.write("}")
	return nil
}

// dictEntries is _format_dict_items.
func (p *printer) dictEntries(items []starlark.Tuple, indent, allowance int, ctx context, level int) error {
	indent += p.indent
	delim := ",\n" + strings.Repeat(" ", indent)
	for i, kv := range items {
		last := i == len(items)-1
		rep, err := p.repr(kv[0], ctx, level)
		if err != nil {
			return err
		}
		p.write(rep)
		p.write(": ")
		if err := p.format(kv[1], indent+width(rep)+2, lastOr(last, allowance), ctx, level); err != nil {
			return err
		}
		if !last {
			p.write(delim)
		}
	}
	return nil
}

// lastOr is the allowance of an item: the caller's for the last one,
// else 1 for the comma.
func lastOr(last bool, allowance int) int {
	if last {
		return allowance
	}
	return 1
}

func (p *printer) list(x starlark.Value, indent, allowance int, ctx context, level int) error {
	p.write("[")
	if err := p.items(elems(x), indent, allowance+1, ctx, level); err != nil {
		return err
	}
	p.write("]")
	return nil
}

func (p *printer) tuple(x starlark.Value, indent, allowance int, ctx context, level int) error {
	t := x.(starlark.Tuple)
	end := ")"
	if len(t) == 1 {
		end = ",)"
	}
	p.write("(")
	if err := p.items(t, indent, allowance+len(end), ctx, level); err != nil {
		return err
	}
	p.write(end)
	return nil
}

func (p *printer) set(x starlark.Value, indent, allowance int, ctx context, level int) error {
	s := x.(*builtins.Set)
	if s.Len() == 0 {
		p.write(py.Repr(s))
		return nil
	}
	end := "}"
	if s.Type() == "set" {
		p.write("{")
	} else {
		p.write(s.Type() + "({")
		end = "})"
		indent += len(s.Type()) + 1
	}
	sorted, err := p.sortSafe(s.Elems())
	if err != nil {
		return err
	}
	if err := p.items(sorted, indent, allowance+len(end), ctx, level); err != nil {
		return err
	}
	p.write(end)
	return nil
}

// items is _format_items: one item a line, or as many as fit with
// compact.
func (p *printer) items(items []starlark.Value, indent, allowance int, ctx context, level int) error {
	indent += p.indent
	if p.indent > 1 {
		p.write(strings.Repeat(" ", p.indent-1))
	}
	delimNL := ",\n" + strings.Repeat(" ", indent)
	delim := ""
	maxWidth := p.width - indent + 1
	w := maxWidth
	for i, x := range items {
		last := i == len(items)-1
		if last {
			maxWidth -= allowance
			w -= allowance
		}
		if p.compact {
			rep, err := p.repr(x, ctx, level)
			if err != nil {
				return err
			}
			need := width(rep) + 2
			if w < need {
				w = maxWidth
				if delim != "" {
					delim = delimNL
				}
			}
			if w >= need {
				w -= need
				p.write(delim)
				delim = ", "
				p.write(rep)
				continue
			}
		}
		p.write(delim)
		delim = delimNL
		if err := p.format(x, indent, lastOr(last, allowance), ctx, level); err != nil {
			return err
		}
	}
	return nil
}

// dataclass is _pprint_dataclass: Name(field=value, ...) a field a line.
func (p *printer) dataclass(x starlark.Value, indent, allowance int, ctx context, level int) error {
	names, _ := dataclasses.ReprFields(x)
	cls := x.(*py.Instance).Class.ClassName
	indent += width(cls) + 1
	p.write(cls + "(")
	delim := ",\n" + strings.Repeat(" ", indent)
	for i, name := range names {
		v, err := builtins.GetAttr(x, name)
		if err != nil {
			return err
		}
		last := i == len(names)-1
		p.write(name + "=")
		if id := idOf(v); id != 0 && ctx[id] {
			p.write("...")
		} else if err := p.format(v, indent+width(name)+1, lastOr(last, allowance), ctx, level); err != nil {
			return err
		}
		if !last {
			p.write(delim)
		}
	}
	p.write(")")
	return nil
}

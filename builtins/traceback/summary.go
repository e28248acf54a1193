package traceback

// This file defines extract_stack, format_list and FrameSummary, the
// entries of a StackSummary.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// FrameSummary is one entry of extract_stack's list: a frame's file,
// line number, function name and source line. It unpacks as the tuple
// (filename, lineno, name, line). It is immutable.
type FrameSummary struct {
	filename, name, line string
	lineno               int
}

var (
	_ starlark.HasAttrs   = (*FrameSummary)(nil)
	_ starlark.Comparable = (*FrameSummary)(nil)
	_ starlark.Indexable  = (*FrameSummary)(nil)
	_ starlark.Iterable   = (*FrameSummary)(nil)
)

var frameSummaryClass = func() *py.Class {
	c := py.NewClass("FrameSummary", "traceback")
	c.Ext = &py.NativeClass{New: newFrameSummary}
	return c
}()

// newFrameSummary implements FrameSummary(filename, lineno, name, *,
// lookup_line=True, locals=None, line=None, ...): without line, the
// line is the source's, when spindle has that file.
func newFrameSummary(thread *starlark.Thread, _ *py.Class, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var filename, name string
	var lineno int
	var lookup starlark.Value = starlark.True
	var locals, line, endLineno, colno, endColno starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs("FrameSummary", args, kwargs, "filename", &filename, "lineno", &lineno, "name", &name,
		"lookup_line?", &lookup, "locals?", &locals, "line?", &line,
		"end_lineno?", &endLineno, "colno?", &colno, "end_colno?", &endColno); err != nil {
		return nil, err
	}
	s := &FrameSummary{filename: filename, lineno: lineno, name: name}
	if line != starlark.None {
		s.line = strings.TrimSpace(py.Str(line))
	} else if rt := core.RuntimeOf(thread); rt != nil && lookup.Truth() {
		s.line = rt.Sources().SourceLine(filename, int32(lineno))
	}
	return s, nil
}

func (s *FrameSummary) String() string {
	return fmt.Sprintf("<FrameSummary file %s, line %d in %s>", s.filename, s.lineno, s.name)
}

// Type implements starlark.Value.
func (s *FrameSummary) Type() string          { return "FrameSummary" }
func (s *FrameSummary) Freeze()               {}
func (s *FrameSummary) Truth() starlark.Bool  { return true }
func (s *FrameSummary) Hash() (uint32, error) { return s.tuple().Hash() }

// PyClass returns traceback.FrameSummary.
func (s *FrameSummary) PyClass() *py.Class { return frameSummaryClass }

func (s *FrameSummary) tuple() starlark.Tuple {
	return starlark.Tuple{starlark.String(s.filename), starlark.MakeInt(s.lineno), starlark.String(s.name), starlark.String(s.line)}
}

// CompareSameType compares the frames' file, line number, name and
// line, as FrameSummary.__eq__ does; they have no order.
func (s *FrameSummary) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq := *s == *y.(*FrameSummary)
		return eq == (op == syntax.EQL), nil
	}
	return false, py.Raisef(py.TypeError, "'%s' not supported between instances of 'FrameSummary' and 'FrameSummary'", op)
}

// Index implements starlark.Indexable.
func (s *FrameSummary) Index(i int) starlark.Value { return s.tuple()[i] }

// Len implements starlark.Indexable.
func (s *FrameSummary) Len() int { return 4 }

// Iterate implements starlark.Iterable.
func (s *FrameSummary) Iterate() starlark.Iterator { return s.tuple().Iterate() }

// Attr implements starlark.HasAttrs.
func (s *FrameSummary) Attr(name string) (starlark.Value, error) {
	switch name {
	case "filename":
		return starlark.String(s.filename), nil
	case "lineno":
		return starlark.MakeInt(s.lineno), nil
	case "name":
		return starlark.String(s.name), nil
	case "line":
		return starlark.String(s.line), nil
	case "locals":
		return starlark.None, nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (s *FrameSummary) AttrNames() []string {
	return []string{"filename", "line", "lineno", "locals", "name"}
}

// extractStack implements extract_stack(f=None, limit=None).
// https://docs.python.org/3/library/traceback.html#traceback.extract_stack
func extractStack(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var f, limit starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "f?", &f, "limit?", &limit); err != nil {
		return nil, err
	}
	cs, err := callStack(thread, f, limit)
	if err != nil {
		return nil, err
	}
	return summaries(thread, cs), nil
}

// summaries returns a FrameSummary per frame of cs.
func summaries(thread *starlark.Thread, cs starlark.CallStack) *starlark.List {
	rt := core.RuntimeOf(thread)
	out := make([]starlark.Value, len(cs))
	for i, fr := range cs {
		name := fr.Name
		if name == "<toplevel>" {
			name = "<module>"
		}
		out[i] = &FrameSummary{filename: fr.Pos.Filename(), lineno: int(fr.Pos.Line), name: name,
			line: rt.Sources().SourceLine(fr.Pos.Filename(), fr.Pos.Line)}
	}
	return starlark.NewList(out)
}

// formatList implements format_list(extracted_list): an entry per frame
// summary or (filename, lineno, name, line) tuple.
func formatList(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var list starlark.Iterable
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &list); err != nil {
		return nil, err
	}
	var parts []string
	iter := list.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		s, err := summary(x)
		if err != nil {
			return nil, err
		}
		entry := fmt.Sprintf("  File \"%s\", line %d, in %s\n", s.filename, s.lineno, s.name)
		if line := strings.TrimSpace(s.line); line != "" {
			entry += "    " + line + "\n"
		}
		parts = append(parts, entry)
	}
	return stringList(parts), nil
}

// summary converts a FrameSummary or a 4-tuple.
func summary(x starlark.Value) (*FrameSummary, error) {
	if s, ok := x.(*FrameSummary); ok {
		return s, nil
	}
	t, ok := x.(starlark.Tuple)
	if !ok || len(t) != 4 {
		return nil, py.Raisef(py.TypeError, "cannot unpack non-iterable %s object", py.TypeName(x))
	}
	s := &FrameSummary{filename: py.Str(t[0]), name: py.Str(t[2])}
	if t[3] != starlark.None {
		s.line = py.Str(t[3])
	}
	if n, err := starlark.AsInt32(t[1]); err == nil {
		s.lineno = n
	}
	return s, nil
}

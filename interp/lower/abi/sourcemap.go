package abi

// This file defines the SourceMap: what the nodes of a lowered file
// stand for in the user's source, as tracebacks need it. The front-end
// fills it from the lowered tree (on first use); the runtime reads it.

import "sync"

// Kind says what the calls of a helper stand for in the SourceMap, or
// how tracebacks treat the frames it runs.
type Kind uint8

const (
	NoKind      Kind = iota // nothing recorded
	Subscript               // x[i]: ~ under x, ^ under [i]
	SliceOf                 // x[lo:hi:step], marked as a subscript
	Name                    // a name: ^ under it
	Binary                  // a ** b, s % y: ~ under the operands, ^ under the operator
	Assert                  // assert c: ^ under c
	IndexKey                // the made-up + of (__sp_K + x)[i]: marks nothing
	CallerFrame             // the lambdas it calls run in its caller's frame
	Genexpr                 // the lambda it runs is a <genexpr> frame
)

// String names the kind as LOWERING.md does.
func (k Kind) String() string {
	return [...]string{"", "subscript", "slice", "name", "binary operator", "assert", "index key", "caller's frame", "<genexpr> frame"}[k]
}

// Mark says how a failing expression's caret line marks it.
type Mark uint8

const (
	Plain    Mark = iota // ^ under the whole expression
	BinaryOp             // ~ under the operands, ^ under the operator
	Subscr               // ~ under the value, ^ under [index]
)

// Pos is a position in a source file: 1-based line, 1-based column in
// characters.
type Pos struct{ Line, Col int32 }

// Before reports whether p comes before q.
func (p Pos) Before(q Pos) bool { return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col }

// IsValid reports whether p is a position (line 1 or later).
func (p Pos) IsValid() bool { return p.Line > 0 }

// Anchor is the user's expression that a failing instruction stands
// for: its extent and, for a binary operation or a subscript, where its
// operands end and start.
type Anchor struct {
	Mark       Mark
	Start, End Pos  // the expression's extent
	LeftEnd    Pos  // BinaryOp: end of the left operand; Subscr: end of the value
	RightStart Pos  // BinaryOp: start of the right operand
	RightEnd   Pos  // end of the right operand or index
	NoRight    bool // Subscr: a[:], no bound written
}

// Def is what a def's or lambda's syntax says about its parameters and
// name.
type Def struct {
	Qual   string          // its qualified name: K.m, f.<locals>.g, f.<locals>.<lambda>
	KwOnly map[string]bool // its keyword-only parameters
	MinPos int             // its positional parameters without a default

	PosOnly []string // its positional-only parameters, in order
}

// defKey identifies a def by the line of its 'def' and its name, a
// lambda by the position of its 'lambda' (and the name "lambda").
type defKey struct {
	line, col int32
	name      string
}

// SourceMap says what a lowered file's instructions stand for. Its
// front-end fills it the first time it is read. Safe for concurrent use.
type SourceMap struct {
	once     sync.Once
	fill     func(*SourceMap)
	anchors  map[Pos]*Anchor
	defs     map[defKey]*Def
	keywords map[Pos][]string
	comps    []*Comp
}

// NewSourceMap returns a SourceMap that fill fills on first use.
func NewSourceMap(fill func(*SourceMap)) *SourceMap {
	return &SourceMap{fill: fill}
}

// filled fills m if it is not yet.
func (m *SourceMap) filled() *SourceMap {
	m.once.Do(func() {
		m.anchors = map[Pos]*Anchor{}
		m.defs = map[defKey]*Def{}
		m.keywords = map[Pos][]string{}
		if m.fill != nil {
			m.fill(m)
		}
		m.fill = nil
	})
	return m
}

// SetAnchor records the expression of the instruction at pos (call it
// from fill only).
func (m *SourceMap) SetAnchor(pos Pos, a *Anchor) { m.anchors[pos] = a }

// AddDef records the def named name at line, unless one is there
// already (call it from fill only).
func (m *SourceMap) AddDef(line int32, name string, d *Def) {
	m.addDef(defKey{line: line, name: name}, d)
}

// AddLambda records the lambda whose 'lambda' is at pos (call it from
// fill only).
func (m *SourceMap) AddLambda(pos Pos, d *Def) {
	m.addDef(defKey{pos.Line, pos.Col, lambdaName}, d)
}

// lambdaName is the name of every lambda's function.
const lambdaName = "lambda"

func (m *SourceMap) addDef(k defKey, d *Def) {
	if m.defs[k] == nil {
		m.defs[k] = d
	}
}

// AddKeywords records the keyword arguments of a call whose open
// parenthesis is at pos (call it from fill only).
func (m *SourceMap) AddKeywords(pos Pos, names []string) {
	m.keywords[pos] = append(m.keywords[pos], names...)
}

// AnchorAt returns the expression of the instruction at pos, or nil.
func (m *SourceMap) AnchorAt(pos Pos) *Anchor {
	if m == nil {
		return nil
	}
	return m.filled().anchors[pos]
}

// DefAt returns the def named name whose 'def' is on line, or nil.
func (m *SourceMap) DefAt(line int32, name string) *Def {
	if m == nil {
		return nil
	}
	return m.filled().defs[defKey{line: line, name: name}]
}

// FuncAt returns the def or lambda named name (a function's Name:
// "lambda" for a lambda) whose function is at pos, or nil.
func (m *SourceMap) FuncAt(pos Pos, name string) *Def {
	if m == nil {
		return nil
	}
	if name == lambdaName {
		return m.filled().defs[defKey{pos.Line, pos.Col, name}]
	}
	return m.DefAt(pos.Line, name)
}

// FuncBefore returns the def or lambda named name that is the last to
// start at or before pos, or nil: the function whose first instruction
// is at pos (the frame of a call that failed to bind its arguments).
func (m *SourceMap) FuncBefore(pos Pos, name string) *Def {
	if m == nil {
		return nil
	}
	var best *Def
	var at Pos
	for k, d := range m.filled().defs {
		p := Pos{k.line, k.col}
		if k.name == name && !pos.Before(p) && (best == nil || at.Before(p)) {
			best, at = d, p
		}
	}
	return best
}

// Keywords returns the keyword argument names of the calls whose open
// parenthesis is at pos (a **mapping's keys are not seen).
func (m *SourceMap) Keywords(pos Pos) []string {
	if m == nil {
		return nil
	}
	return m.filled().keywords[pos]
}

package pyast

// This file defines the match statement and its patterns (PEP 634).

// Match is match Subject: followed by its cases.
type Match struct {
	Match   Position
	Subject Expr
	Cases   []*Case
}

// Case is case Pattern if Guard: Body; Guard is nil without if.
type Case struct {
	Case    Position
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// A Pattern is a pattern node of a case.
type Pattern interface {
	Node
	pattern()
}

type (
	// ValuePattern is a literal (1, -2.5, "s") or a dotted name
	// (Color.RED), which the subject must equal.
	ValuePattern struct{ Value Expr }

	// SingletonPattern is None, True or False, which the subject must be.
	SingletonPattern struct{ Value *Ident }

	// CapturePattern is a name the subject is bound to; the name _ is
	// the wildcard, which binds nothing.
	CapturePattern struct{ Name *Ident }

	// StarPattern is *name (or *_) in a sequence pattern: the items
	// the others leave.
	StarPattern struct {
		Star Position
		Name *Ident
	}

	// SequencePattern is [p, ...], (p, ...) or p, ...
	SequencePattern struct {
		Lbrack Position // the bracket or parenthesis, or the first item's start
		Items  []Pattern
	}

	// MappingPattern is {key: p, ..., **rest}; Rest is nil without **.
	MappingPattern struct {
		Lbrace Position
		Keys   []Expr
		Values []Pattern
		Rest   *Ident
	}

	// ClassPattern is Cls(p, ..., name=p, ...).
	ClassPattern struct {
		Cls      Expr
		Lparen   Position
		Args     []Pattern
		Keywords []*Ident
		KwArgs   []Pattern
	}

	// OrPattern is p | p | ...
	OrPattern struct{ Alts []Pattern }

	// AsPattern is p as name.
	AsPattern struct {
		Pattern Pattern
		Name    *Ident
	}
)

func (*Match) node()            {}
func (*Match) stmt()            {}
func (*Case) node()             {}
func (*ValuePattern) node()     {}
func (*SingletonPattern) node() {}
func (*CapturePattern) node()   {}
func (*StarPattern) node()      {}
func (*SequencePattern) node()  {}
func (*MappingPattern) node()   {}
func (*ClassPattern) node()     {}
func (*OrPattern) node()        {}
func (*AsPattern) node()        {}

func (*ValuePattern) pattern()     {}
func (*SingletonPattern) pattern() {}
func (*CapturePattern) pattern()   {}
func (*StarPattern) pattern()      {}
func (*SequencePattern) pattern()  {}
func (*MappingPattern) pattern()   {}
func (*ClassPattern) pattern()     {}
func (*OrPattern) pattern()        {}
func (*AsPattern) pattern()        {}

// pattern collects the children of a match statement, a case
// or a pattern; it reports whether n is one.
func (c *children) pattern(n Node) bool {
	switch n := n.(type) {
	case *Match:
		c.add(n.Subject)
		for _, k := range n.Cases {
			c.add(k)
		}
	case *Case:
		c.add(n.Pattern, n.Guard)
		c.addStmts(n.Body)
	case *ValuePattern:
		c.add(n.Value)
	case *SingletonPattern:
		c.add(n.Value)
	case *CapturePattern:
		c.add(n.Name)
	case *StarPattern:
		c.add(n.Name)
	case *SequencePattern:
		for _, p := range n.Items {
			c.add(p)
		}
	case *MappingPattern:
		for i := range n.Keys {
			c.add(n.Keys[i], n.Values[i])
		}
		c.add(n.Rest)
	case *ClassPattern:
		c.add(n.Cls)
		for _, p := range n.Args {
			c.add(p)
		}
		for i := range n.Keywords {
			c.add(n.Keywords[i], n.KwArgs[i])
		}
	case *OrPattern:
		for _, p := range n.Alts {
			c.add(p)
		}
	case *AsPattern:
		c.add(n.Pattern, n.Name)
	default:
		return false
	}
	return true
}

package parse

// This file defines the parser of the match statement and its patterns
// (PEP 634), with CPython's errors for unreachable cases and for names
// a pattern binds twice or an alternative binds differently.

import (
	"fmt"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// parseMatchStmt parses match subject: and its case blocks; the current
// token is the soft keyword match.
func (p *parser) parseMatchStmt() pyast.Stmt {
	m := &pyast.Match{Match: p.nextToken()}
	m.Subject = p.parseExpr()
	p.consumeHeaderColon()
	p.consume(syntax.NEWLINE)
	if p.tok != syntax.INDENT {
		e := p.in.newError(p.tokval.pos, "IndentationError", fmt.Sprintf("expected an indented block after 'match' statement on line %d", m.Match.Line))
		e.EOF = p.tok == syntax.EOF
		panic(e)
	}
	p.nextToken()
	for p.tok != syntax.OUTDENT && p.tok != syntax.EOF {
		if p.tok != syntax.IDENT || p.tokval.raw != "case" {
			p.syntaxError()
		}
		m.Cases = append(m.Cases, p.parseCase())
	}
	p.consume(syntax.OUTDENT)
	p.checkReachable(m)
	return m
}

// parseCase parses case pattern [if guard]: block.
func (p *parser) parseCase() *pyast.Case {
	c := &pyast.Case{Case: p.nextToken()}
	c.Pattern = p.parsePatterns()
	p.checkBindings(c.Pattern)
	if p.tok == syntax.IF {
		p.nextToken()
		c.Guard = p.parseTest()
	}
	p.consumeHeaderColon()
	c.Body = p.parseSuite("'case' statement", c.Case.Line)
	return c
}

// checkReachable reports a case after one that matches anything, as
// CPython does.
func (p *parser) checkReachable(m *pyast.Match) {
	for _, c := range m.Cases[:len(m.Cases)-1] {
		if c.Guard != nil {
			continue
		}
		pat := c.Pattern
		if as, ok := pat.(*pyast.AsPattern); ok && irrefutable(as.Pattern) {
			pat = as.Pattern
		}
		if capture, ok := pat.(*pyast.CapturePattern); ok {
			if capture.Name.Name == "_" {
				p.errorf(capture.Name.NamePos, "wildcard makes remaining patterns unreachable")
			}
			p.errorf(capture.Name.NamePos, "name capture '%s' makes remaining patterns unreachable", capture.Name.Name)
		}
	}
}

// irrefutable reports whether a pattern matches any subject.
func irrefutable(pat pyast.Pattern) bool {
	switch pat := pat.(type) {
	case *pyast.CapturePattern:
		return true
	case *pyast.AsPattern:
		return irrefutable(pat.Pattern)
	case *pyast.OrPattern:
		for _, alt := range pat.Alts {
			if irrefutable(alt) {
				return true
			}
		}
	}
	return false
}

// checkBindings reports a name a pattern binds twice, and alternatives
// that bind different names; it returns the names pat binds.
func (p *parser) checkBindings(pat pyast.Pattern) map[string]bool {
	names := map[string]bool{}
	bind := func(id *pyast.Ident) {
		if id == nil || id.Name == "_" {
			return
		}
		if names[id.Name] {
			p.errorf(id.NamePos, "multiple assignments to name '%s' in pattern", id.Name)
		}
		names[id.Name] = true
	}
	var walk func(pyast.Pattern)
	walk = func(pat pyast.Pattern) {
		switch pat := pat.(type) {
		case *pyast.CapturePattern:
			bind(pat.Name)
		case *pyast.StarPattern:
			bind(pat.Name)
		case *pyast.AsPattern:
			walk(pat.Pattern)
			bind(pat.Name)
		case *pyast.SequencePattern:
			for _, it := range pat.Items {
				walk(it)
			}
		case *pyast.MappingPattern:
			for _, v := range pat.Values {
				walk(v)
			}
			bind(pat.Rest)
		case *pyast.ClassPattern:
			for _, a := range pat.Args {
				walk(a)
			}
			for _, a := range pat.KwArgs {
				walk(a)
			}
		case *pyast.OrPattern:
			var first map[string]bool
			for i, alt := range pat.Alts {
				got := p.checkBindings(alt)
				if i == 0 {
					first = got
				} else if !sameNames(first, got) {
					p.errorf(patternStart(pat), "alternative patterns bind different names")
				}
			}
			for name := range first {
				bind(&pyast.Ident{NamePos: patternStart(pat), Name: name})
			}
		}
	}
	walk(pat)
	return names
}

func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// patternStart returns where a pattern starts.
func patternStart(pat pyast.Pattern) syntax.Position {
	switch pat := pat.(type) {
	case *pyast.ValuePattern:
		return start(pat.Value)
	case *pyast.SingletonPattern:
		return pat.Value.NamePos
	case *pyast.CapturePattern:
		return pat.Name.NamePos
	case *pyast.StarPattern:
		return pat.Star
	case *pyast.SequencePattern:
		return pat.Lbrack
	case *pyast.MappingPattern:
		return pat.Lbrace
	case *pyast.ClassPattern:
		return start(pat.Cls)
	case *pyast.OrPattern:
		return patternStart(pat.Alts[0])
	case *pyast.AsPattern:
		return patternStart(pat.Pattern)
	}
	return syntax.Position{}
}

// parsePatterns parses a case's pattern: p, or an open sequence p, q.
func (p *parser) parsePatterns() pyast.Pattern {
	first := p.parseMaybeStar()
	if p.tok != syntax.COMMA {
		if star, ok := first.(*pyast.StarPattern); ok {
			p.errorf(star.Star, "can't use starred expression here")
		}
		return first
	}
	seq := &pyast.SequencePattern{Lbrack: patternStart(first), Items: []pyast.Pattern{first}}
	for p.tok == syntax.COMMA {
		p.nextToken()
		if p.tok == syntax.COLON || p.tok == syntax.IF {
			break
		}
		seq.Items = append(seq.Items, p.parseMaybeStar())
	}
	p.checkStars(seq)
	return seq
}

// parseMaybeStar parses an item of a sequence pattern.
func (p *parser) parseMaybeStar() pyast.Pattern {
	if p.tok == syntax.STAR {
		star := &pyast.StarPattern{Star: p.nextToken()}
		star.Name = p.parseIdent()
		return star
	}
	return p.parsePattern()
}

// checkStars reports a sequence pattern with more than one star.
func (p *parser) checkStars(seq *pyast.SequencePattern) {
	seen := false
	for _, it := range seq.Items {
		if star, ok := it.(*pyast.StarPattern); ok {
			if seen {
				p.errorf(star.Star, "multiple starred names in sequence pattern")
			}
			seen = true
		}
	}
}

// parsePattern parses p | q ... [as name].
func (p *parser) parsePattern() pyast.Pattern {
	p.enter()
	defer p.leave()
	pat := p.parseClosedPattern()
	if p.tok == syntax.PIPE {
		or := &pyast.OrPattern{Alts: []pyast.Pattern{pat}}
		for p.tok == syntax.PIPE {
			p.nextToken()
			or.Alts = append(or.Alts, p.parseClosedPattern())
		}
		pat = or
	}
	if p.tok == syntax.AS {
		p.nextToken()
		name := p.parseIdent()
		if name.Name == "_" {
			p.errorf(name.NamePos, "cannot use '_' as a target")
		}
		pat = &pyast.AsPattern{Pattern: pat, Name: name}
	}
	return pat
}

// parseClosedPattern parses a literal, capture, value, group, sequence,
// mapping or class pattern.
func (p *parser) parseClosedPattern() pyast.Pattern {
	switch p.tok {
	case syntax.INT, syntax.FLOAT, syntax.STRING, syntax.BYTES:
		return &pyast.ValuePattern{Value: p.parsePrimary()}
	case syntax.MINUS:
		pos := p.nextToken()
		if p.tok != syntax.INT && p.tok != syntax.FLOAT {
			p.syntaxError()
		}
		return &pyast.ValuePattern{Value: &pyast.Unary{OpPos: pos, Op: syntax.MINUS, X: p.parseNumber()}}
	case syntax.LBRACK, syntax.LPAREN:
		return p.parseSequencePattern()
	case syntax.LBRACE:
		return p.parseMappingPattern()
	case syntax.IDENT:
		return p.parseNamePattern()
	}
	p.syntaxError()
	panic("unreachable")
}

// parseNamePattern parses a pattern that starts with a name: None,
// True, False, a capture, a dotted value or a class pattern.
func (p *parser) parseNamePattern() pyast.Pattern {
	id := p.parseIdent()
	switch id.Name {
	case "None", "True", "False":
		return &pyast.SingletonPattern{Value: id}
	}
	var x pyast.Expr = id
	for p.tok == syntax.DOT {
		dot := p.nextToken()
		x = &pyast.Attr{X: x, Dot: dot, Name: p.parseIdent()}
	}
	if p.tok == syntax.LPAREN {
		return p.parseClassPattern(x)
	}
	if x == pyast.Expr(id) {
		return &pyast.CapturePattern{Name: id}
	}
	return &pyast.ValuePattern{Value: x}
}

// parseClassPattern parses the arguments of Cls(...).
func (p *parser) parseClassPattern(cls pyast.Expr) pyast.Pattern {
	c := &pyast.ClassPattern{Cls: cls, Lparen: p.nextToken()}
	for p.tok != syntax.RPAREN {
		if p.tok == syntax.IDENT && p.peekIsEq() {
			name := p.parseIdent()
			p.consume(syntax.EQ)
			c.Keywords = append(c.Keywords, name)
			c.KwArgs = append(c.KwArgs, p.parsePattern())
		} else {
			if len(c.Keywords) > 0 {
				p.errorf(p.tokval.pos, "positional patterns follow keyword patterns")
			}
			c.Args = append(c.Args, p.parsePattern())
		}
		if p.tok != syntax.COMMA {
			break
		}
		p.nextToken()
	}
	p.consume(syntax.RPAREN)
	return c
}

// peekIsEq reports whether the token after the current one is '='.
func (p *parser) peekIsEq() bool {
	return p.lookahead(func(next func() syntax.Token) bool { return next() == syntax.EQ })
}

// parseSequencePattern parses [p, ...] or (p, ...), or a group (p).
func (p *parser) parseSequencePattern() pyast.Pattern {
	open := p.tok
	pos := p.nextToken()
	closing := syntax.RBRACK
	if open == syntax.LPAREN {
		closing = syntax.RPAREN
	}
	seq := &pyast.SequencePattern{Lbrack: pos}
	for p.tok != closing {
		seq.Items = append(seq.Items, p.parseMaybeStar())
		if p.tok != syntax.COMMA {
			if open == syntax.LPAREN && len(seq.Items) == 1 {
				if _, star := seq.Items[0].(*pyast.StarPattern); !star {
					p.consume(closing)
					return seq.Items[0] // a group: (p)
				}
			}
			break
		}
		p.nextToken()
	}
	p.consume(closing)
	p.checkStars(seq)
	return seq
}

// parseMappingPattern parses {key: p, ..., **rest}.
func (p *parser) parseMappingPattern() pyast.Pattern {
	m := &pyast.MappingPattern{Lbrace: p.nextToken()}
	for p.tok != syntax.RBRACE {
		if p.tok == syntax.STARSTAR {
			p.nextToken()
			m.Rest = p.parseIdent()
			if p.tok == syntax.COMMA {
				p.nextToken()
			}
			break
		}
		m.Keys = append(m.Keys, p.parseMappingKey())
		p.consume(syntax.COLON)
		m.Values = append(m.Values, p.parsePattern())
		if p.tok != syntax.COMMA {
			break
		}
		p.nextToken()
	}
	p.consume(syntax.RBRACE)
	return m
}

// parseMappingKey parses a key of a mapping pattern: a literal or a
// dotted name.
func (p *parser) parseMappingKey() pyast.Expr {
	switch pat := p.parseClosedPattern().(type) {
	case *pyast.ValuePattern:
		return pat.Value
	case *pyast.SingletonPattern:
		return pat.Value
	}
	p.errorf(p.tokval.pos, "mapping pattern keys may only match literals and attribute lookups")
	panic("unreachable")
}

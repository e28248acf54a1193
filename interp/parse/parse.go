package parse

// This file defines the API (Parse, ParseWith, ParseExpr, ParseREPL,
// FileOptions; ParseShared is in cells_shared.go)
// and the parser's state and token helpers.

import (
	"context"
	"fmt"
	"strings"

	"go.starlark.net/syntax"
)

// FileOptions returns the options that files produced by Parse must be
// compiled with. Each call returns a new value.
func FileOptions() *syntax.FileOptions {
	return &syntax.FileOptions{
		Set:               true,
		While:             true,
		TopLevelControl:   true,
		GlobalReassign:    true,
		LoadBindsGlobally: true,
		Recursion:         true,
	}
}

// Parse parses and lowers a Python module. The result is ready for
// starlark.FileProgram with FileOptions. The source is decoded as
// DecodeSource says. Errors are *Error values.
func Parse(filename string, src []byte) (*syntax.File, error) {
	return ParseWith(filename, src, Options{})
}

// Options configure ParseWith. The zero value gives Parse.
type Options struct {
	// Predeclared reports whether a name is predeclared for the module
	// (the builtins and any globals the embedder adds). When it is set, a
	// reference to a name that is neither bound anywhere in the file nor
	// predeclared is lowered to __sp_undefined("name"), which raises
	// NameError when (and if) it runs, as CPython does, rather than
	// failing the whole file when it is resolved.
	Predeclared func(name string) bool

	// Decoded says that src is already text returned by DecodeSource.
	Decoded bool

	// Context, when set, stops a parse still running when it is done: the
	// error wraps context.Cause(Context). Parsing is linear in the size
	// of the source; the check is for very large inputs.
	Context context.Context
}

// ParseWith is Parse with options.
func ParseWith(filename string, src []byte, opts Options) (f *syntax.File, err error) {
	if !opts.Decoded {
		if src, err = DecodeSource(filename, src); err != nil {
			return nil, err
		}
	}
	p := newParser(filename, src, true)
	p.predeclared = opts.Predeclared
	p.in.ctx = opts.Context
	return p.parseModule()
}

// ParseExpr parses a single expression (or an unparenthesized tuple),
// lowered the same way as Parse. Errors are *Error values.
func ParseExpr(filename string, src []byte) (expr syntax.Expr, err error) {
	if src, err = DecodeSource(filename, src); err != nil {
		return nil, err
	}
	p := newParser(filename, src, true)
	defer p.recover(&err)
	p.nextToken()
	expr = p.parseExpr(false)
	p.checkDepth(expr)
	for p.tok == syntax.NEWLINE {
		p.nextToken()
	}
	if p.tok != syntax.EOF {
		p.syntaxError()
	}
	return expr, nil
}

// ParseREPL parses one chunk of REPL input. It reports incomplete when
// the chunk needs more lines: an open bracket or triple-quoted string, a
// backslash continuation, or a compound statement not yet ended by a
// blank line, as CPython's REPL does.
func ParseREPL(filename string, src []byte) (f *syntax.File, incomplete bool, err error) {
	f, err = Parse(filename, src)
	if e, ok := err.(*Error); ok && e.eof {
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	if hasCompound(src) && !endsWithBlankLine(src) {
		return nil, true, nil
	}
	return f, false, nil
}

// hasCompound reports whether a top-level line opens a block.
func hasCompound(src []byte) bool {
	for _, line := range strings.Split(string(src), "\n") {
		fields := strings.FieldsFunc(line, func(r rune) bool { return !isIdent(r) && r != '@' })
		if len(fields) == 0 || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		switch fields[0] {
		case "if", "for", "while", "def", "class", "with", "try", "async":
			return true
		}
		if strings.HasPrefix(fields[0], "@") {
			return true
		}
	}
	return false
}

func endsWithBlankLine(src []byte) bool {
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	n := len(lines)
	return n >= 2 && strings.TrimSpace(lines[n-1]) == "" && strings.TrimSpace(lines[n-2]) == ""
}

// parseFile parses a module, lowering it when lower is set.
func parseFile(filename string, src []byte, lower bool) (f *syntax.File, err error) {
	if !lower {
		return newParser(filename, src, lower).parseModule() // go.starlark.net's rules
	}
	if src, err = DecodeSource(filename, src); err != nil {
		return nil, err
	}
	return newParser(filename, src, lower).parseModule()
}

// parseModule parses the whole input as a module.
func (p *parser) parseModule() (f *syntax.File, err error) {
	defer p.recover(&err)
	p.nextToken()
	var stmts []syntax.Stmt
	for p.tok != syntax.EOF {
		if p.tok == syntax.NEWLINE {
			p.nextToken()
			continue
		}
		stmts = p.parseStmt(stmts)
	}
	f = &syntax.File{Path: *p.in.filename, Stmts: stmts, Options: FileOptions()}
	if p.lower { // without lowering, the tree and its limits are go.starlark.net's
		p.checkDepth(f)
		p.lowerCells(f)
		lowerWideCalls(f)
	}
	return f, nil
}

// parser is a recursive-descent parser that follows go.starlark.net's
// parser production by production, extended for Python.
type parser struct {
	in     *scanner
	tok    syntax.Token
	tokval tokenValue
	depth  int    // recursion depth, see enter
	chain  int    // levels of the left-deep trees being built, see chainLevel
	lower  bool   // apply the lowering passes
	fresh  *int   // counter for synthesized names, shared with sub-parsers
	src    []byte // the whole file, for error lines

	class string // name of the class whose body is being parsed
	// classAnnotated: that class body has "name: T" annotations
	classAnnotated bool
	methods        []method // enclosing defs, innermost last
	inFunc         bool     // parsing a def's body (not a class's inside it)
	inLoop         bool     // parsing a loop's body (not a def's inside it)
	starOK         bool     // a starred item may start here (assignment targets)

	inLambda bool // parsing a lambda's body
	sawYield bool // the def whose body is being parsed yields
	genDef   bool // the def parseDefStmt just returned yields

	lockDepth int // nesting of withLock forms in the with body just parsed

	predeclared func(name string) bool // Options.Predeclared
	sharedUsed  map[string]bool        // ParseShared: the globals referenced; nil for files
}

// method records an enclosing def, for zero-argument super().
type method struct {
	class, self string
}

func newParser(filename string, src []byte, lower bool) *parser {
	in := newScanner(filename, src, 1, 1)
	in.text = src
	in.starlark = !lower
	return &parser{in: in, lower: lower, fresh: new(int), src: src}
}

// recover turns a panicking *Error into err.
func (p *parser) recover(err *error) {
	switch e := recover().(type) {
	case nil:
	case *Error:
		*err = e
	case cancelled:
		*err = e.err
	default:
		panic(e)
	}
}

// nextToken advances and returns the position of the previous token.
func (p *parser) nextToken() syntax.Position {
	old := p.tokval.pos
	p.tok = p.in.nextToken(&p.tokval)
	return old
}

func (p *parser) errorf(pos syntax.Position, format string, args ...any) {
	p.in.errorAt(pos, format, args...)
}

// syntaxError reports "invalid syntax" at the current token, with
// CPython's messages for a few common cases.
func (p *parser) syntaxError() {
	switch p.tok {
	case syntax.INDENT:
		e := p.in.newError(p.tokval.pos, "IndentationError", "unexpected indent")
		e.Col = 0
		panic(e)
	case syntax.OUTDENT:
		p.errorf(p.tokval.pos, "unindent does not match any outer indentation level")
	case tokWalrus:
		p.unsupported("the walrus operator ':='")
	case syntax.YIELD:
		if !p.lower || p.inFunc {
			p.unsupported("'yield' here (only as a statement, after '=' or in parentheses)")
		}
		p.errorf(p.tokval.pos, "'yield' outside function")
	case syntax.AWAIT, syntax.ASYNC:
		p.unsupported(fmt.Sprintf("'%s'", tokString(p.tok)))
	}
	p.invalidSyntax(p.tokval.pos)
}

// invalidSyntax reports "invalid syntax" at pos unless, as CPython finds
// by tokenizing the rest of the file, a later token is malformed (that
// error wins) or a bracket opened on an earlier line is never closed.
func (p *parser) invalidSyntax(pos syntax.Position) {
	if p.lower {
		if e := p.restError(); e != nil && (!e.eof || e.Line < int(pos.Line)) {
			panic(e)
		}
	}
	p.errorf(pos, "invalid syntax")
}

// restError scans the rest of the input and returns the scanner's error.
func (p *parser) restError() (err *Error) {
	sc := p.in.clone()
	defer func() {
		if e, ok := recover().(*Error); ok {
			err = e
		}
	}()
	var val tokenValue
	for sc.nextToken(&val) != syntax.EOF {
	}
	return nil
}

// unsupported reports a Python construct that spindle cannot run.
func (p *parser) unsupported(what string) {
	p.errorf(p.tokval.pos, "spindle does not support %s", what)
}

// consume requires the current token to be t and advances.
func (p *parser) consume(t syntax.Token) syntax.Position {
	if p.tok != t {
		if t == syntax.COLON && p.tok != syntax.EOF {
			p.errorf(p.tokval.pos, "expected ':'")
		}
		p.syntaxError()
	}
	return p.nextToken()
}

// consumeHeaderColon requires the colon that ends the header of if,
// elif, while, for, class, with or except. CPython says "expected ':'"
// only when the line ends there; other tokens are invalid syntax.
func (p *parser) consumeHeaderColon() {
	if p.lower && p.tok != syntax.COLON && p.tok != syntax.NEWLINE && p.tok != syntax.EOF {
		p.syntaxError()
	}
	p.consume(syntax.COLON)
}

// fresh returns a new synthesized name with the given prefix.
func (p *parser) freshName(prefix string) string {
	*p.fresh++
	return fmt.Sprintf("%s%d", prefix, *p.fresh)
}

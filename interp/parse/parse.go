package parse

// This file defines the API (File, Expr, NeedsMore) and the parser's
// state and token helpers.

import (
	"context"
	"fmt"
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/pyast"
)

// Options configure File. The zero value is fine.
type Options struct {
	// Decoded says that src is already text returned by DecodeSource.
	Decoded bool

	// Context, when set, stops a parse still running when it is done: the
	// error wraps context.Cause(Context). Parsing is linear in the size
	// of the source; the check is for very large inputs.
	Context context.Context
}

// File parses a Python module. The source is decoded as DecodeSource
// says, unless opts.Decoded. Errors are *Error values.
func File(filename string, src []byte, opts Options) (f *pyast.File, err error) {
	if !opts.Decoded {
		if src, err = DecodeSource(filename, src); err != nil {
			return nil, err
		}
	}
	p := newParser(filename, src)
	p.in.ctx = opts.Context
	return p.parseModule()
}

// Expr parses a single expression (or an unparenthesized tuple). Errors
// are *Error values.
func Expr(filename string, src []byte) (expr pyast.Expr, err error) {
	if src, err = DecodeSource(filename, src); err != nil {
		return nil, err
	}
	p := newParser(filename, src)
	defer p.recover(&err)
	p.nextToken()
	expr = p.parseExpr()
	for p.tok == syntax.NEWLINE {
		p.nextToken()
	}
	if p.tok != syntax.EOF {
		p.syntaxError()
	}
	return expr, nil
}

// NeedsMore reports whether a chunk of REPL input that parses is still
// incomplete: a compound statement not yet ended by a blank line, as
// CPython's REPL reads it. (Open brackets and strings are errors whose
// EOF field is set.)
func NeedsMore(src []byte) bool {
	return hasCompound(src) && !endsWithBlankLine(src)
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

// parseModule parses the whole input as a module.
func (p *parser) parseModule() (f *pyast.File, err error) {
	defer p.recover(&err)
	p.nextToken()
	var stmts []pyast.Stmt
	for p.tok != syntax.EOF {
		if p.tok == syntax.NEWLINE {
			p.nextToken()
			continue
		}
		stmts = p.parseStmt(stmts)
	}
	return &pyast.File{Path: *p.in.filename, Src: p.src, Stmts: stmts}, nil
}

// parser is a recursive-descent parser that follows go.starlark.net's
// parser production by production, extended for Python.
type parser struct {
	in     *scanner
	tok    syntax.Token
	tokval tokenValue
	depth  int    // recursion depth, see enter
	chain  int    // levels of the left-deep trees being built, see chainLevel
	src    []byte // the whole file, for error lines

	inClass bool // parsing a class body (not a def's inside it)
	inFunc  bool // parsing a def's body (not a class's inside it)
	inLoop  bool // parsing a loop's body (not a def's inside it)
	// starFunc and starLoop say that a return, or a break or continue,
	// would leave an except* block.
	starFunc, starLoop bool
	starOK             bool // a starred item may start here (assignment targets)
	inLambda           bool // parsing a lambda's body
	sawYield           bool // the def whose body is being parsed yields
	inAsync            bool // parsing an async def's body (not a nested def's, class's or lambda's)
}

func newParser(filename string, src []byte) *parser {
	in := newScanner(filename, src, 1, 1)
	in.text = src
	return &parser{in: in, src: src}
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
		if p.inFunc {
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
	if e := p.restError(); e != nil && (!e.EOF || e.Line < int(pos.Line)) {
		panic(e)
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
	if p.tok != syntax.COLON && p.tok != syntax.NEWLINE && p.tok != syntax.EOF {
		p.syntaxError()
	}
	p.consume(syntax.COLON)
}

package parse

// This file defines the tokens the scanner produces: go.starlark.net's
// syntax.Token values plus a few Python-only ones.

import "go.starlark.net/syntax"

// Python-only tokens, numbered after syntax's own.
const (
	tokAssert     syntax.Token = 100 + iota
	tokAt                      // @
	tokArrow                   // ->
	tokStarStarEq              // **=
	tokAtEq                    // @=
	tokWalrus                  // :=
	tokEllipsis                // ...
	tokFString                 // f"..."
	tokBang                    // ! (only inside f-string fields)
	tokImag                    // 2j
)

var extraTokenNames = map[syntax.Token]string{
	tokAssert:     "assert",
	tokAt:         "@",
	tokArrow:      "->",
	tokStarStarEq: "**=",
	tokAtEq:       "@=",
	tokWalrus:     ":=",
	tokEllipsis:   "...",
	tokFString:    "f-string",
	tokBang:       "!",
	tokImag:       "imaginary number",
}

// tokString returns a readable name for any token.
func tokString(t syntax.Token) string {
	if s, ok := extraTokenNames[t]; ok {
		return s
	}
	return t.String()
}

// keywords maps Python's keywords to tokens. None, True and False stay
// identifiers, as in Starlark; load is a soft keyword handled by the
// parser so that json.load(f) keeps working, and so is assert, which
// Starlark code uses as a module name (assert.eq).
var keywords = map[string]syntax.Token{
	"and":      syntax.AND,
	"as":       syntax.AS,
	"async":    syntax.ASYNC,
	"await":    syntax.AWAIT,
	"break":    syntax.BREAK,
	"class":    syntax.CLASS,
	"continue": syntax.CONTINUE,
	"def":      syntax.DEF,
	"del":      syntax.DEL,
	"elif":     syntax.ELIF,
	"else":     syntax.ELSE,
	"except":   syntax.EXCEPT,
	"finally":  syntax.FINALLY,
	"for":      syntax.FOR,
	"from":     syntax.FROM,
	"global":   syntax.GLOBAL,
	"if":       syntax.IF,
	"import":   syntax.IMPORT,
	"in":       syntax.IN,
	"is":       syntax.IS,
	"lambda":   syntax.LAMBDA,
	"nonlocal": syntax.NONLOCAL,
	"not":      syntax.NOT,
	"or":       syntax.OR,
	"pass":     syntax.PASS,
	"raise":    syntax.RAISE,
	"return":   syntax.RETURN,
	"try":      syntax.TRY,
	"while":    syntax.WHILE,
	"with":     syntax.WITH,
	"yield":    syntax.YIELD,
}

package py

// This file defines lazyRegexp: the patterns that translate the VM's
// error messages (vmerrors.go, callerr.go, traceback.go) are needed only
// once a script fails, and compiling the fifty of them at package init
// took about 45 ms of the browser playground's start in wasm.

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regexp compiled on its first use, with the methods of
// *regexp.Regexp that the message translation calls.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// ident and identDots match a Python identifier (Unicode letters, marks,
// digits and _, as PEP 3131 allows: \w is ASCII in Go) and a dotted name
// in the VM's messages that are translated.
const (
	ident     = `[\pL\pM\pN_]+`
	identDots = `[\pL\pM\pN_.]+`
)

// lazyRegexps lists every pattern, for the test that compiles them all.
var lazyRegexps []*lazyRegexp

// lazyRE returns a pattern to compile on first use; it must be valid
// (the test compiles every one). Not inlined: inlined in the 45 package
// variables' initialisers it made the wasm file 25 KB larger.
//
//go:noinline
func lazyRE(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}

func (l *lazyRegexp) ExpandString(dst []byte, template, src string, match []int) []byte {
	return l.get().ExpandString(dst, template, src, match)
}

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}

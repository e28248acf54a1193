package main

// This file tests how the prompt decides that an input is complete.

import (
	"strings"
	"testing"
)

func TestNeedMore(t *testing.T) {
	tests := []struct {
		name  string
		input string // lines separated by |
		want  bool
	}{
		{"expr", "1 + 2", false},
		{"assign", "x = [1, 2]", false},
		{"empty", "", false},
		{"open paren", "print(1,", true},
		{"closed paren", "print(1,|2)", false},
		{"open dict", "d = {", true},
		{"blank in brackets", "d = {|", true},
		{"def", "def f():", true},
		{"def body", "def f():|    return 1", true},
		{"def done", "def f():|    return 1|", false},
		{"one-line if", "if x: y()", true},
		{"one-line if done", "if x: y()|", false},
		{"decorator", "@d", true},
		{"for", "for i in range(3):", true},
		{"class", "class C:", true},
		{"try", "try:", true},
		{"with", "with lock:", true},
		{"while", "while True: pass", true},
		{"colon in string", `print("a:")`, false},
		{"hash in string", `s = "#("`, false},
		{"comment paren", "x = 1  # (", false},
		{"comment colon", "x = 1  # :", false},
		{"triple", `s = """abc`, true},
		{"triple done", `s = """abc|def"""`, false},
		{"triple single", "s = '''a", true},
		{"backslash", `x = 1 + \`, true},
		{"backslash done", `x = 1 + \|2`, false},
		{"string backslash", `s = 'a\`, true},
		{"unterminated", `s = 'abc`, false},
		{"escaped quote", `s = "a\"("`, false},
		{"match call", "match(x)", false},
		{"lambda", "f = lambda x: x", false},
		{"slice", "y = x[1:]", false},
		{"else", "if a:|    b|else:", true},
		{"nested block", "for i in x:|    if i:|        print(i)|", false},
		{"def blank in body paren", "def f():|    return (1,|", true},
		{"nested header", "def f():|    for i in range(3):", true},
		{"nested header body", "def f():|    for i in range(3):|        print(i)", true},
	}
	for _, tt := range tests {
		lines := strings.Split(tt.input, "|")
		if got := needMore(lines); got != tt.want {
			t.Errorf("%s: needMore(%q) = %v, want %v", tt.name, lines, got, tt.want)
		}
		if got := scanMore(lines, strings.Join(lines, "\n")); got != tt.want {
			t.Errorf("%s: scanMore(%q) = %v, want %v", tt.name, lines, got, tt.want)
		}
	}
}

func TestNeedMoreSyntaxErrorEndsInput(t *testing.T) {
	for _, src := range []string{"if x", "for in x:", "x = = 1"} {
		if needMore([]string{src}) {
			t.Errorf("needMore(%q) = true, want false (a syntax error)", src)
		}
	}
}

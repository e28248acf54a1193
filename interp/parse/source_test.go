package parse

import "testing"

// TestDecoded checks the text that DecodeSource gives.
func TestDecoded(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"\xef\xbb\xbfx = 1\n", "x = 1\n"},
		{"# -*- coding: latin-1 -*-\nx = \"\xe9\"\n", "# -*- coding: latin-1 -*-\nx = \"é\"\n"},
		{"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\n\xe9\n", "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\né\n"},
		{"# coding: cp1251\n\xcf\xf0\xe8\n", "# coding: cp1251\nПри\n"},
		{"# coding: windows-1251\n\xb8\n", "# coding: windows-1251\nё\n"},
		{"x = 1 # coding: latin-1\n\xc3\xa9\n", "x = 1 # coding: latin-1\n\xc3\xa9\n"}, // a cookie after code is a comment
	} {
		got, err := DecodeSource("t.py", []byte(c.src))
		if err != nil || string(got) != c.want {
			t.Errorf("DecodeSource(%q) = %q, %v; want %q", c.src, got, err, c.want)
		}
	}
}

package parse

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	src, err := os.ReadFile("/tmp/scratch.py")
	if err != nil {
		t.Skip()
	}
	f, err := Parse("scratch.py", src)
	if err != nil {
		t.Fatal(err.(*Error).Format())
	}
	t.Log(pretty(f))
}

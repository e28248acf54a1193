package zlib_test

// This file checks that a decompression bomb ends in MemoryError under
// the Interpreter's memory limit, not in the Go runtime's out-of-memory.

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp"
)

func TestDecompressBomb(t *testing.T) {
	var stderr bytes.Buffer
	in := interp.New(interp.Options{Stderr: &stderr, MaxMemory: 256 << 20})
	defer in.Close()
	err := in.ExecFile(context.Background(), "bomb.py", `
import zlib
c = zlib.compressobj()
bomb = b''.join(c.compress(bytes(1 << 20)) for _ in range(512)) + c.flush()
assert len(bomb) < 1 << 20
zlib.decompress(bomb)
`)
	if err == nil || !strings.Contains(err.Error(), "MemoryError") {
		t.Fatalf("got %v, want MemoryError", err)
	}
}

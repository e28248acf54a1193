package main

// This file defines the prompt's history file: where it lives, and how a
// multi-line block is stored as one entry.

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// historyLimit is how many entries the history file keeps.
const historyLimit = 1000

// historyPath returns the history file: $SPINDLE_HISTORY, else
// $XDG_STATE_HOME/spindle/history (~/.local/state/spindle/history when
// XDG_STATE_HOME is unset and ~/.local/state exists), else
// ~/.spindle_history. It returns "" when there is no home directory.
func historyPath() string {
	if p := os.Getenv("SPINDLE_HISTORY"); p != "" {
		return p
	}
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "spindle", "history")
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	if st, err := os.Stat(filepath.Join(home, ".local", "state")); err == nil && st.IsDir() {
		return filepath.Join(home, ".local", "state", "spindle", "history")
	}
	return filepath.Join(home, ".spindle_history")
}

// history is the list of past inputs, mirrored in a file. A block is one
// entry; in the file, its newlines are written as `\n` and backslashes
// as `\\`, one entry a line.
type history struct {
	path    string
	entries []string
}

// loadHistory reads the history file at path, dropping duplicates (the
// latest copy stays). A missing file is an empty history.
func loadHistory(path string) *history {
	h := &history{path: path}
	if path == "" {
		return h
	}
	f, err := os.Open(path)
	if err != nil {
		return h
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var raw []string
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			raw = append(raw, unescapeEntry(line))
		}
	}
	h.entries = dedupe(raw)
	if len(h.entries) > historyLimit {
		h.entries = h.entries[len(h.entries)-historyLimit:]
	}
	if len(h.entries) < len(raw) {
		h.rewrite()
	}
	return h
}

// dedupe keeps the last copy of each entry, in order.
func dedupe(entries []string) []string {
	last := make(map[string]int, len(entries))
	for i, e := range entries {
		last[e] = i
	}
	out := entries[:0:0]
	for i, e := range entries {
		if last[e] == i {
			out = append(out, e)
		}
	}
	return out
}

// add records entry and reports whether it is new: an entry equal to an
// earlier one moves to the end instead.
func (h *history) add(entry string) bool {
	if strings.TrimSpace(entry) == "" {
		return false
	}
	for i, e := range h.entries {
		if e == entry {
			if i == len(h.entries)-1 {
				return false
			}
			h.entries = append(h.entries[:i], h.entries[i+1:]...)
			h.entries = append(h.entries, entry)
			h.rewrite()
			return true
		}
	}
	h.entries = append(h.entries, entry)
	if len(h.entries) > 2*historyLimit {
		h.entries = h.entries[len(h.entries)-historyLimit:]
		h.rewrite()
		return true
	}
	h.append(entry)
	return true
}

// append adds one entry at the end of the file.
func (h *history) append(entry string) {
	if h.path == "" {
		return
	}
	os.MkdirAll(filepath.Dir(h.path), 0o700)
	f, err := os.OpenFile(h.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return
	}
	f.WriteString(escapeEntry(entry) + "\n")
	f.Close()
}

// rewrite replaces the file with the current entries.
func (h *history) rewrite() {
	if h.path == "" {
		return
	}
	os.MkdirAll(filepath.Dir(h.path), 0o700)
	var b strings.Builder
	for _, e := range h.entries {
		b.WriteString(escapeEntry(e) + "\n")
	}
	tmp := h.path + ".tmp"
	if os.WriteFile(tmp, []byte(b.String()), 0o600) == nil {
		os.Rename(tmp, h.path)
	}
}

func escapeEntry(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
}

func unescapeEntry(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

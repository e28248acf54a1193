package json

// This file defines the hooks of loads: object_hook and
// object_pairs_hook, which make each object's value, and parse_float
// and parse_int, which make its numbers from their text.

import (
	"go.starlark.net/starlark"
)

// hooks are the callables loads was given; a nil *hooks has none.
type hooks struct {
	thread                               *starlark.Thread
	object, float, int, constants, pairs starlark.Value
	pairList                             map[*starlark.Dict]*starlark.List
}

// orNil returns h, or nil if it holds no hook (the common case parses
// without the checks).
func (h *hooks) orNil() *hooks {
	for _, v := range []starlark.Value{h.object, h.float, h.int, h.constants, h.pairs} {
		if v != nil && v != starlark.None {
			return h
		}
	}
	return nil
}

func given(v starlark.Value) bool { return v != nil && v != starlark.None }

// addPair adds k: v to the object being parsed, and to its pairs for
// object_pairs_hook (which sees duplicate keys as well).
func (h *hooks) addPair(dict *starlark.Dict, k, v starlark.Value) {
	dict.SetKey(k, v)
	if h == nil || !given(h.pairs) {
		return
	}
	if h.pairList == nil {
		h.pairList = map[*starlark.Dict]*starlark.List{}
	}
	l := h.pairList[dict]
	if l == nil {
		l = starlark.NewList(nil)
		h.pairList[dict] = l
	}
	l.Append(starlark.Tuple{k, v})
}

// objectOf returns the value of a parsed object: object_pairs_hook of
// its pairs, else object_hook of the dict, else the dict.
func (h *hooks) objectOf(dict *starlark.Dict) (starlark.Value, error) {
	if h == nil {
		return dict, nil
	}
	if given(h.pairs) {
		l := h.pairList[dict]
		delete(h.pairList, dict)
		if l == nil {
			l = starlark.NewList(nil)
		}
		return starlark.Call(h.thread, h.pairs, starlark.Tuple{l}, nil)
	}
	if given(h.object) {
		return starlark.Call(h.thread, h.object, starlark.Tuple{dict}, nil)
	}
	return dict, nil
}

// number returns parse_float(text) or parse_int(text) if that hook was
// given; ok is false otherwise.
func (h *hooks) number(text string, isFloat bool) (v starlark.Value, ok bool, err error) {
	if h == nil {
		return nil, false, nil
	}
	fn := h.int
	if isFloat {
		fn = h.float
	}
	if !given(fn) {
		return nil, false, nil
	}
	v, err = starlark.Call(h.thread, fn, starlark.Tuple{starlark.String(text)}, nil)
	return v, true, err
}

// constantOf returns parse_constant(text) for NaN, Infinity and
// -Infinity, else v.
func (h *hooks) constantOf(text string, v starlark.Value) (starlark.Value, error) {
	if h == nil || !given(h.constants) || text == "true" || text == "false" || text == "null" {
		return v, nil
	}
	return starlark.Call(h.thread, h.constants, starlark.Tuple{starlark.String(text)}, nil)
}

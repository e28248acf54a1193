package py

// This file defines object addresses for Python-style reprs.

import "reflect"

// reflectPointer returns the address of a pointer-like value, or 0.
func reflectPointer(v any) uintptr {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return rv.Pointer()
	}
	return 0
}

// Addr returns an address for v to show in reprs such as <... at 0x...>.
func Addr(v any) uintptr { return reflectPointer(v) }

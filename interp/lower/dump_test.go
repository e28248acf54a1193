package lower

// This file defines a compact, structural dump of syntax trees for the
// tests: every field but comments, optionally with positions.

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"go.starlark.net/syntax"
)

// dump renders n; with positions it includes every Position field.
func dump(n any, positions bool) string {
	var b strings.Builder
	d := &dumper{b: &b, positions: positions}
	d.value(reflect.ValueOf(n))
	return b.String()
}

type dumper struct {
	b         *strings.Builder
	positions bool
}

var posType = reflect.TypeOf(syntax.Position{})

func (d *dumper) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Invalid:
		d.b.WriteString("nil")
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			d.b.WriteString("nil")
			return
		}
		if bi, ok := v.Interface().(*big.Int); ok {
			fmt.Fprintf(d.b, "big:%s", bi)
			return
		}
		d.value(v.Elem())
	case reflect.Slice:
		d.b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(" ")
			}
			d.value(v.Index(i))
		}
		d.b.WriteString("]")
	case reflect.Struct:
		d.structValue(v)
	default:
		fmt.Fprintf(d.b, "%#v", v.Interface())
	}
}

func (d *dumper) structValue(v reflect.Value) {
	t := v.Type()
	if t == posType {
		p := v.Interface().(syntax.Position)
		fmt.Fprintf(d.b, "%d:%d", p.Line, p.Col)
		return
	}
	if t.Name() == "Token" {
		fmt.Fprintf(d.b, "%s", v.Interface())
		return
	}
	fmt.Fprintf(d.b, "(%s", t.Name())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Name == "Module" || f.Name == "Options" || f.Name == "Function" || f.Name == "Binding" || f.Name == "Path" {
			continue
		}
		if f.Type == posType && !d.positions {
			continue
		}
		if f.Name == "Raw" && !d.positions {
			continue
		}
		fmt.Fprintf(d.b, " %s=", f.Name)
		if f.Type.Kind() == reflect.Int8 && f.Name == "Op" || f.Name == "Token" {
			fmt.Fprintf(d.b, "%s", v.Field(i).Interface())
			continue
		}
		d.value(v.Field(i))
	}
	d.b.WriteString(")")
}

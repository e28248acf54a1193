package py

// This file defines Member, the member_descriptor that C.x gives for a
// name x in the __slots__ of a class of C's MRO.

import (
	"slices"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Member is the descriptor of a slot: repr <member 'x' of 'C' objects>.
// The slot's values live in the instances; it only describes them.
type Member struct {
	Name  string
	Owner *Class // the class whose __slots__ declare it
}

var _ starlark.HasAttrs = (*Member)(nil)

func (m *Member) String() string {
	return "<member '" + m.Name + "' of '" + m.Owner.ClassName + "' objects>"
}
func (m *Member) Type() string          { return "member_descriptor" }
func (m *Member) Freeze()               {}
func (m *Member) Truth() starlark.Bool  { return true }
func (m *Member) Hash() (uint32, error) { return HashString(m.Owner.ClassName + "." + m.Name), nil }

// Attr implements starlark.HasAttrs: __name__ and __objclass__.
func (m *Member) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(m.Name), nil
	case "__objclass__":
		return m.Owner, nil
	}
	return nil, nil
}

// CompareSameType implements starlark.Comparable: C.x == C.x, though
// each read makes a new Member.
func (m *Member) CompareSameType(op syntax.Token, y starlark.Value, _ int) (bool, error) {
	n := y.(*Member)
	same := m.Name == n.Name && m.Owner == n.Owner
	switch op {
	case syntax.EQL:
		return same, nil
	case syntax.NEQ:
		return !same, nil
	}
	return false, Raisef(TypeError, "'%s' not supported between instances of 'member_descriptor' and 'member_descriptor'", op)
}

// AttrNames implements starlark.HasAttrs.
func (m *Member) AttrNames() []string { return []string{"__name__", "__objclass__"} }

// slotMember returns the Member of name where a user class of c's MRO
// declares it in __slots__ (neither __dict__ nor __weakref__), or nil.
func (c *Class) slotMember(name string) *Member {
	if name == "__dict__" || name == "__weakref__" {
		return nil
	}
	for _, m := range c.MRO {
		v, ok := m.Dict["__slots__"]
		if !ok || !isUserClass(m) {
			continue
		}
		declared, _ := slotStrings(v)
		if slices.Contains(declared, name) {
			return &Member{Name: name, Owner: m}
		}
	}
	return nil
}

package abi

// NumLoopShape is the shape argument of Iter for a loop whose variable
// is read only as an operand of arithmetic: a bool item comes as a
// value that does Python's arithmetic (see interp/lower/numloop.go).
const NumLoopShape = "+"

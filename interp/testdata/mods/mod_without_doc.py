# no docstring here
X = "not a docstring"
"nor this"

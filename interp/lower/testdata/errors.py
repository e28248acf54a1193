# Syntax errors, one chunk each; ### "regexp" marks the expected error
# on that line (CPython's message).
x = = 1 ### "invalid syntax"
---
x = (1, ### "'\(' was never closed"
  2
---
if x:
y = 1 ### "IndentationError: expected an indented block after 'if' statement on line 1"
---
if x:
    y
  z ### "unindent does not match any outer indentation level"
---
x = [1, 2) ### "closing parenthesis '\)' does not match opening parenthesis '\['"
---
x = 1) ### "unmatched '\)'"
---
s = 'abc ### "unterminated string literal"
---
yield 1 ### "'yield' outside function"
---
class C:
    x = yield ### "'yield' outside function"
---
def f():
    return [(yield x) for x in y] ### "'yield' inside list comprehension"
---
def f():
    return ((yield x) for x in y) ### "'yield' inside generator expression"
---
def f():
    return {(yield x) for x in y} ### "'yield' inside set comprehension"
---
def f():
    return {1: (yield x) for x in y} ### "'yield' inside dict comprehension"
---
def f():
    g = lambda: (yield) ### "spindle does not support 'yield' in a lambda"
---
def f():
    x = 1 + yield 2 ### "spindle does not support 'yield' here"
---
def f():
    x = yield from ### "invalid syntax"
---
def f():
    def g():
        yield 1
    yield from g()
    x = yield
    y = (yield 1, 2)
    return x, y
---
def f():
    from x import * ### "import \* only allowed at module level"
---
class C:
    if x:
        from x import * ### "import \* only allowed at module level"
---
from . import * ### "spindle does not support 'from . import \*'"
---
(a.b := 1) ### "cannot use assignment expressions with attribute"
---
(a[0] := 1) ### "cannot use assignment expressions with subscript"
---
((a) := 1) ### "invalid syntax"
---
async def f():
    return (x async for x in y) ### "spindle does not support asynchronous generator expressions"
---
def f():
    return [x async for x in y] ### "asynchronous comprehension outside of an asynchronous function"
---
await x ### "'await' outside function"
---
def f():
    await x ### "'await' outside async function"
---
async def f():
    yield from x ### "'yield from' inside async function"
---
async with a: ### "'async with' outside async function"
    pass
---
def f():
    async for a in b: ### "'async for' outside async function"
        pass
---
async def f():
    f = lambda: await x ### "'await' outside async function"
---
match x:
    case y: ### "name capture 'y' makes remaining patterns unreachable"
        pass
    case 1:
        pass
---
f"{x!z}" ### "invalid conversion character"
---
f"{}" ### "f-string: empty expression not allowed"
---
f() = 3 ### "cannot assign to function call"
---
del f() ### "cannot delete function call"
---
try:
    x
y = 1 ### "expected 'except' or 'finally' block"
---
  x = 1 ### "IndentationError: unexpected indent"
---
def f(x):
    x = 1
  y = 2 ### "unindent does not match"
---
if x ### "expected ':'"
    pass
---
x = 1 if y ### "expected 'else' after 'if' expression"
---
f(x for x in y, 1) ### "Generator expression must be parenthesized"
---
x = 0777 ### "leading zeros"
---
def f():
    nonlocal q ### "no binding for nonlocal 'q' found"
---
nonlocal q ### "nonlocal declaration not allowed at module level"
---
def f():
    def g():
        nonlocal zz ### "no binding for nonlocal 'zz' found"
        zz = 1
---
x = f(a, ### "'\(' was never closed"
  1
y = 2
---
x = 1
s = "abc ### "unterminated string literal .detected at line 2."
y = 2
---
print "hello" ### "Missing parentheses in call to 'print'. Did you mean print\(...\)\?"
---
if x = 1: ### "invalid syntax. Maybe you meant '==' or ':=' instead of '='\?"
    pass
---
while x.y = 1: ### "cannot assign to attribute here. Maybe you meant '==' instead of '='\?"
    pass
---
if x print(x): ### "invalid syntax"
    pass
---
f() = 3 ### "cannot assign to function call here. Maybe you meant '==' instead of '='\?"
---
(a, 1) = x ### "cannot assign to literal$"
---
f() += 1 ### "'function call' is an illegal expression for augmented assignment"
---
True = 1 ### "cannot assign to True"
---
return 5 ### "'return' outside function"
---
class A:
    return 1 ### "'return' outside function"
---
for x in y:
    def f():
        break ### "'break' outside loop"
---
continue ### "'continue' not properly in loop"
---
f(a=1, 2) ### "positional argument follows keyword argument"
---
f(**k, 1) ### "positional argument follows keyword argument unpacking"
---
def f(a=1, b): ### "non-default argument follows default argument"
    pass
---
def f(a, a): ### "duplicate argument 'a' in function definition"
    pass
---
*a = [1] ### "starred assignment target must be in a list or tuple"
---
a, *b, *c = x ### "multiple starred expressions in assignment"

import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar('request_id', default='-')
user = ContextVar('user')

print(request_id.name, request_id.get(), user.get('anonymous'))
try:
    user.get()
except LookupError as e:
    print('LookupError', type(e).__name__, e.args[0] is user)

# set and reset with tokens.
t1 = user.set('alice')
print(user.get(), t1.var is user, t1.old_value is contextvars.Token.MISSING, t1.old_value)
t2 = user.set('bob')
print(user.get(), t2.old_value)
user.reset(t2)
print(user.get())
user.reset(t1)
print(user.get('gone'))
try:
    user.reset(t1)
except RuntimeError as e:
    print('RuntimeError', str(e).endswith('has already been used once'), str(e).startswith('<Token used var=<ContextVar'))
try:
    request_id.reset(request_id.set('x') and user.set('y'))
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
request_id.set('-')

# copy_context is a snapshot; Context.run sees and changes only its copy.
request_id.set('req-1')
ctx = copy_context()
print(len(ctx), ctx[request_id], request_id in ctx, user in ctx, ctx.get(user, 'none'))

def handler(new):
    print('in run:', request_id.get(), end=' ')
    request_id.set(new)
    print('->', request_id.get())
    return new.upper()

print(ctx.run(handler, 'req-2'))
print('outside:', request_id.get(), 'ctx:', ctx[request_id])
print(ctx.run(request_id.get))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()))

# A token from another context cannot reset here.
tok = ctx.run(request_id.set, 'req-3')
try:
    request_id.reset(tok)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
ctx.run(request_id.reset, tok)
print(ctx[request_id])

# A context cannot be entered twice.
def reenter():
    return ctx.run(print, 'never')
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at 0x'), str(e).endswith('is already entered'))

# An empty Context: variables show their defaults.
print(contextvars.Context().run(lambda: (request_id.get(), user.get('no user'))))
empty = contextvars.Context()
print(len(empty), list(empty), bool(empty))

# kwargs pass through run.
ctx.run(print, 'a', 'b', sep='-', end='!\n')

# Cyrillic names and values.
имя = ContextVar('имя', default='Мир')
print(имя.name, имя.get())
имя.set('Привет')
print(copy_context()[имя])

# Generators share the context of the thread that runs them.
def gen():
    yield request_id.get()
    request_id.set('from-gen')
    yield request_id.get()
g = gen()
print(next(g), next(g), request_id.get())

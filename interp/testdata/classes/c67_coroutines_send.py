# Корутины на генераторах: send, throw, close, finally при закрытии и сборке
def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                print(f"  averager: пропускаю ошибку ({e})")
                continue
            total += value
            count += 1
            avg = total / count
    finally:
        print(f"  averager закрыт после {count} значений")


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(f"send({v}) -> {avg.send(v)}")
print("throw ->", avg.throw(ValueError("плохое число")))
print(avg.send(10))
avg.close()
print("после close:", avg.gi_frame is None)
try:
    avg.send(1)
except StopIteration:
    print("StopIteration после закрытия")


def primed(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def router(**targets):
    while True:
        message = yield
        kind, _, body = message.partition(":")
        target = targets.get(kind.strip())
        if target is None:
            print(f"  нет получателя для {kind!r}")
        else:
            target.send(body.strip())


@primed
def printer(prefix):
    n = 0
    try:
        while True:
            line = yield
            n += 1
            print(f"  {prefix}[{n}] {line}")
    except GeneratorExit:
        print(f"  {prefix}: GeneratorExit, напечатано {n}")
        raise


errors, info = printer("ОШИБКА"), printer("инфо")
r = router(err=errors, info=info)
for m in ["info: запуск", "err: диск полон", "debug: x=1", "info: готово"]:
    r.send(m)
errors.close()
info.close()
try:
    r.send("err: снова")
except StopIteration:
    print("router упал: получатель закрыт")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "не сдаюсь"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def counter():
    i = 0
    try:
        while True:
            cmd = yield i
            i = 0 if cmd == "сброс" else i + 1
    finally:
        print("  counter: finally")


c = counter()
print([next(c), next(c), c.send("сброс"), next(c)])
del c
print("после del")


def fresh():
    yield 1


f = fresh()
try:
    f.send("раньше времени")
except TypeError as e:
    print("TypeError:", e)
try:
    f.throw(KeyError("ключ"))
except KeyError as e:
    print("KeyError из throw:", e, f.gi_frame)

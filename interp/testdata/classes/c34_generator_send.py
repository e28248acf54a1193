# Генераторы-сопрограммы: send, throw, close, GeneratorExit, finally
def averager():
    total = 0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print(f"  сброс по ошибке: {e}")
            total, count, average = 0, 0, None
            continue
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print("среднее:", avg.send(v))
print("после throw:", avg.throw(ValueError("плохие данные")))
print("снова:", avg.send(7))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("генератор закрыт")


def resource(name):
    print(f"  открыт {name}")
    try:
        n = 0
        while True:
            n += 1
            yield f"{name}:{n}"
    except GeneratorExit:
        print(f"  GeneratorExit в {name}")
        raise
    finally:
        print(f"  закрыт {name}")


r = resource("файл")
print(next(r), next(r))
r.close()
r.close()
print("повторный close безопасен")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    finally:
        print("  echo итог:", received)
    return received


e = echo()
next(e)
e.send("а")
e.send("б")
try:
    e.send(None)
except StopIteration as stop:
    print("вернул:", stop.value)


def thrower():
    yield "старт"
    yield "не дойдём"


t = thrower()
next(t)
try:
    t.throw(KeyError("ключ"))
except KeyError as err:
    print("проброшено:", repr(err))
print(list(t))
fresh = thrower()
try:
    fresh.send("x")
except TypeError as err:
    print("TypeError:", err)

# try/except/else/finally with return, break and continue
def f(x):
    try:
        if x == 0:
            return "zero"
        r = 10 // x
    except ZeroDivisionError:
        return "never"
    else:
        return f"ok {r}"
    finally:
        print("finally", x)


print(f(0), f(3))

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)


def g():
    try:
        return "try"
    finally:
        return "finally wins"


print(g())


def nested():
    log = []
    try:
        try:
            log.append("inner")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except LookupError as e:
        log.append(f"outer caught {type(e).__name__} {e}")
    return log


print(nested())

total = 0
for n in [1, 2, 0, 4]:
    try:
        total += 12 // n
    except ZeroDivisionError as exc:
        print("skip:", exc)
        continue
    else:
        print("added", 12 // n)
print("total", total)


def counter():
    count = 0
    try:
        count += 1
        count += 1
    finally:
        count += 10
    return count


print(counter())

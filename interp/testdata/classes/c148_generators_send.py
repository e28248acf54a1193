# Генераторы: send/throw/close, yield from с возвратом значения, сопрограммы-накопители
def накопитель():
    итог = 0
    количество = 0
    while True:
        значение = yield итог / количество if количество else None
        if значение is None:
            break
        итог += значение
        количество += 1
    return итог, количество


def обёртка():
    результат = yield from накопитель()
    yield f"готово: {результат}"


г = накопитель()
print(next(г))
for x in [10, 20, 30]:
    print(г.send(x))
try:
    г.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
о = обёртка()
next(о)
о.send(5)
о.send(7)
print(о.send(None), list(о))


def слушатель():
    try:
        while True:
            слово = yield
            print("  получено:", слово.upper())
    except GeneratorExit:
        print("  слушатель закрыт")
    finally:
        print("  finally слушателя")


с = слушатель()
next(с)
с.send("привет")
с.send("ёж")
с.close()
с.close()
try:
    с.send("снова")
except StopIteration:
    print("StopIteration после close")


def устойчивый():
    while True:
        try:
            yield "работаю"
        except ValueError as e:
            yield f"перехвачено: {e}"


у = устойчивый()
print(next(у), у.throw(ValueError("сбой")), next(у))
try:
    у.throw(KeyError("ключ"))
except KeyError as e:
    print("KeyError вылетел:", e)
print(next(у, "исчерпан"))


def дерево(узел, глубина=0):
    имя, дети = узел
    yield "  " * глубина + имя
    for ребёнок in дети:
        yield from дерево(ребёнок, глубина + 1)


корень = ("Россия", [("Центр", [("Москва", []), ("Тверь", [])]), ("Сибирь", [("Омск", [])])])
print("\n".join(дерево(корень)))


def чанки(текст, размер):
    for i in range(0, len(текст), размер):
        yield текст[i:i + размер]


print(list(чанки("съешьжеещё", 3)), sum(1 for _ in чанки("а" * 10, 4)))
ген = (x * x for x in range(5))
print(next(ген), list(ген), list(ген))
print(type(ген).__name__, type(накопитель()).__name__, накопитель.__name__)


def с_возвратом():
    yield 1
    return "итог"


print(list(с_возвратом()))
г2 = с_возвратом()
next(г2)
try:
    next(г2)
except StopIteration as e:
    print(repr(e.value), e.args)

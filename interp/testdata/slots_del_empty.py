# Deleting an empty slot raises AttributeError naming just the slot; a
# name that is no slot keeps the usual message.
class Точка:
    __slots__ = ("x", "y")


class Цветная(Точка):
    __slots__ = ("цвет",)


т = Цветная()
т.x = 1
del т.x
for имя in ("x", "y", "цвет", "z"):
    try:
        delattr(т, имя)
    except AttributeError as e:
        print(repr(e), e.args)

# Enum members can't be reassigned through the class; other class
# attributes can.
from enum import Enum


class Color(Enum):
    RED = "красный"
    GREEN = "зелёный"


try:
    Color.RED = "синий"
except AttributeError as e:
    print("AttributeError:", e)
Color.note = "заметка"
print(Color.RED, Color.RED.value, Color.note, type(Color.RED).__name__, list(Color))

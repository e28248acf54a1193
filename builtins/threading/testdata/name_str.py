# A thread's name is str(name): a number, or an object whose __str__ runs;
# a false name (0, "", None) selects the default Thread-N name.
import threading


class Label:
    def __str__(self):
        return "Метка"


def f():
    pass


print(repr(threading.Thread(target=f, name=123).name))
print(repr(threading.Thread(target=f, name=Label()).name))
for name in [0, "", None, []]:
    print(repr(threading.Thread(target=f, name=name).name))
t = threading.Thread(target=f)
t.name = 4.5
print(repr(t.name))
t.setName(Label())
print(repr(t.name))

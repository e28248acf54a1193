# print() writes to sys.stdout, whatever the script put there.
import sys
import threading


class Collect:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)
        return len(s)

    def flush(self):
        pass


real = sys.stdout
box = Collect()
sys.stdout = box
print("captured", 1, [2])
print("Поток", end="!")


def worker():
    print("from a thread")


t = threading.Thread(target=worker)
t.start()
t.join()
sys.stdout = real
print(repr("".join(box.text)))
print("back")
print("explicit", file=box)
print(repr("".join(box.text)))


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("lost")
except AttributeError as e:
    sys.stdout = real
    print("AttributeError:", e)

"""A worker thread dies with an uncaught exception; main continues and reports."""
import threading
import time


class Sensor(threading.Thread):
    def __init__(self, name, readings):
        super().__init__(name=name)
        self.readings = readings
        self.total = 0

    def __repr__(self):
        return f"Sensor({self.name!r}, n={len(self.readings)})"

    def run(self):
        for r in self.readings:
            if r < 0:
                raise ValueError(f"отрицательное значение {r} в {self.name}")
            self.total += r


sensors = [Sensor("s1", [1, 2, 3]), Sensor("s2", [4, -5, 6])]
print(sensors)
sensors[0].start()
sensors[0].join()
sensors[1].start()
sensors[1].join()
for s in sensors:
    print(f"{s.name}: total={s.total} alive={s.is_alive()}")
print("main continues")

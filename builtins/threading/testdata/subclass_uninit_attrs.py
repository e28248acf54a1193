# The properties and the repr of a Thread subclass instance whose
# __init__ has not called Thread.__init__ (yet) fail an assertion;
# setting daemon raises RuntimeError.
import threading


class Early(threading.Thread):
    def __init__(self, name):
        self.n = len(name)
        for what, fn in [("name", lambda: self.name), ("daemon", lambda: self.daemon),
                         ("ident", lambda: self.ident), ("native_id", lambda: self.native_id),
                         ("repr", lambda: repr(self)), ("n", lambda: self.n)]:
            try:
                print(what, fn())
            except AssertionError as e:
                print(what, "AssertionError:", e)
        try:
            self.name = name
        except AssertionError as e:
            print("set name AssertionError:", e)
        try:
            self.daemon = True
        except RuntimeError as e:
            print("set daemon RuntimeError:", e)
        super().__init__(name=name)

    def run(self):
        print("run", self.name, self.n, self.daemon)


t = Early("Поток")
print(t)
t.start()
t.join()
print(t.is_alive())

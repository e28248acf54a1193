# Thread keeps args as given: _args reads the list or str the script
# passed (a subclass's run() prints or forwards it), and run() unpacks a
# list as it is when the thread starts.
import threading


class Logged(threading.Thread):
    def run(self):
        print("run", self.name, self._args, self._kwargs)
        super().run()


t = Logged(target=print, args=["a", "b"], kwargs={"sep": "+"}, name="В1")
t.start()
t.join()
args = [1]
t = threading.Thread(target=print, args=args)
args.append(2)
print(t._args, t._args is args)
t.start()
t.join()
t = threading.Thread(target=print, args="аб")
print(repr(t._args))
t.start()
t.join()
t = threading.Thread(target=print, args=(3, 4))
print(t._args)
t.start()
t.join()
try:
    t._args
except AttributeError as e:
    print("after run:", e)

import threading

d = threading.Thread(target=print, args=("hi",), daemon=True)
print(d.isDaemon())
d.setDaemon(False)
d.setName("renamed")
print(d.getName())
print(threading.activeCount(), threading.currentThread().name)

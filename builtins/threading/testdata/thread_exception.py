import threading


def boom(x):
    return 10 // x


ok = threading.Thread(target=boom, args=(2,))
bad = threading.Thread(target=boom, args=(0,), name="boomer")
ok.start()
ok.join()
bad.start()
bad.join()
print("main continues; bad alive?", bad.is_alive())

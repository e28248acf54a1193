# pingpong: two threads hand a turn back and forth N times over two Events.
import threading

N = 20000
ping = threading.Event()
pong = threading.Event()


def player():
    for _ in range(N):
        ping.wait()
        ping.clear()
        pong.set()


t = threading.Thread(target=player)
t.start()
for _ in range(N):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print("round trips", N)

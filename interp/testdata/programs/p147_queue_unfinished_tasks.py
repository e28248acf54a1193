"""Очередь заданий: task_done(), join() и счётчик unfinished_tasks.

Типичный код из учебного репозитория: несколько обработчиков, главный
поток ждёт q.join(); очистка очереди «вручную» через q.mutex.
"""
import queue
import threading
import time

q = queue.Queue()
сделано = []
замок = threading.Lock()


def обработчик(номер):
    while True:
        задание = q.get()
        try:
            if задание is None:
                return
            time.sleep(0.002 * (задание % 3))
            with замок:
                сделано.append((задание, номер))
        finally:
            q.task_done()


for задание in range(1, 10):
    q.put(задание)
print("до запуска: qsize =", q.qsize(), "unfinished =", q.unfinished_tasks)

обработчики = [threading.Thread(target=обработчик, args=(н,)) for н in range(3)]
for о in обработчики:
    о.start()
q.join()
print("после join: unfinished =", q.unfinished_tasks, "empty =", q.empty())
print("сделаны все:", sorted(з for з, _ in сделано) == list(range(1, 10)))
print("работали обработчики:", sorted({н for _, н in сделано}) <= [0, 1, 2])
for _ in обработчики:
    q.put(None)
for о in обработчики:
    о.join()
print("после стоп-сигналов: unfinished =", q.unfinished_tasks)

try:
    q.task_done()
except ValueError as e:
    print("лишний task_done:", e)

# «Сбросить очередь» — популярный рецепт со StackOverflow
q2 = queue.Queue()
for слово in "раз два три четыре".split():
    q2.put(слово)
with q2.mutex:
    выброшено = list(q2.queue)
    q2.queue.clear()
    q2.unfinished_tasks -= len(выброшено)
    q2.all_tasks_done.notify_all()
print("выброшено:", выброшено, "qsize =", q2.qsize(), "unfinished =", q2.unfinished_tasks)
q2.join()                         # не висит
print("join пустой очереди вернулся сразу")

# maxsize и блокировки put/get с таймаутами
q3 = queue.Queue(maxsize=2)
q3.put("а")
q3.put_nowait("б")
print("full:", q3.full(), "maxsize:", q3.maxsize)
try:
    q3.put("в", timeout=0.01)
except queue.Full:
    print("queue.Full через 10 мс")
print(q3.get(), q3.get_nowait())
try:
    q3.get(block=False)
except queue.Empty as e:
    print("queue.Empty:", repr(e))
try:
    q3.get(timeout=-1)
except ValueError as e:
    print("отрицательный таймаут:", e)


# Ожидание join() из другого потока вместе с главным
q4 = queue.Queue()
события = []


def ждун(имя):
    q4.join()
    with замок:
        события.append(имя)


for x in range(3):
    q4.put(x)
ждуны = [threading.Thread(target=ждун, args=(f"ждун-{i}",)) for i in range(2)]
for ж in ждуны:
    ж.start()
while q4.unfinished_tasks:
    q4.get()
    with замок:
        события.append("task_done")
    q4.task_done()
for ж in ждуны:
    ж.join()
print(события[:3], sorted(события[3:]))

"""Classic alternation exercises: odd/even with a Condition, ping-pong with Events, ABC with Semaphores."""
import threading

LIMIT = 10
out = []
cond = threading.Condition()
turn = 1


def printer(parity):
    global turn
    while True:
        with cond:
            cond.wait_for(lambda: turn > LIMIT or turn % 2 == parity)
            if turn > LIMIT:
                cond.notify_all()
                return
            out.append(f'{threading.current_thread().name}:{turn}')
            turn += 1
            cond.notify_all()


odd = threading.Thread(target=printer, args=(1,), name='odd')
even = threading.Thread(target=printer, args=(0,), name='even')
even.start()
odd.start()
odd.join()
even.join()
print(' '.join(out))

ping_turn, pong_turn = threading.Event(), threading.Event()
rally = []


def player(name, mine, other, hits):
    for _ in range(hits):
        mine.wait()
        mine.clear()
        rally.append(name)
        other.set()


a = threading.Thread(target=player, args=('ping', ping_turn, pong_turn, 4))
b = threading.Thread(target=player, args=('pong', pong_turn, ping_turn, 4))
a.start()
b.start()
ping_turn.set()
a.join()
b.join()
print('-'.join(rally))

sems = [threading.Semaphore(1), threading.Semaphore(0), threading.Semaphore(0)]
letters = []


def letter(i, ch, rounds=3):
    for _ in range(rounds):
        sems[i].acquire()
        letters.append(ch)
        sems[(i + 1) % 3].release()


ts = [threading.Thread(target=letter, args=(i, ch)) for i, ch in reversed(list(enumerate('ABC')))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(''.join(letters))

# H2O: two hydrogens and one oxygen per molecule, using a Barrier and semaphores
h_sem, o_sem = threading.Semaphore(2), threading.Semaphore(1)
bond = threading.Barrier(3)
molecules = []
mol_lock = threading.Lock()
current = []


def atom(kind, sem):
    with sem:
        with mol_lock:
            current.append(kind)
        idx = bond.wait()
        if idx == 0:
            with mol_lock:
                molecules.append(''.join(sorted(current)))
                current.clear()
        bond.wait()


atoms = [threading.Thread(target=atom, args=('H', h_sem)) for _ in range(6)]
atoms += [threading.Thread(target=atom, args=('O', o_sem)) for _ in range(3)]
for t in atoms:
    t.start()
for t in atoms:
    t.join()
print('molecules:', molecules, 'barrier broken:', bond.broken, 'parties:', bond.parties)

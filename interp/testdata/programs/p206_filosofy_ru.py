# Задача об обедающих философах: вилки берём по порядку номеров
import threading
from collections import Counter
from dataclasses import dataclass, field

ИМЕНА = ["Сократ", "Платон", "Аристотель", "Декарт", "Кант"]
ПОРЦИЙ = 30


@dataclass
class Вилка:
    номер: int
    замок: threading.Lock = field(default_factory=threading.Lock, repr=False)
    использований: int = 0


вилки = [Вилка(i) for i in range(len(ИМЕНА))]
съедено = Counter()
журнал_замок = threading.Lock()
тарелка = {"осталось": ПОРЦИЙ}


def философ(номер: int) -> None:
    левая, правая = вилки[номер], вилки[(номер + 1) % len(вилки)]
    первая, вторая = sorted((левая, правая), key=lambda в: в.номер)
    имя = threading.current_thread().name
    while True:
        with первая.замок, вторая.замок:
            with журнал_замок:
                if тарелка["осталось"] == 0:
                    return
                тарелка["осталось"] -= 1
                съедено[имя] += 1
            первая.использований += 1
            вторая.использований += 1


потоки = [threading.Thread(target=философ, args=(i,), name=имя) for i, имя in enumerate(ИМЕНА)]
for п in потоки:
    п.start()
for п in потоки:
    п.join()

print(f"{'Философ':<12}{'Съел':>5}")
print("=" * 17)
print(f"{'Всего':<12}{sum(съедено.values()):>5}")
print("Все сыты:", sum(съедено.values()) == ПОРЦИЙ, "осталось:", тарелка["осталось"])
print("Вилок использовано:", sum(в.использований for в in вилки), "=", 2 * ПОРЦИЙ)
print(Вилка(7), вилки[0].номер)
print("Свободны:", all(not в.замок.locked() for в in вилки))
print(sorted(ИМЕНА, key=len), max(ИМЕНА, key=len).upper(), min(ИМЕНА))
print(", ".join(f"{и[:3].upper()}…" for и in ИМЕНА))
print({и: len(и) for и in ИМЕНА if "а" in и.lower()})

"""A library loan desk in Russian: threads borrow and return books; Cyrillic strings handled carefully."""
import threading

BOOKS = {
    'Война и мир': 2,
    'Преступление и наказание': 1,
    'Мастер и Маргарита': 3,
    'ёлка и Ёж': 1,
}


class LoanDesk:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.loans = {}
        self.cond = threading.Condition()
        self.journal = []

    def borrow(self, reader, title, timeout=1.0):
        with self.cond:
            ok = self.cond.wait_for(lambda: self.stock.get(title, 0) > 0, timeout=timeout)
            if not ok:
                self.journal.append(f'{reader}: «{title}» нет в наличии')
                return False
            self.stock[title] -= 1
            self.loans.setdefault(reader, []).append(title)
            self.journal.append(f'{reader} взял(а) «{title}»')
            return True

    def give_back(self, reader, title):
        with self.cond:
            self.loans[reader].remove(title)
            self.stock[title] += 1
            self.journal.append(f'{reader} вернул(а) «{title}»')
            self.cond.notify_all()


desk = LoanDesk(BOOKS)
first_done = threading.Event()


def reader_one():
    desk.borrow('Анна', 'Преступление и наказание')
    first_done.set()
    desk.give_back('Анна', 'Преступление и наказание')


def reader_two():
    first_done.wait()
    desk.borrow('Борис', 'Преступление и наказание')


t1 = threading.Thread(target=reader_one)
t2 = threading.Thread(target=reader_two)
t1.start()
t1.join()
t2.start()
t2.join()
desk.borrow('Вера', 'Преступление и наказание', timeout=0.02)
desk.borrow('Вера', 'Мастер и Маргарита')
for line in desk.journal:
    print(line)

print('остаток:', {k: v for k, v in sorted(desk.stock.items())})
titles = list(BOOKS)
print('sorted:', sorted(titles))
print('by lower:', sorted(titles, key=str.lower))
print('by length:', sorted(titles, key=lambda s: (len(s), s)))
s = 'ёлка и Ёж'
print(s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print(len(s), len(s.encode('utf-8')), [hex(ord(c)) for c in 'ёЁ'], 'Ё'.lower() == 'ё')
print('Ж'.isupper(), 'ж'.islower(), 'й'.isidentifier(), 'Ж'.lower() + 'ж'.upper(), 'ǅ'.istitle())
print('Мастер'.center(12, '·'), '|' + 'мир'.ljust(6) + '|' + 'мир'.rjust(6) + '|', 'мир'.zfill(6))
words = 'Мастер и Маргарита'.split()
print(' '.join(reversed(words)), '-'.join(w[0] for w in words), 'Маргарита'.find('гари'), 'и' in words)
print('startswith:', 'Война'.startswith(('Мир', 'Вой')), 'isalpha:', 'Война'.isalpha(), 'мир1'.isalnum(), 'ЁЖ'.isupper())
print(repr('таб\tи\nперевод'), ascii('ёж'), 'кот'.encode('cp1251'), b'\xea\xee\xf2'.decode('cp1251'))
print('замена:', 'мама мыла раму'.replace('ма', 'МА', 2), 'мама'.count('ма'), 'раму'.partition('а'))
table = str.maketrans('абв', 'abv')
print('translit:', 'вабва'.translate(table), max('яблоко', 'Яблоко', 'арбуз'), min(['ёж', 'еж', 'жук']))

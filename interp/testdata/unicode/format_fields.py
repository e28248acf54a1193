# Index fields in format strings, logging widths with a Cyrillic thread name.
import logging, threading
def show(name, d):
    print(f"{name[0]}|{name[-1]!r}|{d['ключ'][1]}", "{0[1]}-{1[ключ]}".format(name, d), "{0[1]:>4}".format(name))
show("Жук", {"ключ": "знач"})
logging.basicConfig(format="%(threadName)-12s|%(message).5s|%(levelname)-8s|", level=logging.INFO)
def work():
    logging.info("сообщение из потока")
t = threading.Thread(target=work, name="Рабочий")
t.start(); t.join()
s = "привет"
print("ё" + s[1:], s.upper()[::2], s[len(s)//2:])
x = {"имя": "Оля"}
print(x["имя"] + 1)

# A script's Formatter subclass: its constructor takes Formatter's
# arguments, handlers call its format, and an override reaches the base
# methods as logging.Formatter.format(self, record) or super().format.
import logging
import sys
import threading


class Upper(logging.Formatter):
    def format(self, record):
        return logging.Formatter.format(self, record).upper()


class Tagged(logging.Formatter):
    def __init__(self, tag):
        super().__init__('%(threadName)s %(levelname)s %(message)s')
        self.tag = tag

    def format(self, record):
        return f'[{self.tag}] ' + super().format(record)


class Bracket(logging.StreamHandler):
    def emit(self, record):
        record.msg = '<' + str(record.msg) + '>'
        logging.StreamHandler.emit(self, record)


h = logging.StreamHandler(sys.stdout)
h.setFormatter(Upper('%(name)s: %(message)s'))
log = logging.getLogger('demo')
log.propagate = False
log.addHandler(h)
log.warning('привет %s', 'мир')
print(type(h.formatter).__name__, h.formatter._fmt)

b = Bracket(sys.stdout)
b.setFormatter(Tagged('T'))
log.removeHandler(h)
log.addHandler(b)
t = threading.Thread(target=log.error, args=('from %s', 'worker'), name='W1')
t.start()
t.join()
log.info('not shown')
logging.Handler.setLevel(b, logging.INFO)
log.setLevel(logging.INFO)
log.info('shown')
print(b.level, logging.Formatter.usesTime(Tagged('x')), Upper('%(asctime)s').usesTime())

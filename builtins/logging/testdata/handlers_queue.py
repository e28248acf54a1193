# logging.handlers: QueueHandler prepares a copy of each record and puts
# it on a queue; QueueListener hands the records to its handlers on its
# own thread; MemoryHandler buffers records for a target.
import logging
import logging.handlers
import queue
import threading
from logging.handlers import MemoryHandler, QueueListener


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log = logging.getLogger('q')
log.propagate = False
log.addHandler(qh)
log.setLevel(logging.DEBUG)

log.info('%s + %s', 'раз', 'два')
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.levelname, rec.threadName)

all_lines, warn_lines = Collect(), Collect(logging.WARNING)
listener = QueueListener(q, all_lines, warn_lines, respect_handler_level=True)
listener.start()


def work(i):
    log.debug('debug %d', i)
    log.warning('warn %d', i)


ts = [threading.Thread(target=work, args=(i,), name=f'T{i}') for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
listener.stop()
print(sorted(all_lines.lines))
print(sorted(warn_lines.lines))
print('unfinished:', q.unfinished_tasks, listener._thread)

target = Collect()
target.setFormatter(logging.Formatter('%(name)s %(message)s'))
mh = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger('mem')
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning('one')
mlog.warning('two')
print('buffered:', len(mh.buffer), target.lines)
mlog.error('three flushes')
print('flushed:', len(mh.buffer), target.lines)
mlog.warning('four')
mh.close()
print('after close:', target.lines[-1], mh.target)
print(issubclass(MemoryHandler, logging.handlers.BufferingHandler), issubclass(MemoryHandler, logging.Handler))

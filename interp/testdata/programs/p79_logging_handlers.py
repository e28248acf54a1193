"""logging with threadName/levelname formats, a custom Handler and QueueHandler/QueueListener."""
import logging
import logging.handlers
import queue
import threading


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


root = logging.getLogger()
root.setLevel(logging.DEBUG)
console = logging.StreamHandler()
console.setLevel(logging.WARNING)
console.setFormatter(logging.Formatter('%(levelname)-8s %(threadName)s %(name)s: %(message)s'))
root.addHandler(console)

collector = ListHandler()
collector.setFormatter(logging.Formatter('[%(threadName)s] %(levelname)s %(funcName)s: %(message)s'))
log = logging.getLogger('app.worker')
log.addHandler(collector)


def worker(n):
    log.debug('starting %d', n)
    if n % 2:
        log.warning('odd job %d', n)
    log.info('finished %s', n)


threads = [threading.Thread(target=worker, args=(i,), name=f'Worker-{i}') for i in range(4)]
for t in threads:
    t.start()
    t.join()
for line in collector.records:
    print(line)

q = queue.Queue(-1)
qh = logging.handlers.QueueHandler(q)
mem = ListHandler()
mem.setFormatter(logging.Formatter('%(threadName)s|%(levelname)s|%(message)s'))
listener = logging.handlers.QueueListener(q, mem)
qlog = logging.getLogger('queued')
qlog.propagate = False
qlog.addHandler(qh)
qlog.setLevel(logging.INFO)
listener.start()


def queued_worker(i):
    qlog.info('работа %d', i)
    qlog.debug('hidden %d', i)
    qlog.error('problem %d', i)


ts = [threading.Thread(target=queued_worker, args=(i,), name=f'Q{i}') for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
listener.stop()
print(sorted(mem.records))

flt_log = logging.getLogger('filtered')
flt_log.propagate = False
flt = ListHandler()
flt.setFormatter(logging.Formatter('%(threadName)s %(message)s'))


class OnlyThread(logging.Filter):
    def __init__(self, name):
        super().__init__()
        self.tname = name

    def filter(self, record):
        return record.threadName == self.tname


flt.addFilter(OnlyThread('keep'))
flt_log.addHandler(flt)
for name in ('keep', 'drop', 'keep'):
    t = threading.Thread(target=flt_log.warning, args=('from %s', name), name=name)
    t.start()
    t.join()
print(flt.records)
log.error('main thread error')
print('levels:', logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName('ERROR'))

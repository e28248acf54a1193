"""logging.basicConfig with a format and level, getLogger(__name__) and children, exceptions logged from workers."""
import logging
import sys
import threading

logging.basicConfig(
    format='%(levelname)-8s %(name)s [%(threadName)s] %(message)s',
    level=logging.INFO,
    stream=sys.stdout,
)
log = logging.getLogger(__name__)
db_log = logging.getLogger('app.db')
net_log = logging.getLogger('app.net')
app_log = logging.getLogger('app')

print('names:', log.name, db_log.name, db_log.parent.name, app_log.parent.name)
print('effective levels:', logging.getLevelName(log.getEffectiveLevel()), db_log.getEffectiveLevel())
log.debug('hidden: %s', 'debug is below INFO')
log.info('starting %d workers', 3)

db_log.setLevel(logging.WARNING)
print('db enabled for INFO?', db_log.isEnabledFor(logging.INFO), 'net?', net_log.isEnabledFor(logging.INFO))


def worker(n, lock):
    with lock:
        net_log.info('worker %d: fetching %s', n, f'/item/{n}')
        db_log.info('worker %d: this INFO is filtered', n)
        if n == 2:
            try:
                {}['missing']
            except KeyError:
                db_log.error('worker %d: lookup failed', n, exc_info=False)
        net_log.warning('worker %d: slow response %.1fs', n, n * 0.5)


lock = threading.Lock()
for n in range(3):
    t = threading.Thread(target=worker, args=(n, lock), name=f'Worker-{n}')
    t.start()
    t.join()

log.info('%s | %r | %5.2f | %-4s|', 'строка', 'repr', 3.14159, 'ab')
log.info('dict arg: %(user)s logged in from %(ip)s', {'user': 'анна', 'ip': '10.0.0.1'})
log.warning('percent literal: 100%%')
log.info('no args keeps %s literally')
log.log(logging.ERROR, 'via log() at %s', logging.getLevelName(logging.ERROR))
logging.warning('root logger message')
print('level names:', [logging.getLevelName(n) for n in (10, 20, 30, 40, 50, 25)])
print('level by name:', logging.getLevelName('WARNING'), logging.WARN == logging.WARNING)

custom = logging.getLogger('app.custom')
custom.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s:%(levelno)d:%(funcName)s:%(message)s'))
custom.addHandler(handler)


def do_work():
    custom.info('inside do_work')
    custom.critical('critical in %s', threading.current_thread().name)


t = threading.Thread(target=do_work, name='custom-thread')
t.start()
t.join()
custom.setLevel(logging.CRITICAL)
do_work()
print('handlers:', len(custom.handlers), 'root handlers:', len(logging.getLogger().handlers))
print('same logger object:', logging.getLogger('app.db') is db_log)
logging.disable(logging.CRITICAL)
log.critical('disabled')
logging.disable(logging.NOTSET)
log.info('enabled again')

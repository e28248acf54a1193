# A named logger without any configuration writes bare messages at
# WARNING and above (the last resort handler).
import logging

log = logging.getLogger("app")
log.info("not shown")
log.warning("shown %d", 1)
log.error("error too")
print(log, log.level, log.getEffectiveLevel(), log.parent)
log.setLevel(logging.DEBUG)
print(log, log.isEnabledFor(logging.DEBUG))
log.debug("debug goes nowhere: below last resort level")

# The module functions configure root on first use: WARNING:root:msg.
import logging

logging.debug("hidden")
logging.info("hidden too")
logging.warning("careful %s", "now")
logging.error("bad %d of %d", 3, 4)
logging.critical("fatal")
logging.log(logging.ERROR, "via log %r", "x")
logging.warning({"a": 1})
logging.warning("%(a)s and %(b)s", {"a": 1, "b": [2]})
logging.warning("no args %s")
logging.exception("oops")
print(logging.root, logging.getLogger(), logging.getLogger("root") == logging.root)
print(logging.root.handlers)
print(logging.getLevelName(10), logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName("X"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET, logging.FATAL, logging.WARN)

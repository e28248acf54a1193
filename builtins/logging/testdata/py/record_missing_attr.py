# A LogRecord without an attribute raises AttributeError for it, so a
# filter can default what extra= didn't give: getattr(record, "user", "-").
import logging
import sys


class UserFilter(logging.Filter):
    def filter(self, record):
        record.user = getattr(record, "user", "-")
        return True


h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [%(user)s] %(message)s"))
h.addFilter(UserFilter())
log = logging.getLogger("app")
log.addHandler(h)
log.warning("без пользователя")
log.warning("с пользователем", extra={"user": "аня"})
r = logging.makeLogRecord({"msg": "m"})
print(hasattr(r, "user"), hasattr(r, "msg"))
try:
    r.user
except AttributeError as e:
    print("AttributeError:", e)

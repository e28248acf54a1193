from .notifier import Notifier
from .transport import send_sms, send_email

"""Gunicorn's settings in production: `gunicorn -c python:cms.gunicorn cms.wsgi`.

Gunicorn (pre-forked processes, each with a few threads) because Django and Wagtail are
synchronous: every request holds a database connection, so worker processes are where
parallelism comes from, and threads cover the waits on the database, the cache and the search
engine. A mature, boring server fits a site that mostly serves cached pages through a proxy.
"""

import os

# Behind the caching proxy on the same host; DJANGO_TRUSTED_PROXY_COUNT tells Django about it.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1) + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# The application is loaded once and forked: less memory per worker, and a broken
# configuration stops the start instead of every worker failing on its own.
preload_app = True
# Workers are replaced now and then (with jitter, so not all at once): whatever a request leaks
# cannot add up over weeks.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10
timeout = 30
graceful_timeout = 30
keepalive = 5
# Only the local proxy may say which scheme the visitor used (SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access log without the client's address (privacy: no IP addresses in our logs) and without
# query strings, which may hold what visitors searched for.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"

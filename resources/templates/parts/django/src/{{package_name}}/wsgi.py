"""WSGI entry point for servers such as gunicorn: `gunicorn {{package_name}}.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{{package_name}}.settings")
application = get_wsgi_application()

/**
 * Top-level module names a scaffold's package must never take, because importing the real one
 * would then find the project instead (a project called "Flask" made a package `flask` that hid
 * Flask itself; "Tests" clashed with the `tests/` folder; "Email" hid the standard library).
 */

/** `sys.stdlib_module_names` of CPython 3.11, public names lowercased (a test compares with the installed Python). */
export const STDLIB_MODULES: ReadonlySet<string> = new Set(
  ('abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii ' +
  'bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys ' +
  'compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses ' +
  'dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno ' +
  'faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass ' +
  'gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib ' +
  'inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap ' +
  'marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath ' +
  'nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil ' +
  'platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc ' +
  'pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets ' +
  'select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 ' +
  'sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau ' +
  'symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time ' +
  'timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing ' +
  'unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref ' +
  'xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo')
    .toLowerCase()
    .split(' '),
);

/**
 * Import names of what a scaffold may depend on (stack-packages.json, the templates' own imports,
 * their dependencies) and of the tools around it, plus the scaffold's own top-level folders.
 */
export const THIRD_PARTY_MODULES: ReadonlySet<string> = new Set(
  ('flask werkzeug jinja2 itsdangerous click markupsafe blinker flask_socketio socketio engineio simple_websocket ' +
    'wsproto h11 bidict django asgiref sqlparse requests urllib3 idna certifi charset_normalizer chardet bs4 ' +
    'soupsieve lxml pandas numpy dateutil pytz tzdata six sklearn scipy joblib threadpoolctl plotly tenacity ' +
    'packaging pymongo bson gridfs dns nltk regex tqdm spacy thinc boto3 botocore s3transfer jmespath sqlalchemy ' +
    'greenlet psycopg2 redis celery gunicorn flask_limiter flask_sqlalchemy flask_cors pytest _pytest pluggy iniconfig ' +
    'py hatchling setuptools pkg_resources pip wheel typing_extensions ' +
    'tests test src frontend conftest manage').split(' '),
);

/** Whether a top-level package called `name` would hide a real module (or the tests folder). */
export const shadowsModule = (name: string): boolean => STDLIB_MODULES.has(name.toLowerCase()) || THIRD_PARTY_MODULES.has(name.toLowerCase());

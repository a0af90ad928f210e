"""Runs a scaffold the ways its own documents say, with this Python: every command of README's
"Run it" (a server must answer 200 on the URL in its comment; a job must exit 0), and, where there
is a Dockerfile, the image's command as an unprivileged user in a copy of what the image holds,
with `/app` owned by root and `/data` owned by that user only if the Dockerfile gives it to them
(run as root, the command runs as nobody; otherwise read-only folders stand in for root's).
`PYTHONPATH=src` stands in for `pip install` (PyPI is not reachable). Prints one JSON object.

Usage (in the project folder): python3 check_apps.py
"""

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

WAIT = 90  # seconds for a server to answer on a loaded machine
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(url, process):
    """Polls `url` until it gives 200 (True) or the process ends or time runs out (False)."""
    deadline = time.time() + WAIT
    while time.time() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


def run(argv, env, cwd, url=None, user=()):
    """A job (url None): exit 0 within WAIT. A server: answers 200 on url, then is stopped."""
    process = subprocess.Popen([*user, *argv], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        if url:
            ok = answers(url, process)
        else:
            process.wait(timeout=WAIT)
            ok = process.returncode == 0
    except subprocess.TimeoutExpired:
        ok = False
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        output = process.communicate()[0].decode("utf-8", "replace")
    return {"command": " ".join(argv), "url": url, "ok": ok, **({} if ok else {"output": output[-2000:]})}


def base_env(extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DJANGO_", "FLASK_"))}
    return {**env, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def readme_commands():
    """(argv, url) for each runnable line of README's "Run it": no placeholders, network or prompts."""
    with open("README.md", encoding="utf-8") as file:
        block = file.read().split("## Run it", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    found = []
    for line in block.splitlines():
        command, _, comment = line.partition("#")
        if not command.startswith("python ") or "venv" in command or re.search(r"<|--url|createsuperuser", command):
            continue
        url = re.search(r"http://127\.0\.0\.1:\d+(/\S*)", comment)
        found.append((shlex.split(command), url.group(1) if url else None))
    return found


def check_readme(workdir):
    results = []
    for argv, path in readme_commands():
        port = free_port()
        argv = [sys.executable, *argv[1:]]
        if argv[1:3] == ["manage.py", "runserver"]:
            argv += ["--noreload", f"127.0.0.1:{port}"]
        env = base_env({"PYTHONPATH": "src", "PORT": str(port), "DJANGO_DB_PATH": os.path.join(workdir, "readme.sqlite3")})
        results.append(run(argv, env, ".", f"http://127.0.0.1:{port}{path}" if path else None))
    return results


def dockerfile():
    with open("Dockerfile", encoding="utf-8") as file:
        lines = [line.strip() for line in file if line.strip() and not line.startswith("#")]
    spec = {"env": {}, "copy": [], "cmd": None, "expose": None, "data_owned": False, "workdir": None}
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "ENV":
            spec["env"].update(pair.split("=", 1) for pair in shlex.split(rest))
        elif word == "COPY":
            *sources, dest = rest.split()
            spec["copy"].append((sources, dest))
        elif word == "WORKDIR":
            spec["workdir"] = rest
        elif word == "EXPOSE":
            spec["expose"] = rest
        elif word == "CMD":
            spec["cmd"] = json.loads(rest)
        elif word == "RUN" and re.search(r"\bchown appuser /data\b", rest):
            spec["data_owned"] = True
    return spec


def check_container(workdir):
    """The image's CMD as nobody, in a root-owned copy of /app; only /data may be theirs."""
    spec = dockerfile()
    root = os.path.join(workdir, "image")
    app, data, shim = root + "/app", root + "/data", root + "/bin"
    os.makedirs(app)
    os.makedirs(data)
    os.makedirs(shim)
    os.chmod(workdir, 0o755)
    os.symlink(sys.executable, os.path.join(shim, "python"))
    for sources, dest in spec["copy"]:
        for source in sources:
            target = os.path.join(app, dest, os.path.basename(source)) if dest.endswith("/") else os.path.join(app, dest)
            (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, target)
    if os.geteuid() == 0:
        # Root copied the files, so they are root's; the command runs as nobody, who may write
        # only where the Dockerfile gave appuser the folder.
        user = NOBODY
        if spec["data_owned"]:
            os.chown(data, 65534, 65534)
    else:
        # Not root (a CI runner): the same rule through permissions: all read-only but what was given.
        user = ()
        for folder in [app, *(os.path.join(d, n) for d, names, _ in os.walk(app) for n in names)]:
            os.chmod(folder, 0o555)
        os.chmod(data, 0o755 if spec["data_owned"] else 0o555)
    port = free_port()
    swap = lambda text: text.replace("/app", app).replace("/data", data).replace(f"0.0.0.0:{spec['expose']}", f"127.0.0.1:{port}")
    env = {k: swap(v) for k, v in spec["env"].items()}
    if "PORT" in env:
        env.update(PORT=str(port), HOST="127.0.0.1")
    env = {"PATH": f"{shim}:/usr/bin:/bin", "HOME": data, "PYTHONPATH": app + "/src", **env}
    deploy = open("DEPLOY.md", encoding="utf-8").read()
    url = re.search(r"open http://localhost:\d+(/\S*)", deploy)
    result = run([swap(part) for part in spec["cmd"]], env, app, f"http://127.0.0.1:{port}{url.group(1)}" if spec["expose"] and url else None, user)
    written = sorted(os.listdir(data))
    for folder, _, _ in os.walk(root):
        os.chmod(folder, 0o755)  # so the temporary folder can be removed
    return {**result, "expose": spec["expose"], "url_in_deploy": bool(url), "data_written": written}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as workdir:
        report = {"readme": check_readme(workdir)}
        if os.path.exists("Dockerfile"):
            report["container"] = check_container(workdir)
    print(json.dumps(report))

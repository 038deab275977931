# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the AT-SPI window tests (check_window.py, check_window_zh.py, check_window_faults.py)
share: a private Xvfb, D-Bus session and AT-SPI bus (Desktop), mxlens started on it with
accessibility on and settings of its own (launch, wait_for_app, stop_process), pyatspi helpers
that survive objects going away (Tree), the tally of checks (Report) and screenshots.

A script imports it by path: sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))).
"""
import argparse
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
STARTUP_TIMEOUT = 20.0  # until the application is in the tree and has loaded its file
SETTLE_TIMEOUT = 10.0  # until a named widget shows the expected value, the first time
SETTLED_TIMEOUT = 2.0  # the same once one widget of the window showed what it should
CONTRACT_GRACE = 2.0  # a name the window does not have at all: given up after this


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(message):
    if in_ci():
        print("FAIL: %s (CI installs it through packaging/quickstart)" % message, flush=True)
        sys.exit(1)
    print("SKIP: %s" % message, flush=True)
    sys.exit(SKIP)


def wait_for(predicate, timeout, interval=0.2):
    """predicate()'s first truthy value within timeout seconds, else None."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            return None
        time.sleep(interval)


def stop_process(proc, timeout=5):
    """Ends proc (SIGTERM, then SIGKILL after timeout seconds); its exit status, or "killed"."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            return "killed"
    return proc.returncode


def parser(doc):
    """The command line every window test takes: --mxlens PATH and --data DIR (the generated
    fixtures, tests/fixtures/data by default); the script's docstring describes it."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--mxlens", required=True)
    ap.add_argument("--data", default=os.path.join(HERE, "..", "fixtures", "data"))
    return ap


def mxlens_path(path):
    """The absolute path of the mxlens under test, or None (said) when it is not executable."""
    path = os.path.abspath(path)
    if not os.access(path, os.X_OK):
        print("FAIL: no mxlens at %s" % path)
        return None
    return path


def require_pyatspi():
    # pyatspi binds to the bus of the environment it is imported in: only checked here.
    import importlib.util
    if importlib.util.find_spec("pyatspi") is None:
        unavailable("pyatspi is not importable by %s (apt-get install python3-pyatspi)"
                    % sys.executable)


# --- the private display and buses ------------------------------------------------------------

class Desktop:
    """Xvfb on a free display, a session bus, the AT-SPI bus launched on it."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.procs = []
        self.env = None
        self.display = None

    def start(self):
        for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
            if not shutil.which(tool):
                unavailable("%s is not installed (apt-get install xvfb dbus)" % tool)
        if not os.access(LAUNCHER, os.X_OK):
            unavailable("%s is missing (apt-get install at-spi2-core)" % LAUNCHER)
        # -displayfd: Xvfb picks a free display itself and writes its number.
        r, w = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1600x1000x24",
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(w,),
                                stdout=subprocess.DEVNULL, stderr=self._log("xvfb"))
        self.procs.append(xvfb)
        os.close(w)
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([r], [], [], 0.5)
            if ready:
                chunk = os.read(r, 16)
                if not chunk:
                    break
                number += chunk
        os.close(r)
        if not number.strip().isdigit():
            unavailable("Xvfb did not start (see %s)" % os.path.join(self.workdir, "xvfb.log"))
        self.display = ":" + number.decode().strip()
        runtime = os.path.join(self.workdir, "runtime")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        env = dict(os.environ, DISPLAY=self.display, XDG_RUNTIME_DIR=runtime)
        for var in ("WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS", "DBUS_SESSION_BUS_ADDRESS"):
            env.pop(var, None)
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=self._log("dbus"), env=env,
                               text=True)
        self.procs.append(bus)
        address = bus.stdout.readline().strip()
        if not address:
            unavailable("dbus-daemon --session did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=self._log("at-spi"))
        self.procs.append(launcher)

        def a11y_address():
            p = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=env,
                               capture_output=True, text=True)
            m = re.search(r'string "([^"]+)"', p.stdout)
            return m.group(1) if m else None

        a11y = wait_for(a11y_address, 15, 0.2)
        if not a11y:
            unavailable("the AT-SPI bus (org.a11y.Bus) did not come up")
        self.env = env
        self.a11y = a11y
        return env

    def start_session(self):
        """start(), this process's environment pointed at the new display and buses, and a Tree
        over pyatspi imported there; returns (env, tree)."""
        env = self.start()
        for var in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
            os.environ[var] = env[var]
        import pyatspi
        return env, Tree(pyatspi)

    def _log(self, name):
        return open(os.path.join(self.workdir, name + ".log"), "w")

    def stop(self):
        for p in reversed(self.procs):
            stop_process(p)


# --- screenshots without Qt or ImageMagick: xwd, and this XWD -> PNG ----------------------------

def xwd_to_png(xwd_path, png_path):
    data = open(xwd_path, "rb").read()
    fields = struct.unpack(">25I", data[:100])
    header_size, _, fmt, _, width, height, _, byte_order = fields[:8]
    bpp, stride = fields[11], fields[12]
    masks = fields[14:17]
    ncolors = fields[19]
    if fmt != 2 or bpp not in (24, 32):
        raise ValueError("only 24- and 32-bit ZPixmap dumps are converted")
    start = header_size + 12 * ncolors
    import numpy as np  # Debian's python3-numpy: the interpreter the tests use has it
    # Xvfb's depth-24 screen dumps 4 bytes a pixel even where bits_per_pixel says 24.
    bypp = 4 if stride >= 4 * width else 3
    raw = np.frombuffer(data, np.uint8, stride * height, start).reshape(height, stride)
    raw = raw[:, :width * bypp].reshape(height, width, bypp).astype(np.uint32)
    if byte_order == 0:
        pixels = sum(raw[..., i] << (8 * i) for i in range(bypp))
    else:
        pixels = sum(raw[..., i] << (8 * (bypp - 1 - i)) for i in range(bypp))
    rgb = np.empty((height, width, 3), np.uint8)
    for i, mask in enumerate(masks):
        shift = (mask & -mask).bit_length() - 1
        rgb[..., i] = (pixels & mask) >> shift
    raw = b"".join(b"\0" + rgb[y].tobytes() for y in range(height))

    def chunk(tag, body):
        return (struct.pack(">I", len(body)) + tag + body +
                struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))

    with open(png_path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                                     0, 0, 0)) +
                chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def screenshot(env, path):
    """A picture of the screen for people (never asserted); returns a note."""
    if not shutil.which("xwd"):
        return "no screenshot: xwd is not installed (apt-get install x11-apps)"
    xwd = path + ".xwd"
    p = subprocess.run(["xwd", "-root", "-silent", "-out", xwd], env=env, capture_output=True)
    if p.returncode != 0:
        return "no screenshot: xwd failed"
    try:
        xwd_to_png(xwd, path)
        os.remove(xwd)
        return "screenshot " + path
    except (ValueError, OSError) as e:
        return "screenshot left as %s (%s)" % (xwd, e)


# --- reading the accessibility tree -----------------------------------------------------------

class Tree:
    """Thin helpers over pyatspi that survive objects going away under them."""

    # Subtrees never searched for widgets: menus (large, and unrelated) and the cells of item
    # views (read through the Table interface instead).
    PRUNE = {"menu bar", "popup menu", "table", "tree", "list", "tree table"}

    def __init__(self, pyatspi):
        self.at = pyatspi

    @staticmethod
    def safe(fn, default=None):
        try:
            return fn()
        except Exception:  # GLib.GError, dbus timeouts, defunct objects
            return default

    def role(self, acc):
        return self.safe(acc.getRoleName, "")

    def name(self, acc):
        return self.safe(lambda: acc.name, "") or ""

    def description(self, acc):
        return self.safe(lambda: acc.description, "") or ""

    def text(self, acc):
        def read():
            t = acc.queryText()
            return t.getText(0, -1)
        return self.safe(read, None)

    def value(self, acc):
        """What a label or field shows: its text when it has a Text interface, else its
        accessible description."""
        t = self.text(acc)
        return t if t else self.description(acc)

    def children(self, acc):
        n = self.safe(lambda: acc.childCount, 0) or 0
        out = []
        for i in range(n):
            c = self.safe(lambda: acc.getChildAtIndex(i))
            if c is not None:
                out.append(c)
        return out

    def walk(self, root, prune=True):
        stack = [root]
        while stack:
            acc = stack.pop()
            yield acc
            if prune and self.role(acc) in self.PRUNE:
                continue
            stack.extend(reversed(self.children(acc)))

    def find(self, root, name, roles=None):
        for acc in self.walk(root):
            if self.name(acc) == name and (roles is None or self.role(acc) in roles):
                return acc
        return None

    def find_tables(self, root, name):
        return [a for a in self.walk(root) if self.name(a) == name
                and self.role(a) in ("table", "tree table", "tree", "list")]

    def ancestors(self, acc):
        out = []
        cur = self.safe(lambda: acc.parent)
        while cur is not None and len(out) < 40:
            out.append(cur)
            cur = self.safe(lambda: cur.parent)
        return out

    def clear(self, acc):
        self.safe(acc.clearCache)

    def describe(self, acc):
        return "%s %r%s" % (self.role(acc), self.name(acc),
                            (" desc=%r" % self.description(acc)) if self.description(acc) else "")


# --- checks ------------------------------------------------------------------------------------

class Report:
    def __init__(self):
        self.passed, self.failed, self.lines = 0, 0, []

    def check(self, case_id, what, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        line = "%s %-16s %-34s %s" % ("PASS" if ok else "FAIL", case_id, what, detail)
        self.lines.append(line)
        print(line, flush=True)
        return ok

    def note(self, case_id, text):
        line = "     %-16s %s" % (case_id, text)
        self.lines.append(line)
        print(line, flush=True)


# --- mxlens on the private desktop -------------------------------------------------------------

def launch(mxlens, args, env, confdir, log, unset=(), **extra):
    """Starts `mxlens ARGS` on the desktop whose environment is env: accessibility on, X11, its
    settings, data and cache under confdir, output to log; extra variables added, unset ones
    removed."""
    run_env = dict(env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=confdir,
                   XDG_DATA_HOME=os.path.join(confdir, "data"),
                   XDG_CACHE_HOME=os.path.join(confdir, "cache"), **extra)
    for var in unset:
        run_env.pop(var, None)
    return subprocess.Popen([mxlens] + list(args), env=run_env, stdout=log,
                            stderr=subprocess.STDOUT)


def find_app(tree, pid):
    """The application "mxlens" of process pid in the AT-SPI tree, or None."""
    desktop = tree.at.Registry.getDesktop(0)
    tree.clear(desktop)
    for acc in tree.children(desktop):
        if tree.name(acc) == "mxlens" and tree.safe(acc.get_process_id) == pid:
            return acc
    return None


def wait_for_app(tree, proc, timeout=STARTUP_TIMEOUT):
    """proc's application once it is in the tree; "exited" if proc ended first; None if neither
    within timeout seconds."""
    return wait_for(lambda: find_app(tree, proc.pid) if proc.poll() is None else "exited",
                    timeout)


def focus_and_press_enter(tree, edit, settle=None):
    """Gives edit keyboard focus (the pointer over its window, then grabFocus), calls settle()
    if given, and presses Enter."""
    at = tree.at
    comp = tree.safe(edit.queryComponent)
    if comp is not None:
        x, y, w, h = tree.safe(lambda: comp.getExtents(at.DESKTOP_COORDS), (0, 0, 0, 0))
        tree.safe(lambda: at.Registry.generateMouseEvent(x + w // 2, y + h // 2, "abs"))
        tree.safe(comp.grabFocus)
    if settle is not None:
        settle()
    at.Registry.generateKeyboardEvent(0xFF0D, None, at.KEY_SYM)  # XK_Return

#!/usr/bin/env python3
"""Helpers for scripts/bench: paired timings, the sandbox request log, generated scripts."""
import fcntl
import json
import os
import pty
import re
import select
import struct
import termios
import statistics
import subprocess
import sys
import time

LOG_LINE = re.compile(r"^(\d+\.\d+) (GET|POST) (\S+) → (\d+)")


def pairs(first, second, runs):
    """Runs two commands alternately `runs` times; prints both medians in ms and their ratio."""
    a, b = [], []
    for _ in range(runs):
        for cmd, into in ((first, a), (second, b)):
            t0 = time.perf_counter()
            subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            into.append(time.perf_counter() - t0)
    ma, mb = statistics.median(a) * 1000, statistics.median(b) * 1000
    print(f"{ma:.1f} {mb:.1f} {ma / mb:.2f}")


def read_log(path):
    """(time, method, path, status) for each logged request, in order."""
    entries = []
    for line in open(path, encoding="utf-8", errors="replace"):
        m = LOG_LINE.match(line.strip())
        if m:
            entries.append((float(m.group(1)), m.group(2), m.group(3), int(m.group(4))))
    return entries


def lateness(log_path, task_seconds, first_id, last_id):
    """For tasks sbx-task-first..last: mean seconds between the finish and the query that saw it, and mean queries."""
    entries = read_log(log_path)
    creates = [t for (t, method, p, status) in entries if method == "POST" and p.endswith("/grok/videos") and status == 200]
    late, counts = [], []
    for n in range(first_id, last_id + 1):
        task = f"sbx-task-{n:06d}"
        finish = creates[n - 1] + task_seconds
        queries = [t for (t, method, p, _) in entries if method == "GET" and p.endswith("/videos/" + task)]
        seen = [t for t in queries if t >= finish]
        late.append(seen[0] - finish if seen else float("nan"))
        counts.append(len(queries))
    print(f"{statistics.mean(late):.1f} {max(late):.1f} {statistics.mean(counts):.1f}")


def busiest_second(log_path):
    """The most API requests the sandbox received in any one-second window."""
    times = [t for (t, _, p, _) in read_log(log_path) if p.startswith("/api/")]
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    print(best)


def scripts(grok_path, shell_path, lines):
    """The same 200,000-line script as grok and as shell, line for line."""
    grok = ["# a long script", "model grok-1.5", "image https://example.com/cat.png"]
    shell = ["# a long script", "model=grok-1.5", "image=https://example.com/cat.png"]
    i = 0
    while len(grok) < lines:
        grok += [f"let n = {i}", f'prompt "a cat surfing, take $n"', "ratio 9:16", "duration 10", 'echo "composed $n"']
        shell += [f"n={i}", 'prompt="a cat surfing, take $n"', "ratio=9:16", "duration=10", 'echo "composed $n"']
        i += 1
    open(grok_path, "w").write("\n".join(grok[:lines]) + "\n")
    open(shell_path, "w").write("\n".join(shell[:lines]) + "\n")


def gnu_time(path):
    """Wall seconds and peak RSS in MiB from `/usr/bin/time -v`."""
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", text).group(1).split(":")
    seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    print(f"{seconds:.3f} {rss:.1f}")


def journal(state_dir, tasks):
    """A journal of `tasks` completed tasks named take-00001, take-00002, ... (three records each)."""
    os.makedirs(state_dir, mode=0o700, exist_ok=True)
    with open(os.path.join(state_dir, "journal.jsonl"), "w") as out:
        for n in range(1, tasks + 1):
            time_text = f"2026-11-30T09:{n // 3600 % 60:02d}:{n % 60:02d}.000Z"
            attempt, task = f"attempt-{n:06d}", f"task-{n:06d}"
            request = {"model": "grok-1.5", "prompt": f"take {n}", "image_urls": ["https://example.com/cat.png"]}
            for record in (
                {"v": 1, "event": "create", "time": time_text, "attempt": attempt, "name": f"take-{n:05d}", "request": request},
                {"v": 1, "event": "created", "time": time_text, "attempt": attempt, "task_id": task, "status": "queued"},
                {"v": 1, "event": "status", "time": time_text, "task_id": task, "status": "completed", "progress": 100,
                 "video_url": f"https://example.com/v/{n}.mp4"},
            ):
                # The REPL runs against the default base URL: its tasks are that server's.
                record = {"v": 1, "origin": "https://www.jimmyai.cn:443", **{k: v for k, v in record.items() if k != "v"}}
                out.write(json.dumps(record, separators=(",", ":")) + "\n")
    os.chmod(os.path.join(state_dir, "journal.jsonl"), 0o600)


class Terminal:
    """A program on a pseudo-terminal, read until a text appears."""

    def __init__(self, argv):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm"
            os.execvp(argv[0], argv)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
        self.seen = b""

    def until(self, text, timeout=30.0):
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise SystemExit(f"bench: the REPL never showed {text!r}; it showed {self.seen[-300:]!r}")
            self.seen += os.read(self.fd, 65536)

    def send(self, data):
        self.seen = b""
        os.write(self.fd, data)

    def close(self):
        os.write(self.fd, b"\x04")
        os.waitpid(self.pid, 0)


def completion(grok, state_dir, tasks, rounds):
    """Tab in the REPL with `tasks` tasks in the journal: p50 and p99 ms of Tab (ten names listed),
    then of Ctrl-C to the next prompt, which reads the journal again."""
    journal(state_dir, tasks)
    term = Terminal([grok, "--state-dir", state_dir, "--no-color"])
    term.until(b"grok> ")
    tab, prompt = [], []
    for i in range(rounds):
        n = 1 + (i * 7919) % (tasks // 10 - 1)  # take-0001 … take-0999: ten names each
        term.send(f"wait take-{n:04d}".encode())
        term.until(f"take-{n:04d}".encode())
        t0 = time.perf_counter()
        term.send(b"\t")
        term.until(f"take-{n:04d}9".encode())
        tab.append(time.perf_counter() - t0)
        term.until(f"grok> wait take-{n:04d}".encode())  # the line drawn again below the list
        t0 = time.perf_counter()
        term.send(b"\x03")
        term.until(b"^C\r\ngrok> ")
        prompt.append(time.perf_counter() - t0)
    term.close()

    def p(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(q * len(values)))] * 1000

    print(f"{p(tab, 0.5):.2f} {p(tab, 0.99):.2f} {p(prompt, 0.5):.2f} {p(prompt, 0.99):.2f}")


def fsync(path):
    """Syncs a file to disk, as grok does before it says a download is done."""
    fd = os.open(path, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)


def task_id(body):
    print(json.loads(body)["data"]["task_id"])


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"pairs": lambda: pairs(args[0], args[1], int(args[2])),
     "lateness": lambda: lateness(args[0], float(args[1]), int(args[2]), int(args[3])),
     "busiest-second": lambda: busiest_second(args[0]),
     "scripts": lambda: scripts(args[0], args[1], int(args[2])),
     "gnu-time": lambda: gnu_time(args[0]),
     "completion": lambda: completion(args[0], args[1], int(args[2]), int(args[3])),
     "fsync": lambda: fsync(args[0]),
     "task-id": lambda: task_id(sys.stdin.read())}[command]()

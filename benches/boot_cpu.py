#!/usr/bin/env python3
"""Main-thread CPU of each start-up stage of the single file, cold, in headless Chromium.

The browser bench (`benches/browser.rs`) reports wall-clock moments, which on a shared, loaded
machine mostly measure the load. This script opens the file the same way (chromedriver, a fresh
browser and profile per run, the bench's flags) with Chromium tracing on, and reads the renderer
main thread's CPU clock at navigation start and at each of the boot's User Timing marks
(`eightfold-boot-start`, `-wasm-decoded`, `-main`, `-ready`): CPU time barely depends on the load.

    python3 benches/boot_cpu.py [RUNS] FILE.html [FILE.html ...]

Prints, per file, the median wall and main-thread CPU ms of each stage, and how many wasm
functions were compiled on their first call (V8 compiles lazily) before the app was ready.
Needs python3, /usr/bin/chromium and /usr/bin/chromedriver; touches no network.
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN"]
CATEGORIES = "devtools.timeline,v8.wasm,blink.user_timing,loading,toplevel"
MARKS = ["boot-start", "wasm-decoded", "main", "ready"]


def call(port, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())["value"]


def trace_one_open(port, profile, url):
    options = {"binary": "/usr/bin/chromium", "args": FLAGS + [f"--user-data-dir={profile}"],
               "perfLoggingPrefs": {"enableNetwork": False, "enablePage": False,
                                    "traceCategories": CATEGORIES}}
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options,
                                             "goog:loggingPrefs": {"performance": "ALL"}}}}
    session = call(port, "POST", "/session", caps)["sessionId"]
    try:
        call(port, "POST", f"/session/{session}/url", {"url": url})
        ready = "return document.documentElement.dataset.ready === 'true'"
        for _ in range(600):
            if call(port, "POST", f"/session/{session}/execute/sync", {"script": ready, "args": []}):
                break
            time.sleep(0.05)
        time.sleep(1.0)  # the trace buffer is flushed a moment later
        events = []
        for entry in call(port, "POST", f"/session/{session}/se/log", {"type": "performance"}):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Tracing.dataCollected":
                value = message["params"].get("value")
                events.extend(value if isinstance(value, list) else [message["params"]])
        return events
    finally:
        call(port, "DELETE", f"/session/{session}")


def stages(events):
    """{stage: (wall ms, main-thread CPU ms)} and the lazy compiles before ready."""
    nav = [e for e in events if e.get("name") == "navigationStart" and "file:" in str(e.get("args"))][-1]
    pid, t0 = nav["pid"], nav["ts"]
    marks = {}
    for e in events:
        name = e.get("name", "")
        if e.get("pid") == pid and name.startswith("eightfold-") and "tts" in e:
            marks.setdefault(name[len("eightfold-"):], (e["ts"], e["tts"], e["tid"]))
    tid = marks["main"][2]
    first = min((e for e in events if e.get("pid") == pid and e.get("tid") == tid
                 and e["ts"] >= t0 and "tts" in e), key=lambda e: e["ts"])
    points = [("navigation", (t0, first["tts"]))] + [(m, marks[m][:2]) for m in MARKS if m in marks]
    out = {}
    for (a, (ta, ca)), (b, (tb, cb)) in zip(points, points[1:]):
        out[f"{a} → {b}"] = ((tb - ta) / 1000, (cb - ca) / 1000)
    out["navigation → ready (total)"] = ((marks["ready"][0] - t0) / 1000,
                                         (marks["ready"][1] - first["tts"]) / 1000)
    lazy = sum(1 for e in events if e.get("name") == "wasm.CompileLazy" and e.get("pid") == pid
               and e["ts"] <= marks["ready"][0])
    return out, lazy


def main():
    args = sys.argv[1:]
    runs = int(args.pop(0)) if args and args[0].isdigit() else 5
    files = [os.path.abspath(f) for f in args]
    scratch = tempfile.mkdtemp(prefix="boot-cpu-")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    results = {f: [] for f in files}
    try:
        for run in range(runs):  # the files in turn, so each sees the same load
            for k, path in enumerate(files):
                site = os.path.join(scratch, f"site{k}")
                os.makedirs(site, exist_ok=True)
                shutil.copy(path, os.path.join(site, "eightfold.html"))
                profile = os.path.join(scratch, f"profile-{run}-{k}")
                events = trace_one_open(port, profile, "file://" + os.path.join(site, "eightfold.html"))
                results[path].append(stages(events))
    finally:
        driver.terminate()
        driver.wait()
        shutil.rmtree(scratch, ignore_errors=True)
    for path, rows in results.items():
        print(f"{path} (n = {len(rows)}, medians)")
        for stage in rows[0][0]:
            wall = statistics.median(r[0][stage][0] for r in rows)
            cpu = statistics.median(r[0][stage][1] for r in rows)
            print(f"  {stage:32s} wall {wall:7.1f} ms   main-thread CPU {cpu:6.1f} ms")
        print(f"  wasm functions compiled on first call before ready: "
              f"{statistics.median(r[1] for r in rows):.0f}")


if __name__ == "__main__":
    main()

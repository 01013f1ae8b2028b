#!/usr/bin/env python3
# Median wall milliseconds of a command run RUNS times: from posix_spawn to
# the exit waitpid sees, its output to /dev/null, its exit status ignored.
# bench/run.sh used to take two `date +%s%N` around each run, which counted
# a fork of the shell and a `date` process too: /bin/true measured 2.3 ms
# that way, 0.9 ms this way (README, Performance).
# An argument "{new}" stands for a folder made empty before each run (not
# timed) and removed after: rendering into it writes every document anew.
# Usage: bench/median_ms.py RUNS COMMAND [ARGS...]
import os
import shutil
import statistics
import sys
import tempfile
import time


def main() -> None:
    runs = int(sys.argv[1])
    argv = sys.argv[2:]
    exe = argv[0] if "/" in argv[0] else shutil.which(argv[0])
    quiet = [
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    times = []
    for _ in range(runs):
        new = tempfile.mkdtemp(prefix="thidua-bench-") if "{new}" in argv else None
        run_argv = [new if a == "{new}" else a for a in argv]
        start = time.perf_counter()
        pid = os.posix_spawn(exe, run_argv, os.environ, file_actions=quiet)
        os.waitpid(pid, 0)
        times.append((time.perf_counter() - start) * 1000)
        if new:
            shutil.rmtree(new)
    print(f"{statistics.median(times):.2f}")


if __name__ == "__main__":
    main()

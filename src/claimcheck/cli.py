"""Command line: `python -m claimcheck build seeds/x.txt [-p name=value ...]`.

Problems with the input print as one line naming the file, the row and what to
change, and exit with status 2; a failed stage, and a file system that refuses a
write (read-only, full), print one line and exit with status 1; VERBOSE=1 adds the
full traceback. SIGINT and SIGTERM exit with 128 + the signal's number.
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback

from .errors import InputError
from .paths import project_root


def _parameters(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise InputError(None, f"parameter {pair!r} is not name=value", where="command line",
                             fix="write e.g. -p as_of=2025-12-16")
        values[name.strip()] = value
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="claimcheck", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build an article's brief into reports/<name>/")
    b.add_argument("article", help="the article, e.g. seeds/000_e06f6a7d580007d1.txt")
    b.add_argument("-p", "--parameter", action="append", default=[], metavar="NAME=VALUE",
                   help="claims=, references=, as_of=, built_at= (see README)")
    b.add_argument("--out", default="", help="output folder (default reports/<name>)")
    m = sub.add_parser("build-many", help="build every out-of-date brief of the articles given")
    m.add_argument("articles", nargs="+", help="articles, or folders of them (seeds)")
    m.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (make passes its -j)")
    m.add_argument("-p", "--parameter", action="append", default=[], metavar="NAME=VALUE",
                   help="references=, as_of=, built_at=, for every article")
    v = sub.add_parser("preview", help="serve an article's brief on 127.0.0.1, rendered again on every save")
    v.add_argument("article")
    v.add_argument("-p", "--parameter", action="append", default=[], metavar="NAME=VALUE",
                   help="claims=, references=, as_of=, built_at= (see README)")
    v.add_argument("--port", type=int, default=8000)
    d = sub.add_parser("draft", help="write an automatic draft register to data/claims/<name>.csv")
    d.add_argument("article")
    d.add_argument("--force", action="store_true", help="replace an existing register")
    n = sub.add_parser("notebooks", help="check the committed notebooks (no outputs, parameters cell as declared)")
    n.add_argument("--write-parameters", action="store_true",
                   help="rewrite each notebook's parameters cell from src/claimcheck/parameters.py")
    args = parser.parse_args(argv)
    verbose = os.environ.get("VERBOSE", "") not in ("", "0")
    try:
        if args.command == "draft":
            return _draft(args.article, args.force)
        if args.command == "notebooks":
            return _notebooks(args.write_parameters)
        if args.command == "preview":
            from .preview import serve
            return serve({"article": args.article, **_parameters(args.parameter)}, args.port)
        from .build import BuildFailed, build, build_many, one_line_failure
        if args.command == "build-many":
            failed = build_many(args.articles, args.jobs, _parameters(args.parameter))
            # Each build rewrites the index; this covers a batch with nothing to build, or failures.
            from .desk import write_index
            write_index(project_root())
            return failed
        try:
            params = {"article": args.article, **_parameters(args.parameter)}
            build(params, out=args.out)
        except (BuildFailed, OSError) as failure:
            if verbose:
                traceback.print_exc()
            print(f"error: {failure if isinstance(failure, BuildFailed) else one_line_failure(failure)}",
                  file=sys.stderr)
            return 1
    except InputError as problem:
        if verbose:
            traceback.print_exc()
        print(f"error: {problem.one_line()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        from .build import stop_signal
        print("interrupted; the previous brief is untouched", file=sys.stderr)
        return 128 + stop_signal()
    return 0


def _draft(article_path: str, force: bool) -> int:
    from .article import read_article
    from .draft import write_draft
    from .paths import default_register, resolve

    article = read_article(resolve(article_path))
    target = default_register(article.path)
    try:
        write_draft(article, target, force=force)
    except FileExistsError as exists:
        print(f"error: {exists}", file=sys.stderr)
        return 2
    print(f"wrote {target}: a draft; review every row (kind, unit, period, metric) before relying on it", file=sys.stderr)
    from .draft import review_first
    from .pipeline import prepare
    run = prepare(str(article.path), str(target))
    first = review_first(run.claims, run.checks)
    if first:
        print("review these rows first (most serious verdicts, then what the draft inferred or linked):", file=sys.stderr)
        for line in first:
            print(f"  {line}", file=sys.stderr)
    return 0


def _notebooks(write_parameters: bool) -> int:
    from . import notebooks

    if write_parameters:
        for path in notebooks.stage_paths():
            if notebooks.write_parameters(path):
                print(f"rewrote the parameters cell of notebooks/{path.name}", file=sys.stderr)
        return 0
    found = [line for path in notebooks.stage_paths() for line in notebooks.problems(path)]
    for line in found:
        print(f"error: {line}", file=sys.stderr)
    return 1 if found else 0

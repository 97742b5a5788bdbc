"""The command line: argument parsing, wiring and exit codes; no logic of its own."""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from factcheck import __version__
from factcheck.documents import Reading, parse_date, read_documents
from factcheck.errors import ExitCode, FactcheckError, InputError
from factcheck.ledger.retrieve import DEFAULT_WINDOW_DAYS
from factcheck.ledger.store import default_ledger_path
from factcheck.lexicon import load_lexicon
from factcheck.output import write_atomic, write_stdout
from factcheck.report.controls import one_line
from factcheck.rules.loader import default_rules_dir, load_rules

if TYPE_CHECKING:
    from factcheck.result import Result

# Modules that need pandas are imported where they are used: `factcheck extract --format json` starts in a
# third of the time without it.

REPORTS = Path("reports")
_REPORT_NAME = "factcheck-report"  # the html report of several PATHs; one PATH names its own
_DEFAULT_HTML = f"{REPORTS}/NAME.html, NAME the file stem or folder name of the one PATH ({_REPORT_NAME} for several)"
_DEFAULT_PARQUET = REPORTS / "facts.parquet"
_CHECK_EXAMPLE = "factcheck check DRAFT.md --against SOURCES/  (or, to compare documents: factcheck check FOLDER/)"
_DRAFT_USAGE = "factcheck check DRAFT --against SOURCE..."
_PROBLEMS_PRINTED = 10  # on standard error; the summary lists more, errors.parquet all


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # An encoding that cannot hold a character of the report (PYTHONIOENCODING=latin-1, an ASCII locale) shows
        # it as "?" instead of ending the run.
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    command: argparse.ArgumentParser = getattr(args, "command", parser)
    if unknown:
        command.error(f"unrecognized arguments: {' '.join(unknown)}")
    problem = _usage_problem(args)
    if problem:
        command.error(problem)
    try:
        return int(args.run(args))
    except FactcheckError as error:
        print(f"factcheck: error: {one_line(str(error))}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return int(ExitCode.OK)
    except Exception as error:  # a bug of ours: one line, and the traceback only on request
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(one_line(f"factcheck: internal error: {type(error).__name__}: {error} (set FACTCHECK_DEBUG=1 for "
                       "details)"), file=sys.stderr)
        return 70


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors end with an example of a call that works (when it has one)."""

    def __init__(self, *args: object, example: str = "", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.example = example

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        example = f"{self.prog}: example: {self.example}\n" if self.example else ""
        self.exit(ExitCode.INPUT_ERROR, f"{self.prog}: error: {message}\n{example}")


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What argparse cannot say of a command line: a draft missing before --against, --no-default-rules alone."""
    if getattr(args, "no_default_rules", False) and not args.rules:
        return "--no-default-rules needs --rules DIR: the rules to use instead of the default pack"
    if getattr(args, "paths", None) == [] and args.against:
        # --against takes every path after it, so `--against SOURCES DRAFT` leaves no PATH; which one is the
        # draft cannot be told.
        return f"no PATH before --against, which takes every path after it as a source; put the draft first: " \
               f"{_DRAFT_USAGE}"
    if getattr(args, "paths", None) == []:
        return "the following arguments are required: PATH"
    if getattr(args, "against_ledger", None) is False and (args.ledger or args.window is not None):
        return ("--ledger and --window go with --against-ledger: factcheck check DRAFT --against-ledger "
                "[--ledger LEDGER]")
    return None


def _rule_paths(args: argparse.Namespace) -> list[str] | None:
    """The rule folders and files to load: the user's, then the shipped pack unless --no-default-rules."""
    if not args.rules:
        return None  # the shipped pack
    return args.rules if args.no_default_rules else [*args.rules, str(default_rules_dir())]


def _rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        help=f"a rule folder or file of your own, added to the default pack ({default_rules_dir()}); may repeat. A "
        "rule with the id of a default rule replaces it (a pack that defines 'killed' overrides the default "
        "'killed'); when one of your rules and a default rule fit a figure equally well, yours claims it. A "
        "folder's lexicon.yaml extends the word lists",
    )
    parser.add_argument(
        "--no-default-rules",
        action="store_true",
        help="use only the --rules given, without the default pack",
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Find the figures and dates in several reports of one event and flag where the sources disagree.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND", parser_class=_Parser)
    _check_command(commands)
    _extract_command(commands)
    _batch_command(commands)
    _rules_command(commands)
    _ledger_command(commands)
    return parser


def _check_command(commands: argparse._SubParsersAction) -> None:
    """`factcheck check`: documents compared, or drafts checked against their sources."""
    check_cmd = commands.add_parser(
        "check",
        help="compare the figures of several documents, or of a draft against its sources",
        usage="factcheck check [options] PATH... [--against SOURCE...]",
        description="Compare the figures and dates of several documents; with --against, check each PATH as a "
        "draft against the sources and report only the draft's figures: contradicted, disputed, outdated, "
        "accepted, unsupported or backed. Exit codes: 0 no finding at the --fail-on level, 1 at least one, "
        "2 usage or input error, 3 rule-file error.",
        example=_CHECK_EXAMPLE,
    )
    _inputs(check_cmd, "*")  # none is a usage error that names the fix (_usage_problem)
    sources = check_cmd.add_mutually_exclusive_group()
    sources.add_argument(
        "--against",
        nargs="+",
        metavar="SOURCE",
        help="check each PATH as a draft against these sources (files or folders; a draft among them is skipped). "
        "Drafts are not compared with one another. A draft figure no source states is 'unsupported' and does not "
        "fail the run; a draft with no date of its own is read as published today. In a draft, "
        "<!-- factcheck: accept KEY \"reason\" --> accepts its disagreements about KEY. Put PATH before --against: "
        f"{_DRAFT_USAGE}",
    )
    _ledger_check_options(check_cmd, sources)
    _rule_options(check_cmd)
    check_cmd.add_argument(
        "--format",
        choices=["table", "json", "markdown", "html", "csv", "sarif", "github"],
        default="table",
        help="table (default), json, markdown, html, csv, sarif (SARIF 2.1.0 for code scanning) or github "
        "(GitHub Actions annotations)",
    )
    check_cmd.add_argument(
        "--output", metavar="FILE", help=f"write here (default: standard output; html: {_DEFAULT_HTML})"
    )
    check_cmd.add_argument(
        "--accepted",
        metavar="FILE",
        help="known disagreements an editor accepted, with notes (YAML; see rules/README.md)",
    )
    check_cmd.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default="error",
        help="lowest severity that makes the exit code 1 (default: error)",
    )
    check_cmd.add_argument(
        "--show-info",
        action="store_true",
        help="also list notes (severity info) in the table, sarif and github formats",
    )
    check_cmd.set_defaults(run=_check, command=check_cmd)


def _ledger_check_options(parser: argparse.ArgumentParser, sources: argparse._MutuallyExclusiveGroup) -> None:
    """`factcheck check --against-ledger [--ledger LEDGER] [--window DAYS]`."""
    sources.add_argument(
        "--against-ledger",
        action="store_true",
        help="check each PATH as a draft against the stories of the ledger about its event (see `factcheck ledger`), "
        "found by their words and published within --window days before the draft; the stories used are listed on "
        "standard error",
    )
    _ledger_option(parser)
    parser.add_argument(
        "--window",
        type=_days,
        metavar="DAYS",
        help=f"with --against-ledger: how many days before the draft's date a story may be published (default: "
        f"{DEFAULT_WINDOW_DAYS})",
    )


def _extract_command(commands: argparse._SubParsersAction) -> None:
    """`factcheck extract`: the facts table of documents."""
    extract_cmd = commands.add_parser("extract", help="write the facts table of documents")
    _inputs(extract_cmd)
    extract_cmd.add_argument("--format", choices=["table", "json", "csv", "parquet"], default="table")
    extract_cmd.add_argument(
        "--output", metavar="FILE", help=f"write here (default: standard output; parquet: {_DEFAULT_PARQUET})"
    )
    extract_cmd.set_defaults(run=_extract, command=extract_cmd)


def _batch_command(commands: argparse._SubParsersAction) -> None:
    """`factcheck batch`: every cluster of an archive, into Parquet tables."""
    batch_cmd = commands.add_parser(
        "batch",
        help="check every cluster of an archive, in parallel, into Parquet tables",
        description="Check every cluster of CORPUS as `check` checks one folder, spread over local worker processes "
        "or a Dask cluster, and write documents.parquet, facts.parquet, findings.parquet, errors.parquet, "
        "summary.json and summary.md to --output. A document, line or cluster that cannot be checked is "
        "reported there and the others are checked. Exit codes: 0 done, 1 a finding at the --fail-on level, "
        "2 an input error (the outputs are still written), 3 rule-file error.",
    )
    batch_cmd.add_argument(
        "corpus",
        metavar="CORPUS",
        help="a folder of cluster folders (each read as `check` reads a folder), or a JSON Lines file (.jsonl) with "
        "one document per line: id, cluster, text, and optionally source, published (YYYY-MM-DD) and title",
    )
    batch_cmd.add_argument("--output", required=True, metavar="DIR", help="folder for the tables and the summary")
    _rule_options(batch_cmd)
    batch_cmd.add_argument("--accepted", metavar="FILE", help="known disagreements an editor accepted (YAML)")
    where = batch_cmd.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=_count,
        metavar="N",
        help=f"local worker processes (default: one per core, here {os.cpu_count()}); 0 runs in this process",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on an existing Dask cluster (tcp://host:8786); its workers need factcheck installed, and a "
        "folder corpus must be at the same path on every worker",
    )
    cache = batch_cmd.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache",
        metavar="DIR",
        help="fact cache folder (default: $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck, on each worker)",
    )
    cache.add_argument("--no-cache", action="store_true", help="extract every document, store nothing")
    batch_cmd.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default="never",
        help="lowest severity that makes the exit code 1 (default: never: an archive always holds disagreements, "
        "and the tables are the result)",
    )
    batch_cmd.add_argument(
        "--ledger", nargs="?", const="", metavar="LEDGER",
        help="also store every document with its facts in this ledger, as CLUSTER/ID (an SQLite file or a "
        f"postgresql:// URL; --ledger alone: {default_ledger_path()}), to check drafts against (--against-ledger)",
    )
    batch_cmd.set_defaults(run=_batch, command=batch_cmd)


def _rules_command(commands: argparse._SubParsersAction) -> None:
    """`factcheck rules`: validate and list rules; `factcheck rules test`: run a pack's cases."""
    rules_cmd = commands.add_parser("rules", help="validate rule files and list their rules, or run a pack's cases")
    _rule_options(rules_cmd)
    rules_cmd.set_defaults(run=_rules, command=rules_cmd)
    rules_actions = rules_cmd.add_subparsers(metavar="ACTION")
    test_cmd = rules_actions.add_parser("test", help="run the test cases in DIR/tests/*.yaml against the pack in DIR")
    test_cmd.add_argument("pack", metavar="DIR", help="a rule folder with a tests/ folder of case files")
    test_cmd.set_defaults(run=_rules_test, command=test_cmd)


def _ledger_command(commands: argparse._SubParsersAction) -> None:
    """`factcheck ledger add|stats|remove`: the stories a newsroom published, kept to check drafts against."""
    ledger_cmd = commands.add_parser(
        "ledger",
        help="keep what the newsroom published, with its figures, to check drafts against (--against-ledger)",
        description="A ledger of published stories and their facts, in an SQLite file (default: "
        f"{default_ledger_path()}) or a PostgreSQL database (--ledger postgresql://...). Exit codes: 0 done, 2 input "
        "error (an unreadable document, a file or database that is not a ledger, a server that cannot be reached).",
    )
    actions = ledger_cmd.add_subparsers(required=True, metavar="ACTION", parser_class=_Parser)
    add_cmd = actions.add_parser("add", help="store documents with their facts (a document already stored with the "
                                 "same content is skipped; the same id with new text replaces it)")
    _inputs(add_cmd)
    _ledger_option(add_cmd)
    add_cmd.set_defaults(run=_ledger_add, command=add_cmd)
    stats_cmd = actions.add_parser("stats", help="how many documents and facts, the dates they span, the file size")
    _ledger_option(stats_cmd)
    stats_cmd.set_defaults(run=_ledger_stats, command=stats_cmd)
    remove_cmd = actions.add_parser("remove", help="remove documents by id (the file stem they were added from)")
    remove_cmd.add_argument("ids", nargs="+", metavar="ID")
    _ledger_option(remove_cmd)
    remove_cmd.set_defaults(run=_ledger_remove, command=remove_cmd)


def _ledger_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ledger", metavar="LEDGER", help="the ledger: an SQLite file, or a PostgreSQL database's URL "
                        f"postgresql://USER:PASSWORD@HOST/DATABASE (default: {default_ledger_path()})")


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days (0 or more)")
    return int(text)


def _inputs(parser: argparse.ArgumentParser, nargs: str = "+") -> None:
    parser.add_argument("paths", nargs=nargs, metavar="PATH", help=".txt/.md files, or folders of them")
    parser.add_argument(
        "--published",
        action="append",
        default=[],
        metavar="ID=YYYY-MM-DD",
        help="publication date of a document (its file stem); overrides all metadata",
    )


def _published(values: Sequence[str]) -> dict:
    dates = {}
    for value in values:
        doc_id, sep, day = value.partition("=")
        if not sep or not doc_id:
            raise InputError("--published", f"'{value}' is not ID=YYYY-MM-DD")
        dates[doc_id] = parse_date(day, "--published")
    return dates


def _usable(reading: Reading) -> bool:
    """Print one line per unreadable document and per warning; False when nothing is left to check."""
    for warning in reading.warnings:
        print(f"factcheck: warning: {one_line(warning)}", file=sys.stderr)
    for error in reading.errors:
        print(f"factcheck: error: {one_line(str(error))}", file=sys.stderr)
    if not reading.documents and not reading.errors:
        print("factcheck: error: no readable documents", file=sys.stderr)
    return bool(reading.documents)


def _check(args: argparse.Namespace) -> int:
    from factcheck.pipeline import check, check_draft

    rules = _rule_paths(args)
    if args.against_ledger:
        result = _check_ledger(args, rules)
    elif args.against:
        result = check_draft(args.paths, args.against, rules, _published(args.published), args.accepted)
    else:
        result = check(args.paths, rules, _published(args.published), args.accepted)
    if not _usable(result.reading):
        return ExitCode.INPUT_ERROR
    for mark in result.review.unused if result.review else ():
        print(one_line(f"factcheck: warning: {mark.path}: line {mark.line}: 'accept {mark.key}' matches no "
                       "disagreement with the sources"), file=sys.stderr)
    _emit(args, result)
    if result.reading.errors:
        return ExitCode.INPUT_ERROR
    if not args.against and not args.against_ledger and len(result.documents) == 1:
        print(one_line(f"factcheck: hint: {result.documents[0].path} is the only document: there is no other to "
                       f"compare it with; to check a draft against its sources, run {_DRAFT_USAGE}"), file=sys.stderr)
    if result.review is not None:
        from factcheck.draft import fails

        return ExitCode.FINDINGS if fails(result.review, args.fail_on) else ExitCode.OK
    failing = {"error": ("error",), "warning": ("error", "warning"), "never": ()}[args.fail_on]
    open_findings = [f for f in result.findings if f.accepted is None]
    return ExitCode.FINDINGS if any(f.severity in failing for f in open_findings) else ExitCode.OK


def _check_ledger(args: argparse.Namespace, rules: list[str] | None) -> Result:
    """A draft checked against the ledger's stories about its event, which are listed on standard error."""
    from factcheck.ledger import open_ledger
    from factcheck.pipeline import check_draft_ledger
    from factcheck.report.ledger import stories_lines

    window = DEFAULT_WINDOW_DAYS if args.window is None else args.window
    with contextlib.closing(open_ledger(args.ledger)) as ledger:
        result = check_draft_ledger(args.paths, ledger, window, rules, _published(args.published), args.accepted)
    drafts = {d.id for d in result.documents if d.id in {Path(p).stem for p in args.paths}}
    for line in stories_lines(result.documents, drafts, ledger.location, window, result.set_aside):
        print(f"factcheck: {line}", file=sys.stderr)
    return result


def _emit(args: argparse.Namespace, result: Result) -> None:
    if args.format == "table" and not args.output:
        _print_table(result, sys.stdout, args.show_info)
        return
    if args.format == "json":
        from factcheck.facts import frame_facts
        from factcheck.report.json_report import render

        text = render(result.documents, frame_facts(result.facts), result.findings, result.review)
    elif args.format == "markdown":
        from factcheck.report.markdown import render as render_markdown

        text = render_markdown(result)
    elif args.format == "html":
        from factcheck.report.html import render as render_html

        text = render_html(result)
    elif args.format == "csv" and result.review:
        from factcheck.report.tables import figures_csv

        text = figures_csv(result)
    elif args.format == "csv":
        from factcheck.report.tables import findings_csv

        text = findings_csv(result.findings)
    elif args.format == "sarif":
        from factcheck.report.sarif import render as render_sarif

        text = render_sarif(result, args.show_info)
    elif args.format == "github":
        from factcheck.report.github import render as render_github

        text = render_github(result, args.show_info)
    else:
        import io

        buffer = io.StringIO()
        _print_table(result, buffer, args.show_info)
        text = buffer.getvalue()
    _deliver(args, text)
    if args.output or _default_file(args):
        print(_summary_line(result), file=sys.stderr)


def _print_table(result: Result, stream: TextIO, show_info: bool) -> None:
    from factcheck.report.terminal import print_findings, print_review

    (print_review if result.review else print_findings)(result, stream, show_info)


def _default_file(args: argparse.Namespace) -> Path | None:
    """Where a format that is no text for a terminal goes without --output: an html report is named after what was
    checked (the file stem or folder name of the one PATH), so that checking another story keeps this one."""
    if args.format == "parquet":
        return _DEFAULT_PARQUET
    if args.format != "html":
        return None
    if len(args.paths) != 1:
        return REPORTS / f"{_REPORT_NAME}.html"
    path = Path(os.path.abspath(args.paths[0]))  # "." and "examples/" name their folder
    return REPORTS / f"{(path.name if path.is_dir() else path.stem) or _REPORT_NAME}.html"


def _deliver(args: argparse.Namespace, data: str | bytes) -> None:
    target = args.output or _default_file(args)
    if target is None:
        write_stdout(data)
        return
    write_atomic(target, data)
    print(f"factcheck: wrote {target}", file=sys.stderr)


def _summary_line(result: Result) -> str:
    from factcheck.report.review import draft_views, review_headline
    from factcheck.report.summary import headline, summarize

    drafts = [f"factcheck: {v.document.path}: {review_headline(v)}" for v in draft_views(result)]
    return "\n".join(drafts) or f"factcheck: {headline(summarize(result))}"


def _extract(args: argparse.Namespace) -> int:
    reading = read_documents(args.paths, _published(args.published))
    if not _usable(reading):
        return ExitCode.INPUT_ERROR
    from factcheck.extract import extract_facts

    facts = extract_facts(reading.documents)
    if args.format == "table" and not args.output:
        from factcheck.report.terminal import print_facts

        print_facts(facts, sys.stdout)
    elif args.format == "json":
        from factcheck.report.json_report import render

        _deliver(args, render(reading.documents, facts, None))
    elif args.format in ("csv", "table"):
        from factcheck.report.tables import facts_csv

        _deliver(args, facts_csv(facts))
    else:
        from factcheck.facts import facts_frame
        from factcheck.report.tables import facts_parquet

        _deliver(args, facts_parquet(facts_frame(facts)))
    return ExitCode.INPUT_ERROR if reading.errors else ExitCode.OK


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of workers (0 or more)")
    return int(text)


def quiet_event_loop() -> None:
    """Dask's event loop logs a failed callback with its traceback through tornado's logger; on Ctrl-C its own cancel
    callback can fail so ("cannot access free variable 'future'") after this process said "interrupted". factcheck
    reports its own errors, and this process owns its logging. A filter, not only a level: importing distributed
    (when the batch starts its workers, after this) sets that logger's level and handlers again, and keeps filters."""
    logger = logging.getLogger("tornado.application")
    logger.setLevel(logging.CRITICAL + 1)
    if _no_record not in logger.filters:
        logger.addFilter(_no_record)


def _no_record(record: logging.LogRecord) -> bool:
    return False


def _batch(args: argparse.Namespace) -> int:
    from factcheck.accepted import load_accepted
    from factcheck.batch import Job, open_corpus, run_batch, runner
    from factcheck.batch.cache import default_cache_dir
    from factcheck.batch.to_ledger import LedgerFill
    from factcheck.ledger import open_ledger
    from factcheck.report.batch_summary import headline, ledger_line, problem_line, render_json, render_markdown
    from factcheck.report.progress import BatchProgress

    quiet_event_loop()
    rules = _rule_paths(args)
    job = Job(load_rules(rules), load_accepted(args.accepted) if args.accepted else (), not args.no_cache,
              args.cache, load_lexicon(rules))
    corpus = open_corpus(args.corpus)
    with contextlib.ExitStack() as stack:
        ledger = None if args.ledger is None else LedgerFill(
            stack.enter_context(contextlib.closing(open_ledger(args.ledger or None, create=True))), job)
        where = stack.enter_context(runner(args.workers, args.scheduler))
        progress = stack.enter_context(BatchProgress(corpus.clusters))
        cache = args.cache or (f"each worker's default ({default_cache_dir()} here)" if args.scheduler
                               else str(default_cache_dir()))
        summary = run_batch(corpus, args.output, job, where, progress.advance, cache, ledger)
    output = Path(args.output)
    write_atomic(output / "summary.json", render_json(summary))
    write_atomic(output / "summary.md", render_markdown(summary))
    for problem in summary.problems[:_PROBLEMS_PRINTED]:
        print(f"factcheck: {problem.level}: {problem_line(problem)}", file=sys.stderr)
    hidden = summary.errors + summary.warnings - min(len(summary.problems), _PROBLEMS_PRINTED)
    if hidden > 0:
        print(f"factcheck: ... and {hidden:,} more problems in {output / 'errors.parquet'}", file=sys.stderr)
    print(f"factcheck: {headline(summary)}", file=sys.stderr)
    if ledger_line(summary):
        print(f"factcheck: {ledger_line(summary)}", file=sys.stderr)
    print(f"factcheck: wrote {output}/ (summary.md)", file=sys.stderr)
    if summary.errors:
        return ExitCode.INPUT_ERROR
    failing = {"error": 1, "warning": 2, "never": 0}[args.fail_on]
    return ExitCode.FINDINGS if sum(summary.severities[:failing]) else ExitCode.OK


def _rules(args: argparse.Namespace) -> int:
    for rule in load_rules(_rule_paths(args)):
        print(f"{rule.id:24} {rule.kind:12} {rule.severity:8} {rule.description}  ({rule.path})")
    return ExitCode.OK


def _rules_test(args: argparse.Namespace) -> int:
    from factcheck.rule_cases import run_pack_cases

    results = run_pack_cases(args.pack)
    for result in results:
        mark = "pass" if result.passed else "FAIL"
        print(f"{mark}  {result.rule:20} {result.name}  ({result.detail}; {Path(result.file).name})")
    failed = sum(not r.passed for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return ExitCode.FINDINGS if failed else ExitCode.OK


def _ledger_add(args: argparse.Namespace) -> int:
    from factcheck.ledger import open_ledger
    from factcheck.report.ledger import added_lines

    reading = read_documents(args.paths, _published(args.published))
    if not _usable(reading):
        return ExitCode.INPUT_ERROR
    with contextlib.closing(open_ledger(args.ledger, create=True)) as ledger:
        added = ledger.add(reading.documents)
        stats = ledger.stats()
    for line in added_lines(added, stats):
        print(f"factcheck: {line}", file=sys.stderr)
    return ExitCode.INPUT_ERROR if reading.errors else ExitCode.OK


def _ledger_stats(args: argparse.Namespace) -> int:
    from factcheck.ledger import open_ledger
    from factcheck.report.ledger import stats_lines

    with contextlib.closing(open_ledger(args.ledger)) as ledger:
        stats = ledger.stats()
    print("\n".join(stats_lines(stats)))
    return ExitCode.OK


def _ledger_remove(args: argparse.Namespace) -> int:
    from factcheck.ledger import open_ledger
    from factcheck.report.ledger import removed_lines

    with contextlib.closing(open_ledger(args.ledger)) as ledger:
        removed = ledger.remove(args.ids)
        stats = ledger.stats()
    for line in removed_lines(args.ids, removed, stats):
        print(f"factcheck: {line}", file=sys.stderr)
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())

"""MkDocs hook: pages and figures generated from the code at build time.

- `formats.md`: the `<!-- formats-table -->` marker becomes the table of formats, in the order the
  registry tries them, with the sample messages in `tests/corpus/` that cover each one;
- `img/corpus-categories.svg`: the categories of the sample bounces, as `bouncekit scan --summary`
  counts them, drawn as a bar chart (used by the mailbox tutorial);
- `changelog.md`: the repository's CHANGELOG.md.
"""
from __future__ import annotations

import collections
import html
import importlib
import pkgutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def _format_order() -> list[str]:
    for mod_name in ("bouncekit.formats.registry", "bouncekit.parsers"):
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        order = getattr(mod, "ORDER", None)
        if order:
            return [getattr(x, "name", x) for x in order]
    return []


def _summaries() -> dict[str, str]:
    """First docstring line of every format module, by module name."""
    out: dict[str, str] = {}
    for pkg_name in ("bouncekit.formats", "bouncekit.parsers"):
        try:
            pkg = importlib.import_module(pkg_name)
        except ImportError:
            continue
        for info in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
            leaf = info.name.rsplit(".", 1)[-1]
            if leaf.startswith("_") or info.ispkg:
                continue
            try:
                mod = importlib.import_module(info.name)
            except Exception:  # a module that cannot import has no summary; the build goes on
                continue
            doc = (mod.__doc__ or "").strip().splitlines()
            name = getattr(mod, "NAME", leaf)
            if doc and name not in out:
                out[str(name)] = doc[0].rstrip(".")
    return out


def formats_table() -> str:
    summaries = _summaries()
    rows = ["| # | format | what it reads | samples in `tests/corpus/` |", "|---|---|---|---|"]
    for i, name in enumerate(_format_order(), 1):
        samples = sorted(p.name for p in (CORPUS / name).glob("*.eml")) if (CORPUS / name).is_dir() else []
        shown = ", ".join(f"`{s}`" for s in samples[:4]) + (f" and {len(samples) - 4} more" if len(samples) > 4 else "")
        rows.append(f"| {i} | `{name}` | {summaries.get(name, '')} | {shown or '—'} |")
    return "\n".join(rows)


def category_chart() -> str:
    import bouncekit

    counts: collections.Counter[str] = collections.Counter()
    for report in bouncekit.scan(sorted(str(p) for p in CORPUS.rglob("*.eml"))):
        for rec in report.records:
            if rec.category is not None:
                counts[str(getattr(rec.category, "value", rec.category))] += 1
    items = counts.most_common()
    bar_h, gap, label_w, width = 22, 6, 170, 640
    top = max((n for _, n in items), default=1)
    height = len(items) * (bar_h + gap) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="13" role="img" aria-label="records per category">'
    ]
    for i, (name, n) in enumerate(items):
        y = 5 + i * (bar_h + gap)
        w = max(1, int((width - label_w - 60) * n / top))
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{html.escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="#3f6ec6"/>')
        parts.append(f'<text x="{label_w + w + 6}" y="{y + 16}">{n}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def cli_help() -> str:
    """`bouncekit SUBCOMMAND --help` of every subcommand, as the command prints it."""
    from bouncekit.cli.main import build_parser

    parser, commands = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    out = ["```text", parser.format_help().rstrip(), "```"]
    for name in commands:
        out += ["", f"## `bouncekit {name}`", "", "```text", sub.choices[name].format_help().rstrip(), "```"]
    return "\n".join(out)


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, "img/corpus-categories.svg", content=category_chart()))
    changelog = ROOT / "CHANGELOG.md"
    if changelog.exists() and files.get_file_from_path("changelog.md") is None:
        files.append(File.generated(config, "changelog.md", content=changelog.read_text(encoding="utf-8")))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "<!-- formats-table -->" in markdown:
        markdown = markdown.replace("<!-- formats-table -->", formats_table())
    if "<!-- cli-help -->" in markdown:
        markdown = markdown.replace("<!-- cli-help -->", cli_help())
    return markdown

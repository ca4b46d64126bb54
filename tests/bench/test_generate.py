"""The benchmark input generator: byte-for-byte deterministic, and in the formats the library reads.

The format checks are also run on the real seed pages, wire items and DPG records, so they test the
generator against the real thing rather than against itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.generate import SECTIONS, generate_corpus, mutate_corpus

SHARED = Path(__file__).resolve().parents[3] / "shared"
AGENCY = r"(?:ANP|AFN|AFP|RTR|DPA|AP|BLOOMBERG|BELGA)"
CITY = r"[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+)*"
DATELINE = re.compile(rf"{CITY}(?:/{CITY})* \({AGENCY}(?:/{AGENCY})*\) - \S")
AGE = re.compile(r"\d+ (?:minuut|minuten|uur|dag|dagen) geleden")
FRONT_MATTER = re.compile(
    r"\Adate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\nsource: ANP\nurl: https://\S+\n\n"
)
TRAILER = "(ANP Redactie AFN/Economie, email economie(at)anp.nl, +31 20 560 6070)"
RECORD_KEYS = ["id", "title", "text", "published_at"]


def body_lines(text: str) -> list[str]:
    return FRONT_MATTER.sub("", text).split("\n")


def check_page(text: str) -> None:
    """Headline; dateline lead and 1-6 more paragraphs; "Meer uit"; 3-8 briefs with glued ages."""
    assert not text.endswith("\n")
    lines = body_lines(text)
    assert lines[0] and not DATELINE.match(lines[0])
    assert DATELINE.match(lines[1])
    cut = next(i for i, line in enumerate(lines) if line.startswith("Meer uit "))
    assert 2 <= cut - 1 <= 7
    assert all(lines[2:cut])
    block = lines[cut + 1:]
    assert 3 <= len(block) - 1 <= 8
    assert DATELINE.match(block[0])
    for line in block[1:-1]:
        age = AGE.match(line)
        assert age, line
        assert DATELINE.match(line[age.end():]), line
    assert AGE.fullmatch(block[-1])


def check_wire(text: str) -> None:
    """Headline, optional correction notice, dateline lead, paragraphs, optional AFN trailer."""
    assert text.endswith("\n") and not text.endswith("\n\n")
    lines = body_lines(text)[:-1]
    lead = 1
    if lines[1].startswith("N i e u w bericht, vervangt: "):
        assert lines[0].endswith(" (2)")
        lead = 2
    assert lines[0] and DATELINE.match(lines[lead]), lines[:3]
    assert all(lines) and not any(line.startswith("Meer uit ") for line in lines)
    assert all(line == TRAILER for line in lines if line.startswith("(ANP Redactie"))


def check_records(text: str) -> int:
    """Every line a JSON object with exactly id, title, text, published_at; returns the count."""
    lines = text.splitlines()
    for line in lines:
        record = json.loads(line)
        assert list(record) == RECORD_KEYS
        assert isinstance(record["id"], int) and isinstance(record["text"], str) and record["title"]
        assert "\n" not in record["text"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", record["published_at"])
    return len(lines)


def check_file(path: Path) -> str:
    """The format of one generated file, checked; returns "page", "wire" or "jsonl"."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        check_records(text)
        return "jsonl"
    if "\nMeer uit " in text:
        check_page(text)
        return "page"
    check_wire(text)
    return "wire"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate_corpus(out, 200, seed=7, vocab="builtin")


def test_same_seed_gives_the_same_bytes_whatever_the_workers(corpus, tmp_path: Path) -> None:
    first, _ = corpus
    again = tmp_path / "again"
    generate_corpus(again, 200, seed=7, vocab="builtin", workers=2)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    assert all((first / n).read_bytes() == (again / n).read_bytes() for n in names)


def test_another_seed_gives_other_text(corpus, tmp_path: Path) -> None:
    first, _ = corpus
    generate_corpus(tmp_path, 200, seed=8, vocab="builtin")
    assert (first / "articles_0000.jsonl").read_bytes() != (tmp_path / "articles_0000.jsonl").read_bytes()


def test_summary_counts_what_was_written(corpus) -> None:
    out, summary = corpus
    kinds = summary["stories_per_kind"]
    assert summary["stories"] == sum(kinds.values()) == 200
    assert kinds["record"] == 80 and kinds["wire"] == 40 and kinds["main"] + kinds["brief"] == 80
    formats = [check_file(p) for p in sorted(out.iterdir())]
    assert {f: formats.count(f) for f in ("page", "wire", "jsonl")} == summary["files"]
    assert summary["files"]["page"] == kinds["main"]
    assert summary["model"]["source"] == "builtin"
    assert summary["words"] > 200 * 100


def test_every_file_has_its_format(corpus) -> None:
    out, _ = corpus
    texts = [p.read_text(encoding="utf-8") for p in out.glob("*.txt")]
    assert any(FRONT_MATTER.match(t) for t in texts) and not all(FRONT_MATTER.match(t) for t in texts)
    lines = [line for t in texts for line in t.split("\n")]
    sections = {line.removeprefix("Meer uit ") for line in lines if line.startswith("Meer uit ")}
    assert sections <= set(SECTIONS)
    assert sum(check_records(p.read_text(encoding="utf-8")) for p in out.glob("*.jsonl")) == 80
    records = [json.loads(line) for p in out.glob("*.jsonl") for line in p.read_text().splitlines()]
    assert all(len(r["text"].split()) >= 100 for r in records)


def test_the_checks_accept_the_real_files() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    wire = sorted((SHARED / "corpora" / "anp-wire").glob("*.txt"))
    dpg = SHARED / "corpora" / "dpgmedia2019" / "articles.jsonl"
    if not (seeds and wire and dpg.exists()):
        pytest.skip("shared/ is not available on this machine")
    for path in seeds:
        check_page(path.read_text(encoding="utf-8"))
    for path in wire:
        check_wire(path.read_text(encoding="utf-8"))
    check_records("\n".join(dpg.read_text(encoding="utf-8").splitlines()[:50]))


def test_mutate_adds_new_small_files(tmp_path: Path) -> None:
    paths = mutate_corpus(tmp_path, 10, seed=3, vocab="builtin")
    assert len(paths) == len(set(paths)) == 10
    assert sorted(check_file(p) for p in paths) == ["page"] * 5 + ["wire"] * 5
    assert sorted(p.read_bytes() for p in paths) == sorted(
        p.read_bytes() for p in mutate_corpus(tmp_path / "again", 10, seed=3, vocab="builtin"))
    with pytest.raises(FileExistsError):
        mutate_corpus(tmp_path, 10, seed=3, vocab="builtin")


@pytest.mark.slow
def test_the_real_corpus_model_is_used_when_present(tmp_path: Path) -> None:
    if not (SHARED / "corpora" / "dpgmedia2019" / "articles.jsonl").exists():
        pytest.skip("shared/ is not available on this machine")
    summary = generate_corpus(tmp_path, 60, seed=1, vocab="corpus")
    assert summary["model"]["source"] == "dpgmedia2019"
    assert all(check_file(p) for p in tmp_path.iterdir())

"""Lining up the figures different reports give about one topic.

"Noord-Koreaanse soldaten in Rusland" asks about troops (the word "soldaten" names the kind), so only
troop counts from stories about North Korea and Russia are lined up: 1.500 sent (Seoul), 3.000 (the US
a week earlier), 10.000 (Pentagon), with 12.000 planned shown apart from the sequence of counts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache

from index.analysis import fold, terms
from index.figures import KIND_LABELS, UNIT_KINDS, figures_in_sentence, unit_words
from index.loose_match import soft_match
from index.models import NOT_YET, Change, Figure, FigureGroup, Story, same_measure, step_text
from index.times import NEWS_TZ

#: Share of the topic's other words a figure's sentence and headline must contain for it to count, each word
#: weighed by how much it says in the index (its idf) when the weights are known: for "ziekteverzuim politie"
#: a sentence naming the police alone is not about the topic, one naming the sick leave alone is.
MIN_TOPIC_COVERAGE = 0.5


#: A compound ending in a unit word of at least this many letters names that kind ("verkeersdoden").
MIN_KIND_ENDING = 5


def _kind_of_word(folded: str) -> str | None:
    if folded in UNIT_KINDS:
        return UNIT_KINDS[folded]
    return next((kind for word, kind in UNIT_KINDS.items()
                 if len(word) >= MIN_KIND_ENDING and folded.endswith(word)), None)


def topic_kinds(topic: str) -> set[str]:
    """The kinds of quantity a topic names: 'soldaten' -> troops, 'procent' -> percentage, 'dodental' and
    'verkeersdoden' -> deaths; read as figures' units are, so quotes or a hashtag around a word do not hide it."""
    return {kind for word in unit_words(topic) if (kind := _kind_of_word(fold(word)))}


#: A word of the topic, as the index terms any of which holds it.
Wanted = list[tuple[str, ...]]


def topic_words(topic: str, searched: Wanted | None = None) -> Wanted:
    """The topic's words other than those naming the kind of quantity, each as its index terms. Read as search
    reads the topic: punctuation it ignores ('“brexit”', 'brexit…', '#brexit') must not make a word no story
    holds; and given search's reading (`searched`, its terms for each word), a misspelled word's corrections
    stand in its place, so "ziekteverzium politie" does not come down to the police alone, and an English
    word's translations in its ('rente' or 'belang' for "interest")."""
    naming = set(terms(" ".join(word for word in unit_words(topic) if _kind_of_word(fold(word)))))
    words = searched if searched is not None else [(term,) for term in dict.fromkeys(terms(topic))]
    return [kept for word in words if (kept := tuple(term for term in word if term not in naming))]


def _sort_key(figure: Figure) -> tuple[bool, datetime, datetime, str]:
    floor = datetime.min.replace(tzinfo=NEWS_TZ)
    return (figure.date_guessed, figure.when or figure.published or floor, figure.published or floor,
            figure.story_id)


def group_figures(figures: list[Figure]) -> list[FigureGroup]:
    """Figures per kind, each group in time order; biggest group first. Figures of a story whose date is its
    file's time (`Figure.date_guessed`) come after the dated ones: a report copied later would otherwise
    stand last in the course as the newest."""
    groups: dict[str, list[Figure]] = {}
    for figure in figures:
        groups.setdefault(figure.kind or "?", []).append(figure)
    result = [FigureGroup(kind=kind, label=KIND_LABELS.get(kind, kind), figures=sorted(items, key=_sort_key))
              for kind, items in groups.items()]
    result.sort(key=lambda group: (-len(group.figures), group.kind))
    return result


def rank_groups(topic: str, groups: list[FigureGroup], weights: dict[str, float] | None = None,
                searched: Wanted | None = None) -> list[FigureGroup]:
    """The groups about the topic, most relevant first: by how much of the topic's words (of their weight in
    the index, `weights`; as search read them, `searched`) the figures' own sentences hold (a group that only
    the headline ties to the topic is left out, unless it counts what the topic names: "Zeker negentien mensen
    kwamen om het leven" under "Zware overstromingen eisen levens. Iran" is the death toll "dodental
    overstromingen iran" asks for), then by size."""
    wanted = topic_words(topic, searched)
    if not wanted:
        return groups
    asked = topic_kinds(topic)

    def relevance(group: FigureGroup) -> float:
        return max(_coverage(wanted, set(terms(figure.sentence)), weights) for figure in group.figures)

    scored = [(relevance(group), group) for group in groups]
    return [group for score, group in sorted(scored, key=lambda item: (-item[0], -len(item[1].figures),
                                                                       item[1].kind))
            if score > 0 or group.kind in asked]


def changes_between(group: FigureGroup) -> list[Change]:
    """Steps between consecutive reported or estimated values (planned or demanded ones are no count), each between
    values of one measure (`same_measure`). A figure whose date is guessed from its file's time takes no step:
    when it was reported is not known, so neither is what came before or after it."""
    counted = [figure for figure in group.figures if figure.modality not in NOT_YET and not figure.date_guessed]
    steps = []
    for before, after in itertools.pairwise(counted):
        if (before.value == after.value and before.story_id == after.story_id) or not same_measure(before, after):
            continue
        ratio = after.value / before.value if before.value else None
        steps.append(Change(kind=group.kind, before=before.value, after=after.value, delta=after.value - before.value,
                            ratio=round(ratio, 3) if ratio else None, from_story=before.story_id,
                            to_story=after.story_id, text=step_text(before.value, after.value)))
    return steps


#: Kinds of figure that are no count to compare: an age, a match score.
NOT_COMPARED = frozenset({"age", "score"})


def _coverage(wanted: Wanted, held: set[str], weights: dict[str, float] | None = None) -> float:
    """How much of the topic's words (`wanted`) the terms `held` hold: of their weight, when `weights` gives each
    term's (a word the index does not have weighs nothing), a word held in another form counting for `SOFT_MATCH`
    of it ('verzuim' for 'ziekteverzuim', 'snorfietsen' for 'snorfietsers'). A word held by one of its terms
    counts for that term's weight, its weight being its weightiest term's: 'belasting' holds "tax" better than
    'recht' does."""
    weight = (lambda term: weights.get(term, 0.0)) if weights else (lambda term: 1.0)
    total = sum(max(weight(term) for term in word) for word in wanted)
    if not total:
        return 1.0
    return sum(max(weight(term) * max((soft_match(term, other) for other in held), default=0.0) for term in word)
               for word in wanted) / total


def _about(wanted: Wanted, headline_terms: set[str], sentence: str, weights: dict[str, float] | None = None) -> bool:
    """The sentence, with its story's headline, holds at least MIN_TOPIC_COVERAGE of the topic's words."""
    return _coverage(wanted, headline_terms | _sentence_terms(sentence), weights) >= MIN_TOPIC_COVERAGE


@lru_cache(maxsize=256)
def _sentence_terms(sentence: str) -> frozenset[str]:
    """A sentence's terms, read once for all its figures (`course` asks per figure)."""
    return frozenset(terms(sentence))


def course(figures: list[Figure], topic: str = "") -> list[Change]:
    """How the count the first figure gives went across the reports among `figures` that are about `topic`
    (the names a question asks about: a death toll of cyclone Idai is no step from a toll in Nigeria), in time
    order ("1.500 → 3.000 (+1.500)", "3.000 → 10.000 (+7.000)"): what a question comparing reports asks ("hoe
    liep het aantal … op"), as `/compare` gives it for a topic."""
    if not figures or figures[0].kind in NOT_COMPARED:
        return []
    wanted = topic_words(topic)
    chosen = [figure for figure in figures if same_measure(figures[0], figure)
              and _about(wanted, set(terms(figure.headline)), figure.sentence)]
    return changes_between(group_figures(chosen)[0]) if chosen else []


def _named(topic: str) -> set[float]:
    """The numbers the topic names something by: 737 of "Boeing 737 Max", a number before a word that counts no
    known kind of quantity. A story's 737 is then that name again ("737 Max", "737 MAX-toestellen", "de 737
    vlogen"), not a count about it (the largest group of that topic's figures was "737 Max"); "12.000 soldaten"
    in a topic stays a count."""
    return {figure.value for figure in figures_in_sentence(topic) if figure.kind not in KIND_LABELS}


def _as_written(term: str) -> str:
    """The pattern of an index term in text. The index writes a number one way (`analysis.terms`: '10.000' is
    '10000', '2,5' is '2.5'); the text writes it as it likes: '10000' stands for '10.000' and '10,000' too, '2.5'
    for '2,5', and neither for the beginning of a longer number. Any other term as it is."""
    number = re.fullmatch(r"(\d+)(?:\.(\d+))?", term)
    if number is None:
        return re.escape(term)
    whole, fraction = number.groups()
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[start:start + 3] for start in range(head, len(whole), 3)]
    return "[.,]?".join(groups) + (f"[.,]{fraction}" if fraction else "") + r"(?![.,]?\d)"


def name_pattern(names: Sequence[Iterable[str]]) -> re.Pattern[str] | None:
    """What finds one of the names (each as its index terms) in a story's folded text, as a word's beginning:
    'iran' in 'Iran', 'Irans', '10000' in '10.000'; None without names."""
    terms_of = sorted({term for name in names for term in name}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(_as_written, terms_of)) + ")") if terms_of else None


def names_one(naming: re.Pattern[str] | None, story: Story) -> bool:
    """The story (headline and text) names one of the names `naming` finds (`name_pattern`), or there are none: a
    story naming none of them is about something else, whatever else of the topic it holds."""
    return naming is None or bool(naming.search(fold(f"{story.headline}\n{story.text}")))


def relevant_figures(topic: str, stories: list[tuple[Story, list[Figure]]],
                     weights: dict[str, float] | None = None, searched: Wanted | None = None,
                     names: Sequence[tuple[str, ...]] = ()) -> list[Figure]:
    """Figures about the topic: of the kind it names, not a number it names something by (`_named`), in a
    sentence that (with its story's headline) holds at least MIN_TOPIC_COVERAGE of the topic's other words (of
    their weight in the index, `weights`; as search read them, `searched`). Judged per sentence, not per story:
    a long article that mentions Russia once does not make every soldier it counts about Russia. A story that
    names none of the topic's `names` is about something else, however much of the rest it holds: for
    "dodental overstromingen iran", a story on floods in Mozambique gave 350 dead, and the course ran 350 → 19."""
    kinds = topic_kinds(topic)
    wanted = topic_words(topic, searched)
    named = _named(topic)
    naming = name_pattern(names)
    selected: list[Figure] = []
    seen: set[tuple[str, str | None, float, str]] = set()
    for story, figures in stories:
        if not names_one(naming, story):
            continue
        headline_terms = set(terms(story.headline))
        about: dict[str, bool] = {}  # per sentence, which may hold many figures
        for figure in figures:
            if figure.kind in NOT_COMPARED:
                continue  # ages answer "hoe oud …?", scores "met hoeveel …?": no counts to compare
            if kinds and figure.kind not in kinds:
                continue
            if figure.value in named:
                continue
            if not kinds and figure.kind is None:
                continue
            if figure.sentence not in about:
                about[figure.sentence] = _about(wanted, headline_terms, figure.sentence, weights)
            if not about[figure.sentence]:
                continue
            key = (figure.story_id, figure.kind, figure.value, figure.sentence)
            if key in seen:
                continue
            seen.add(key)
            selected.append(figure)
    return selected

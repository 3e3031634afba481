"""Which press conference does an article report on? No Scrapy; SQL in db/events.py.

Every outlet's report of one press conference — the seed, its copies' article, the 中新网
wire, a newspaper's byline story, a portal rewrite — belongs to one *event*: a date, an
organiser (国新办, 证监会, 市场监管总局 … with their aliases, from
:data:`pipelines.relevance.REGULATORS`), a topic and the officials who spoke.

:func:`extract_facts` reads them from an article's text:

* the **conference sentence**: the first sentence naming a press event (新闻发布会,
  吹风会, 记者会 …: :data:`pipelines.relevance.PRESS_EVENTS`); an article without one is
  not a press-conference report and joins no event;
* the **date of the conference**, not of publication: ``1月10日…举行新闻发布会``,
  ``在10日举行的…`` (month and year from the publication date), ``今天`` / ``今日``; failing
  that the dateline's date (``中新网北京1月10日电``), failing that the publication date;
* the **organiser**: 国务院新闻办公室 when the conference sentence names it (its
  conferences are held with the ministry whose officials speak, and outlets name either);
  otherwise the regulator named nearest the press-event term;
* **speakers**: names after an official title (``副局长束为在…``, ``行长潘功胜表示``);
* the **topic**: ``介绍“…”有关情况`` or ``介绍…有关情况``.

:func:`choose_event` decides, from those facts, which existing event an article joins: an
event of the same date with the same organiser; or, on the same date, one sharing a speaker,
or one the article shares quoted answers with (``related_to``) — another day's conference or
another organiser's stays apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from pipelines.relevance import PRESS_EVENTS, REGULATORS
from pipelines.textnorm import fold_width, to_simplified

if TYPE_CHECKING:
    import sqlite_utils

SCIO = REGULATORS[[g[0] for g in REGULATORS].index("国务院新闻办公室")][0]

# Every alias of every regulator, longest first, so 国务院新闻办公室 wins over 国务院.
_ALIASES = {alias: group[0] for group in REGULATORS for alias in group}
_REGULATOR = re.compile("|".join(sorted(map(re.escape, _ALIASES), key=len, reverse=True)))
# Press-event terms; 答问 / 发言人 / 回应关切 say "answered", not "a conference was held".
_CONFERENCE_TERMS = [t for t in PRESS_EVENTS if t not in ("答问", "发言人", "回应关切")]
_CONFERENCE = re.compile("|".join(sorted(map(re.escape, _CONFERENCE_TERMS), key=len,
                                         reverse=True)))
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_SENTENCE_ENDS = "。！？!?\n"  # what _SENTENCE stops at
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
# A press-event term never spans two sentences, so a match in the whole text lies in
# exactly one of them (what _conference_sentences relies on).
assert not any(set(term) & set(_SENTENCE_ENDS) for term in _CONFERENCE_TERMS)
_FULL_DATE = re.compile(r"(?:(20\d\d)年)?(\d{1,2})月(\d{1,2})日")
_DAY_ONLY = re.compile(r"(?<![月\d])(\d{1,2})日(?![电讯])")
_TODAY = re.compile(r"今天|今日|当天|当日")
_DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日[电讯]")
_TITLES = (
    "副局长|局长|副行长|行长|副主席|主席|副主任|主任|副司长|司长|副部长|部长|副署长|署长"
    "|新闻发言人|发言人|秘书长|总经济师|总会计师|总工程师|总统计师|总监|副会长|会长"
)
_NOT_NAME_START = "在表介说指称回向就强透答和与出作对也同宣坦认等及会已还将均"
_SPEAKER = re.compile(
    rf"(?:{_TITLES})(?![{_NOT_NAME_START}])([\u4e00-\u9fff]{{2,3}}?)"
    r"(?=在|表示|介绍|说|指出|称|回答|回应|向|就|强调|透露|答|和|与|、|，|,|。|出席|作|对|也"
    r"|同时|宣布|坦言|认为|主持|通报|解读|提到|谈到|分析)"
)
_TOPIC = re.compile(r"介绍了?[“\"]([^”\"]{4,60})[”\"](?:有关|相关)?情况"
                    r"|介绍了?([^，。“”]{4,40}?)(?:有关|相关)情况")


@dataclass(frozen=True)
class EventFacts:
    """What an article says about the press conference it reports on."""

    date: str | None  # YYYY-MM-DD of the conference
    date_basis: str  # "text" | "dateline" | "published" | "none"
    organiser: str | None  # canonical name (first of its REGULATORS group)
    participants: tuple[str, ...] = ()  # every regulator the article names, canonical
    speakers: tuple[str, ...] = ()
    topic: str | None = None


def _normalise(text: str) -> str:
    return to_simplified(fold_width(text or ""))


def _published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def _resolve(month: int, day: int, year: int | None, published: date | None) -> date | None:
    """A month/day mentioned in a report: the year is the publication's, or the year before
    when the date would fall after publication (a January report of 12月30日)."""
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found > published + timedelta(days=1):
            found = found.replace(year=year - 1) if not (month == 2 and day == 29) else None
        return found
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_only(day: int, published: date | None) -> date | None:
    """``10日`` in a report: the most recent day numbered so, on or before publication."""
    if published is None or not 1 <= day <= 31:
        return None
    probe = published
    for _ in range(62):
        if probe.day == day:
            return probe
        probe -= timedelta(days=1)
    return None


def _conference_date(sentence: str, published: date | None,
                     dateline: date | None) -> date | None:
    # The date nearest before the press-event term, else the first one in the sentence.
    term = _CONFERENCE.search(sentence)
    cut = term.start() if term else len(sentence)
    found = [m for m in _FULL_DATE.finditer(sentence) if m.start() < cut] or list(
        _FULL_DATE.finditer(sentence))
    if found:
        m = found[-1]
        return _resolve(int(m.group(2)), int(m.group(3)),
                        int(m.group(1)) if m.group(1) else None, published)
    stripped = _DATELINE.sub("", sentence)
    days = [m for m in _DAY_ONLY.finditer(stripped)]
    if days:
        return _day_only(int(days[0].group(1)), published)
    if _TODAY.search(sentence):
        return dateline or published  # 当天 of a dated report is its dateline's day
    return None


def _organiser(sentence: str) -> str | None:
    found = [(m.start(), _ALIASES[m.group(0)]) for m in _REGULATOR.finditer(sentence)]
    if not found:
        return None
    names = {name for _, name in found}
    if SCIO in names:
        return SCIO
    term = _CONFERENCE.search(sentence)
    at = term.start() if term else 0
    before = [(at - pos, name) for pos, name in found if pos < at]
    if before:
        return min(before)[1]
    return min((pos - at, name) for pos, name in found)[1]


def speakers_in(text: str) -> tuple[str, ...]:
    """Officials named after their title, in order of first mention, without repeats."""
    return _speakers(_normalise(text))


def _speakers(normalised: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1) for m in _SPEAKER.finditer(normalised)))


def _conference_sentences(text: str) -> Iterator[str]:
    """The sentences (runs of :data:`_SENTENCE`) naming a press event, in order, found
    lazily: one search of the whole text per sentence given, where splitting the text and
    searching every sentence cost ~0.08 ms an article, and the first one or two decide."""
    at = 0
    while (term := _CONFERENCE.search(text, at)) is not None:
        start = max(at, max(text.rfind(end, at, term.start()) for end in _SENTENCE_ENDS) + 1)
        stop = _SENTENCE_END.search(text, term.end())
        at = stop.start() if stop is not None else len(text)
        yield text[start:at]


def extract_facts(title: str | None, body: str, published_at: str | None) -> EventFacts | None:
    """The press conference an article reports on, or None when it reports on none."""
    text = _normalise(f"{title or ''}\n{body or ''}")
    sentences = _conference_sentences(text)
    first = next(sentences, None)
    if first is None:
        return None
    published = _published(published_at)
    found = _DATELINE.search(text)
    dateline = (_resolve(int(found.group(1)), int(found.group(2)), None, published)
                if found else None)
    organiser, when, basis = None, None, "none"
    for sentence in itertools.chain((first,), sentences):
        organiser = organiser or _organiser(sentence)
        if when is None:
            when = _conference_date(sentence, published, dateline)
            basis = "text" if when else basis
        if organiser and when:
            break
    if when is None and dateline is not None:
        when, basis = dateline, "dateline"
    if when is None and published is not None:
        when, basis = published, "published"
    participants = tuple(dict.fromkeys(_ALIASES[m.group(0)] for m in _REGULATOR.finditer(text)))
    if organiser is None and participants:
        organiser = participants[0]
    if organiser is None:
        return None
    topic = None
    m = _TOPIC.search(text)
    if m:
        topic = (m.group(1) or m.group(2)).strip()
    return EventFacts(
        date=when.isoformat() if when else None,
        date_basis=basis,
        organiser=organiser,
        participants=participants,
        speakers=_speakers(text),  # text is normalised already
        topic=topic,
    )


@dataclass
class EventState:
    """An event as :func:`choose_event` sees it (stored, or being built by a rebuild)."""

    id: int
    date: str | None
    organiser: str | None
    title: str | None = None
    speakers: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)


def _co_hosted(facts: EventFacts, event: EventState) -> bool:
    """国新办 holds conferences with the ministry whose officials speak, and outlets name
    either as the organiser: one side says 国新办, the other names that ministry, and the
    国新办 side's report names it too."""
    if facts.organiser == event.organiser or SCIO not in (facts.organiser, event.organiser):
        return False
    if event.organiser == SCIO:
        return facts.organiser in event.participants
    return event.organiser in facts.participants


def choose_event(
    facts: EventFacts, events: Iterable[EventState], *, linked: EventState | None = None
) -> tuple[EventState | None, str]:
    """The event an article with ``facts`` joins, and why; ``(None, "")`` for a new one.

    ``events`` are the stored events of the article's date; ``linked`` is the event of the
    article it shares quoted answers with (its ``related_to``), if any.
    """
    same_day = [e for e in events if e.date == facts.date]
    speakers = set(facts.speakers)
    best = sorted(
        (e for e in same_day if e.organiser == facts.organiser),
        key=lambda e: (-len(speakers & set(e.speakers)), e.id),
    )
    if best:
        return best[0], "date+organiser"
    if linked is not None and (linked.date == facts.date
                               or facts.date_basis in ("published", "none")):
        return linked, "quotes"
    for event in sorted(same_day, key=lambda e: e.id):
        if speakers & set(event.speakers):
            return event, "speakers"
        if _co_hosted(facts, event):
            return event, "co-hosted"
    return None, ""


def merge_into(event: EventState, facts: EventFacts, article_title: str | None) -> None:
    """Add what an article tells about its event (speakers, participants, a title)."""
    for name in facts.speakers:
        if name not in event.speakers:
            event.speakers.append(name)
    for name in facts.participants:
        if name not in event.participants:
            event.participants.append(name)
    fallback = f"{event.organiser}新闻发布会" if event.organiser else None
    if not event.title or (event.title == fallback and (facts.topic or article_title)):
        # The first topic named wins; the organiser's name only until one is.
        event.title = facts.topic or article_title or fallback


def new_event(facts: EventFacts, article_title: str | None, event_id: int = 0) -> EventState:
    """A new event from the first article reporting on it."""
    event = EventState(event_id, facts.date, facts.organiser)
    merge_into(event, facts, article_title)
    return event


# --- in the store (SQL in db/events.py) ---------------------------------------------------


def _state(row: Mapping[str, Any]) -> EventState:
    return EventState(row["id"], row["date"], row["organiser"], row.get("title"),
                      list(row.get("speakers") or []), list(row.get("participants") or []))


def _when(article: Mapping[str, Any]) -> str | None:
    """The date a report's own dates are read against: its publication, else its fetch."""
    return article.get("published_at") or article.get("fetched_at")


def assign_event(db: sqlite_utils.Database, article: Mapping[str, Any]) -> int | None:
    """Put a just-stored article in its event (joining or creating one); return the id.

    ``article`` has ``id``, ``title``, ``body``, ``published_at`` (or ``fetched_at``) and
    ``related_to``. Called
    inside the writer's transaction (ingest, reference loading). An article that reports on
    no press conference joins none.
    """
    from db import events as store

    if not store.has_events(db):
        return None
    facts = extract_facts(article.get("title"), article.get("body") or "",
                          _when(article))
    if facts is None:
        return None
    linked = None
    if article.get("related_to"):
        row = store.event_of(db, article["related_to"])
        linked = _state(row) if row else None
    # The day's events of the same organiser decide when there are any (choose_event
    # takes one of them first); the rest of the day is read only when there are none.
    same_day = store.events_on(db, facts.date, organiser=facts.organiser)
    if not same_day:
        same_day = store.events_on(db, facts.date)
    event, basis = choose_event(facts, [_state(r) for r in same_day], linked=linked)
    if event is None:
        if facts.date is None:
            return None
        event = new_event(facts, article.get("title"))
        event.id = store.create_event(db, date=event.date, organiser=event.organiser,
                                      title=event.title, speakers=event.speakers,
                                      participants=event.participants)
        basis = "new"
    else:
        stored = (event.title, list(event.speakers), list(event.participants))
        merge_into(event, facts, article.get("title"))
        if (event.title, event.speakers, event.participants) != stored:  # else nothing to write
            store.update_event(db, event.id, title=event.title, speakers=event.speakers,
                               participants=event.participants,
                               current=dict(zip(("title", "speakers", "participants"), stored,
                                                strict=True)))
    store.set_article_event(db, article["id"], event.id, basis)
    return event.id


def rebuild_events(db: sqlite_utils.Database) -> dict[str, int]:
    """Redo every article's event from the stored texts and ``related_to`` links.

    Articles are taken in id order with the same decisions as :func:`assign_event`, so a
    store built by ingest is left unchanged, and a second run changes nothing. An event
    keeps its id while its first article stays in it. Returns counts: ``events``,
    ``moved`` (articles whose event changed), ``created``, ``deleted``, ``updated``.
    """
    from db import events as store

    counts = {"events": 0, "moved": 0, "created": 0, "deleted": 0, "updated": 0}
    if not store.has_events(db):
        return counts
    before = store.assignments(db)
    states: list[EventState] = []
    member: dict[int, tuple[EventState, str]] = {}
    for article in store.articles_for_events(db):
        facts = extract_facts(article["title"], article["body"] or "", _when(article))
        if facts is None:
            continue
        linked = member.get(article["related_to"], (None, ""))[0]
        event, basis = choose_event(facts, [s for s in states if s.date == facts.date],
                                    linked=linked)
        if event is None:
            if facts.date is None:
                continue
            event, basis = new_event(facts, article["title"], len(states) + 1), "new"
            states.append(event)
        else:
            merge_into(event, facts, article["title"])
        member[article["id"]] = (event, basis)
    # Real ids: an event keeps the stored id of its first article's event, if still free.
    first: dict[int, int] = {}
    for article_id, (event, _) in sorted(member.items()):
        first.setdefault(id(event), article_id)
    taken: set[int] = set()
    for event in states:
        old = before.get(first[id(event)])
        if old is not None and old not in taken and store.get_event(db, old) is not None:
            event.id = old
            counts["updated"] += store.update_event(
                db, old, title=event.title, speakers=event.speakers,
                participants=event.participants, date=event.date, organiser=event.organiser)
        else:
            event.id = store.create_event(db, date=event.date, organiser=event.organiser,
                                          title=event.title, speakers=event.speakers,
                                          participants=event.participants)
            counts["created"] += 1
        taken.add(event.id)
    for article_id in before.keys() - member.keys():
        counts["moved"] += store.clear_article_event(db, article_id)
    for article_id, (event, basis) in member.items():
        if before.get(article_id) != event.id:
            counts["moved"] += 1
        store.set_article_event(db, article_id, event.id, basis)
    counts["deleted"] = store.delete_empty_events(db)
    counts["events"] = len(states)
    return counts

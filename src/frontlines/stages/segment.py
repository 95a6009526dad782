"""The segment stage: title, body paragraphs, photo captions, embedded posts and quotes.

Later stages ask `Document.segment_at(offset)` which kind of text an event comes from, so
that an embedded post is dated by its own signature and a photo caption's old date is not
taken for the article's news.

Body segments are paragraphs: blocks separated by blank lines, or single lines when the text
has no blank line after its title (extracted HTML and most JSONL corpora put one paragraph
per line).
Quotes nest inside body segments; every other kind tiles the text with body, so every
non-whitespace character lies in exactly one title, body, caption or embedded-post segment.

Every pattern here is bounded (fixed windows, bounded repeats, negated character classes),
so segmenting stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import ClassVar

from frontlines.model import Document, Segment
from frontlines.readers.dates import WRITTEN_DATE, find_written_date, written_date_to_iso
from frontlines.stage import Stage

# --- embedded posts: "… — Some_Account (@handle) March 2, 2020", "A post shared by NAME (@handle)"
HANDLE = re.compile(r"\(@([\w.]{1,30})\)")
_DASH = re.compile(r"[—–―]|(?<!\S)--?(?=[ \t])")
_SHARED_BY = re.compile(r"A post shared by[ \t]+([^\n()]{1,80}?)[ \t]*$", re.I)
_AFTER_HANDLE = re.compile(r"[ \t]*(?:on[ \t]+)?")
_TIME_TAIL = re.compile(r"[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5}\b)?", re.I)
_CLOSING = re.compile(r"[\"”’»]?[.,;]?")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?[ \t]+")
_SIGNATURE_WINDOW = 120  # characters looked at before a handle for the author and the dash
_MAX_AUTHOR_WORDS = 8
# How far back a post's text may begin: bounds the work per handle on one huge line.
_POST_LOOKBACK = 2000

# --- photo captions
_CAPTION_MARKER = re.compile(
    r"(?:photo|image|picture)[ \t]+caption[ \t]*:|caption[ \t]*:|file[ \t]+photo[ \t]*[:\-–—]"
    r"|\((?:photo|image|picture|file photo)[ \t]*:",
    re.I,
)
# At the start of a line only: "Photo: ...", and AP's "FILE - A man walks ..."
_LEADING_MARKER = re.compile(r"(?i:photo(?:graph)?|image|picture)[ \t]*:|FILE[ \t]*[-–—][ \t]")
_WORD = r"[A-Z][\w.'’&-]*"
_CREDIT = re.compile(
    # "NAME/AGENCY", "Aris Messinis/AFP via Getty Images"
    rf"(?<![\w/]){_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]?/[ \t]?{_WORD}(?:[ \t]+(?:via[ \t]+)?{_WORD}){{0,3}}"
    # "Photo: AFP", "Photograph by Jane Doe", "Credit: Reuters"
    r"|\b(?:Photo(?:graph)?s?|Image|Picture|Credit)(?:[ \t]+credit)?[ \t]*(?::|[ \t]by\b)[^\n:]{1,60}"
    # "(AP Photo/Hussein Malla)", "(Photo: AFP)"
    r"|\((?:[A-Z]{2,8}[ \t]+)?Photo[^()\n]{0,80}\)"
)
_CREDIT_KEYWORD = re.compile(r"\(|Photo|Image|Picture|Credit")
_CREDIT_END = re.compile(rf"(?:{_CREDIT.pattern})[\"”’.]*$")
# News and photo agencies, for telling a credit "Stringer/AFP" from a term "HIV/AIDS".
_AGENCIES = frozenset(
    {"afp", "ap", "reuters", "getty", "epa", "efe", "anadolu", "xinhua", "tass", "ria", "sana", "irna"}
    | {"dpa", "ansa", "shutterstock", "alamy", "sipa", "bloomberg", "zuma", "nurphoto", "sopa"}
)
# Words whose full stop ends no sentence, so "Development vs. Low-Code/No-Code" is a heading.
_ABBREVIATIONS = frozenset(
    {"vs.", "v.", "no.", "st.", "dr.", "mr.", "mrs.", "ms.", "gen.", "col.", "lt.", "sgt.", "capt."}
    | {"u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "approx.", "inc.", "corp.", "co.", "jr.", "sr."}
)
_MAX_CAPTION = 400  # a longer line ending in "A/B" is a paragraph, not a caption
_CREDIT_TAIL = 100

# --- quotes and paragraphs
_QUOTE = re.compile(r"\"[^\"]{1,3000}\"|“[^“”]{1,3000}”")
_MIN_QUOTE_WORDS = 6
_SPACE_RUN = re.compile(r"\s*")
_LINE_BREAK = re.compile(r"\n\s*")  # with the whitespace after it, so a run of breaks is one match
_BLANK_LINE = re.compile(r"\n\s*\n")  # greedy over a whole run of blank lines: one match, linear


class Segmenter(Stage):
    """Split `doc.text` into title, body, caption, embedded_post and quote segments."""

    name: ClassVar[str] = "segment"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"segments"})

    def __call__(self, doc: Document) -> Document:
        doc.segments = segment_text(doc.text, doc.title)
        return doc


def segment_text(text: str, title: str | None = None) -> list[Segment]:
    """All segments of `text`, in text order (a quote follows the body that holds it)."""
    special: list[Segment] = []
    title_segment = find_title(text, title)
    if title_segment:
        special.append(title_segment)
    special += find_posts(text, floor=title_segment.end if title_segment else 0)
    special += find_captions(text, sorted(special, key=lambda s: s.start))
    special.sort(key=lambda s: s.start)
    bodies = find_bodies(text, special, body_from=title_segment.end if title_segment else 0)
    quotes = [quote for body in bodies for quote in find_quotes(text, body)]
    return sorted(special + bodies + quotes, key=lambda s: (s.start, -s.end))


def find_title(text: str, title: str | None) -> Segment | None:
    """The title, when the text begins with it (as the HTML and feed readers make it)."""
    title = (title or "").strip()
    begin = _skip_space(text, 0)
    if not title or not text.startswith(title, begin):
        return None
    end = begin + len(title)
    line_end = text.find("\n", end)
    # A title ends its line: "Clashes" is no title of "Clashes erupted in Gao ...".
    if text[end : line_end if line_end != -1 else len(text)].strip():
        return None
    return Segment("title", begin, end)


# --- embedded posts


def find_posts(text: str, floor: int = 0) -> list[Segment]:
    """Embedded social-media posts: the post text plus its signature line."""
    posts: list[Segment] = []
    for match in HANDLE.finditer(text):
        if match.start() < floor:
            continue
        post = _post_at(text, match, floor)
        if post:
            posts.append(post)
            floor = post.end
    return posts


def _post_at(text: str, handle: re.Match[str], floor: int) -> Segment | None:
    """The post whose signature holds `handle`, or None if this is not a signature."""
    line_start = _line_start(text, handle.start(), floor)
    signature = _signature_start(text, line_start, handle.start())
    if signature is None:
        return None
    author, sign_start, bare = signature
    published, end = _signature_date(text, handle.end())
    if bare and published is None:
        return None  # a bare "Name (@handle)" is a signature only when a date follows it
    closing = _CLOSING.match(text, end)  # a closing quote and full stop belong to the post
    end = closing.end() if closing else end
    start = _post_text_start(text, line_start, sign_start, floor)
    return Segment("embedded_post", start, end, author=author, handle=handle.group(1), published=published)


def _line_start(text: str, position: int, floor: int) -> int:
    """Where the line holding `position` begins, looking back no further than the post limit."""
    lookback = max(floor, position - _POST_LOOKBACK)
    newline = text.rfind("\n", lookback, position)
    return newline + 1 if newline != -1 else lookback


def _signature_start(text: str, line_start: int, handle_start: int) -> tuple[str, int, bool] | None:
    """(author, where the signature begins, whether it lacks a dash or "A post shared by")."""
    window_start = max(line_start, handle_start - _SIGNATURE_WINDOW)
    window = text[window_start:handle_start]
    shared = _SHARED_BY.search(window)
    if shared:
        return shared.group(1).strip(), window_start + shared.start(), False
    dashes = list(_DASH.finditer(window))
    if dashes:
        begin, author, bare = window_start + dashes[-1].start(), window[dashes[-1].end() :], False
    elif window_start == line_start:
        begin, author, bare = line_start, window, True
    else:
        return None
    author = author.strip()
    return (author, begin, bare) if plausible_author(author) else None


def plausible_author(author: str) -> bool:
    """Whether the words between a dash and a handle can be an account's display name.

    A few words without clause punctuation; a period only ends abbreviations ("U.S. Army"),
    since "Clashes — heavy ones. Statement by X (@x)" has a dash that signs nothing.
    """
    words = author.split()
    if not words or len(words) > _MAX_AUTHOR_WORDS or any(mark in author for mark in ",;!?"):
        return False
    return all(len(word) <= 4 for word in words[:-1] if word.endswith("."))


def _signature_date(text: str, position: int) -> tuple[str | None, int]:
    """The ISO date written right after a handle, and where the signature ends."""
    gap = _AFTER_HANDLE.match(text, position)
    date = WRITTEN_DATE.match(text, gap.end()) if gap else None
    if date is None:
        return None, position
    end = date.end()
    time = _TIME_TAIL.match(text, end)
    return written_date_to_iso(date), time.end() if time else end


def _post_text_start(text: str, line_start: int, sign_start: int, floor: int) -> int:
    """Where the post's own words begin, before its signature."""
    before = text[line_start:sign_start]
    if not before.strip():
        return _previous_line_start(text, line_start, floor)
    curly = before.rfind("“")
    if curly != -1 and "”" not in before[curly:]:
        return line_start + curly
    if before.count('"') % 2 == 1:
        return line_start + before.rfind('"')
    boundaries = list(_SENTENCE_END.finditer(before))
    offset = boundaries[-1].end() if boundaries else 0
    return line_start + offset + len(before[offset:]) - len(before[offset:].lstrip())


def _previous_line_start(text: str, line_start: int, floor: int) -> int:
    """The start of the non-blank line just above a signature line (the post's text)."""
    if line_start - 1 <= floor:
        return _skip_space(text, line_start)
    previous_start = _line_start(text, line_start - 1, floor)
    previous = text[previous_start : line_start - 1]
    if not previous.strip():
        return _skip_space(text, line_start)
    return _skip_space(text, previous_start)


def _skip_space(text: str, position: int) -> int:
    """The first non-whitespace position at or after `position`."""
    space = _SPACE_RUN.match(text, position)
    return space.end() if space else position


# --- photo captions


def find_captions(text: str, taken: list[Segment]) -> list[Segment]:
    """Photo captions among the parts of lines not already taken by the title or posts."""
    captions: list[Segment] = []
    for start, end in free_line_parts(text, taken):
        caption = caption_in(text, start, end)
        if caption:
            captions.append(caption)
    return captions


def caption_in(text: str, start: int, end: int) -> Segment | None:
    """A caption in text[start:end] (one trimmed part of a line), if there is one."""
    part = text[start:end]
    begin: int | None = start if _LEADING_MARKER.match(part) else None
    for marker in _CAPTION_MARKER.finditer(part) if begin is None else ():
        lead = part[: marker.start()].rstrip()
        if not lead or lead[-1] in '.!?"”’)':
            begin = start + marker.start()
            break
    if begin is None and len(part) <= _MAX_CAPTION and ends_with_credit(part):
        begin = start
    if begin is None:
        return None
    return Segment("caption", begin, end, published=find_written_date(text[begin:end]))


def ends_with_credit(part: str) -> bool:
    """Whether a line ends in a photo credit ("Name/AFP", "Photo: Reuters", "(AP Photo/Name)").

    A bare "A/B" is a credit only when it names an agency, is all capitals ("NAME/AGENCY"),
    or follows a caption's sentence: headings like "Pick-Up/Drop-Off Catering" and
    paragraphs ending in "HIV/AIDS" are not captions.
    """
    match = _CREDIT_END.search(part[-_CREDIT_TAIL:])
    if match is None:
        return False
    credit = match.group().rstrip('"”’.')
    if _CREDIT_KEYWORD.match(credit):
        return True
    words = {word.strip(".,").lower() for word in credit.replace("/", " ").split()}
    left, _, right = credit.partition("/")
    if words & _AGENCIES or all(len(side.strip()) >= 4 and side.isupper() for side in (left, right)):
        return True
    return _follows_a_sentence(part, match.group())


def _follows_a_sentence(part: str, credit: str) -> bool:
    """Whether the `credit` ending `part` comes after a sentence of at least three words."""
    # The credit pattern may have swallowed the last word of that sentence: "Aleppo. Jane Doe/X".
    ends = list(_SENTENCE_END.finditer(credit.partition("/")[0]))
    cut = len(part) - len(credit) + (ends[-1].end() if ends else 0)
    before = part[:cut].rstrip()
    words = before.split()
    ends_sentence = before.endswith((".", "!", "?", '"', "”")) and words[-1].lower() not in _ABBREVIATIONS
    return len(words) >= 3 and ends_sentence


def free_line_parts(text: str, taken: list[Segment]) -> Iterator[tuple[int, int]]:
    """Trimmed (start, end) pieces of each line outside the `taken` spans (sorted by start)."""
    index = 0
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        while index < len(taken) and taken[index].end <= start:
            index += 1
        for piece_start, piece_end in _subtract(start, end, taken, index):
            piece = _trim(text, piece_start, piece_end)
            if piece:
                yield piece


def _subtract(start: int, end: int, taken: list[Segment], first: int) -> Iterator[tuple[int, int]]:
    """The pieces of start..end outside the `taken` spans, looking from `taken[first]` on."""
    for segment in islice(taken, first, None):
        if segment.start >= end:
            break
        if segment.start > start:
            yield start, segment.start
        start = max(start, segment.end)
    if start < end:
        yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without its leading and trailing whitespace; None if nothing is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    begin = start + len(piece) - len(piece.lstrip())
    return begin, begin + len(stripped)


# --- body paragraphs and quotes


def find_bodies(text: str, special: list[Segment], body_from: int = 0) -> list[Segment]:
    """Body paragraphs filling every stretch of text the `special` segments leave.

    Whether the text has blank lines is judged from `body_from` on, past the blank line the
    readers put after a title.
    """
    has_blank_lines = _BLANK_LINE.search(text, _skip_space(text, body_from)) is not None
    separator = _BLANK_LINE if has_blank_lines else _LINE_BREAK
    bodies: list[Segment] = []
    position = 0
    for segment in [*special, Segment("body", len(text), len(text))]:
        bodies += _paragraphs(text, position, segment.start, separator)
        position = max(position, segment.end)
    return bodies


def _paragraphs(text: str, start: int, end: int, separator: re.Pattern[str]) -> list[Segment]:
    pieces: list[Segment] = []
    for gap in [*separator.finditer(text, start, end), None]:
        piece_end = gap.start() if gap else end
        piece = _trim(text, start, piece_end)
        if piece:
            pieces.append(Segment("body", *piece))
        start = gap.end() if gap else end
    return pieces


def find_quotes(text: str, body: Segment) -> list[Segment]:
    """Quoted passages of at least six words inside a body segment, quotation marks included."""
    return [
        Segment("quote", match.start(), match.end())
        for match in _QUOTE.finditer(text, body.start, body.end)
        if len(match.group()[1:-1].split()) >= _MIN_QUOTE_WORDS
    ]

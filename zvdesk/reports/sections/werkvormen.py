"""Report section "Werksessies" (toolbox deel 2): agenda, votes as bars, the word cloud as a
picture, the hats' points, duos and subgroups."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy.orm import Session

from zvdesk.models.werkvormen.catalogue import VOTE_COLOURS, tips, work_form
from zvdesk.models.werkvormen.read import (
    ItemData,
    SessionData,
    cloud_sizes,
    ordered_doubts,
    sessions_for_project,
)
from zvdesk.reports import graphics as gx
from zvdesk.reports.data import Block, Bullets, Figure, Heading, KeyValues, Paragraph, Table
from zvdesk.reports.fonts import BOLD
from zvdesk.reports.sections import SectionContext, SectionSpec
from zvdesk.reports.texts import short_date

WIDTH = 460.0


def _colour(form_key: str, category: str) -> colors.Color:
    form = work_form(form_key)
    cat = form.category(category) if form else None
    return colors.HexColor(cat.color if cat else "#6b7785")


def _label(form_key: str, category: str) -> str:
    form = work_form(form_key)
    cat = form.category(category) if form else None
    return cat.label if cat else category or "–"


def vote_bars(items: list[ItemData]) -> Drawing:
    """One stacked bar per proposal: groen, geel, rood, with the counts in the segments."""
    row_h, label_w = 34.0, 170.0
    height = row_h * len(items) + 24
    d = Drawing(WIDTH, height)
    bar_w = WIDTH - label_w - 10
    for row, item in enumerate(items):
        y = height - (row + 1) * row_h
        lines = gx.wrap_words(item.question, gx.REGULAR, 7.5, label_w - 8, 3)
        for i, line in enumerate(lines):
            d.add(gx.label(0, y + 16 - i * 9 + (len(lines) - 1) * 4, line, size=7.5))
        votes = item.votes()
        total = sum(votes.values())
        x = label_w
        if not total:
            d.add(Rect(x, y + 4, bar_w, 18, fillColor=gx.BAND, strokeColor=gx.LINE))
            d.add(gx.label(x + 6, y + 10, "nog geen stemmen", size=7.5, colour=gx.MUTED))
            continue
        for colour in VOTE_COLOURS:
            n = votes[colour]
            if not n:
                continue
            w = bar_w * n / total
            d.add(Rect(x, y + 4, w, 18, fillColor=_colour("groen_geel_rood", colour),
                       strokeColor=colors.white, strokeWidth=0.8))
            d.add(String(x + w / 2, y + 9, str(n), fontName=BOLD, fontSize=8,
                         fillColor=colors.black if colour == "geel" else colors.white,
                         textAnchor="middle"))
            x += w
    d.add(gx.legend(label_w, 4, [(_colour("groen_geel_rood", c),
                                  f"{_label('groen_geel_rood', c)}: {m}")
                                 for c, m in (("groen", "eens"), ("geel", "vraag of twijfel"),
                                              ("rood", "oneens"))]))
    return d


def word_cloud(words: list[tuple[str, int]]) -> Drawing:
    """The words centred in lines, sized by how often they were named."""
    sized = cloud_sizes(words, 9, 30)
    lines: list[list[tuple[str, float, float]]] = [[]]
    used = 0.0
    gap = 10.0
    for word, _n, size in sized:
        w = stringWidth(word, BOLD, size)
        if lines[-1] and used + gap + w > WIDTH - 20:
            lines.append([])
            used = 0.0
        used += (gap if lines[-1] else 0) + w
        lines[-1].append((word, size, w))
    heights = [max(s for _w, s, _x in line) * 1.25 for line in lines if line]
    height = sum(heights) + 20
    d = Drawing(WIDTH, height)
    d.add(Rect(0, 0, WIDTH, height, fillColor=gx.BAND, strokeColor=None))
    palette = [gx.ACCENT, colors.HexColor("#2e8540"), colors.HexColor("#c05a00"),
               colors.HexColor("#6b3fa0"), gx.INK]
    y = height - 10
    index = 0
    for line, lh in zip([ln for ln in lines if ln], heights, strict=True):
        y -= lh
        total = sum(w for _t, _s, w in line) + gap * (len(line) - 1)
        x = (WIDTH - total) / 2
        for word, size, w in line:
            d.add(String(x, y + lh * 0.2, word, fontName=BOLD, fontSize=size,
                         fillColor=palette[index % len(palette)]))
            x += w + gap
            index += 1
    return d


def _item_blocks(item: ItemData) -> list[Block]:
    blocks: list[Block] = [Heading(f"{item.title}: {item.question}" if item.question
                                   else item.title, 3)]
    result = item.result
    if result == "stemmen":
        votes = item.votes()
        blocks.append(Figure(vote_bars([item]), caption=f"Stemming: {item.question}",
                             alt=f"Staafdiagram van de stemming over ‘{item.question}’: "
                                 f"groen (eens) {votes['groen']}, geel (vraag of twijfel) "
                                 f"{votes['geel']}, rood (oneens) {votes['rood']}."))
        blocks.append(Table(["Kleur", "Deelnemer", "Vraag, twijfel of reden"],
                            [[_label(item.form_key, e.category), e.who, e.text]
                             for e in ordered_doubts(item)], widths=[1, 1.6, 4],
                            empty_text="Geen vragen of twijfels genoteerd."))
    elif result == "woorden":
        words = item.words()
        if words:
            blocks.append(Figure(word_cloud(words), caption=f"Woordenwolk: {item.question}",
                                 alt="Woordenwolk; woorden met het aantal keer genoemd: "
                                     + ", ".join(f"{w} ({n})" for w, n in words[:40]) + "."))
        blocks.append(Table(["Woord", "Aantal keer genoemd"],
                            [[w, str(n)] for w, n in words], widths=[3, 1]))
    elif result == "petten":
        form = item.form
        order = {c.key: i for i, c in enumerate(form.categories)} if form else {}
        ideas = list(dict.fromkeys(e.subject for e in item.entries))
        for idea in ideas:
            points = sorted((e for e in item.entries if e.subject == idea),
                            key=lambda e: (order.get(e.category, len(order)), e.group_no))
            if len(ideas) > 1 or idea != item.question:
                blocks.append(Paragraph(f"Idee: {idea or '–'}"))
            blocks.append(Table(["Pet", "Duo", "Punt"],
                                [[_label(item.form_key, e.category),
                                  str(e.group_no) if e.group_no else "–", e.text]
                                 for e in points], widths=[1.2, 0.6, 5]))
    elif result in ("duo", "groepen"):
        noun = "Duo" if result == "duo" else "Subgroep"
        said = "Terugkoppeling" if result == "duo" else "Standpunt of opbrengst"
        blocks.append(Table([noun, "Deelnemer", "Rol", said],
                            [[str(e.group_no) if e.group_no else "–", e.who,
                              _label(item.form_key, e.category), e.text]
                             for e in item.entries], widths=[0.8, 2, 1.5, 4]))
    elif result == "antwoorden":
        blocks.append(Table(["Deelnemer", "Antwoord"], [[e.who, e.text] for e in item.entries],
                            widths=[1.5, 4]))
    if item.outcome.strip():
        blocks.append(Paragraph(f"Uitkomst: {item.outcome}"))
    return blocks


def _session_blocks(data: SessionData) -> list[Block]:
    blocks: list[Block] = [Heading(data.title, 2)]
    blocks.append(KeyValues([
        ("Datum", short_date(data.held_on) if data.held_on else "nog niet gepland"),
        ("Doel", data.goal or "–"),
        ("Deelnemers", ", ".join(name for _id, name in data.participants) or "–"),
        ("Duur", f"{data.total_minutes} minuten"),
    ]))
    done = [tip.text for tip in tips() if tip.key in data.tips_done]
    if done:
        blocks.append(Paragraph("Tips uit de gereedschapskist waar rekening mee is gehouden:",
                                "note"))
        blocks.append(Bullets(done))
    blocks.append(Table(["Begin", "Werkvorm", "Vraag of voorstel", "Minuten"],
                        [[f"{i.start_minute // 60}:{i.start_minute % 60:02d}", i.title,
                          i.question, str(i.minutes)] for i in data.items],
                        widths=[0.7, 1.6, 4, 0.8], caption="Agenda",
                        empty_text="De agenda is nog leeg."))
    for item in data.items:
        if item.entries or item.outcome.strip():
            blocks.extend(_item_blocks(item))
    if data.outcome.strip():
        blocks.append(Paragraph(f"Opbrengst van de sessie: {data.outcome}"))
    return blocks


def build(session: Session, ctx: SectionContext) -> list[Block]:
    """Every session of the project with its agenda and results."""
    found = sessions_for_project(session, ctx.project_id or "")
    blocks: list[Block] = []
    for data in found:
        blocks.extend(_session_blocks(data))
    return blocks


SECTION = SectionSpec(key="werkvormen", title="Werksessies", scope="project", order=90,
                      build=build)

SECTIONS = (SECTION,)

"""Theory templates: readable JSON files under ``resources/templates/impact/``.

A template file::

    {"name": "...", "description": "...", "source": "...",
     "elements": [{"key": "a1", "kind": "activiteit", "title": "...", "actor": "...",
                   "category": "beleidsontwikkeling", "sub_items": ["..."], ...}],
     "links": [{"from": "a1", "to": "o1", "rationale": ""}]}

Applying one adds its cards below what each lane already holds, stacked tidily, as one edit.
Template files may come from anywhere (a colleague's mail), so reading one checks every value
and refuses a bad file with a Dutch message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zvdesk.models.core.errors import ValidationError
from zvdesk.models.impact.layout import CARD_W, Measure, estimate_height, stack_positions
from zvdesk.models.impact.ops import add_element, connect
from zvdesk.models.impact.tables import (
    SMART_CRITERIA,
    Category,
    ElementKind,
    Horizon,
    Influence,
    Polarity,
    Theory,
    element_data,
    live_elements,
)
from zvdesk.resources import resource_path

MAX_TEMPLATE_BYTES = 2_000_000
MAX_ELEMENTS = 2000
_ENUM_FIELDS = {"kind": ElementKind, "category": Category, "polarity": Polarity,
                "influence": Influence, "horizon": Horizon}
_TEXT_FIELDS = {"title": 1000, "description": 100_000, "actor": 1000, "handling": 100_000}
_BOOL_FIELDS = ("noticed_by_citizens", "noticed_by_professionals")


@dataclass(frozen=True)
class TemplateInfo:
    """A template on disk: its file and the name and description it shows."""

    path: Path
    name: str
    description: str
    builtin: bool


def builtin_folder() -> Path:
    """The folder of the templates that ship with ZV Desk."""
    return resource_path("templates", "impact")


def list_templates(extra_folders: Iterable[Path] = ()) -> list[TemplateInfo]:
    """Returns the built-in templates, then those in ``extra_folders`` (unreadable skipped)."""
    found: list[TemplateInfo] = []
    for builtin, folder in [(True, builtin_folder())] + [(False, Path(f))
                                                          for f in extra_folders]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                data = load_template(path)
            except ValidationError:
                continue
            found.append(TemplateInfo(path, data["name"], data.get("description", ""),
                                      builtin))
    return found


def _bad(path: Path | None, why: str) -> ValidationError:
    name = f"‘{path.name}’ " if path else ""
    return ValidationError(f"Het sjabloon {name}kan niet worden gebruikt: {why}.")


def parse_template(data: Any, path: Path | None = None) -> dict:
    """Checks a template's structure and values; returns it cleaned.

    Raises:
        ValidationError: with a Dutch message naming what is wrong.
    """
    if not isinstance(data, dict) or not isinstance(data.get("elements"), list):
        raise _bad(path, "het is geen sjabloon voor een beleidstheorie")
    if len(data["elements"]) > MAX_ELEMENTS:
        raise _bad(path, "het bevat te veel onderdelen")
    clean: dict[str, Any] = {"name": str(data.get("name") or (path.stem if path else
                                                               "Sjabloon"))[:200],
                             "description": str(data.get("description") or "")[:5000],
                             "source": str(data.get("source") or "")[:1000],
                             "elements": [], "links": []}
    keys: set[str] = set()
    for i, raw in enumerate(data["elements"]):
        if not isinstance(raw, dict):
            raise _bad(path, f"onderdeel {i + 1} is onleesbaar")
        item: dict[str, Any] = {"key": str(raw.get("key") or f"e{i}")}
        if item["key"] in keys:
            raise _bad(path, f"de sleutel ‘{item['key']}’ komt twee keer voor")
        keys.add(item["key"])
        for name, enum_class in _ENUM_FIELDS.items():
            value = raw.get(name)
            if value is None and name != "kind":
                item[name] = None
                continue
            try:
                item[name] = enum_class(value)
            except ValueError:
                raise _bad(path, f"onderdeel {i + 1} heeft een onbekende waarde "
                                 f"‘{value}’") from None
        for name, limit in _TEXT_FIELDS.items():
            value = raw.get(name, "")
            if not isinstance(value, str) or len(value) > limit:
                raise _bad(path, f"onderdeel {i + 1} heeft een ongeldige tekst")
            item[name] = value
        for name in _BOOL_FIELDS:
            item[name] = bool(raw.get(name, False))
        subs = raw.get("sub_items", [])
        if not isinstance(subs, list) or not all(isinstance(s, str) and len(s) <= 2000
                                                 for s in subs):
            raise _bad(path, f"onderdeel {i + 1} heeft ongeldige subonderdelen")
        item["sub_items"] = list(subs)
        smart = raw.get("smart", {}) or {}
        if not isinstance(smart, dict):
            raise _bad(path, f"onderdeel {i + 1} heeft ongeldige SMART-velden")
        item["smart"] = {}
        for key, _label in SMART_CRITERIA:
            entry = smart.get(key, {}) or {}
            if not isinstance(entry, dict) or not isinstance(entry.get("text", ""), str):
                raise _bad(path, f"onderdeel {i + 1} heeft ongeldige SMART-velden")
            item["smart"][key] = {"text": entry.get("text", ""), "ok": bool(entry.get("ok"))}
        clean["elements"].append(item)
    for raw in data.get("links", []) or []:
        if not isinstance(raw, dict) or raw.get("from") not in keys or raw.get("to") not in keys:
            raise _bad(path, "een verbinding verwijst naar een onbekend onderdeel")
        rationale = raw.get("rationale", "")
        if not isinstance(rationale, str):
            raise _bad(path, "een verbinding heeft een ongeldige toelichting")
        clean["links"].append({"from": raw["from"], "to": raw["to"], "rationale": rationale})
    return clean


def load_template(path: Path | str) -> dict:
    """Reads and checks a template file.

    Raises:
        ValidationError: the file cannot be read or is not a valid template (Dutch message).
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise _bad(path, "het bestand is te groot")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(path, "het bestand is onleesbaar") from exc
    return parse_template(data, path)


def builtin_template(stem: str) -> dict:
    """Reads a built-in template by file name without ``.json`` ('regiopilots_z_v')."""
    return load_template(builtin_folder() / f"{stem}.json")


def _values(item: dict) -> dict[str, Any]:
    values: dict[str, Any] = {name: item[name] for name in _TEXT_FIELDS if name != "title"}
    values.update({name: item[name] for name in ("category", "polarity", "influence",
                                                  "horizon")})
    values.update({name: item[name] for name in _BOOL_FIELDS})
    for key, entry in item["smart"].items():
        values[f"smart_{key}"] = entry["text"]
        values[f"smart_{key}_ok"] = entry["ok"]
    return values


def apply_template(session: Session, project_id: str, template: dict,
                   measure: Measure | None = None) -> list[str]:
    """Adds a template's cards and links to a project, laid out below what is there.

    Args:
        session: Write session.
        project_id: The project.
        template: A template as returned by :func:`load_template`.
        measure: Height of a card as the canvas draws it (an estimate when None).

    Returns:
        The ids of the new cards, in template order.
    """
    template = parse_template(template)
    existing = [element_data(e) for e in live_elements(session, project_id)]
    measure = measure or (lambda e: max(e.h, estimate_height(e, e.w)))
    by_kind: dict[ElementKind, list[dict]] = {}
    for item in template["elements"]:
        by_kind.setdefault(item["kind"], []).append(item)
    ids: dict[str, str] = {}
    for kind, items in by_kind.items():
        lane = [e for e in existing if e.kind is kind]
        if kind is ElementKind.CONTEXTFACTOR:
            start_x = max((e.x + e.w + 12.0 for e in lane), default=0.0)
            start_y = 0.0
        else:
            start_x = 0.0
            start_y = max((e.y + measure(e) + 12.0 for e in lane), default=0.0)
        heights = []
        for item in items:
            draft = element_data_from_item(item)
            heights.append(measure(draft))
        first_order = max((e.sort_order for e in lane), default=-1) + 1
        for i, (item, (x, y)) in enumerate(zip(
                items, stack_positions(heights, kind, start_y, start_x), strict=True)):
            ids[item["key"]] = add_element(session, project_id, kind, item["title"], x=x, y=y,
                                           values=_values(item), sub_items=item["sub_items"],
                                           sort_order=first_order + i)
    for link in template["links"]:
        connect(session, ids[link["from"]], ids[link["to"]], link["rationale"])
    return [ids[item["key"]] for item in template["elements"]]


def element_data_from_item(item: dict):  # noqa: ANN201 - an Element
    """The plain element a template item would become (for measuring before adding)."""
    from zvdesk.models.impact.tables import Element

    return Element(id=item["key"], kind=item["kind"], title=item["title"], actor=item["actor"],
                   w=CARD_W, h=48.0, sub_items=list(item["sub_items"]),
                   description=item["description"])


def template_from_theory(theory: Theory, name: str, description: str = "") -> dict:
    """Turns a theory into template data (keys are short, positions are left out)."""
    keys = {e.id: f"e{i + 1}" for i, e in enumerate(theory.elements)}
    elements = []
    for e in theory.elements:
        item: dict[str, Any] = {"key": keys[e.id], "kind": e.kind.value, "title": e.title}
        for name_ in ("description", "actor", "handling"):
            if getattr(e, name_):
                item[name_] = getattr(e, name_)
        for name_ in ("category", "polarity", "influence", "horizon"):
            if getattr(e, name_) is not None:
                item[name_] = getattr(e, name_).value
        for name_ in _BOOL_FIELDS:
            if getattr(e, name_):
                item[name_] = True
        if e.sub_items:
            item["sub_items"] = list(e.sub_items)
        smart = {c.key: {"text": c.text, "ok": c.checked} for c in e.smart
                 if c.text or c.checked}
        if smart:
            item["smart"] = smart
        elements.append(item)
    links = [{"from": keys[lk.source_id], "to": keys[lk.target_id],
              **({"rationale": lk.rationale} if lk.rationale else {})}
             for lk in theory.links if lk.source_id in keys and lk.target_id in keys]
    return {"name": name, "description": description, "elements": elements, "links": links}


def save_template(path: Path | str, data: dict) -> Path:
    """Writes template data as readable JSON (UTF-8, indented)."""
    path = Path(path)
    parse_template(data, path)
    work = path.with_name(f".~{path.name}.nieuw")
    work.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    work.replace(path)
    return path

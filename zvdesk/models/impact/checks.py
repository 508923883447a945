"""Checks that point at gaps in a theory: pure functions on :class:`Theory` data."""

from __future__ import annotations

from dataclasses import dataclass

from zvdesk.models.impact.tables import ElementKind, Influence, Polarity, Theory

OUTCOME_KINDS = (ElementKind.DIRECTE_OUTCOME, ElementKind.MAATSCHAPPELIJK_EFFECT)


@dataclass(frozen=True)
class Finding:
    """One gap: which check, which card, and a Dutch sentence saying what to do."""

    code: str
    element_id: str
    message: str


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= 60 else title[:57] + "…"


def check_theory(theory: Theory) -> list[Finding]:
    """Returns every gap found, in lane order.

    Checks:
        input_leads_nowhere: an input with no link to an activity.
        activity_without_output: an activity with no link to an output.
        output_leads_nowhere: an output with no link to a mechanism or an outcome.
        outcome_unreached: a direct outcome no mechanism links to.
        goal_not_smart: a goal with one or more SMART texts empty.
        outside_without_note: a mechanism outside the project's influence, or a weakening
            context factor, without a note on how we deal with it.
        outcome_unmeasured: a direct outcome that no indicator of Monitoring measures — only
            when the project keeps indicators (``theory.measures`` is not None), as a hint.
    """
    kinds = {e.id: e.kind for e in theory.elements}
    out: dict[str, set[ElementKind]] = {}
    into: dict[str, set[ElementKind]] = {}
    for link in theory.links:
        if link.source_id in kinds and link.target_id in kinds:
            out.setdefault(link.source_id, set()).add(kinds[link.target_id])
            into.setdefault(link.target_id, set()).add(kinds[link.source_id])
    findings: list[Finding] = []
    for e in theory.elements:
        name = _short(e.title) or "(zonder titel)"
        targets = out.get(e.id, set())
        if e.kind is ElementKind.INPUT and ElementKind.ACTIVITEIT not in targets:
            findings.append(Finding(
                "input_leads_nowhere", e.id,
                f"Input ‘{name}’ wordt in geen enkele activiteit ingezet. Verbind haar met de "
                "activiteit waarvoor zij nodig is."))
        elif e.kind is ElementKind.ACTIVITEIT and ElementKind.OUTPUT not in targets:
            findings.append(Finding(
                "activity_without_output", e.id,
                f"Activiteit ‘{name}’ leidt tot geen enkele output. Verbind haar met de "
                "output die zij oplevert."))
        elif e.kind is ElementKind.OUTPUT and not (
                targets & {ElementKind.MECHANISME, *OUTCOME_KINDS}):
            findings.append(Finding(
                "output_leads_nowhere", e.id,
                f"Uit output ‘{name}’ volgt geen mechanisme of outcome. Via welk mechanisme "
                "draagt zij bij?"))
        elif e.kind is ElementKind.DIRECTE_OUTCOME and (
                ElementKind.MECHANISME not in into.get(e.id, set())):
            findings.append(Finding(
                "outcome_unreached", e.id,
                f"Geen mechanisme leidt naar outcome ‘{name}’. Welk mechanisme moet optreden "
                "om haar te bereiken?"))
        elif e.kind is ElementKind.DOEL:
            empty = [c.label.lower() for c in e.smart if not c.text.strip()]
            if empty:
                findings.append(Finding(
                    "goal_not_smart", e.id,
                    f"Doel ‘{name}’ is nog niet SMART: vul {', '.join(empty)} in."))
        elif (e.influence is Influence.BUITEN and not e.handling.strip() and (
                e.kind is ElementKind.MECHANISME or (
                    e.kind is ElementKind.CONTEXTFACTOR and e.polarity is Polarity.VERZWAKKEND))):
            what = "Mechanisme" if e.kind is ElementKind.MECHANISME else "Contextfactor"
            findings.append(Finding(
                "outside_without_note", e.id,
                f"{what} ‘{name}’ ligt buiten onze invloed. Noteer hoe we ermee omgaan."))
        if (e.kind is ElementKind.DIRECTE_OUTCOME and theory.measures is not None
                and not theory.measures.get(e.id)):
            findings.append(Finding(
                "outcome_unmeasured", e.id,
                f"Geen indicator meet outcome ‘{name}’. Kies in Monitoring een indicator die "
                "haar meet, of noteer waarom dat (nog) niet kan."))
    return findings

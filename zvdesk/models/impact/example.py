"""The impact framework in the example region: the full Regiopilots theory and a small chain."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.impact.ops import add_element, connect
from zvdesk.models.impact.tables import Category, ElementKind, Influence, Polarity
from zvdesk.models.impact.templates import apply_template, builtin_template


def populate_example(session: Session, ctx) -> None:  # noqa: ANN001 - ExampleContext
    """Regiopilot: the Berenschot theory (seed 002); verward gedrag: a short chain of its own."""
    pilot = ctx.projects["regiopilot"]
    apply_template(session, pilot, builtin_template("regiopilots_z_v"))
    # The context band of the stappenplan, placed in the quadrant for this region.
    for title, polarity, handling in (
            ("Regionaal bestuurlijk klimaat: zeven gemeenten met een gedeeld RBO",
             Polarity.VERSTERKEND, ""),
            ("Wantrouwen tussen zorg- en veiligheidspartners over informatiedeling",
             Polarity.VERZWAKKEND, "Privacyprotocol samen opstellen en in het RBO agenderen."),
            ("Financiële positie van de regio: krappe budgetten sociaal domein",
             Polarity.VERZWAKKEND, "")):
        add_element(session, pilot, ElementKind.CONTEXTFACTOR, title,
                    values={"polarity": polarity, "influence": Influence.BUITEN,
                            "handling": handling})
    pid = ctx.projects["verward"]
    goal = add_element(session, pid, ElementKind.DOEL,
                       "Personen met verward gedrag krijgen binnen 24 uur passende zorg, zonder "
                       "onnodige inzet van de politie", values={
                           "smart_specifiek": "Melding niet-acute zorg leidt tot een passend "
                                              "zorgaanbod", "smart_specifiek_ok": True,
                           "smart_meetbaar": "Percentage meldingen met zorgcontact binnen 24 uur",
                           "smart_tijdgebonden": "Eind 2027", "smart_tijdgebonden_ok": True,
                           "noticed_by_citizens": True})
    inp = add_element(session, pid, ElementKind.INPUT, "Meldpunt niet-acute zorg (regionaal)")
    act = add_element(session, pid, ElementKind.ACTIVITEIT,
                      "Gezamenlijke triage door GGZ, gemeente en politie",
                      values={"actor": "Door GGZ-instelling en gemeenten, afgestemd met de "
                                       "politie", "category": Category.UITVOERING})
    out = add_element(session, pid, ElementKind.OUTPUT,
                      "Afsprakenkaart vervoer en overdracht", sub_items=[
                          "Wie vervoert wanneer", "Overdracht aan de acute psychiatrie"])
    mech = add_element(session, pid, ElementKind.MECHANISME,
                       "Professionals vinden elkaar snel rond een melding",
                       values={"category": Category.PROFESSIONALS})
    ctxf = add_element(session, pid, ElementKind.CONTEXTFACTOR,
                       "Krapte in de acute psychiatrie (bedden)",
                       values={"polarity": Polarity.VERZWAKKEND, "influence": Influence.BUITEN})
    outcome = add_element(session, pid, ElementKind.DIRECTE_OUTCOME,
                          "Minder meldingen eindigen in een politiecel")
    for a, b in ((goal, inp), (inp, act), (act, out), (out, mech), (mech, outcome),
                 (ctxf, outcome)):
        connect(session, a, b)

"""Example startfoto of the regiopilot: a melding at Veilig Thuis, current and desired.

Lanes Veilig Thuis, wijkteam (a free-text lane "Wijkteam": no such organisation in the file),
politie, GGZ and the Zorg- en Veiligheidshuis, as in the toolbox's example (003 §1.2).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zvdesk.models.core import ops
from zvdesk.models.werkproces.ops import (
    STEP,
    add_flow,
    add_lane,
    add_marker,
    add_process,
    add_step,
    delete_steps,
    make_desired,
)
from zvdesk.models.werkproces.tables import Cause, MarkerKind, ProcessLane, ProcessStep

TRIGGER = ("Een melding van (een vermoeden van) huiselijk geweld of kindermishandeling bij "
           "Veilig Thuis, door een burger, een professional of de politie.")
#: (lane, key, step, x, handelingen)
STEPS = (
    ("Politie", "p1", "Zorgmelding na incident achter de voordeur", 40,
     "Agenten leggen de situatie vast en sturen een zorgmelding naar Veilig Thuis."),
    ("Veilig Thuis", "v1", "Melding aannemen en registreren", 210,
     "Gegevens controleren, eerdere meldingen nagaan."),
    ("Veilig Thuis", "v2", "Veiligheidsbeoordeling (triage)", 380,
     "Binnen vijf werkdagen: is er acute of structurele onveiligheid?"),
    ("Veilig Thuis", "v3", "Overdracht naar het lokale veld", 550,
     "De casus gaat per e-mail naar het wijkteam."),
    ("Wijkteam", "w1", "Intake en hulp inzetten", 720,
     "Gesprek met het gezin; hulp uit het lokale aanbod."),
    ("Wijkteam", "w2", "Risicotaxatie opnieuw doen", 890,
     "Het wijkteam taxeert zelf opnieuw de veiligheid."),
    ("GGZ", "g1", "Aanmelding en wachtlijst", 890,
     "Behandeling van de pleger of ouder na verwijzing door de huisarts."),
    ("ZVH", "z1", "Complexe casus in het casusoverleg", 1060,
     "Multidisciplinair overleg met politie, OM, GGZ en Veilig Thuis."),
)
FLOWS = (("p1", "v1"), ("v1", "v2"), ("v2", "v3"), ("v3", "w1"), ("w1", "w2"), ("w1", "g1"),
         ("w2", "z1"))
#: (on: step key or (source, target), kind, cause, text)
MARKERS = (
    ("p1", MarkerKind.CONNECTION, None,
     "Politie en Veilig Thuis kijken allebei naar de veiligheid van het gezin: een gedeeld "
     "startpunt van zorg en veiligheid."),
    ("v2", MarkerKind.GOOD, None,
     "De veiligheidsbeoordeling gebeurt met een vast instrument en meestal binnen de termijn."),
    (("v3", "w1"), MarkerKind.PROBLEM, Cause.DOMAINS,
     "Bij de overdracht gaat informatie verloren: het wijkteam weet niet wat Veilig Thuis al "
     "weet."),
    ("w2", MarkerKind.PROBLEM, Cause.EXECUTION,
     "Dubbel werk: het wijkteam doet de risicotaxatie opnieuw en weet niet wanneer het moet "
     "opschalen."),
    ("g1", MarkerKind.PROBLEM, Cause.FUNDING,
     "Lange wachtlijst; GGZ-behandeling en hulp van het wijkteam worden apart gefinancierd."),
    (("w2", "z1"), MarkerKind.PROBLEM, Cause.COMPLEX,
     "Aanmelden bij het Zorg- en Veiligheidshuis vraagt drie formulieren en duurt weken."),
    ("z1", MarkerKind.IMPROVEMENT, None,
     "Eén casusregisseur die het hele traject volgt, van melding tot afsluiting."),
)


def populate_example(session: Session, ctx) -> None:  # noqa: ANN001 - ExampleContext
    """Fills the regiopilot's Veilig Thuis process, current and desired."""
    project_id = ctx.projects["regiopilot"]
    orgs = ctx.organisations
    process_id = add_process(session, project_id, "Melding bij Veilig Thuis", TRIGGER)
    lanes = {}
    for label, org in (("Veilig Thuis", "Veilig Thuis"), ("Wijkteam", None),
                       ("Politie", "Politie"), ("GGZ", "GGZ-instelling"),
                       ("ZVH", "Zorg- en Veiligheidshuis")):
        if org and org in orgs:
            lanes[label] = add_lane(session, process_id, organisation_id=orgs[org])
        else:
            lanes[label] = add_lane(session, process_id, name=label)
    steps = {key: add_step(session, process_id, lanes[lane], name, x, text)
             for lane, key, name, x, text in STEPS}
    flows = {(a, b): add_flow(session, steps[a], steps[b]) for a, b in FLOWS}
    for on, kind, cause, text in MARKERS:
        where = {"flow_id": flows[on]} if isinstance(on, tuple) else {"step_id": steps[on]}
        add_marker(session, kind, text=text, cause=cause, **where)
    ops.update_record(session, "work_process", process_id, {
        "notes": "Opgehaald in twee sessies met uitvoerders van de vijf organisaties "
                 "(voorjaar 2026)."})

    desired_id = make_desired(session, process_id)
    copy = {s.origin_id: s.id for s in session.scalars(select(ProcessStep).where(
        ProcessStep.process_id == desired_id))}
    copy_lanes = {lane.origin_id: lane.id for lane in session.scalars(select(ProcessLane).where(
        ProcessLane.process_id == desired_id))}
    back = {v: k for k, v in steps.items()}
    d = {back[origin]: step_id for origin, step_id in copy.items()}
    ops.update_record(session, STEP, d["v3"], {
        "name": "Warme overdracht: gezamenlijk gesprek met het gezin",
        "description": "Veilig Thuis en het wijkteam voeren samen het eerste gesprek."})
    ops.update_record(session, STEP, d["w2"], {
        "lane_id": copy_lanes[lanes["Veilig Thuis"]], "name": "Risicotaxatie blijft bij "
        "Veilig Thuis", "x": 890,
        "description": "Eén taxatie, gedeeld met het wijkteam; geen dubbel werk."})
    delete_steps(session, [d["g1"]])
    g2 = add_step(session, desired_id, copy_lanes[lanes["GGZ"]],
                  "GGZ-consult binnen twee weken", 720,
                  "Voorrangsafspraak voor gezinnen uit een Veilig Thuis-melding.")
    z2 = add_step(session, desired_id, copy_lanes[lanes["ZVH"]],
                  "Aanmelding met één formulier", 890,
                  "Het wijkteam meldt direct aan; het Zorg- en Veiligheidshuis plant binnen "
                  "een week.")
    add_flow(session, d["v3"], g2)
    w1_z2 = add_flow(session, d["w1"], z2)
    add_flow(session, z2, d["z1"])
    add_marker(session, MarkerKind.IMPROVEMENT, step_id=d["v3"],
               text="Warme overdracht: geen informatie meer kwijt tussen de domeinen.")
    add_marker(session, MarkerKind.IMPROVEMENT, step_id=g2,
               text="Afspraak over voorrang en één financieringsafspraak met de gemeenten.")
    add_marker(session, MarkerKind.CONNECTION, flow_id=w1_z2,
               text="Het wijkteam en het Zorg- en Veiligheidshuis gebruiken dezelfde "
                    "opschalingscriteria.")
    add_marker(session, MarkerKind.IMPROVEMENT, step_id=d["z1"],
               text="Eén casusregisseur die het hele traject volgt.")

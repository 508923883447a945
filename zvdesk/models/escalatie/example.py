"""Example content of §2.4 (AVE) for the regiopilot of the example region.

The intake of §1.4 found "de escalatieroute ontbreekt"; the participants answer it with a
regiekaart of four phases whose top phase goes to the burgemeester and the RBO. The texts are
written for the example and typical of a Z+V region (the toolbox gives no filled-in card).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.escalatie import ops

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

#: Per phase (number): the region's meeting an escalation goes to (§2.3; by name).
MEETINGS = {3: "Tactisch overleg Zorg en Veiligheid", 4: "RBO Zorg en Veiligheid"}

#: Per phase (number): the agreements of the example region.
AGREEMENTS: dict[int, dict[str, str]] = {
    1: dict(
        case_direction="De inwoner en zijn netwerk; de eigen hulpverlener als die er is.",
        process_direction="Niet nodig.",
        operational_responsibility="Elke professional binnen de eigen organisatie.",
        administrative_responsibility="Geen aparte afspraken; de gewone lijn per organisatie.",
        scale_up="Een professional maakt zich zorgen die hij niet zelf kan wegnemen, of een "
                 "tweede organisatie meldt zich.",
        scale_down="–",
        protocols="Meldcode huiselijk geweld en kindermishandeling; eigen werkinstructies.",
        escalation_route="De eigen leidinggevende."),
    2: dict(
        case_direction="De organisatie die het meest betrokken is (vaak het wijkteam).",
        process_direction="Het wijkteam van de gemeente.",
        operational_responsibility="De casusregisseur van het wijkteam.",
        administrative_responsibility="De wethouder zorg van de woongemeente.",
        scale_up="Meerdere organisaties zijn nodig, het plan werkt niet of een partner "
                 "haakt af; of er is een veiligheidsrisico.",
        scale_down="De zorgen zijn weggenomen; de inwoner redt zich met het eigen netwerk.",
        protocols="Werkafspraken wijkteams; privacyconvenant sociaal domein.",
        escalation_route="Het casusoverleg in het Zorg- en Veiligheidshuis."),
    3: dict(
        case_direction="Eén casusregisseur, aangewezen in het casusoverleg.",
        process_direction="De procesregisseur van het Zorg- en Veiligheidshuis.",
        operational_responsibility="De partners in het casusoverleg, elk voor de eigen "
                                   "afspraken in het plan van aanpak.",
        administrative_responsibility="De burgemeester (veiligheid) en de wethouder (zorg) "
                                      "van de woongemeente.",
        scale_up="Het plan van aanpak loopt vast, een partner komt afspraken niet na, of er "
                 "is acuut gevaar voor de persoon of de omgeving.",
        scale_down="Het plan van aanpak loopt en één organisatie kan de regie weer dragen.",
        protocols="Convenant Zorg- en Veiligheidshuis Zaanstreek-Waterland; werkproces "
                  "complexe casuïstiek; Wvggz-afspraken met de GGZ-instelling.",
        escalation_route="Eerst het tactisch overleg, daarna de burgemeester."),
    4: dict(
        case_direction="De casusregisseur blijft; de burgemeester zet door waar nodig.",
        process_direction="De procesregisseur van het Zorg- en Veiligheidshuis, in opdracht "
                          "van de burgemeester.",
        operational_responsibility="De leidinggevenden van de partners, op het niveau waar "
                                   "besloten kan worden.",
        administrative_responsibility="De burgemeester van de woongemeente; "
                                      "in het RBO Zorg en Veiligheid met de bestuurders van "
                                      "de partners.",
        scale_up="–",
        scale_down="De acute dreiging is weg en het casusoverleg kan de casus weer dragen.",
        protocols="Doorzettingsmacht burgemeester (regionale afspraak RBO); "
                  "Top X-aanpak; crisisprotocol Veiligheidsregio.",
        escalation_route="Het bestuurlijk overleg: de burgemeester agendeert de casus."),
}


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Adds the regiopilot's regiekaart: the four default phases, filled in."""
    project_id = ctx.projects["regiopilot"]
    for phase_id in ops.add_default_phases(session, project_id):
        phase = session.get(ops.AvePhase, phase_id)
        for key, value in AGREEMENTS[phase.number].items():
            setattr(phase, key, value)
        phase.meeting_id = ctx.meetings.get(MEETINGS.get(phase.number, ""))
    ops.set_label(session, project_id, "title", "Regiekaart Zaanstreek-Waterland")
    session.flush()

"""Example content of §2.3 for Zaanstreek-Waterland: the region's meetings and decisions.

The Regionaal Portefeuillehoudersoverleg sociaal domein follows the toolbox's own example
card (WIE, the nine municipal tasks with their legal basis, DOEL, 5 × per jaar). The RBO Zorg
en Veiligheid takes over the separate administrative tables for Veilig Thuis, Wvggz and Top X
(the decision "schrappen" for those three, "aanpassen" for the RBO). The other meetings, the
people and the answers are written for the example and typical of a Z+V region.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.overleg import ops
from zvdesk.models.overleg.tables import (
    Decision,
    JoinForm,
    LinkKind,
    Meeting,
    MeetingDomain,
    MeetingRound,
    MeetingTask,
)
from zvdesk.models.region.tables import Level, Municipality

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

PHO = "Regionaal Portefeuillehoudersoverleg sociaal domein (Wmo; Jeugd; BW/MO/GGZ)"
RBO = "RBO Zorg en Veiligheid"
TACTISCH = "Tactisch overleg Zorg en Veiligheid"

PHO_TASKS = "\n".join((
    "Openbare geestelijke gezondheidszorg OGGZ (Wmo)",
    "Verslavingszorg (Wmo)",
    "Maatschappelijke opvang (Wmo)",
    "Vrouwenopvang (Wmo)",
    "Bestrijding huiselijk geweld (Wmo)",
    "Bestrijding kindermishandeling (Wmo / Jeugdwet)",
    "Bescherming van het (ongeboren) kind en jongvolwassene (Jeugdwet)",
    "Beschermd wonen (Wmo / Jeugdwet)",
    "Participeren (Participatiewet)",
))

#: (name, level, domain, task, frequency, x, y, purpose, legal tasks, themes,
#:  participants: (person or None, organisation or None, free name, role), meeting values)
MEETINGS = (
    (PHO, Level.BESTUURLIJK, MeetingDomain.SOCIAAL, MeetingTask.AFSTEMMING, 5, 120, 40,
     "De portefeuillehouders sociaal domein bereiden de regionale samenwerkingsagenda voor en "
     "voeren deze in onderlinge afstemming uit. Zij kunnen gevraagd en ongevraagd advies "
     "uitbrengen aan de colleges van B&W van de gemeenten of overige besturen. Besluiten met "
     "financiële consequenties voor gemeenten worden hier geagendeerd en besproken; elke "
     "gemeente besluit daarna afzonderlijk in het college (of zo nodig de raad).",
     PHO_TASKS, ("Huiselijk geweld", "Kindermishandeling", "Personen met verward gedrag"),
     (("Ahmed Benali", None, "", "lid"), ("Yvonne Peters", None, "", "voorzitter"),
      (None, None, "Wethouders sociaal domein (Wmo; Jeugdwet; Beschermd wonen/"
                   "Maatschappelijke opvang/GGZ) van de overige gemeenten", "leden"),
      (None, None, "Aanbieders van zorg en hulpverlening (Wmo; Jeugd; BW/MO/GGZ)",
       "op uitnodiging")),
     dict(decision=Decision.AANSLUITEN, join_form=JoinForm.AFSTEMMEN,
          answer_needed="Ja: hier valt de regionale samenwerkingsagenda van het sociaal "
                        "domein, met de financiële besluiten voor de colleges.",
          answer_join="De regiopilot sluit aan voor afstemming: twee keer per jaar staat de "
                      "zorgkant van de werkagenda Z+V op de agenda.",
          answer_influence="Via de wethouders die ook in het RBO zitten.")),
    (RBO, Level.BESTUURLIJK, MeetingDomain.INTEGRAAL, MeetingTask.BESLUITVORMING, 4, 400, 40,
     "Bestuurlijk gremium van burgemeesters, wethouders en bestuurders van de ketenpartners: "
     "stelt de werkagenda Zorg en Veiligheid vast, besluit over de regionale aanpak en is de "
     "laatste stap van de escalatieroute.",
     "Wet verplichte ggz (Wvggz)\nWet zorg en dwang\nWmo (Veilig Thuis)\nTop X-aanpak",
     ("Personen met verward gedrag", "Huiselijk geweld", "Kindermishandeling", "Mensenhandel"),
     (("Marieke Vos", None, "", "voorzitter"), ("Sandra de Groot", None, "", "lid"),
      ("Ahmed Benali", None, "", "lid"), ("Yvonne Peters", None, "", "lid"),
      ("Ruud Visser", None, "", "lid"), ("Fatima el Amrani", None, "", "lid"),
      (None, "Openbaar Ministerie", "", "lid"), (None, "GGZ-instelling", "", "lid"),
      ("Peter Kramer", None, "", "secretaris")),
     dict(decision=Decision.AANPASSEN, frequency_after=6,
          answer_needed="Ja, maar de bestuurders zitten daarnaast aan drie aparte tafels "
                        "met grotendeels dezelfde mensen en thema's.",
          answer_influence="Ja: het RBO kan zelf besluiten de aparte tafels op te heffen.",
          answer_result="Met één RBO dat zes keer per jaar vergadert, met vaste "
                        "agendapunten voor Veilig Thuis, Wvggz en Top X.",
          less_well="Dezelfde bestuurders bespreken dezelfde casuïstiek aan vier tafels; "
                    "besluiten van de ene tafel komen laat bij de andere.",
          ideal="Minder tijdsinvestering en meer integraliteit: één bestuurlijke tafel.",
          causes="Elke wet en elke financieringsstroom kreeg in de loop der jaren een "
                 "eigen overleg.",
          willingness="De burgemeesters en de GGZ-instelling willen; Veilig Thuis vraagt om "
                      "een vast agendapunt.",
          change_by="De voorzitter van het RBO, met de programmatrekker Z+V als secretaris.",
          partner_burden="Minder overleggen voor politie, OM en GGZ; de vergaderingen worden "
                         "wel langer.")),
    ("Bestuurlijk overleg Veilig Thuis", Level.BESTUURLIJK, MeetingDomain.ZORG,
     MeetingTask.CONTROLE, 4, 560, 200,
     "Sturing en toezicht op Veilig Thuis Zaanstreek-Waterland.", "Wmo (Veilig Thuis)",
     ("Huiselijk geweld", "Kindermishandeling"),
     (("Ahmed Benali", None, "", "voorzitter"), ("Yvonne Peters", None, "", "lid"),
      ("Marieke Vos", None, "", "lid"), (None, "Veilig Thuis", "", "directie")),
     dict(decision=Decision.SCHRAPPEN,
          answer_needed="Nee: wordt een vast agendapunt van het RBO.",
          less_well="Overlapt met het RBO: dezelfde bestuurders, dezelfde thema's.",
          change_by="RBO (besluit), Veilig Thuis levert de agenda aan.")),
    ("Bestuurlijk overleg Wvggz", Level.BESTUURLIJK, MeetingDomain.INTEGRAAL,
     MeetingTask.AFSTEMMING, 4, 760, 200,
     "Afstemming over de uitvoering van de Wet verplichte ggz.", "Wet verplichte ggz (Wvggz)",
     ("Personen met verward gedrag",),
     (("Marieke Vos", None, "", "voorzitter"), ("Sandra de Groot", None, "", "lid"),
      ("Ahmed Benali", None, "", "lid"), ("Ruud Visser", None, "", "lid"),
      (None, "GGZ-instelling", "", "lid")),
     dict(decision=Decision.SCHRAPPEN,
          answer_needed="Nee: de Wvggz wordt een vast agendapunt van het RBO.",
          change_by="RBO (besluit).")),
    ("Stuurgroep Top X", Level.BESTUURLIJK, MeetingDomain.VEILIGHEID,
     MeetingTask.BESLUITVORMING, 6, 960, 200,
     "Sturing op de persoonsgerichte aanpak van de Top X.", "Top X-aanpak (Gemeentewet)",
     ("Mensenhandel", "Personen met verward gedrag"),
     (("Marieke Vos", None, "", "voorzitter"), ("Sandra de Groot", None, "", "lid"),
      ("Ruud Visser", None, "", "lid"), ("Ingrid Smit", None, "", "lid"),
      (None, "Reclassering", "", "lid")),
     dict(decision=Decision.SCHRAPPEN,
          answer_needed="Nee: de Top X wordt een vast agendapunt van het RBO.",
          partner_burden="Reclassering en OM hoeven één overleg minder voor te bereiden.")),
    (TACTISCH, Level.TACTISCH, MeetingDomain.INTEGRAAL, MeetingTask.AFSTEMMING, 10, 400, 380,
     "Netwerksamenwerking op tactisch niveau: bereidt de besluiten van het RBO voor en "
     "lost knelpunten uit de uitvoering op.", "",
     ("Personen met verward gedrag", "Huiselijk geweld"),
     (("Peter Kramer", None, "", "voorzitter"), ("Lotte Jansen", None, "", "lid"),
      ("Hanneke Bakker", None, "", "lid"), ("Jeroen de Wit", None, "", "lid"),
      ("Bas Hendriks", None, "", "lid"), ("Tom Willems", None, "", "lid")),
     dict(decision=Decision.BEHOUDEN,
          answer_needed="Ja: zonder deze tafel komen de besluiten van het RBO niet in de "
                        "uitvoering.")),
    ("Casusoverleg complexe casuïstiek (Zorg- en Veiligheidshuis)", Level.OPERATIONEEL,
     MeetingDomain.INTEGRAAL, MeetingTask.ACTIVERING, 24, 400, 560,
     "Plan van aanpak voor complexe casussen op het snijvlak van zorg en veiligheid.", "",
     ("Personen met verward gedrag", "Huiselijk geweld", "Kindermishandeling"),
     (("Karim Ouali", None, "", "voorzitter"), ("Els Mulder", None, "", "lid"),
      ("Noor Dekker", None, "", "lid"), (None, "Politie", "", "lid"),
      (None, "GGZ-instelling", "", "lid")),
     dict(decision=Decision.BEHOUDEN)),
    ("Districtelijk veiligheidsoverleg", Level.BESTUURLIJK, MeetingDomain.VEILIGHEID,
     MeetingTask.AFSTEMMING, 4, 760, 40,
     "Burgemeesters, politie en OM stemmen de veiligheidsaanpak in het district af.",
     "Politiewet (artikel 13)", ("Mensenhandel",),
     (("Marieke Vos", None, "", "voorzitter"), ("Sandra de Groot", None, "", "lid"),
      ("Ruud Visser", None, "", "lid"), ("Ingrid Smit", None, "", "lid")),
     dict(decision=Decision.AANSLUITEN, join_form=JoinForm.INFORMEREN,
          answer_join="De regiopilot informeert het district twee keer per jaar over de "
                      "werkagenda.")),
    ("Regionaal overleg mensenhandel", Level.TACTISCH, MeetingDomain.INTEGRAAL,
     MeetingTask.AFSTEMMING, 0, 760, 380,
     "Zorgcoördinatie en signalering van slachtoffers van mensenhandel.", "",
     ("Mensenhandel",),
     (("Lotte Jansen", None, "", "voorzitter"), (None, "Politie", "", "lid"),
      (None, "Zorg- en Veiligheidshuis", "", "lid")),
     dict(decision=Decision.NIEUW, frequency_after=4,
          answer_result="Ja, als er ook een tactische tafel voor mensenhandel komt.",
          ideal="Een vaste plek waar signalen van mensenhandel samenkomen.",
          change_by="De programmatrekker Z+V, met de zorgcoördinator mensenhandel.")),
)

#: (from, to, kind)
LINKS = (
    ("Casusoverleg complexe casuïstiek (Zorg- en Veiligheidshuis)", TACTISCH, LinkKind.FEEDS),
    (TACTISCH, RBO, LinkKind.REPORTS),
    ("Bestuurlijk overleg Veilig Thuis", RBO, LinkKind.FEEDS),
    ("Bestuurlijk overleg Wvggz", RBO, LinkKind.FEEDS),
    ("Stuurgroep Top X", RBO, LinkKind.FEEDS),
    (PHO, RBO, LinkKind.FEEDS),
    ("Districtelijk veiligheidsoverleg", RBO, LinkKind.FEEDS),
    ("Regionaal overleg mensenhandel", TACTISCH, LinkKind.REPORTS),
)

#: Call rounds: (planned, municipality, done, notes).
ROUNDS = (
    (date(2026, 5, 18), "Zaanstad", True,
     "Drie aparte bestuurlijke tafels gevonden (Veilig Thuis, Wvggz, Top X)."),
    (date(2026, 11, 16), "Purmerend", True, "Overleg mensenhandel toegevoegd."),
    (date(2027, 5, 17), "Edam-Volendam", False, ""),
    (date(2027, 11, 15), "Waterland", False, ""),
)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """Adds the region's meetings, links, decisions and call rounds."""
    ids: dict[str, str] = {}
    for (name, level, domain, task, freq, x, y, purpose, legal, themes, seats,
         values) in MEETINGS:
        meeting_id = ops.add_meeting(session, name, level=level, domain=domain, task=task,
                                     frequency=freq, x=float(x), y=float(y), purpose=purpose,
                                     legal_tasks=legal)
        row = session.get(Meeting, meeting_id)
        for key, value in values.items():
            setattr(row, key, value)
        for theme in themes:
            ops.set_theme(session, meeting_id, ctx.themes[theme], True)
        for person, org, free, role in seats:
            ops.add_participant(session, meeting_id,
                                person_id=ctx.people[person] if person else None,
                                organisation_id=ctx.organisations[org] if org else None,
                                name=free, role=role)
        ids[name] = meeting_id
    ctx.meetings = ids
    for source, target, kind in LINKS:
        ops.add_link(session, ids[source], ids[target], kind)
    ops.set_review(session, answer_missing=(
        "Ja: er was geen regionaal overleg over mensenhandel; signalen bleven bij afzonderlijke "
        "organisaties liggen. Besluit: een tactisch overleg mensenhandel starten."))
    towns = {m.name: m.id for m in session.query(Municipality)}
    for planned, town, done, notes in ROUNDS:
        session.add(MeetingRound(planned_on=planned, municipality_id=towns[town], done=done,
                                 notes=notes))
    session.flush()

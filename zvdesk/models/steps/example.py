"""The stappenplan of the example region: the regiopilot, partly walked (seed 002).

Step 1 is finished, steps 2 and 3 are under way, the time-out has not been held yet. The
goals of step 2 are the impact framework's "doel" elements, which the impact example adds;
this module does not depend on whether that ran before or after it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from zvdesk.models.steps.tables import (
    StepKey,
    StepStatus,
    add_participant,
    add_role,
    update_step,
)

AMBITION = (
    "In 2025 werkt elke gemeente in Zaanstreek-Waterland integraal rondom cliënten, doordat "
    "uitvoeringsprofessionals van gemeenten, zorgaanbieders en veiligheidsorganisaties met "
    "elkaar zijn verenigd. We werken ‘lokaal waar het kan, regionaal waar het nodig is’: "
    "iedere gemeente blijft verantwoordelijk voor haar inwoners, en we werken regionaal samen "
    "waar de schaal dat vraagt.")

#: (organisation, person, ambition, needs) — the participants' own ambitions in step 1.
PARTICIPANTS = (
    ("Gemeente Zaanstad", "Peter Kramer",
     "Eén regionale werkagenda Z+V waarin de zeven gemeenten hun lokale aanpakken verbinden.",
     "Mandaat van de colleges en tijd van de programmatrekkers in alle gemeenten."),
    ("Politie", "Ruud Visser",
     "Minder overleggen en sneller één aanspreekpunt bij zorgen over personen met "
     "verward gedrag.",
     "Duidelijke afspraken over op- en afschalen en over het delen van informatie."),
    ("GGZ-instelling", "Hanneke Bakker",
     "Eerder in beeld komen bij zorgmijdende inwoners, vóórdat de situatie escaleert.",
     "Een regionaal kader voor informatiedeling waar ook de zorg achter kan staan."),
    ("Openbaar Ministerie", "Ingrid Smit",
     "Strafrecht en zorg in één plan rond de persoon, met heldere casusregie.",
     "Vaste contactpersonen bij gemeenten en het Zorg- en Veiligheidshuis."),
    ("Zorg- en Veiligheidshuis", "Karim Ouali",
     "Het Zorg- en Veiligheidshuis als regionale spil voor complexe casuïstiek.",
     "Heldere instroomcriteria en een gezamenlijke financiering door de gemeenten."),
)

#: Step 4 is not reached yet; two partners already said what they will take on.
ROLES = (
    ("Gemeente Zaanstad", "Peter Kramer", "Programmatrekker regiopilot",
     "Opstellen van de werkagenda; voorbereiden van het bestuurlijk overleg Z+V."),
    ("Zorg- en Veiligheidshuis", "Karim Ouali", "Procesregie complexe casuïstiek",
     "Organiseren van de gezamenlijke casusoverleggen en het regionale escalatiemodel."),
)


def populate_example(session: Session, ctx: object) -> None:
    """Fills in the regiopilot's stappenplan up to step 3."""
    project_id = ctx.projects["regiopilot"]  # type: ignore[attr-defined]
    orgs: dict[str, str] = ctx.organisations  # type: ignore[attr-defined]
    people: dict[str, str] = ctx.people  # type: ignore[attr-defined]
    update_step(session, project_id, StepKey.STAP_1, {
        "status": StepStatus.AFGEROND,
        "ambition": AMBITION,
        "who": "Burgemeesters en wethouders van de zeven gemeenten, de bestuurders van politie, "
               "OM, GGZ, GGD en het Zorg- en Veiligheidshuis, met hun beleidsadviseurs.",
        "work_form": "Twee workshops met de ambtelijke werkgroep (met ondersteuning van VNG en "
                     "Berenschot): eerst ieder de eigen ambitie en behoeften, daarna samen.",
        "dilemmas": "Iedere partner keek eerst vanuit de eigen organisatie; gemeenten wilden "
                    "hun lokale verantwoordelijkheid houden.",
        "result": "Een gedeelde ambitie voor 2025, vastgesteld in het bestuurlijk overleg Z+V.",
    })
    update_step(session, project_id, StepKey.STAP_2, {
        "status": StepStatus.BEZIG,
        "who": "Bestuurders van alle regionale partners en een vertegenwoordiging van "
               "zorg- en veiligheidsprofessionals.",
        "work_form": "Werksessie in kleine stappen; doelen per outcome SMART gemaakt.",
        "dilemmas": "Welke doelen krijgen voorrang: informatiedeling of het escalatiemodel?",
        "result": "Het overkoepelende doel voor 2025 staat; het SMART maken per outcome loopt "
                  "nog (zie het impact framework).",
    })
    update_step(session, project_id, StepKey.STAP_3, {
        "status": StepStatus.BEZIG,
        "who": "Programmatrekkers Z+V en uitvoeringsprofessionals van gemeenten, "
               "zorgaanbieders en veiligheidsorganisaties.",
        "work_form": "Werksessies met het impact framework; mechanismen in het kwadrant gezet.",
        "dilemmas": "Veel energie ging naar landelijke wetgeving, waar de regio geen invloed "
                    "op heeft.",
        "result": "",
    })
    for org, person, ambition, needs in PARTICIPANTS:
        add_participant(session, project_id, organisation_id=orgs.get(org),
                        person_id=people.get(person), ambition=ambition, needs=needs)
    for org, person, role, tasks in ROLES:
        add_role(session, project_id, organisation_id=orgs.get(org),
                 person_id=people.get(person), role=role, tasks=tasks)

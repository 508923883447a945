"""The region's part of the example: Zaanstreek-Waterland, its partners, people, themes and
two projects. Runs first; fills the context that the other instruments' examples use."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from zvdesk.models.core.schema import record_class
from zvdesk.models.region.ops import populate_new_region, set_project_themes
from zvdesk.models.region.tables import (
    Level,
    Organisation,
    Person,
    Project,
    ProjectStatus,
)

if TYPE_CHECKING:
    from zvdesk.models.example import ExampleContext

MUNICIPALITIES = ("Zaanstad", "Purmerend", "Edam-Volendam", "Waterland", "Wormerland",
                  "Oostzaan", "Landsmeer")

# Fictitious people: names are invented; functions are typical for a Z+V network.
PEOPLE = (
    ("Marieke Vos", "MV", "Gemeente Zaanstad", "Burgemeester", Level.BESTUURLIJK),
    ("Ahmed Benali", "AB", "Gemeente Purmerend", "Wethouder zorg", Level.BESTUURLIJK),
    ("Sandra de Groot", "SdG", "Gemeente Edam-Volendam", "Burgemeester", Level.BESTUURLIJK),
    ("Peter Kramer", "PK", "Gemeente Zaanstad", "Programmatrekker Z+V", Level.TACTISCH),
    ("Lotte Jansen", "LJ", "Gemeente Purmerend", "Beleidsadviseur OOV", Level.TACTISCH),
    ("Ruud Visser", "RV", "Politie", "Districtschef Zaanstreek-Waterland", Level.BESTUURLIJK),
    ("Ingrid Smit", "IS", "Openbaar Ministerie", "Officier van justitie", Level.TACTISCH),
    ("Hanneke Bakker", "HB", "GGZ-instelling", "Manager acute psychiatrie", Level.TACTISCH),
    ("Karim Ouali", "KO", "Zorg- en Veiligheidshuis", "Procesregisseur", Level.OPERATIONEEL),
    ("Els Mulder", "EM", "Veilig Thuis", "Teamleider", Level.OPERATIONEEL),
    ("Jeroen de Wit", "JdW", "Reclassering", "Regiomanager", Level.TACTISCH),
    ("Fatima el Amrani", "FeA", "GGD", "Directeur publieke gezondheid", Level.BESTUURLIJK),
    ("Bas Hendriks", "BH", "Veiligheidsregio", "Coördinator crisisbeheersing", Level.TACTISCH),
    ("Noor Dekker", "ND", "Gemeente Wormerland", "Beleidsmedewerker zorg", Level.OPERATIONEEL),
    ("Tom Willems", "TW", "Raad voor de Kinderbescherming", "Regiomanager", Level.TACTISCH),
    ("Yvonne Peters", "YP", "Gemeente Waterland", "Wethouder sociaal domein", Level.BESTUURLIJK),
)


def populate_example(session: Session, ctx: ExampleContext) -> None:
    """The region, its municipalities, partners, people, themes and two projects."""
    region = populate_new_region(session, "Zaanstreek-Waterland", MUNICIPALITIES)
    region.description = (
        "Samenwerking van de zeven gemeenten in Zaanstreek-Waterland met hun partners in zorg "
        "en veiligheid. Zaanstreek-Waterland was in 2019-2020 een van de regiopilots Zorg + "
        "Veiligheid van de VNG.")
    # The RBO Zorg en Veiligheid is a meeting of the region (§2.3), not an organisation.
    session.flush()
    ctx.organisations = {o.name: o.id for o in session.query(Organisation)}
    ctx.themes = {t.name: t.id for t in session.query(record_class("theme"))}
    for name, initials, org, role, level in PEOPLE:
        person = Person(name=name, initials=initials, organisation_id=ctx.organisations[org],
                        role=role, level=level,
                        email=f"{initials.lower()}@voorbeeld.invalid")
        session.add(person)
        session.flush()
        ctx.people[name] = person.id
    pilot = Project(
        name="Regiopilot Zorg + Veiligheid", status=ProjectStatus.LOPEND,
        lead_person_id=ctx.people["Peter Kramer"], start_date=date(2019, 9, 1),
        end_date=date(2021, 12, 31), sort_order=1,
        description=(
            "Regionale werkagenda Z+V en een ondersteunende regionale integrale infrastructuur: "
            "bestuurlijk gremium, netwerksamenwerking op tactisch niveau en samenwerkingsvormen "
            "in de uitvoering (Beleidstheorie Regiopilots Z+V, VNG/Berenschot 2020)."))
    confused = Project(
        name="Aanpak personen met verward gedrag", status=ProjectStatus.VERKENNING,
        lead_person_id=ctx.people["Lotte Jansen"], start_date=date(2026, 1, 15), sort_order=2,
        description="Sluitende aanpak met een meldpunt niet-acute zorg, vervoer en "
                    "gezamenlijke casusregie van gemeenten, GGZ en politie.")
    session.add_all([pilot, confused])
    session.flush()
    ctx.projects = {"regiopilot": pilot.id, "verward": confused.id}
    set_project_themes(session, pilot.id, [ctx.themes["Personen met verward gedrag"],
                                           ctx.themes["Huiselijk geweld"],
                                           ctx.themes["Kindermishandeling"],
                                           ctx.themes["Mensenhandel"]])
    set_project_themes(session, confused.id, [ctx.themes["Personen met verward gedrag"]])

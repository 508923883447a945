"""Frozen SQL of migration step 2: the tables of the instruments new in version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE regioplan (\n\ttitle VARCHAR(300) NOT NULL, \n\tdeciders TEXT NOT NULL, \n\tstrategic_focus TEXT NOT NULL, \n\tchoice_criteria TEXT NOT NULL, \n\torganisation_form TEXT NOT NULL, \n\thistory_success TEXT NOT NULL, \n\thistory_ambition TEXT NOT NULL, \n\tcharacteristics TEXT NOT NULL, \n\tactors_needs TEXT NOT NULL, \n\tprovision TEXT NOT NULL, \n\tstarting_position TEXT NOT NULL, \n\tlegislation TEXT NOT NULL, \n\tinsights TEXT NOT NULL, \n\tmission_vision TEXT NOT NULL, \n\tbusiness_case TEXT NOT NULL, \n\timpact_culture TEXT NOT NULL, \n\timpact_structure TEXT NOT NULL, \n\timpact_activities TEXT NOT NULL, \n\timpact_technology TEXT NOT NULL, \n\trisks TEXT NOT NULL, \n\tbudget TEXT NOT NULL, \n\tstaffing TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)',
    'CREATE TABLE regioplan_trend (\n\tkind VARCHAR(40) NOT NULL, \n\ttitle VARCHAR(300) NOT NULL, \n\tdescription TEXT NOT NULL, \n\trelevance INTEGER, \n\tvalence VARCHAR(40), \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)',
    'CREATE TABLE regioplan_goal (\n\tparent_id VARCHAR(36), \n\ttitle VARCHAR(500) NOT NULL, \n\tdescription TEXT NOT NULL, \n\tspearhead BOOLEAN NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES regioplan_goal (id)\n)',
    'CREATE TABLE regioplan_project (\n\tproject_id VARCHAR(36) NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE INDEX ix_regioplan_goal_parent ON regioplan_goal (parent_id)',
    'CREATE INDEX ix_regioplan_project_project ON regioplan_project (project_id)',
)

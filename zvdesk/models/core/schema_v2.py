"""Frozen SQL of migration step 2: the tables of the instruments new in version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE ave_card (\n\tproject_id VARCHAR(36) NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\tlabel_starting_situation VARCHAR(120) NOT NULL, \n\tlabel_case_direction VARCHAR(120) NOT NULL, \n\tlabel_process_direction VARCHAR(120) NOT NULL, \n\tlabel_operational_responsibility VARCHAR(120) NOT NULL, \n\tlabel_administrative_responsibility VARCHAR(120) NOT NULL, \n\tlabel_scale_up VARCHAR(120) NOT NULL, \n\tlabel_scale_down VARCHAR(120) NOT NULL, \n\tlabel_protocols VARCHAR(120) NOT NULL, \n\tlabel_escalation_route VARCHAR(120) NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE TABLE ave_phase (\n\tproject_id VARCHAR(36) NOT NULL, \n\tnumber INTEGER NOT NULL, \n\tname VARCHAR(200) NOT NULL, \n\tcolour VARCHAR(20) NOT NULL, \n\tstarting_situation TEXT NOT NULL, \n\tcase_direction TEXT NOT NULL, \n\tprocess_direction TEXT NOT NULL, \n\toperational_responsibility TEXT NOT NULL, \n\tadministrative_responsibility TEXT NOT NULL, \n\tscale_up TEXT NOT NULL, \n\tscale_down TEXT NOT NULL, \n\tprotocols TEXT NOT NULL, \n\tescalation_route TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE INDEX ix_ave_card_project ON ave_card (project_id)',
    'CREATE INDEX ix_ave_phase_project ON ave_phase (project_id)',
)

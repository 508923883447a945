"""Frozen SQL of migration step 2: the tables of the instruments new in version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE mon_indicator (\n\tproject_id VARCHAR(36) NOT NULL, \n\tblock VARCHAR(40) NOT NULL, \n\tname VARCHAR(300) NOT NULL, \n\tcatalogue_key VARCHAR(80) NOT NULL, \n\tmethod VARCHAR(40), \n\tunit VARCHAR(100) NOT NULL, \n\tbaseline FLOAT, \n\tbaseline_date VARCHAR(10), \n\ttarget FLOAT, \n\ttarget_date VARCHAR(10), \n\tchain_element_id VARCHAR(36), \n\tmeeting VARCHAR(300) NOT NULL, \n\tdiscussed_when VARCHAR(300) NOT NULL, \n\tdiscussed_by VARCHAR(300) NOT NULL, \n\tsteering TEXT NOT NULL, \n\tnotes TEXT NOT NULL, \n\tfictitious BOOLEAN NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE TABLE mon_measurement (\n\tindicator_id VARCHAR(36) NOT NULL, \n\tmeasured_on VARCHAR(10), \n\tmunicipality_id VARCHAR(36), \n\tvalue FLOAT, \n\tnote TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(indicator_id) REFERENCES mon_indicator (id), \n\tFOREIGN KEY(municipality_id) REFERENCES municipality (id)\n)',
    'CREATE INDEX ix_mon_indicator_project ON mon_indicator (project_id)',
    'CREATE INDEX ix_mon_measurement_indicator ON mon_measurement (indicator_id)',
)

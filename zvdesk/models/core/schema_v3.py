"""Frozen SQL of migration step 3: what version 3 adds to version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

from zvdesk.models.core.frozen import Rebuild

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE project_version (\n\tproject_id VARCHAR(36) NOT NULL, \n\tbase_version_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tadopted_on VARCHAR(10), \n\tadopted_by VARCHAR(40) NOT NULL, \n\tadopted_by_text VARCHAR(200) NOT NULL, \n\tnote TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(base_version_id) REFERENCES project_version (id)\n)',
    'CREATE TABLE project_version_row (\n\tversion_id VARCHAR(36) NOT NULL, \n\tkind VARCHAR(40) NOT NULL, \n\trow_id VARCHAR(36) NOT NULL, \n\tregion BOOLEAN NOT NULL, \n\tpayload TEXT, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(version_id) REFERENCES project_version (id)\n)',
    'CREATE INDEX ix_project_version_project ON project_version (project_id)',
    'CREATE INDEX ix_project_version_row_version ON project_version_row (version_id)',
)

REBUILDS: tuple[Rebuild, ...] = (
)

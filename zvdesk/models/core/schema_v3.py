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
    Rebuild('mon_indicator', 'CREATE TABLE mon_indicator (\n\tproject_id VARCHAR(36) NOT NULL, \n\tblock VARCHAR(40) NOT NULL, \n\tname VARCHAR(300) NOT NULL, \n\tcatalogue_key VARCHAR(80) NOT NULL, \n\tmethod VARCHAR(40), \n\tunit VARCHAR(100) NOT NULL, \n\tbaseline FLOAT, \n\tbaseline_date VARCHAR(10), \n\ttarget FLOAT, \n\ttarget_date VARCHAR(10), \n\tchain_element_id VARCHAR(36), \n\tmeeting_id VARCHAR(36), \n\tmeeting VARCHAR(300) NOT NULL, \n\tdiscussed_when VARCHAR(300) NOT NULL, \n\tdiscussed_by VARCHAR(300) NOT NULL, \n\tsteering TEXT NOT NULL, \n\tnotes TEXT NOT NULL, \n\tfictitious BOOLEAN NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(meeting_id) REFERENCES meeting (id)\n)',
            ('project_id', 'block', 'name', 'catalogue_key', 'method', 'unit', 'baseline', 'baseline_date', 'target', 'target_date', 'chain_element_id', 'meeting', 'discussed_when', 'discussed_by', 'steering', 'notes', 'fictitious', 'sort_order', 'id', 'created_at', 'modified_at', 'deleted_at', 'field_stamps'),
            (),
            ('CREATE INDEX ix_mon_indicator_project ON mon_indicator (project_id)',)),
)

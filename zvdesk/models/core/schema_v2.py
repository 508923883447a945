"""Frozen SQL of migration step 2: the tables of the instruments new in version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE wv_session (\n\tproject_id VARCHAR(36) NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\theld_on VARCHAR(10), \n\tgoal TEXT NOT NULL, \n\ttips_done VARCHAR(400) NOT NULL, \n\toutcome TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE TABLE wv_participant (\n\tsession_id VARCHAR(36) NOT NULL, \n\tperson_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(session_id) REFERENCES wv_session (id), \n\tFOREIGN KEY(person_id) REFERENCES person (id)\n)',
    'CREATE TABLE wv_item (\n\tsession_id VARCHAR(36) NOT NULL, \n\tform_key VARCHAR(40) NOT NULL, \n\tquestion TEXT NOT NULL, \n\tminutes INTEGER NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\toutcome TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(session_id) REFERENCES wv_session (id)\n)',
    'CREATE TABLE wv_entry (\n\titem_id VARCHAR(36) NOT NULL, \n\tparticipant_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tcategory VARCHAR(20) NOT NULL, \n\tsubject VARCHAR(300) NOT NULL, \n\ttext TEXT NOT NULL, \n\tgroup_no INTEGER NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(item_id) REFERENCES wv_item (id), \n\tFOREIGN KEY(participant_id) REFERENCES wv_participant (id)\n)',
    'CREATE INDEX ix_wv_session_project ON wv_session (project_id)',
    'CREATE INDEX ix_wv_participant_session ON wv_participant (session_id)',
    'CREATE INDEX ix_wv_item_session ON wv_item (session_id)',
    'CREATE INDEX ix_wv_entry_item ON wv_entry (item_id)',
)

"""Frozen SQL of migration step 2: the tables of the instruments new in version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE problemscan_question (\n\tproject_id VARCHAR(36) NOT NULL, \n\tquestion_key VARCHAR(40) NOT NULL, \n\tquestion VARCHAR(500) NOT NULL, \n\tused BOOLEAN NOT NULL, \n\tsummary TEXT NOT NULL, \n\tproposal VARCHAR(500) NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE TABLE dilemma (\n\tproject_id VARCHAR(36) NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\tleft_value VARCHAR(500) NOT NULL, \n\tright_value VARCHAR(500) NOT NULL, \n\tmode VARCHAR(40) NOT NULL, \n\tsession_date VARCHAR(10), \n\tother_values TEXT NOT NULL, \n\toutcome_kind VARCHAR(40), \n\toutcome TEXT NOT NULL, \n\tchosen_position INTEGER, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id)\n)',
    'CREATE TABLE problemscan_answer (\n\tquestion_id VARCHAR(36) NOT NULL, \n\tperson_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tanswer TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(question_id) REFERENCES problemscan_question (id), \n\tFOREIGN KEY(person_id) REFERENCES person (id)\n)',
    'CREATE TABLE dilemma_position (\n\tdilemma_id VARCHAR(36) NOT NULL, \n\tperson_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tposition INTEGER NOT NULL, \n\texplanation TEXT NOT NULL, \n\tvalue_order TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(dilemma_id) REFERENCES dilemma (id), \n\tFOREIGN KEY(person_id) REFERENCES person (id)\n)',
    'CREATE INDEX ix_problemscan_question_project ON problemscan_question (project_id)',
    'CREATE INDEX ix_dilemma_project ON dilemma (project_id)',
    'CREATE INDEX ix_problemscan_answer_question ON problemscan_answer (question_id)',
    'CREATE INDEX ix_dilemma_position_dilemma ON dilemma_position (dilemma_id)',
)

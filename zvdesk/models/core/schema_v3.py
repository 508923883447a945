"""Frozen SQL of migration step 3: what version 3 adds to version 2.

Written by scripts/freeze_schema.py from a new file's sqlite_master (never by hand).
"""

from zvdesk.models.core.frozen import Rebuild

STATEMENTS: tuple[str, ...] = (
    'CREATE TABLE project_version (\n\tproject_id VARCHAR(36) NOT NULL, \n\tbase_version_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tadopted_on VARCHAR(10), \n\tadopted_by VARCHAR(40) NOT NULL, \n\tadopted_by_text VARCHAR(200) NOT NULL, \n\tnote TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(base_version_id) REFERENCES project_version (id)\n)',
    'CREATE TABLE project_participant (\n\tproject_id VARCHAR(36) NOT NULL, \n\tperson_id VARCHAR(36), \n\torganisation_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\trole VARCHAR(200) NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(person_id) REFERENCES person (id), \n\tFOREIGN KEY(organisation_id) REFERENCES organisation (id)\n)',
    'CREATE TABLE project_version_row (\n\tversion_id VARCHAR(36) NOT NULL, \n\tkind VARCHAR(40) NOT NULL, \n\trow_id VARCHAR(36) NOT NULL, \n\tregion BOOLEAN NOT NULL, \n\tpayload TEXT, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(version_id) REFERENCES project_version (id)\n)',
    'CREATE INDEX ix_project_participant_project ON project_participant (project_id)',
    'CREATE INDEX ix_project_version_project ON project_version (project_id)',
    'CREATE INDEX ix_project_version_row_version ON project_version_row (version_id)',
)

REBUILDS: tuple[Rebuild, ...] = (
    Rebuild('mon_indicator', 'CREATE TABLE mon_indicator (\n\tproject_id VARCHAR(36) NOT NULL, \n\tblock VARCHAR(40) NOT NULL, \n\tname VARCHAR(300) NOT NULL, \n\tcatalogue_key VARCHAR(80) NOT NULL, \n\tmethod VARCHAR(40), \n\tunit VARCHAR(100) NOT NULL, \n\tbaseline FLOAT, \n\tbaseline_date VARCHAR(10), \n\ttarget FLOAT, \n\ttarget_date VARCHAR(10), \n\tchain_element_id VARCHAR(36), \n\tmeeting_id VARCHAR(36), \n\tmeeting VARCHAR(300) NOT NULL, \n\tdiscussed_when VARCHAR(300) NOT NULL, \n\tdiscussed_by VARCHAR(300) NOT NULL, \n\tsteering TEXT NOT NULL, \n\tnotes TEXT NOT NULL, \n\tfictitious BOOLEAN NOT NULL, \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(meeting_id) REFERENCES meeting (id)\n)',
            ('project_id', 'block', 'name', 'catalogue_key', 'method', 'unit', 'baseline', 'baseline_date', 'target', 'target_date', 'chain_element_id', 'meeting', 'discussed_when', 'discussed_by', 'steering', 'notes', 'fictitious', 'sort_order', 'id', 'created_at', 'modified_at', 'deleted_at', 'field_stamps'),
            (),
            ('CREATE INDEX ix_mon_indicator_project ON mon_indicator (project_id)',)),
    Rebuild('step_participant', 'CREATE TABLE step_participant (\n\tproject_id VARCHAR(36) NOT NULL, \n\torganisation_id VARCHAR(36), \n\tperson_id VARCHAR(36), \n\tambition TEXT NOT NULL, \n\tneeds TEXT NOT NULL, \n\tparticipant_id VARCHAR(36), \n\tsort_order INTEGER NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(organisation_id) REFERENCES organisation (id), \n\tFOREIGN KEY(person_id) REFERENCES person (id), \n\tFOREIGN KEY(participant_id) REFERENCES project_participant (id)\n)',
            ('project_id', 'organisation_id', 'person_id', 'ambition', 'needs', 'sort_order', 'id', 'created_at', 'modified_at', 'deleted_at', 'field_stamps'),
            (),
            ('CREATE INDEX ix_step_participant_project ON step_participant (project_id)',)),
    Rebuild('coop_participant', 'CREATE TABLE coop_participant (\n\tproject_id VARCHAR(36) NOT NULL, \n\torganisation_id VARCHAR(36), \n\tperson_id VARCHAR(36), \n\tname VARCHAR(200) NOT NULL, \n\tparticipant_id VARCHAR(36), \n\tsort_order INTEGER NOT NULL, \n\tintake_date VARCHAR(10), \n\tunknown_people TEXT NOT NULL, \n\town_role TEXT NOT NULL, \n\tdesired_mandate TEXT NOT NULL, \n\tintensity VARCHAR(40), \n\tintensity_notes TEXT NOT NULL, \n\topportunities TEXT NOT NULL, \n\tproblems TEXT NOT NULL, \n\tagreed_mandate TEXT NOT NULL, \n\tinvestment TEXT NOT NULL, \n\tid VARCHAR(36) NOT NULL, \n\tcreated_at VARCHAR(32) NOT NULL, \n\tmodified_at VARCHAR(32) NOT NULL, \n\tdeleted_at VARCHAR(32), \n\tfield_stamps TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(project_id) REFERENCES project (id), \n\tFOREIGN KEY(organisation_id) REFERENCES organisation (id), \n\tFOREIGN KEY(person_id) REFERENCES person (id), \n\tFOREIGN KEY(participant_id) REFERENCES project_participant (id)\n)',
            ('project_id', 'organisation_id', 'person_id', 'name', 'sort_order', 'intake_date', 'unknown_people', 'own_role', 'desired_mandate', 'intensity', 'intensity_notes', 'opportunities', 'problems', 'agreed_mandate', 'investment', 'id', 'created_at', 'modified_at', 'deleted_at', 'field_stamps'),
            (),
            ('CREATE INDEX ix_coop_participant_project ON coop_participant (project_id)',)),
)

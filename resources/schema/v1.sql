-- The schema of .zvdb version 1, frozen: the sqlite_master SQL of every table and index as
-- ZV Desk 1 writes it (tests/fixtures/v1.zvdb). Never edit this file; a new schema version
-- gets its own vN.sql beside it (docs/ARCHITECTURE.md, "The file").

CREATE TABLE region (
	name VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE municipality (
	name VARCHAR(200) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE organisation (
	name VARCHAR(200) NOT NULL, 
	short_name VARCHAR(40) NOT NULL, 
	domain VARCHAR(40) NOT NULL, 
	description TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE theme (
	name VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE file_info (
	file_id VARCHAR(36) NOT NULL, 
	name VARCHAR(260) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE lineage (
	event VARCHAR(40) NOT NULL, 
	file_id VARCHAR(36) NOT NULL, 
	file_name VARCHAR(260) NOT NULL, 
	partner_file_id VARCHAR(36) NOT NULL, 
	partner_name VARCHAR(260) NOT NULL, 
	at VARCHAR(32) NOT NULL, 
	note VARCHAR(200) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE report_settings (
	organisation VARCHAR(200) NOT NULL, 
	author VARCHAR(200) NOT NULL, 
	logo BLOB, 
	logo_name VARCHAR(200) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE person (
	name VARCHAR(200) NOT NULL, 
	initials VARCHAR(8) NOT NULL, 
	organisation_id VARCHAR(36), 
	role VARCHAR(200) NOT NULL, 
	level VARCHAR(40), 
	email VARCHAR(200) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id)
);

CREATE INDEX ix_person_organisation ON person (organisation_id);

CREATE TABLE project (
	name VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	lead_person_id VARCHAR(36), 
	start_date VARCHAR(10), 
	end_date VARCHAR(10), 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(lead_person_id) REFERENCES person (id)
);

CREATE TABLE project_theme (
	project_id VARCHAR(36) NOT NULL, 
	theme_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(theme_id) REFERENCES theme (id)
);

CREATE INDEX ix_project_theme_project ON project_theme (project_id);

CREATE TABLE coop_participant (
	project_id VARCHAR(36) NOT NULL, 
	organisation_id VARCHAR(36), 
	person_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	intake_date VARCHAR(10), 
	unknown_people TEXT NOT NULL, 
	own_role TEXT NOT NULL, 
	desired_mandate TEXT NOT NULL, 
	intensity VARCHAR(40), 
	intensity_notes TEXT NOT NULL, 
	opportunities TEXT NOT NULL, 
	problems TEXT NOT NULL, 
	agreed_mandate TEXT NOT NULL, 
	investment TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_coop_participant_project ON coop_participant (project_id);

CREATE TABLE coop_core_value (
	project_id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_coop_core_value_project ON coop_core_value (project_id);

CREATE TABLE coop_answer (
	project_id VARCHAR(36) NOT NULL, 
	question_key VARCHAR(40) NOT NULL, 
	question VARCHAR(500) NOT NULL, 
	answer TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_coop_answer_project ON coop_answer (project_id);

CREATE TABLE coop_level (
	project_id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	decision_body VARCHAR(200) NOT NULL, 
	meaning TEXT NOT NULL, 
	contribution TEXT NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_coop_level_project ON coop_level (project_id);

CREATE TABLE coop_term (
	project_id VARCHAR(36) NOT NULL, 
	term VARCHAR(200) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_coop_term_project ON coop_term (project_id);

CREATE TABLE project_step (
	project_id VARCHAR(36) NOT NULL, 
	step VARCHAR(40) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	who TEXT NOT NULL, 
	work_form TEXT NOT NULL, 
	dilemmas TEXT NOT NULL, 
	result TEXT NOT NULL, 
	ambition TEXT NOT NULL, 
	feasibility VARCHAR(40), 
	feasibility_motivation TEXT NOT NULL, 
	aim_learn BOOLEAN NOT NULL, 
	aim_account BOOLEAN NOT NULL, 
	aim_share BOOLEAN NOT NULL, 
	monitoring_level VARCHAR(40), 
	monitoring_focus TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_project_step_project ON project_step (project_id);

CREATE TABLE step_participant (
	project_id VARCHAR(36) NOT NULL, 
	organisation_id VARCHAR(36), 
	person_id VARCHAR(36), 
	ambition TEXT NOT NULL, 
	needs TEXT NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_step_participant_project ON step_participant (project_id);

CREATE TABLE step_role (
	project_id VARCHAR(36) NOT NULL, 
	organisation_id VARCHAR(36), 
	person_id VARCHAR(36), 
	role VARCHAR(200) NOT NULL, 
	tasks TEXT NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_step_role_project ON step_role (project_id);

CREATE TABLE stakeholder (
	project_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	organisation_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	initials VARCHAR(8) NOT NULL, 
	ring VARCHAR(40) NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	attitude VARCHAR(40) NOT NULL, 
	notes TEXT NOT NULL, 
	influence INTEGER, 
	interest INTEGER, 
	strategy VARCHAR(40), 
	actions TEXT NOT NULL, 
	medium VARCHAR(200) NOT NULL, 
	frequency VARCHAR(200) NOT NULL, 
	owner_person_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(person_id) REFERENCES person (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id), 
	FOREIGN KEY(owner_person_id) REFERENCES person (id)
);

CREATE INDEX ix_stakeholder_project ON stakeholder (project_id);

CREATE TABLE stakeholder_next_step (
	project_id VARCHAR(36) NOT NULL, 
	text TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_stakeholder_next_step_project ON stakeholder_next_step (project_id);

CREATE TABLE impact_element (
	project_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	title VARCHAR(1000) NOT NULL, 
	description TEXT NOT NULL, 
	actor VARCHAR(1000) NOT NULL, 
	category VARCHAR(40), 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	w FLOAT NOT NULL, 
	h FLOAT NOT NULL, 
	sort_order INTEGER NOT NULL, 
	polarity VARCHAR(40), 
	influence VARCHAR(40), 
	handling TEXT NOT NULL, 
	smart_specifiek TEXT NOT NULL, 
	smart_specifiek_ok BOOLEAN NOT NULL, 
	smart_meetbaar TEXT NOT NULL, 
	smart_meetbaar_ok BOOLEAN NOT NULL, 
	smart_acceptabel TEXT NOT NULL, 
	smart_acceptabel_ok BOOLEAN NOT NULL, 
	smart_realistisch TEXT NOT NULL, 
	smart_realistisch_ok BOOLEAN NOT NULL, 
	smart_tijdgebonden TEXT NOT NULL, 
	smart_tijdgebonden_ok BOOLEAN NOT NULL, 
	horizon VARCHAR(40), 
	noticed_by_citizens BOOLEAN NOT NULL, 
	noticed_by_professionals BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_impact_element_project ON impact_element (project_id);

CREATE TABLE coop_seat (
	level_id VARCHAR(36) NOT NULL, 
	participant_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(level_id) REFERENCES coop_level (id), 
	FOREIGN KEY(participant_id) REFERENCES coop_participant (id)
);

CREATE INDEX ix_coop_seat_level ON coop_seat (level_id);

CREATE TABLE coop_meaning (
	term_id VARCHAR(36) NOT NULL, 
	organisation_id VARCHAR(36) NOT NULL, 
	meaning TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(term_id) REFERENCES coop_term (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id)
);

CREATE INDEX ix_coop_meaning_term ON coop_meaning (term_id);

CREATE TABLE stakeholder_relation (
	project_id VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	target_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(source_id) REFERENCES stakeholder (id), 
	FOREIGN KEY(target_id) REFERENCES stakeholder (id)
);

CREATE INDEX ix_stakeholder_relation_project ON stakeholder_relation (project_id);

CREATE TABLE impact_subitem (
	element_id VARCHAR(36) NOT NULL, 
	text VARCHAR(2000) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(element_id) REFERENCES impact_element (id)
);

CREATE INDEX ix_impact_subitem_element ON impact_subitem (element_id);

CREATE TABLE impact_link (
	project_id VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	target_id VARCHAR(36) NOT NULL, 
	rationale TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(source_id) REFERENCES impact_element (id), 
	FOREIGN KEY(target_id) REFERENCES impact_element (id)
);

CREATE INDEX ix_impact_link_project ON impact_link (project_id);

-- The schema of .zvdb version 2, frozen: the sqlite_master SQL of every table and index as
-- ZV Desk writes it for version 2 (tests/fixtures/v2.zvdb). Never edit this file; a new
-- schema version gets its own vN.sql beside it (docs/ARCHITECTURE.md, "The file").

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

CREATE TABLE meeting (
	name VARCHAR(300) NOT NULL, 
	purpose TEXT NOT NULL, 
	task VARCHAR(40), 
	frequency INTEGER NOT NULL, 
	level VARCHAR(40), 
	domain VARCHAR(40), 
	legal_tasks TEXT NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	answer_needed TEXT NOT NULL, 
	answer_join TEXT NOT NULL, 
	answer_influence TEXT NOT NULL, 
	answer_result TEXT NOT NULL, 
	decision VARCHAR(40), 
	join_form VARCHAR(40), 
	frequency_after INTEGER, 
	less_well TEXT NOT NULL, 
	ideal TEXT NOT NULL, 
	causes TEXT NOT NULL, 
	willingness TEXT NOT NULL, 
	change_by TEXT NOT NULL, 
	partner_burden TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE meeting_review (
	answer_missing TEXT NOT NULL, 
	interval_months INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE regioplan (
	title VARCHAR(300) NOT NULL, 
	deciders TEXT NOT NULL, 
	strategic_focus TEXT NOT NULL, 
	choice_criteria TEXT NOT NULL, 
	organisation_form TEXT NOT NULL, 
	history_success TEXT NOT NULL, 
	history_ambition TEXT NOT NULL, 
	characteristics TEXT NOT NULL, 
	actors_needs TEXT NOT NULL, 
	provision TEXT NOT NULL, 
	starting_position TEXT NOT NULL, 
	legislation TEXT NOT NULL, 
	insights TEXT NOT NULL, 
	mission_vision TEXT NOT NULL, 
	business_case TEXT NOT NULL, 
	impact_culture TEXT NOT NULL, 
	impact_structure TEXT NOT NULL, 
	impact_activities TEXT NOT NULL, 
	impact_technology TEXT NOT NULL, 
	risks TEXT NOT NULL, 
	budget TEXT NOT NULL, 
	staffing TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE regioplan_trend (
	kind VARCHAR(40) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	description TEXT NOT NULL, 
	relevance INTEGER, 
	valence VARCHAR(40), 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE regioplan_goal (
	parent_id VARCHAR(36), 
	title VARCHAR(500) NOT NULL, 
	description TEXT NOT NULL, 
	spearhead BOOLEAN NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(parent_id) REFERENCES regioplan_goal (id)
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

CREATE TABLE meeting_theme (
	meeting_id VARCHAR(36) NOT NULL, 
	theme_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id), 
	FOREIGN KEY(theme_id) REFERENCES theme (id)
);

CREATE TABLE meeting_link (
	source_id VARCHAR(36) NOT NULL, 
	target_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(source_id) REFERENCES meeting (id), 
	FOREIGN KEY(target_id) REFERENCES meeting (id)
);

CREATE TABLE meeting_round (
	planned_on VARCHAR(10), 
	municipality_id VARCHAR(36), 
	done BOOLEAN NOT NULL, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(municipality_id) REFERENCES municipality (id)
);

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

CREATE TABLE meeting_participant (
	meeting_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	organisation_id VARCHAR(36), 
	name VARCHAR(300) NOT NULL, 
	role VARCHAR(120) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id), 
	FOREIGN KEY(person_id) REFERENCES person (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id)
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

CREATE TABLE problemscan_question (
	project_id VARCHAR(36) NOT NULL, 
	question_key VARCHAR(40) NOT NULL, 
	question VARCHAR(500) NOT NULL, 
	used BOOLEAN NOT NULL, 
	summary TEXT NOT NULL, 
	proposal VARCHAR(500) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE work_process (
	project_id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	"trigger" TEXT NOT NULL, 
	state VARCHAR(40) NOT NULL, 
	origin_id VARCHAR(36), 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(origin_id) REFERENCES work_process (id)
);

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

CREATE TABLE dilemma (
	project_id VARCHAR(36) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	left_value VARCHAR(500) NOT NULL, 
	right_value VARCHAR(500) NOT NULL, 
	mode VARCHAR(40) NOT NULL, 
	session_date VARCHAR(10), 
	other_values TEXT NOT NULL, 
	outcome_kind VARCHAR(40), 
	outcome TEXT NOT NULL, 
	chosen_position INTEGER, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE practice_visit (
	project_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	host_organisation_id VARCHAR(36), 
	visit_date VARCHAR(10), 
	end_date VARCHAR(10), 
	period VARCHAR(200) NOT NULL, 
	focus VARCHAR(500) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	reflection_done TEXT NOT NULL, 
	reflection_seen TEXT NOT NULL, 
	reflection_experienced TEXT NOT NULL, 
	reflection_meaning TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(host_organisation_id) REFERENCES organisation (id)
);

CREATE TABLE ave_card (
	project_id VARCHAR(36) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	label_starting_situation VARCHAR(120) NOT NULL, 
	label_case_direction VARCHAR(120) NOT NULL, 
	label_process_direction VARCHAR(120) NOT NULL, 
	label_operational_responsibility VARCHAR(120) NOT NULL, 
	label_administrative_responsibility VARCHAR(120) NOT NULL, 
	label_scale_up VARCHAR(120) NOT NULL, 
	label_scale_down VARCHAR(120) NOT NULL, 
	label_protocols VARCHAR(120) NOT NULL, 
	label_escalation_route VARCHAR(120) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE ave_phase (
	project_id VARCHAR(36) NOT NULL, 
	number INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	colour VARCHAR(20) NOT NULL, 
	starting_situation TEXT NOT NULL, 
	case_direction TEXT NOT NULL, 
	process_direction TEXT NOT NULL, 
	operational_responsibility TEXT NOT NULL, 
	administrative_responsibility TEXT NOT NULL, 
	scale_up TEXT NOT NULL, 
	scale_down TEXT NOT NULL, 
	protocols TEXT NOT NULL, 
	escalation_route TEXT NOT NULL, 
	meeting_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id)
);

CREATE TABLE wv_session (
	project_id VARCHAR(36) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	held_on VARCHAR(10), 
	goal TEXT NOT NULL, 
	tips_done VARCHAR(400) NOT NULL, 
	outcome TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE regioplan_project (
	project_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE tim_moment (
	project_id VARCHAR(36) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	on_date VARCHAR(10), 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE tim_cycle (
	project_id VARCHAR(36) NOT NULL, 
	organisation_id VARCHAR(36), 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	recurrence VARCHAR(40) NOT NULL, 
	start_date VARCHAR(10), 
	end_date VARCHAR(10), 
	margin_days INTEGER NOT NULL, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id)
);

CREATE TABLE tim_checklist (
	project_id VARCHAR(36) NOT NULL, 
	step_key VARCHAR(40) NOT NULL, 
	done BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE tim_verdict (
	project_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	verdict VARCHAR(40), 
	bottlenecks TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE TABLE tim_stream (
	project_id VARCHAR(36) NOT NULL, 
	stream VARCHAR(40) NOT NULL, 
	on_date VARCHAR(10), 
	text VARCHAR(500) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE mon_indicator (
	project_id VARCHAR(36) NOT NULL, 
	block VARCHAR(40) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	catalogue_key VARCHAR(80) NOT NULL, 
	method VARCHAR(40), 
	unit VARCHAR(100) NOT NULL, 
	baseline FLOAT, 
	baseline_date VARCHAR(10), 
	target FLOAT, 
	target_date VARCHAR(10), 
	chain_element_id VARCHAR(36), 
	meeting VARCHAR(300) NOT NULL, 
	discussed_when VARCHAR(300) NOT NULL, 
	discussed_by VARCHAR(300) NOT NULL, 
	steering TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	fictitious BOOLEAN NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE problemscan_answer (
	question_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	answer TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(question_id) REFERENCES problemscan_question (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE TABLE process_lane (
	process_id VARCHAR(36) NOT NULL, 
	organisation_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	position INTEGER NOT NULL, 
	origin_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(process_id) REFERENCES work_process (id), 
	FOREIGN KEY(organisation_id) REFERENCES organisation (id), 
	FOREIGN KEY(origin_id) REFERENCES process_lane (id)
);

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

CREATE TABLE dilemma_position (
	dilemma_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	position INTEGER NOT NULL, 
	explanation TEXT NOT NULL, 
	value_order TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(dilemma_id) REFERENCES dilemma (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE TABLE practice_visit_participant (
	visit_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	role VARCHAR(40) NOT NULL, 
	partner_person_id VARCHAR(36), 
	partner_name VARCHAR(200) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(visit_id) REFERENCES practice_visit (id), 
	FOREIGN KEY(person_id) REFERENCES person (id), 
	FOREIGN KEY(partner_person_id) REFERENCES person (id)
);

CREATE TABLE wv_participant (
	session_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES wv_session (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE TABLE wv_item (
	session_id VARCHAR(36) NOT NULL, 
	form_key VARCHAR(40) NOT NULL, 
	question TEXT NOT NULL, 
	minutes INTEGER NOT NULL, 
	sort_order INTEGER NOT NULL, 
	outcome TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES wv_session (id)
);

CREATE TABLE tim_clash (
	project_id VARCHAR(36) NOT NULL, 
	moment_id VARCHAR(36) NOT NULL, 
	cycle_id VARCHAR(36) NOT NULL, 
	occurrence VARCHAR(10), 
	solution TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(project_id) REFERENCES project (id), 
	FOREIGN KEY(moment_id) REFERENCES tim_moment (id), 
	FOREIGN KEY(cycle_id) REFERENCES tim_cycle (id)
);

CREATE TABLE mon_measurement (
	indicator_id VARCHAR(36) NOT NULL, 
	measured_on VARCHAR(10), 
	municipality_id VARCHAR(36), 
	value FLOAT, 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(indicator_id) REFERENCES mon_indicator (id), 
	FOREIGN KEY(municipality_id) REFERENCES municipality (id)
);

CREATE TABLE process_step (
	process_id VARCHAR(36) NOT NULL, 
	lane_id VARCHAR(36) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	description TEXT NOT NULL, 
	x FLOAT NOT NULL, 
	origin_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(process_id) REFERENCES work_process (id), 
	FOREIGN KEY(lane_id) REFERENCES process_lane (id), 
	FOREIGN KEY(origin_id) REFERENCES process_step (id)
);

CREATE TABLE wv_entry (
	item_id VARCHAR(36) NOT NULL, 
	participant_id VARCHAR(36), 
	name VARCHAR(200) NOT NULL, 
	category VARCHAR(20) NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	text TEXT NOT NULL, 
	group_no INTEGER NOT NULL, 
	sort_order INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES wv_item (id), 
	FOREIGN KEY(participant_id) REFERENCES wv_participant (id)
);

CREATE TABLE process_flow (
	process_id VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	target_id VARCHAR(36) NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	origin_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(process_id) REFERENCES work_process (id), 
	FOREIGN KEY(source_id) REFERENCES process_step (id), 
	FOREIGN KEY(target_id) REFERENCES process_step (id), 
	FOREIGN KEY(origin_id) REFERENCES process_flow (id)
);

CREATE TABLE process_marker (
	process_id VARCHAR(36) NOT NULL, 
	step_id VARCHAR(36), 
	flow_id VARCHAR(36), 
	kind VARCHAR(40) NOT NULL, 
	cause VARCHAR(40), 
	text TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at VARCHAR(32) NOT NULL, 
	modified_at VARCHAR(32) NOT NULL, 
	deleted_at VARCHAR(32), 
	field_stamps TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(process_id) REFERENCES work_process (id), 
	FOREIGN KEY(step_id) REFERENCES process_step (id), 
	FOREIGN KEY(flow_id) REFERENCES process_flow (id)
);

CREATE INDEX ix_regioplan_goal_parent ON regioplan_goal (parent_id);

CREATE INDEX ix_person_organisation ON person (organisation_id);

CREATE INDEX ix_meeting_theme_meeting ON meeting_theme (meeting_id);

CREATE INDEX ix_meeting_link_source ON meeting_link (source_id);

CREATE INDEX ix_meeting_link_target ON meeting_link (target_id);

CREATE INDEX ix_meeting_participant_meeting ON meeting_participant (meeting_id);

CREATE INDEX ix_project_theme_project ON project_theme (project_id);

CREATE INDEX ix_problemscan_question_project ON problemscan_question (project_id);

CREATE INDEX ix_work_process_project ON work_process (project_id);

CREATE INDEX ix_impact_element_project ON impact_element (project_id);

CREATE INDEX ix_project_step_project ON project_step (project_id);

CREATE INDEX ix_step_participant_project ON step_participant (project_id);

CREATE INDEX ix_step_role_project ON step_role (project_id);

CREATE INDEX ix_stakeholder_project ON stakeholder (project_id);

CREATE INDEX ix_stakeholder_next_step_project ON stakeholder_next_step (project_id);

CREATE INDEX ix_coop_participant_project ON coop_participant (project_id);

CREATE INDEX ix_coop_core_value_project ON coop_core_value (project_id);

CREATE INDEX ix_coop_answer_project ON coop_answer (project_id);

CREATE INDEX ix_coop_level_project ON coop_level (project_id);

CREATE INDEX ix_coop_term_project ON coop_term (project_id);

CREATE INDEX ix_dilemma_project ON dilemma (project_id);

CREATE INDEX ix_practice_visit_project ON practice_visit (project_id);

CREATE INDEX ix_ave_card_project ON ave_card (project_id);

CREATE INDEX ix_ave_phase_project ON ave_phase (project_id);

CREATE INDEX ix_wv_session_project ON wv_session (project_id);

CREATE INDEX ix_regioplan_project_project ON regioplan_project (project_id);

CREATE INDEX ix_tim_moment_project ON tim_moment (project_id);

CREATE INDEX ix_tim_cycle_project ON tim_cycle (project_id);

CREATE INDEX ix_tim_checklist_project ON tim_checklist (project_id);

CREATE INDEX ix_tim_verdict_project ON tim_verdict (project_id);

CREATE INDEX ix_tim_stream_project ON tim_stream (project_id);

CREATE INDEX ix_mon_indicator_project ON mon_indicator (project_id);

CREATE INDEX ix_problemscan_answer_question ON problemscan_answer (question_id);

CREATE INDEX ix_process_lane_process ON process_lane (process_id);

CREATE INDEX ix_impact_subitem_element ON impact_subitem (element_id);

CREATE INDEX ix_impact_link_project ON impact_link (project_id);

CREATE INDEX ix_stakeholder_relation_project ON stakeholder_relation (project_id);

CREATE INDEX ix_coop_seat_level ON coop_seat (level_id);

CREATE INDEX ix_coop_meaning_term ON coop_meaning (term_id);

CREATE INDEX ix_dilemma_position_dilemma ON dilemma_position (dilemma_id);

CREATE INDEX ix_practice_visit_participant_visit ON practice_visit_participant (visit_id);

CREATE INDEX ix_wv_participant_session ON wv_participant (session_id);

CREATE INDEX ix_wv_item_session ON wv_item (session_id);

CREATE INDEX ix_tim_clash_project ON tim_clash (project_id);

CREATE INDEX ix_mon_measurement_indicator ON mon_measurement (indicator_id);

CREATE INDEX ix_process_step_process ON process_step (process_id);

CREATE INDEX ix_wv_entry_item ON wv_entry (item_id);

CREATE INDEX ix_process_flow_process ON process_flow (process_id);

CREATE INDEX ix_process_marker_process ON process_marker (process_id);

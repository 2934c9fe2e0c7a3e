-- Identify and analyse: incidents, their scope, risk assessments and the audit trail.
-- Portable SQL: runs on H2 and PostgreSQL alike.

create sequence incident_seq start with 1 increment by 50;
create sequence affected_machine_seq start with 1 increment by 50;
create sequence compromised_account_seq start with 1 increment by 50;
create sequence affected_population_seq start with 1 increment by 50;
create sequence risk_assessment_seq start with 1 increment by 50;
create sequence audit_entry_seq start with 1 increment by 50;

create table incident_reference_counter (
  reference_year integer not null primary key,
  last_number integer not null
);

create table incident (
  id bigint not null primary key,
  version integer not null,
  reference varchar(20) not null unique,
  phase varchar(12) not null,
  reported_by varchar(200) not null,
  recorded_by varchar(64) not null,
  reported_at timestamp(6) with time zone not null,
  discovery_date date not null,
  other_signs varchar(500),
  description varchar(4000) not null,
  triage_decision varchar(12),
  triage_reason varchar(4000),
  triaged_by varchar(64),
  triaged_at timestamp(6) with time zone,
  how_it_happened varchar(4000),
  suspects varchar(2000),
  encrypted_key_safe boolean,
  scoped_by varchar(64),
  scoped_at timestamp(6) with time zone,
  containment_actions varchar(4000),
  contained_by varchar(64),
  contained_at timestamp(6) with time zone
);
create index incident_reported_at_idx on incident (reported_at);

create table incident_sign (
  incident_id bigint not null references incident (id),
  sign varchar(40) not null,
  primary key (incident_id, sign)
);

create table incident_data_type (
  incident_id bigint not null references incident (id),
  data_type varchar(40) not null,
  primary key (incident_id, data_type)
);

create table affected_machine (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  hostname varchar(253) not null
);
create index affected_machine_incident_idx on affected_machine (incident_id);

create table compromised_account (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  user_name varchar(64) not null
);
create index compromised_account_incident_idx on compromised_account (incident_id);

create table affected_population (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  jurisdiction varchar(2) not null,
  individuals integer not null,
  unique (incident_id, jurisdiction)
);

create table risk_assessment (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  exclusion varchar(45) not null,
  nature_of_phi_rating varchar(6) not null,
  nature_of_phi_rationale varchar(4000) not null,
  unauthorized_person_rating varchar(6) not null,
  unauthorized_person_rationale varchar(4000) not null,
  acquired_or_viewed_rating varchar(6) not null,
  acquired_or_viewed_rationale varchar(4000) not null,
  mitigation_rating varchar(6) not null,
  mitigation_rationale varchar(4000) not null,
  outcome varchar(30) not null,
  justification varchar(4000) not null,
  assessed_by varchar(64) not null,
  assessed_at timestamp(6) with time zone not null
);
create index risk_assessment_incident_idx on risk_assessment (incident_id);

create table audit_entry (
  id bigint not null primary key,
  occurred_at timestamp(6) with time zone not null,
  actor varchar(64) not null,
  incident_reference varchar(20),
  action varchar(40) not null,
  summary varchar(1000) not null
);
create index audit_entry_incident_idx on audit_entry (incident_reference);

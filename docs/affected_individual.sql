-- For the next migration (not applied from here): the affected individuals of an incident, imported from
-- the privacy officer's CSV list (IndividualsCsv) into AffectedIndividual. Each is owed a written notice
-- (45 CFR 164.404); names and addresses stay in this table, never in process variables or logs.
-- Portable SQL: runs on H2 and PostgreSQL alike.

create sequence affected_individual_seq start with 1 increment by 50;

-- One row per individual; email_consent is agreement to notice by e-mail, which needs an address.
create table affected_individual (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  name varchar(200) not null,
  postal_address varchar(500),
  state varchar(2) not null,
  email varchar(254),
  email_consent boolean not null,
  imported_by varchar(64) not null,
  imported_at timestamp(6) with time zone not null,
  constraint affected_individual_consent_needs_email check (email_consent = false or email is not null)
);
create index affected_individual_incident_idx on affected_individual (incident_id);

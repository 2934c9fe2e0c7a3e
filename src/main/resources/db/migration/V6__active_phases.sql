-- The phases an incident is in follow the phase subprocesses of the model (docs/adr/0011-phases-in-the-model.md):
-- several can run at once (contain while assessing, notify while recovering). incident.phase stays as the most
-- advanced running phase in lifecycle order, CLOSED once closed.

create table incident_active_phase (
  incident_id bigint not null references incident (id),
  phase varchar(12) not null,
  primary key (incident_id, phase)
);

create table incident_reached_phase (
  incident_id bigint not null references incident (id),
  phase varchar(12) not null,
  primary key (incident_id, phase)
);

-- Incidents of the flat model (versionTag 1) had one phase; the one they are in is running.
insert into incident_active_phase (incident_id, phase)
  select id, phase from incident where phase <> 'CLOSED';

-- A confirmed incident whose risk assessment is still open is also still identifying and analysing.
insert into incident_active_phase (incident_id, phase)
  select i.id, 'IDENTIFY' from incident i
  where i.phase not in ('CLOSED', 'IDENTIFY')
    and not exists (select 1 from risk_assessment a where a.incident_id = i.id);

-- A notice still planned means the incident is notifying.
insert into incident_active_phase (incident_id, phase)
  select distinct o.incident_id, 'NOTIFY' from notification_obligation o join incident i on i.id = o.incident_id
  where i.phase <> 'CLOSED' and o.status = 'PLANNED';

-- What they reached follows from the one phase the flat model recorded: the phases before it in its order.
insert into incident_reached_phase (incident_id, phase)
  select id, 'IDENTIFY' from incident;
insert into incident_reached_phase (incident_id, phase)
  select id, 'CONTAIN' from incident
  where phase in ('CONTAIN', 'ERADICATE', 'RECOVER', 'REVIEW') or (phase = 'CLOSED' and scoped_at is not null);
insert into incident_reached_phase (incident_id, phase)
  select id, 'ERADICATE' from incident
  where phase in ('ERADICATE', 'RECOVER', 'REVIEW') or (phase = 'CLOSED' and scoped_at is not null);
insert into incident_reached_phase (incident_id, phase)
  select id, 'RECOVER' from incident
  where phase in ('RECOVER', 'REVIEW') or (phase = 'CLOSED' and scoped_at is not null);
insert into incident_reached_phase (incident_id, phase)
  select id, 'REVIEW' from incident
  where phase = 'REVIEW' or (phase = 'CLOSED' and scoped_at is not null);
insert into incident_reached_phase (incident_id, phase)
  select distinct o.incident_id, 'NOTIFY' from notification_obligation o;

-- The reported phase of a running incident is now the most advanced running one (NOTIFY before REVIEW).
update incident set phase = 'NOTIFY'
  where phase in ('CONTAIN', 'ERADICATE', 'RECOVER')
    and exists (select 1 from incident_active_phase a where a.incident_id = incident.id and a.phase = 'NOTIFY');

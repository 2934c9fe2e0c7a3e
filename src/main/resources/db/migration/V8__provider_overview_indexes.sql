-- The provider overview (provider/OverviewQueries) reads the open incidents of the caller's practices, their
-- containment targets by status and their notices still to send by due date, in a few aggregate queries. These
-- indexes keep those queries to the open incidents and their rows, however many closed ones the practices keep.
-- Portable SQL (H2, PostgreSQL).

create index incident_practice_phase_idx on incident (practice_id, phase);
create index containment_target_status_idx on containment_target (incident_id, status);
create index notification_obligation_open_idx on notification_obligation (incident_id, status, due_date);

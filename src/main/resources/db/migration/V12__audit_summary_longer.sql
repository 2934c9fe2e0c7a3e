-- An audit entry's summary may quote what a person wrote in a form: e.g. the practice owner's account of a late
-- notice (Overdue notification, up to 2,000 characters) after the notice's title and due date, which did not fit in
-- 1000 characters and failed the task's commit (found by JourneyExplorerIT). The longest form text is 4,000
-- characters; 8000 holds it with the step's own words. Existing entries and their hashes are unchanged.
-- Portable SQL (H2, PostgreSQL: ALTER COLUMN ... SET DATA TYPE).

alter table audit_entry alter column summary set data type varchar(8000);

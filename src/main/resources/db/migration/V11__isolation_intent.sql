-- A directory isolation also commits an intent before it writes (containment/AdapterActions.isolateOnce,
-- docs/adr/0006-containment-fan-out.md): its stamp is the machine's flags and DN just before ("flags DN"), which a
-- rerun after a crash records as the isolation's original place and flags so that restore can put the machine
-- back. A machine's DN may be as long as containment_action.original_dn (1000), so the stamp grows to hold both.
-- Portable SQL (H2, PostgreSQL: ALTER COLUMN ... SET DATA TYPE).

alter table containment_intent alter column stamp set data type varchar(1100);

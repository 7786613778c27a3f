-- The sla-clock process instance that watches a clock: its messages and timers are found by this id instead of by
-- matching the instance's variables, which read every runtime variable row under volume. Null for clocks whose watch
-- started before this column; their watch is found once by its variables and then recorded here.
alter table sla_clock add column watch_process_instance_id varchar(64);

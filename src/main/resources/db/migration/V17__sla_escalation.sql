-- A clock keeps the warning share and the second escalation level of the target it runs on, so a later change of
-- the policy moves it only when re-applied. escalate_at is when an unanswered breach escalates (null while paused,
-- without an escalation, or once escalated); escalated_at when it did, so a timer that fires twice escalates once.
alter table sla_clock add column warn_at_percent integer default 75 not null;
alter table sla_clock add column escalate_at_percent integer;
alter table sla_clock add column escalate_to varchar(320);
alter table sla_clock add column escalate_at timestamp(6) with time zone;
alter table sla_clock add column escalated_at timestamp(6) with time zone;
alter table sla_clock add constraint sla_clock_warn_percent_check check (warn_at_percent > 0 and warn_at_percent <= 100);
alter table sla_clock add constraint sla_clock_escalation_check check ((escalate_at_percent is null and escalate_to is null)
    or (escalate_at_percent > 100 and escalate_to is not null));
-- the Escalate step finds its clock by the process instance watching it, never by the instance's variables
create index sla_clock_watch_idx on sla_clock(watch_process_instance_id);

-- when the breach nobody answered escalated to the second level
alter table sla_breach add column escalated_at timestamp(6) with time zone;

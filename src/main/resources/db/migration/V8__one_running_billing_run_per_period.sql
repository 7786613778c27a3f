-- At most one running billing run per period, on every node of a cluster: running_period is the period while the run
-- is RUNNING and null once it completes (the pattern of invoice.monthly_key), so two parallel starts of one month
-- cannot both be accepted, and a completed month can still be billed again (which bills nobody twice).
alter table billing_run add column running_period varchar(7);
update billing_run set running_period = period
    where status = 'RUNNING'
      and id = (select max(o.id) from billing_run o where o.period = billing_run.period and o.status = 'RUNNING');
alter table billing_run add constraint billing_run_running_period_unique unique (running_period);
alter table billing_run add constraint billing_run_running_period_check
    check (running_period is null or (status = 'RUNNING' and running_period = period));

-- A contract's and a clock's stored calendar must exist (calendars are never deleted, so these never block a change).
alter table customer_sla_terms add constraint customer_sla_terms_calendar_fk
    foreign key (calendar_id) references business_calendar(id);
alter table sla_clock add constraint sla_clock_calendar_fk
    foreign key (calendar_id) references business_calendar(id);
-- Re-applying a customer's terms reads its clocks.
create index sla_clock_customer_idx on sla_clock(customer_id);

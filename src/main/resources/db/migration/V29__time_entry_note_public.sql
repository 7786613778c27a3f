-- Whether the customer sees a time entry's note ("what was done") in the portal and the API: a technician may keep a
-- note for staff only. Every note written before was shown, so existing entries stay public.
alter table time_entry add column note_public boolean not null default true;

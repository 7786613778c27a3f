-- Open engagements are found by status (the board, its technicians, the API's status filter), newest or oldest report
-- first. Years of completed engagements outnumber the open ones by far, so the open ones are read through this index:
-- the queries name the open statuses (status in (...)), which an index can serve and "status <> 'COMPLETED'" cannot.
create index engagement_status_idx on engagement (status, reported_at);

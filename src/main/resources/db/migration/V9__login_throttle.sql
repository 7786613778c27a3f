-- Failed logins counted per (user name, client address) and per client address, shared by every node of a cluster.
-- window_start is epoch milliseconds; rows whose window has ended are deleted as new failures arrive.
create table login_failure (
    throttle_key varchar(200) primary key,
    failures integer not null,
    window_start bigint not null
);

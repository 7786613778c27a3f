-- Operaton's administrators are the group operaton-admin (Camunda 7's were camunda-admin): on a database that Camunda
-- 7 wrote, the group, its members and its authorizations move to the new id, so every administrator stays one. On a
-- new database there is no camunda-admin yet and nothing changes (the engine creates operaton-admin as it starts).
insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_)
select 'operaton-admin', 1, 'operaton BPM Administrators', TYPE_ from ACT_ID_GROUP
 where ID_ = 'camunda-admin'
   and not exists (select 1 from ACT_ID_GROUP where ID_ = 'operaton-admin');

insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_)
select m.USER_ID_, 'operaton-admin' from ACT_ID_MEMBERSHIP m
 where m.GROUP_ID_ = 'camunda-admin'
   and not exists (select 1 from ACT_ID_MEMBERSHIP n where n.USER_ID_ = m.USER_ID_ and n.GROUP_ID_ = 'operaton-admin');
delete from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'camunda-admin';

-- the group's grants (ALL on every resource), unless operaton-admin already holds the same grant
update ACT_RU_AUTHORIZATION set GROUP_ID_ = 'operaton-admin'
 where GROUP_ID_ = 'camunda-admin'
   and not exists (select 1 from ACT_RU_AUTHORIZATION b
                    where b.GROUP_ID_ = 'operaton-admin' and b.TYPE_ = ACT_RU_AUTHORIZATION.TYPE_
                      and b.RESOURCE_TYPE_ = ACT_RU_AUTHORIZATION.RESOURCE_TYPE_
                      and b.RESOURCE_ID_ = ACT_RU_AUTHORIZATION.RESOURCE_ID_);
delete from ACT_RU_AUTHORIZATION where GROUP_ID_ = 'camunda-admin';
-- grants on the group itself (resource type 2, GROUP) follow its new id
update ACT_RU_AUTHORIZATION set RESOURCE_ID_ = 'operaton-admin' where RESOURCE_TYPE_ = 2 and RESOURCE_ID_ = 'camunda-admin';

delete from ACT_ID_GROUP where ID_ = 'camunda-admin';

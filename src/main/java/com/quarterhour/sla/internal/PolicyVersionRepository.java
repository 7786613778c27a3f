package com.quarterhour.sla.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    Optional<PolicyVersion> findByPolicyIdAndVersion(long policyId, int version);

    /** Read models: the policy name of each of these versions, in one query. */
    @Query("select v.id as versionId, p.id as policyId, p.name as policyName, v.version as version"
            + " from PolicyVersion v, Policy p"
            + " where p.id = v.policyId and v.id in :versionIds")
    List<VersionName> namesOf(Collection<Long> versionIds);

    /** The current version of each of these policies, with its targets, in one query. */
    @Query("select v from PolicyVersion v left join fetch v.targets join Policy p on p.id = v.policyId"
            + " where v.version = p.currentVersion and p.id in :policyIds")
    List<PolicyVersion> findCurrentOf(Collection<Long> policyIds);

    interface VersionName {

        Long getVersionId();

        Long getPolicyId();

        String getPolicyName();

        Integer getVersion();
    }
}

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

    interface VersionName {

        Long getVersionId();

        Long getPolicyId();

        String getPolicyName();

        Integer getVersion();
    }
}

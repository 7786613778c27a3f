package com.quarterhour.customer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findByEmailKey(String emailKey);

    Optional<Contact> findByPortalUser(String portalUser);

    List<Contact> findByCustomerIdAndRemovedAtIsNullOrderByNameAscIdAsc(long customerId);

    List<Contact> findByIdIn(Collection<Long> ids);
}

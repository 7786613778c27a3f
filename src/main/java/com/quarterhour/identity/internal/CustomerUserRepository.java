package com.quarterhour.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerUserRepository extends JpaRepository<CustomerUser, Long> {

    /** Usernames are stored in lower case. */
    Optional<CustomerUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<CustomerUser> findByCustomerIdOrderByUsernameAsc(long customerId);
}

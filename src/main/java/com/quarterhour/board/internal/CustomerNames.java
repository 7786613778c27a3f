package com.quarterhour.board.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer names for many customers in one query. CustomerService offers customers one at a time, or all of
 * them with a subscription query each, which would make the board N+1; until the customer feature offers a
 * names-by-ids query, the board reads the two columns it needs itself.
 */
@Component
@Transactional(readOnly = true)
public class CustomerNames {

    @PersistenceContext
    private EntityManager entityManager;

    public Map<Long, String> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery("select id, name from customer where id in (:ids)")
                .setParameter("ids", customerIds)
                .getResultList();
        return found.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }
}

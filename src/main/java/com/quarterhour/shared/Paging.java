package com.quarterhour.shared;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The one rule of sorted pages: a list sorts only by the properties it names (anything else is the caller's 400, not
 * a query error), with {@code fallback} when the caller gives no order, and by id last so that pages never overlap.
 */
public final class Paging {

    private Paging() {
    }

    /** {@code sortable}: the property names, comma-separated (the constant the list's OpenAPI document shows too). */
    public static Pageable sorted(Pageable pageable, Sort fallback, String sortable) {
        if (pageable.getOffset() > Integer.MAX_VALUE) {
            // the database takes the offset as an int: beyond that no list reaches, and the query would fail
            throw DomainException.invalid("page " + pageable.getPageNumber() + " of " + pageable.getPageSize()
                    + " is beyond any list; page × size must stay below " + Integer.MAX_VALUE);
        }
        List<String> allowed = List.of(sortable.split(","));
        for (Sort.Order order : pageable.getSort()) {
            if (!allowed.contains(order.getProperty())) {
                throw DomainException.invalid("Cannot sort by '" + order.getProperty() + "'; sort by one of "
                        + String.join(", ", allowed));
            }
        }
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : fallback;
        if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by(Sort.Direction.ASC, "id"));
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}

package com.quarterhour.customer.internal;

import com.quarterhour.customer.BillingDetails;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.CustomerWithSubscriptions;
import com.quarterhour.customer.SubscriptionView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads of many customers at once, each in one set-based query (month-end billing reads 100 customers a batch, the
 * board the names of every open engagement's customer); the views equal those of the per-customer reads.
 */
@Component
public class CustomerBulkReads {

    private final NamedParameterJdbcTemplate jdbc;

    CustomerBulkReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers with a subscription to one of the plans that runs on at least one day from {@code first} to {@code last}. */
    public Set<Long> subscribedBetween(Collection<String> planCodes, LocalDate first, LocalDate last) {
        if (planCodes.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.queryForList("""
                select distinct customer_id from subscription
                where plan_code in (:plans) and start_date <= :last and (cancelled_on is null or cancelled_on >= :first)
                """, new MapSqlParameterSource("plans", planCodes).addValue("first", first).addValue("last", last),
                Long.class));
    }

    public Map<Long, CustomerWithSubscriptions> withSubscriptions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<Long, List<SubscriptionView>> subscriptions = new HashMap<>();
        jdbc.query("""
                select id, customer_id, plan_code, start_date, status, cancelled_on from subscription
                where customer_id in (:ids) order by customer_id, start_date desc, id desc
                """, params, rs -> {
            subscriptions.computeIfAbsent(rs.getLong("customer_id"), id -> new ArrayList<>()).add(new SubscriptionView(
                    rs.getLong("id"), rs.getLong("customer_id"), rs.getString("plan_code"),
                    rs.getObject("start_date", LocalDate.class), rs.getString("status"),
                    rs.getObject("cancelled_on", LocalDate.class)));
        });
        Map<Long, CustomerWithSubscriptions> customers = new LinkedHashMap<>();
        jdbc.query("""
                select id, name, currency, time_zone, country, vat_rate, manager_username, payment_method_on_file,
                       billing_street, billing_postcode, billing_city, vat_id, buyer_reference
                from customer where id in (:ids) order by id
                """, params, rs -> {
            long id = rs.getLong("id");
            List<SubscriptionView> own = subscriptions.getOrDefault(id, List.of());
            // a customer has at most one active subscription (CustomerService.subscribe)
            Optional<SubscriptionView> active = own.stream().filter(s -> "ACTIVE".equals(s.status())).findFirst();
            customers.put(id, new CustomerWithSubscriptions(new CustomerView(id, rs.getString("name"),
                    Currency.getInstance(rs.getString("currency")), ZoneId.of(rs.getString("time_zone")),
                    rs.getString("country"), rs.getBigDecimal("vat_rate"), rs.getString("manager_username"),
                    rs.getBoolean("payment_method_on_file"), active, new BillingDetails(rs.getString("billing_street"),
                    rs.getString("billing_postcode"), rs.getString("billing_city"), rs.getString("vat_id"),
                    rs.getString("buyer_reference"))), own));
        });
        return customers;
    }

    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query("select id, name from customer where id in (:ids)", new MapSqlParameterSource("ids", ids),
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }
}

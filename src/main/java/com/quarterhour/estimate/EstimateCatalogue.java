package com.quarterhour.estimate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The estimate tables, read-only: they change by migration. */
@Service
@Transactional(readOnly = true)
public class EstimateCatalogue {

    private final JdbcClient jdbc;

    EstimateCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every component, web-site table first, each table in the seed's order. */
    public List<EstimateComponent> all() {
        return jdbc.sql("""
                        select catalogue, name, hours_per_unit from estimate_component
                        order by case catalogue when 'WEB_SITE' then 0 else 1 end, position""")
                .query(EstimateComponent.class)
                .list();
    }

    /** The estimate of the requested components; see {@link Estimate#of}. */
    public Estimate estimate(List<Estimate.Requested> requested) {
        Map<String, EstimateComponent> byName = all().stream()
                .collect(Collectors.toMap(EstimateComponent::name, Function.identity()));
        return Estimate.of(requested, byName);
    }
}

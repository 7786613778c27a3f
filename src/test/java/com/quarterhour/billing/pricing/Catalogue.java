package com.quarterhour.billing.pricing;

import com.quarterhour.catalog.PlanKind;
import com.quarterhour.shared.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default catalogue as plan terms, read from the migration that loads it ({@code V2__plan_catalogue.sql}), so
 * the tests price with exactly the numbers the application ships. Maps each row the way the billing service maps a
 * {@code catalog.Plan}: absent values become null or 0; a credit bundle gets the PER-USE rates for work beyond its
 * balance.
 */
final class Catalogue {

    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency USD = Currency.getInstance("USD");

    private static final Pattern PLAN_ROW = Pattern.compile(
            "^\\s*\\('([A-Z0-9-]+)',\\s*'[^']*',\\s*'([A-Z_]+)',\\s*(.*)\\)[,;]\\s*$");
    private static final Pattern RATE = Pattern.compile("\\('([A-Z0-9-]+)',\\s*'(P[1-4])',\\s*([0-9.]+)\\)");
    private static final Map<String, PlanTerms> PLANS = load();

    private Catalogue() {
    }

    static PlanTerms plan(String code) {
        PlanTerms terms = PLANS.get(code);
        if (terms == null) {
            throw new IllegalArgumentException("No plan " + code + " in the catalogue migration");
        }
        return terms;
    }

    static List<PlanTerms> all() {
        return List.copyOf(PLANS.values());
    }

    private static Map<String, PlanTerms> load() {
        String sql;
        try (InputStream in = Catalogue.class.getResourceAsStream("/db/migration/V2__plan_catalogue.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<Priority, BigDecimal>> rates = new LinkedHashMap<>();
        Matcher rate = RATE.matcher(sql);
        while (rate.find()) {
            rates.computeIfAbsent(rate.group(1), code -> new EnumMap<>(Priority.class))
                    .put(Priority.valueOf(rate.group(2)), new BigDecimal(rate.group(3)));
        }
        Map<String, PlanTerms> plans = new LinkedHashMap<>();
        for (String line : sql.split("\n")) {
            Matcher row = PLAN_ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String code = row.group(1);
            PlanKind kind = PlanKind.valueOf(row.group(2));
            String[] v = ("'kind', " + row.group(3)).split(",\\s*");
            // (kind), currency, monthly_fee, included_minutes, overage_hourly_rate, hourly_rate, bundle_hours,
            // bundle_price, incident_price, incident_block_minutes, per_minute_rate, billing_increment_minutes, ...
            Map<Priority, BigDecimal> own = rates.getOrDefault(code, Map.of());
            Map<Priority, BigDecimal> perUse = kind == PlanKind.CREDIT_BUNDLE ? rates.get("PER-USE") : own;
            Map<Priority, BigDecimal> credit = kind == PlanKind.CREDIT_BUNDLE ? own : Map.of();
            plans.put(code, new PlanTerms(code, kind, Currency.getInstance(unquote(v[1])), integer(v[11]),
                    money(v[2]), integer(v[3]), money(v[4]), money(v[5]), perUse, credit, integer(v[6]), money(v[7]),
                    money(v[8]), integer(v[9]), money(v[10])));
        }
        if (plans.size() != 14) {
            throw new IllegalStateException("Expected the 14 plans of the catalogue, read " + plans.keySet());
        }
        return plans;
    }

    private static String unquote(String value) {
        return value.replace("'", "").trim();
    }

    private static BigDecimal money(String value) {
        return "null".equals(value.trim()) ? null : new BigDecimal(value.trim());
    }

    private static int integer(String value) {
        return "null".equals(value.trim()) ? 0 : Integer.parseInt(value.trim());
    }
}

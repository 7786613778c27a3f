package com.quarterhour.estimate;

import com.quarterhour.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arithmetic of an estimate: hours are quantity × hours per unit, summed; the price is total hours × one hourly
 * rate, rounded half up to the currency's minor unit once, on the total (as an invoice line rounds its amount once).
 */
public record Estimate(List<Line> lines) {

    public static final int MAX_QUANTITY = 1000;

    public Estimate {
        lines = List.copyOf(lines);
    }

    /** One component of an estimate. */
    public record Line(String component, int quantity, BigDecimal hoursPerUnit) {

        public BigDecimal hours() {
            return hoursPerUnit.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** What a caller asks to estimate: a component by name and how many units of it. */
    public record Requested(String name, Integer quantity) {
    }

    /**
     * The estimate of the requested components, looked up by name in the catalogue; a component not in the
     * catalogue, named twice, or with a quantity outside 1..1000 is refused, naming it.
     */
    public static Estimate of(List<Requested> requested, Map<String, EstimateComponent> catalogue) {
        if (requested == null || requested.isEmpty()) {
            throw DomainException.invalid("An estimate needs at least one component");
        }
        Set<String> seen = new HashSet<>();
        List<Line> lines = requested.stream().map(r -> {
            if (r == null || r.name() == null || r.name().isBlank()) {
                throw DomainException.invalid("Each component of an estimate needs a name");
            }
            EstimateComponent component = catalogue.get(r.name());
            if (component == null) {
                throw DomainException.invalid("\"" + r.name() + "\" is not a component of the estimate catalogue");
            }
            if (!seen.add(component.name())) {
                throw DomainException.invalid("\"" + r.name() + "\" is named twice; give it once with its quantity");
            }
            if (r.quantity() == null || r.quantity() < 1 || r.quantity() > MAX_QUANTITY) {
                throw DomainException.invalid("The quantity of \"" + r.name() + "\" must be between 1 and "
                        + MAX_QUANTITY + ", was " + r.quantity());
            }
            return new Line(component.name(), r.quantity(), component.hoursPerUnit());
        }).toList();
        return new Estimate(lines);
    }

    public BigDecimal totalHours() {
        return lines.stream().map(Line::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The estimated minutes, rounded up to a whole minute (0.15 h of one unit is 9 minutes exactly). */
    public int totalMinutes() {
        return totalHours().multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The price of the total hours at an hourly rate in a currency; empty when there is no hourly rate to price at. */
    public Optional<BigDecimal> priceAt(BigDecimal hourlyRate, Currency currency) {
        return Optional.ofNullable(hourlyRate)
                .map(rate -> totalHours().multiply(rate).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP));
    }
}

package com.quarterhour.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public holidays of a country, from Jollyday (not a hand-kept list). A country Jollyday does not know
 * has no holidays, with a warning in the log, so that a customer there still gets due times.
 * <p>
 * Jollyday keeps some national holidays under a region (Easter Monday is English, Welsh and Northern Irish,
 * not Scottish). Customers carry a country only, so a country listed in {@link #DEFAULT_REGION} uses the
 * holidays of its main region, where the company's own staff work.
 */
final class PublicHolidays implements Predicate<LocalDate> {

    private static final Logger log = LoggerFactory.getLogger(PublicHolidays.class);
    private static final Map<String, PublicHolidays> BY_COUNTRY = new ConcurrentHashMap<>();
    private static final Map<String, String[]> DEFAULT_REGION = Map.of("GB", new String[] {"eng"});

    private final HolidayManager manager;
    private final String[] region;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private PublicHolidays(String country) {
        this.manager = HolidayManager.getInstance(ManagerParameters.create(country));
        this.region = DEFAULT_REGION.getOrDefault(country, new String[0]);
    }

    static Predicate<LocalDate> of(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        if (!HolidayManager.getSupportedCalendarCodes().contains(code)) {
            log.warn("No public holiday calendar for country '{}': its SLA due times skip weekends only", country);
            return date -> false;
        }
        return BY_COUNTRY.computeIfAbsent(code, PublicHolidays::new);
    }

    @Override
    public boolean test(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), year -> manager.getHolidays(Year.of(year), region).stream()
                .map(Holiday::getActualDate)
                .collect(Collectors.toUnmodifiableSet()))
                .contains(date);
    }
}

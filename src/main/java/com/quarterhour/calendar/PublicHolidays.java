package com.quarterhour.calendar;

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
import org.springframework.stereotype.Component;

/**
 * The public holidays of a country, from Jollyday (not a hand-kept list). A country Jollyday does not know
 * has no holidays, with a warning in the log, so that a customer there still gets due times.
 * <p>
 * Jollyday keeps some national holidays under a region (Easter Monday is English, Welsh and Northern Irish,
 * not Scottish; Bavaria has Epiphany). A calendar may name a region (Jollyday's codes: "sct", "ca", "by", "nsw");
 * without one, a country listed in {@link #DEFAULT_REGION} uses the holidays of its main region, where the company's
 * own staff work, and any other country its national holidays only.
 */
final class PublicHolidays implements Predicate<LocalDate> {

    private static final Logger log = LoggerFactory.getLogger(PublicHolidays.class);
    private static final Map<String, PublicHolidays> BY_COUNTRY_AND_REGION = new ConcurrentHashMap<>();
    private static final Map<String, String[]> DEFAULT_REGION = Map.of("GB", new String[] {"eng"});
    /**
     * Jollyday does not promise to be safe for concurrent use, and its first use was not (below). Every call into it
     * holds this lock; its answers are kept here per country and year, so the lock is taken about once for each.
     */
    private static final Object JOLLYDAY = new Object();
    private static final Set<String> SUPPORTED = startJollyday();

    private final HolidayManager manager;
    private final String[] region;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private PublicHolidays(String country, String region) {
        this.manager = manager(country);
        this.region = region == null ? DEFAULT_REGION.getOrDefault(country, new String[0]) : new String[] {region};
    }

    private static HolidayManager manager(String country) {
        synchronized (JOLLYDAY) {
            return HolidayManager.getInstance(ManagerParameters.create(country));
        }
    }

    /**
     * Jollyday finds its configuration service through a ServiceLoader cache that publishes an empty list before
     * filling it: threads that ask while the first one loads get "no implementations" (the first concurrent reports
     * after a restart answered 500). So it is loaded here, once, while the JVM holds every other caller of this class
     * back until class initialization ends, and with this class's loader, which sees Jollyday's service files whatever
     * thread comes first.
     */
    private static Set<String> startJollyday() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PublicHolidays.class.getClassLoader());
        try {
            HolidayManager.getInstance(ManagerParameters.create(Locale.UK.getCountry()));
            return Set.copyOf(HolidayManager.getSupportedCalendarCodes());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Predicate<LocalDate> of(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        if (!SUPPORTED.contains(code)) {
            log.warn("No public holiday calendar for country '{}': its SLA due times skip weekends only", country);
            return date -> false;
        }
        return BY_COUNTRY_AND_REGION.computeIfAbsent(code, key -> new PublicHolidays(code, null));
    }

    /**
     * The public holidays of a country and one of its regions (null: the country's, as {@link #of(String)}). Both must
     * be known ({@link #knowsCountry}, {@link #regionsOf}): a stored calendar names them on purpose.
     */
    static Predicate<LocalDate> of(String country, String region) {
        if (region == null) {
            return of(country);
        }
        String code = country.toUpperCase(Locale.ROOT);
        String regionCode = region.toLowerCase(Locale.ROOT);
        if (!regionsOf(code).contains(regionCode)) {
            throw new IllegalArgumentException("Jollyday has no region '" + region + "' in " + country);
        }
        return BY_COUNTRY_AND_REGION.computeIfAbsent(code + "/" + regionCode, key -> new PublicHolidays(code, regionCode));
    }

    /** True when Jollyday has a holiday calendar for the ISO 3166 country code (either case). */
    static boolean knowsCountry(String country) {
        return SUPPORTED.contains(country.toUpperCase(Locale.ROOT));
    }

    /** The region codes Jollyday knows in a country it knows (lower case, e.g. "sct"), empty for any other. */
    static Set<String> regionsOf(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        if (!SUPPORTED.contains(code)) {
            return Set.of();
        }
        HolidayManager manager = manager(code);
        synchronized (JOLLYDAY) {
            return manager.getCalendarHierarchy().getChildren().keySet().stream()
                    .map(id -> id.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public boolean test(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::holidaysOf).contains(date);
    }

    private Set<LocalDate> holidaysOf(int year) {
        synchronized (JOLLYDAY) {
            return manager.getHolidays(Year.of(year), region).stream()
                    .map(Holiday::getActualDate)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Starts Jollyday with the application, so the first requests after a restart find it ready. */
    @Component
    static class StartWithTheApplication {

        StartWithTheApplication() {
            of(Locale.UK.getCountry());
        }
    }
}

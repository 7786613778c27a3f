package com.quarterhour.sla;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working time of a customer: Monday to Friday, 09:00 to 17:00 in the customer's time zone, except the public
 * holidays of the customer's country. Plain Java; holidays come from Jollyday.
 */
public final class BusinessCalendar {

    private static final LocalTime OPENS = LocalTime.of(9, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);
    private static final Map<String, HolidayManager> HOLIDAYS = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final String country;

    public BusinessCalendar(ZoneId zone, String country) {
        this.zone = zone;
        this.country = country;
    }

    public boolean isWorkingTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    public boolean isHoliday(LocalDate date) {
        return holidaysOf(country).isHoliday(date);
    }

    private static HolidayManager holidaysOf(String country) {
        return HOLIDAYS.computeIfAbsent(country, c -> HolidayManager.getInstance(ManagerParameters.create(c)));
    }
}

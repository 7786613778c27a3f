package com.quarterhour.shared;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.operaton.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * The engine's calendar of {@code timeCycle} timers, with cron expressions evaluated in the company's time zone
 * ({@code quarterhour.company-time-zone}) instead of the server's. The engine, like Camunda 7 before it, evaluates a
 * cron cycle in the JVM's default zone, so {@code 0 0 1 1 * ?} would fire at 01:00 wherever the server happens to
 * run, and an hour off in summer on a UTC server. Here it fires at 01:00 on the 1st in Europe/London all year round:
 * 01:00 UTC in winter (GMT), 00:00 UTC in summer (BST). The cron syntax is the one the engine accepts (Spring's six fields, {@code ?}
 * allowed); ISO 8601 repeating intervals ({@code R/...}) are left to the engine.
 */
public class CompanyZoneCycleCalendar extends CycleBusinessCalendar {

    private final ZoneId zone;

    public CompanyZoneCycleCalendar(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate, long repeatOffset) {
        if (duedateDescription.startsWith("R")) {
            return super.resolveDuedate(duedateDescription, startDate, repeatOffset);
        }
        return next(duedateDescription, startDate != null ? startDate : ClockUtil.getCurrentTime());
    }

    /** The first time after {@code after} that the cron expression names, read in the company's zone. */
    public Date next(String cron, Date after) {
        ZonedDateTime next = CronExpression.parse(cron).next(ZonedDateTime.ofInstant(after.toInstant(), zone));
        return next == null ? after : Date.from(next.toInstant());
    }
}

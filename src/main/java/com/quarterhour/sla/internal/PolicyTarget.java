package com.quarterhour.sla.internal;

import com.quarterhour.shared.Priority;
import com.quarterhour.sla.CalendarKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Optional;

/** The targets of one priority in a policy version. */
@Embeddable
public class PolicyTarget {

    @Enumerated(EnumType.STRING)
    private Priority priority;
    private Integer responseMinutes;
    private Integer resolutionMinutes;
    @Enumerated(EnumType.STRING)
    private CalendarKind calendar;
    /** Percent of the monthly fee credited per breach at this priority; null: no credit promised. */
    private BigDecimal serviceCreditPercent;

    protected PolicyTarget() {
    }

    public PolicyTarget(Priority priority, Integer responseMinutes, Integer resolutionMinutes, CalendarKind calendar) {
        this(priority, responseMinutes, resolutionMinutes, calendar, null);
    }

    public PolicyTarget(Priority priority, Integer responseMinutes, Integer resolutionMinutes, CalendarKind calendar,
            BigDecimal serviceCreditPercent) {
        this.priority = priority;
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.calendar = calendar;
        this.serviceCreditPercent = serviceCreditPercent;
    }

    public Priority getPriority() {
        return priority;
    }

    public Integer getResponseMinutes() {
        return responseMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public CalendarKind getCalendar() {
        return calendar;
    }

    public Optional<BigDecimal> getServiceCreditPercent() {
        return Optional.ofNullable(serviceCreditPercent);
    }
}

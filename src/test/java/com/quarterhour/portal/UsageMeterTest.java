package com.quarterhour.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.Impact;
import com.quarterhour.portal.internal.UsageMeter;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meter reads a month's use in one aggregate query: billable entries only, each rounded up to the plan's
 * increment as billing rounds it, whatever the customer's other requests. November 2025; below the first alert.
 */
@QuarterhourTest
class UsageMeterTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 5);

    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired UsageMeter meter;

    @BeforeEach
    void wednesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-11-05T10:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachBillableEntryIsRoundedUpToTheIncrementAndUnbilledTimeIsLeftOut() {
        long customer = customerOnBps20();
        long billable = inProgress(customer, true);
        long unbilled = inProgress(customer, false);
        capture(billable, 1);
        capture(billable, 16);
        capture(billable, 1);
        capture(unbilled, 50);
        capture(inProgress(customerOnBps20(), true), 100);

        // BPS-20 rounds each entry up to 15 minutes: 15 + 30 + 15
        assertThat(meter.thisMonth(customer).orElseThrow().use().usedMinutes()).isEqualTo(60);
    }

    private long customerOnBps20() {
        long id = customers.create(new NewCustomer("Metered customer " + System.nanoTime(), "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", null)).id();
        customers.subscribe(id, "BPS-20", LocalDate.of(2025, 11, 1));
        return id;
    }

    private long inProgress(long customer, boolean billable) {
        long id = engagements.report(new NewEngagement(customer, "Mail migration", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null), "coordinator").id();
        engagements.triage(id, new Triage(Priority.P3, billable, "technician", null, null), "coordinator");
        return id;
    }

    private void capture(long engagement, int minutes) {
        engagements.captureTime(engagement, new NewTimeEntry(TODAY, minutes, "Worked on the migration", null, null),
                "technician");
    }
}

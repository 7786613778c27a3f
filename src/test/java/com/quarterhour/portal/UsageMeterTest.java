package com.quarterhour.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.Impact;
import com.quarterhour.portal.internal.UsageMeter;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TuesdayMorning;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meter reads a month's use in one aggregate query: billable entries only, each rounded up to the plan's
 * increment as billing rounds it, and nobody else's. Below the first alert.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class UsageMeterTest {

    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired UsageMeter meter;

    @Test
    void eachBillableEntryIsRoundedUpToTheIncrementAndUnbilledTimeIsLeftOut() {
        long customer = new TestCustomers(customers).onPlan("BPS-20");
        long billable = inProgress(customer, true);
        long unbilled = inProgress(customer, false);
        capture(billable, 1);
        capture(billable, 16);
        capture(billable, 1);
        capture(unbilled, 50);
        capture(inProgress(new TestCustomers(customers).onPlan("BPS-20"), true), 100);

        // BPS-20 rounds each entry up to 15 minutes: 15 + 30 + 15
        assertThat(meter.thisMonth(customer).orElseThrow().use().usedMinutes()).isEqualTo(60);
    }

    private long inProgress(long customer, boolean billable) {
        long id = engagements.report(new NewEngagement(customer, "Mail migration", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null), "coordinator").id();
        engagements.triage(id, new Triage(Priority.P3, billable, "technician", null, null), "coordinator");
        return id;
    }

    private void capture(long engagement, int minutes) {
        engagements.captureTime(engagement, new NewTimeEntry(LocalDate.parse(TuesdayMorning.TODAY), minutes, "Worked on the migration", null, null),
                "technician");
    }
}

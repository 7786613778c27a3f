package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService.NewTimeEntry;
import com.quarterhour.engagement.EngagementService.Started;
import com.quarterhour.engagement.EngagementService.Triage;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clock's watch (its sla-clock process instance) is found by the id recorded on the clock, not by matching process
 * variables; a clock from before that id was recorded is still re-timed and stopped.
 */
@QuarterhourTest
class ClockWatchTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void tuesdayMorning() {
        ClockUtil.setCurrentTime(Date.from(london("2026-11-17T10:00")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachClockRecordsTheProcessInstanceWatchingIt() {
        Started started = report();

        for (ClockKind kind : ClockKind.values()) {
            assertThat(recordedWatch(started, kind)).isEqualTo(watch(started, kind));
        }
    }

    @Test
    void aClockWhoseWatchWasNotRecordedIsRetimedAndStoppedAllTheSame() {
        Started started = report();
        String watch = watch(started, ClockKind.RESPONSE);
        jdbc.update("update sla_clock set watch_process_instance_id = null where engagement_id = ?", started.id());

        ClockUtil.setCurrentTime(Date.from(london("2026-11-17T10:20")));
        engagements.triage(started.id(), new Triage(Priority.P1, true, "technician", null, null), "coordinator");

        assertThat(management.createJobQuery().processInstanceId(watch).activityId("TimerBreach").singleResult().getDuedate())
                .isEqualTo(Date.from(london("2026-11-17T11:00")));
        assertThat(recordedWatch(started, ClockKind.RESPONSE)).isEqualTo(watch);

        jdbc.update("update sla_clock set watch_process_instance_id = null where engagement_id = ?", started.id());
        engagements.captureTime(started.id(), new NewTimeEntry(LocalDate.of(2026, 11, 17), 15, "Called the customer", null, false),
                "technician");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(watch).count()).as("the response watch ended").isZero();
    }

    private Started report() {
        long customer = new TestCustomers(customers).onPlan("PER-USE");
        return engagements.report(new NewEngagement(customer, "Printer offline", "Nothing prints", Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, false), "coordinator");
    }

    private String recordedWatch(Started started, ClockKind kind) {
        return jdbc.queryForObject("select watch_process_instance_id from sla_clock where engagement_id = ? and kind = ?",
                String.class, started.id(), kind.name());
    }

    private String watch(Started started, ClockKind kind) {
        return history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(started.processInstanceId())
                .variableValueEquals("clock", kind.name())
                .singleResult().getId();
    }

    private static java.time.Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }
}

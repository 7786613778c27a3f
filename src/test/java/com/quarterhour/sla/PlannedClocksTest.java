package com.quarterhour.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarRequest;
import com.quarterhour.calendar.OpeningInterval;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.JpaStatements;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clocks of booked appointments planned all together are those each would be planned with alone, over a mix of
 * plans, contract policies, stored and default calendars, zones and priorities, in a number of queries that does not
 * grow with the appointments.
 */
@QuarterhourTest
class PlannedClocksTest {

    @Autowired SlaService sla;
    @Autowired CustomerService customers;
    @Autowired SlaPolicies policies;
    @Autowired ContractTerms terms;
    @Autowired BusinessCalendars calendars;
    @Autowired EntityManagerFactory entityManagerFactory;

    private long nextEngagement = 9_000_000;

    @Test
    void plannedTogetherEachAppointmentGetsTheClocksItWouldGetAlone() {
        List<BookedStart> booked = mixOfAppointments();

        Map<Long, List<ClockSnapshot>> together = sla.planned(booked);

        assertThat(together).hasSize(booked.size());
        for (BookedStart one : booked) {
            assertThat(together.get(one.engagementId())).as("engagement %s", one).isEqualTo(sla.planned(
                    one.engagementId(), one.customerId(), one.planCode(), one.priority(), one.startsAt()));
        }
        // the mix is one: stored and default calendars, several policies, and clocks with and without targets
        List<ClockSnapshot> all = together.values().stream().flatMap(List::stream).toList();
        assertThat(all.stream().map(ClockSnapshot::calendarId).filter(Objects::nonNull).distinct()).hasSize(2);
        assertThat(all.stream().map(ClockSnapshot::policyName).filter(Objects::nonNull).distinct()).hasSize(3);
        assertThat(all.stream().map(ClockSnapshot::calendar).distinct()).hasSize(CalendarKind.values().length);
        assertThat(all).anySatisfy(clock -> assertThat(clock.dueAt()).isNull())
                .anySatisfy(clock -> assertThat(clock.dueAt()).isNotNull());
    }

    @Test
    void theQueriesDoNotGrowWithTheAppointments() throws Exception {
        List<BookedStart> booked = mixOfAppointments();
        long few = JpaStatements.during(entityManagerFactory, () -> sla.planned(booked));
        // as many again, of other customers on other contracts, policies and calendars
        booked.addAll(mixOfAppointments());
        long many = JpaStatements.during(entityManagerFactory, () -> sla.planned(booked));

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(5);
    }

    @Test
    void anUnknownCustomerIsNotFoundAsForOneAppointment() {
        BookedStart unknown = new BookedStart(nextEngagement++, Long.MAX_VALUE, "BPS-20", Priority.P3,
                Instant.parse("2026-11-19T15:00:00Z"));

        assertThatThrownBy(() -> sla.planned(List.of(unknown))).isInstanceOf(DomainException.class)
                .hasMessage("Customer " + Long.MAX_VALUE + " does not exist");
    }

    /**
     * Customers on 24/7, business-hours and target-less plans; on contracts with a stored business calendar and a
     * stored 24/7 calendar in zones not their own (24/7 targets count in the stored calendar's zone) and a policy of
     * their own; in London and Berlin; booked at every priority, on weekdays, at night and at the weekend, some
     * customers twice and under two plans.
     */
    private List<BookedStart> mixOfAppointments() {
        TestCustomers test = new TestCustomers(customers);
        long shared = test.onPlan("SHARED-247");
        long business = test.onPlan("BPS-20");
        long payg = test.onPlan("PAYG");
        long berlin = customers.create(new NewCustomer("Berlin customer " + System.nanoTime(), "EUR", "Europe/Berlin",
                "DE", new BigDecimal("0.19"), "manager", null)).id();
        customers.subscribe(berlin, "BPS-40", LocalDate.parse("2026-11-01"));
        long onDesk = test.onPlan("BPS-20");
        long desk = calendars.create(new CalendarRequest("Planned desk " + System.nanoTime(), "America/New_York",
                Map.of(DayOfWeek.THURSDAY, List.of(new OpeningInterval("08:00", "12:00"), new OpeningInterval("13:00", "20:00"))),
                false, null, null)).id();
        terms.put(onDesk, new TermsRequest(null, desk));
        long onTokyo = test.onPlan("BPS-20");
        long ownPolicy = policies.create(new PolicyRequest("Planned own " + System.nanoTime(), List.of(
                new TargetRequest(Priority.P1, 15, 120, "24/7"), new TargetRequest(Priority.P2, 60, null, "BUSINESS"),
                new TargetRequest(Priority.P3, null, 960, "BUSINESS")), 50, null, null, null)).id();
        long tokyo = calendars.create(new CalendarRequest("Planned Tokyo " + System.nanoTime(), "Asia/Tokyo",
                null, true, null, null)).id();
        terms.put(onTokyo, new TermsRequest(ownPolicy, tokyo));
        long onOwnPolicy = test.withoutPlan();
        terms.put(onOwnPolicy, new TermsRequest(ownPolicy, null));

        List<BookedStart> booked = new ArrayList<>();
        Priority[] priorities = Priority.values();
        String[] starts = {"2026-11-19T15:00:00Z", "2026-11-21T10:00:00Z", "2026-11-19T23:30:00Z", "2026-11-20T07:45:00Z"};
        List<List<Object>> customersAndPlans = List.of(List.of(shared, "SHARED-247"), List.of(business, "BPS-20"),
                List.of(payg, "PAYG"), List.of(berlin, "BPS-40"), List.of(onDesk, "BPS-20"), List.of(onTokyo, "BPS-20"),
                List.of(onOwnPolicy, "STANDARD"), List.of(shared, "BPS-20"), List.of(onDesk, "SHARED-247"));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < customersAndPlans.size(); i++) {
                // the second round books each customer at another priority and start
                List<Object> customerAndPlan = customersAndPlans.get(i);
                booked.add(new BookedStart(nextEngagement++, (Long) customerAndPlan.get(0),
                        (String) customerAndPlan.get(1), priorities[(i + round) % priorities.length],
                        Instant.parse(starts[(i + 3 * round) % starts.length])));
            }
        }
        return booked;
    }
}

package com.quarterhour.administration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.calendar.CalendarRequest;
import com.quarterhour.calendar.ClosedDate;
import com.quarterhour.calendar.HolidayRule;
import com.quarterhour.calendar.OpeningInterval;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.PolicyDetails;
import com.quarterhour.sla.PolicyRequest;
import com.quarterhour.sla.TargetRequest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the administration forms make of what was typed, without Spring: only the shape, the services judge the rest. */
class SlaFormsTest {

    @Test
    void openingHoursTakeDashesOrToAndSeveralRangesADay() {
        CalendarForm form = new CalendarForm();
        form.setName("  Edinburgh  ");
        form.setTimeZone("Europe/London");
        form.getHours().put(DayOfWeek.MONDAY, "09:00–12:00, 13:00-18:00");
        form.getHours().put(DayOfWeek.TUESDAY, "09:00 to 12:00; 13:00 — 18:00");
        form.getHours().put(DayOfWeek.SATURDAY, "00:00-24:00");
        form.setCountry("GB");
        form.setRegion(" sct ");
        form.setClosedDates("2026-12-24\n\n2026-12-31 Hogmanay\r\n");

        CalendarRequest request = form.toRequest();

        List<OpeningInterval> split = List.of(new OpeningInterval("09:00", "12:00"), new OpeningInterval("13:00", "18:00"));
        assertThat(request.name()).isEqualTo("Edinburgh");
        assertThat(request.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)
                .containsEntry(DayOfWeek.MONDAY, split).containsEntry(DayOfWeek.TUESDAY, split)
                .containsEntry(DayOfWeek.SATURDAY, List.of(new OpeningInterval("00:00", "24:00")));
        assertThat(request.aroundTheClock()).isFalse();
        assertThat(request.holidays()).isEqualTo(new HolidayRule("GB", "sct"));
        assertThat(request.closedDates()).containsExactly(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"));
    }

    @Test
    void whatIsNotARangeOrADateIsRefusedInWords() {
        CalendarForm hours = new CalendarForm();
        hours.getHours().put(DayOfWeek.WEDNESDAY, "09:00–12:00, after lunch");
        assertThatThrownBy(hours::toRequest).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Wednesday: write the opening hours as 09:00–17:00").hasMessageContaining("'after lunch'");

        CalendarForm dates = new CalendarForm();
        dates.setClosedDates("2026-12-24\n24.12.2026");
        assertThatThrownBy(dates::toRequest).isInstanceOf(DomainException.class)
                .hasMessage("Closed dates: '24.12.2026' is not a date; write one date a line, such as 2026-12-24");
    }

    @Test
    void aCalendarOpen247LeavesOutTheHoursHolidaysAndClosedDatesStillOnTheForm() {
        CalendarForm form = CalendarForm.officeHours("Europe/London");
        form.setName("Operations");
        form.setAroundTheClock(true);
        form.setCountry("GB");
        form.setClosedDates("2026-12-24");

        assertThat(form.toRequest()).isEqualTo(new CalendarRequest("Operations", "Europe/London", null, true, null, null));
    }

    @Test
    void aStoredCalendarFillsTheFormAsItWouldBeTyped() {
        CalendarForm form = CalendarForm.of(new CalendarDetails(3, "Edinburgh", "Europe/London",
                Map.of(DayOfWeek.MONDAY, List.of(new OpeningInterval("09:00", "12:00"), new OpeningInterval("13:00", "18:00"))),
                false, new HolidayRule("GB", "sct"),
                List.of(new ClosedDate(LocalDate.parse("2026-11-30"), "St Andrew’s Day"),
                        new ClosedDate(LocalDate.parse("2026-12-24"), null))));

        assertThat(form.getHours().get(DayOfWeek.MONDAY)).isEqualTo("09:00–12:00, 13:00–18:00");
        assertThat(form.getHours().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(form.getClosedDates()).isEqualTo("2026-11-30 St Andrew’s Day\n2026-12-24");
        assertThat(form.toRequest().closedDates())
                .containsExactly(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-24"));
    }

    @Test
    void aPriorityWithNeitherTargetIsLeftOutAndBlankThresholdsAreAbsent() {
        PolicyForm form = new PolicyForm();
        form.setName("Gold");
        form.getTargets().get(Priority.P1).setResponseMinutes(" 60 ");
        form.getTargets().get(Priority.P1).setCalendar("24/7");
        form.getTargets().get(Priority.P3).setResolutionMinutes("480");
        form.setWarnAtPercent("");
        form.setEscalateTo("  ");

        assertThat(form.toRequest()).isEqualTo(new PolicyRequest("Gold", List.of(
                new TargetRequest(Priority.P1, 60, null, "24/7"), new TargetRequest(Priority.P3, null, 480, "BUSINESS")),
                null, null, null, null));
    }

    @Test
    void minutesAndPercentsAreWholeNumbers() {
        PolicyForm minutes = new PolicyForm();
        minutes.getTargets().get(Priority.P2).setResponseMinutes("4h");
        assertThatThrownBy(minutes::toRequest).isInstanceOf(DomainException.class)
                .hasMessage("P2 response target: '4h' is not a whole number of minutes, such as 240");

        PolicyForm percent = new PolicyForm();
        percent.setGoalPercent("90.5");
        assertThatThrownBy(percent::toRequest).isInstanceOf(DomainException.class)
                .hasMessage("Goal: '90.5' is not a whole number; write a percentage such as 90");
    }

    @Test
    void aStoredPolicyFillsTheFormRowByPriority() {
        PolicyForm form = PolicyForm.of(new PolicyDetails(7, "Gold", 2,
                List.of(new TargetRequest(Priority.P2, 120, 960, "BUSINESS")), 80, null, 150, "head@example.com"));

        assertThat(form.getTargets().get(Priority.P2).getResolutionMinutes()).isEqualTo("960");
        assertThat(form.getTargets().get(Priority.P1).getResponseMinutes()).isEmpty();
        assertThat(form.getWarnAtPercent()).isEqualTo("80");
        assertThat(form.getGoalPercent()).isEmpty();
        assertThat(form.getEscalateAtPercent()).isEqualTo("150");
        assertThat(form.toRequest().targets()).containsExactly(new TargetRequest(Priority.P2, 120, 960, "BUSINESS"));
    }

    @Test
    void aServiceCreditRoundTripsThroughThePolicyFormSoSavingThePageKeepsIt() {
        PolicyForm form = PolicyForm.of(new PolicyDetails(7, "Gold", 2,
                List.of(new TargetRequest(Priority.P1, 60, null, "24/7", new BigDecimal("5.00")),
                        new TargetRequest(Priority.P2, 240, null, "BUSINESS")),
                75, null, null, null, new BigDecimal("25")));
        assertThat(form.getTargets().get(Priority.P1).getServiceCreditPercent()).isEqualTo("5");
        assertThat(form.getServiceCreditCapPercent()).isEqualTo("25");

        form.getTargets().get(Priority.P2).setServiceCreditPercent(" 2.5 ");
        PolicyRequest request = form.toRequest();
        assertThat(request.targets()).extracting(TargetRequest::serviceCreditPercent)
                .containsExactly(new BigDecimal("5"), new BigDecimal("2.5"));
        assertThat(request.serviceCreditCapPercent()).isEqualTo(new BigDecimal("25"));

        form.setServiceCreditCapPercent("a quarter");
        assertThatThrownBy(form::toRequest).isInstanceOf(DomainException.class)
                .hasMessage("Service credit cap: 'a quarter' is not a percentage such as 5 or 2.5");
    }
}

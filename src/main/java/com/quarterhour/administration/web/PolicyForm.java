package com.quarterhour.administration.web;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.shared.Text;
import com.quarterhour.sla.PolicyDetails;
import com.quarterhour.sla.PolicyRequest;
import com.quarterhour.sla.TargetRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The policy form as typed: a row per priority with its response and resolution minutes and calendar, and the
 * policy's thresholds. Only numbers are read here; what makes a valid policy is the sla module's rule, so the page
 * shows the same message as the API. A row with neither target is left out: that priority is measured, no target.
 */
public class PolicyForm {

    public static final String BUSINESS = "BUSINESS";
    public static final String AROUND_THE_CLOCK = "24/7";

    private String name = "";
    private final Map<Priority, Row> targets = new EnumMap<>(Priority.class);
    private String warnAtPercent = "75";
    private String goalPercent = "";
    private String escalateAtPercent = "";
    private String escalateTo = "";
    private String serviceCreditCapPercent = "";

    public PolicyForm() {
        Arrays.stream(Priority.values()).forEach(priority -> targets.put(priority, new Row()));
    }

    /** One priority's targets as typed. */
    public static class Row {

        private String responseMinutes = "";
        private String resolutionMinutes = "";
        private String calendar = BUSINESS;
        private String serviceCreditPercent = "";

        public String getServiceCreditPercent() {
            return serviceCreditPercent;
        }

        public void setServiceCreditPercent(String serviceCreditPercent) {
            this.serviceCreditPercent = serviceCreditPercent;
        }

        public String getResponseMinutes() {
            return responseMinutes;
        }

        public void setResponseMinutes(String responseMinutes) {
            this.responseMinutes = responseMinutes;
        }

        public String getResolutionMinutes() {
            return resolutionMinutes;
        }

        public void setResolutionMinutes(String resolutionMinutes) {
            this.resolutionMinutes = resolutionMinutes;
        }

        public String getCalendar() {
            return calendar;
        }

        public void setCalendar(String calendar) {
            this.calendar = calendar;
        }
    }

    static PolicyForm of(PolicyDetails policy) {
        PolicyForm form = new PolicyForm();
        form.setName(policy.name());
        for (TargetRequest target : policy.targets()) {
            Row row = form.targets.get(target.priority());
            row.setResponseMinutes(text(target.responseMinutes()));
            row.setResolutionMinutes(text(target.resolutionMinutes()));
            row.setCalendar(target.calendar());
            row.setServiceCreditPercent(percent(target.serviceCreditPercent()));
        }
        form.setServiceCreditCapPercent(percent(policy.serviceCreditCapPercent()));
        form.setWarnAtPercent(text(policy.warnAtPercent()));
        form.setGoalPercent(text(policy.goalPercent()));
        form.setEscalateAtPercent(text(policy.escalateAtPercent()));
        form.setEscalateTo(policy.escalateTo() == null ? "" : policy.escalateTo());
        return form;
    }

    PolicyRequest toRequest() {
        List<TargetRequest> requested = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            Row row = targets.get(priority);
            Integer response = number(row.getResponseMinutes(), priority + " response target", " of minutes, such as 240");
            Integer resolution = number(row.getResolutionMinutes(), priority + " resolution target", " of minutes, such as 480");
            BigDecimal credit = percent(row.getServiceCreditPercent(), priority + " service credit");
            if (response != null || resolution != null || credit != null) {
                requested.add(new TargetRequest(priority, response, resolution, row.getCalendar(), credit));
            }
        }
        return new PolicyRequest(name == null ? null : name.strip(), requested,
                number(warnAtPercent, "Warning at", "; write a percentage such as 75"),
                number(goalPercent, "Goal", "; write a percentage such as 90"),
                number(escalateAtPercent, "Escalate at", "; write a percentage such as 150"),
                escalateTo == null || escalateTo.isBlank() ? null : escalateTo.strip(),
                percent(serviceCreditCapPercent, "Service credit cap"));
    }

    private static BigDecimal percent(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!value.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            throw DomainException.invalid(field + ": '" + Text.quotable(value) + "' is not a percentage such as 5 or 2.5");
        }
        return new BigDecimal(value);
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString();
    }

    public String getServiceCreditCapPercent() {
        return serviceCreditCapPercent;
    }

    public void setServiceCreditCapPercent(String serviceCreditCapPercent) {
        this.serviceCreditCapPercent = serviceCreditCapPercent;
    }

    private static Integer number(String text, String field, String example) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!value.matches("\\d{1,9}")) {
            throw DomainException.invalid(field + ": '" + Text.quotable(value) + "' is not a whole number" + example);
        }
        return Integer.valueOf(value);
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Bound as targets[P1].responseMinutes and so on; the map always holds all four priorities. */
    public Map<Priority, Row> getTargets() {
        return targets;
    }

    public String getWarnAtPercent() {
        return warnAtPercent;
    }

    public void setWarnAtPercent(String warnAtPercent) {
        this.warnAtPercent = warnAtPercent;
    }

    public String getGoalPercent() {
        return goalPercent;
    }

    public void setGoalPercent(String goalPercent) {
        this.goalPercent = goalPercent;
    }

    public String getEscalateAtPercent() {
        return escalateAtPercent;
    }

    public void setEscalateAtPercent(String escalateAtPercent) {
        this.escalateAtPercent = escalateAtPercent;
    }

    public String getEscalateTo() {
        return escalateTo;
    }

    public void setEscalateTo(String escalateTo) {
        this.escalateTo = escalateTo;
    }
}

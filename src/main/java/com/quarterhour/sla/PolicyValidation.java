package com.quarterhour.sla;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes an SLA policy valid, in plain Java: the rules an administrator's request is checked against, each refusal
 * a 400 that says what to fix. Answers the request as it will be stored (name trimmed, the default warning share,
 * targets in priority order, calendars spelled as the API spells them).
 */
final class PolicyValidation {

    static final int MAX_NAME_LENGTH = 200;
    /** About two years of 24/7 time: a target beyond it is a typing mistake. */
    static final int MAX_MINUTES = 1_000_000;
    static final int MAX_ESCALATION_PERCENT = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PolicyValidation() {
    }

    static PolicyRequest validated(PolicyRequest request) {
        if (request == null) {
            throw DomainException.invalid("A policy needs a name and targets");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("name is required");
        }
        if (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("name must be at most " + MAX_NAME_LENGTH + " characters, without control characters");
        }
        List<TargetRequest> targets = targets(request.targets());
        int warnAt = request.warnAtPercent() == null ? SlaTarget.DEFAULT_WARN_AT_PERCENT : request.warnAtPercent();
        if (warnAt < 1 || warnAt > 99) {
            throw DomainException.invalid("warnAtPercent must be from 1 to 99 (percent of the target at which to warn)");
        }
        if (request.goalPercent() != null && (request.goalPercent() < 1 || request.goalPercent() > 100)) {
            throw DomainException.invalid("goalPercent must be from 1 to 100 (percent of requests within target)");
        }
        String escalateTo = request.escalateTo() == null || request.escalateTo().isBlank() ? null : request.escalateTo().strip();
        if (request.escalateAtPercent() != null) {
            if (request.escalateAtPercent() <= 100 || request.escalateAtPercent() > MAX_ESCALATION_PERCENT) {
                throw DomainException.invalid("escalateAtPercent must be above 100 and at most " + MAX_ESCALATION_PERCENT
                        + " (percent of the target, past the breach)");
            }
            if (escalateTo == null) {
                throw DomainException.invalid("escalateTo is required with escalateAtPercent: the address to mail");
            }
        } else if (escalateTo != null) {
            throw DomainException.invalid("escalateTo needs escalateAtPercent: when to escalate");
        }
        if (escalateTo != null && (escalateTo.length() > 320 || !EMAIL.matcher(escalateTo).matches())) {
            throw DomainException.invalid("escalateTo must be an e-mail address, such as head-of-support@example.com");
        }
        BigDecimal cap = serviceCreditCap(targets, request.serviceCreditCapPercent());
        return new PolicyRequest(name, targets, warnAt, request.goalPercent(), request.escalateAtPercent(), escalateTo,
                cap);
    }

    /**
     * A promised credit needs a cap on the month's credits, at least as large as each credit (else the cap would cut
     * even a single breach's credit), and a cap needs a credit to cap.
     */
    private static BigDecimal serviceCreditCap(List<TargetRequest> targets, BigDecimal cap) {
        List<TargetRequest> crediting = targets.stream().filter(t -> t.serviceCreditPercent() != null).toList();
        if (cap == null) {
            if (!crediting.isEmpty()) {
                throw DomainException.invalid("serviceCreditCapPercent is required with a serviceCreditPercent: the most "
                        + "a month's service credits add up to, percent of the monthly fee");
            }
            return null;
        }
        if (crediting.isEmpty()) {
            throw DomainException.invalid("serviceCreditCapPercent needs a target with serviceCreditPercent: the credit "
                    + "it caps");
        }
        percent("serviceCreditCapPercent", cap);
        BigDecimal largest = crediting.stream().map(TargetRequest::serviceCreditPercent).max(BigDecimal::compareTo)
                .orElseThrow();
        if (cap.compareTo(largest) < 0) {
            throw DomainException.invalid("serviceCreditCapPercent (" + cap.toPlainString() + ") must be at least every "
                    + "target's serviceCreditPercent (up to " + largest.toPlainString() + ")");
        }
        return cap.stripTrailingZeros().setScale(Math.max(0, cap.stripTrailingZeros().scale()));
    }

    /** Above 0, at most 100, in hundredths of a percent at most. */
    private static void percent(String field, BigDecimal percent) {
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw DomainException.invalid(field + " must be above 0 and at most 100 (percent of the monthly fee), got "
                    + percent.toPlainString());
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(field + " has at most two decimals, got " + percent.toPlainString());
        }
    }


    private static List<TargetRequest> targets(List<TargetRequest> targets) {
        if (targets == null || targets.isEmpty()) {
            throw DomainException.invalid("targets are required: at least one priority with its response or resolution minutes");
        }
        Set<Priority> seen = EnumSet.noneOf(Priority.class);
        return targets.stream().map(target -> {
            if (target == null || target.priority() == null) {
                throw DomainException.invalid("Each target needs a priority: P1, P2, P3 or P4");
            }
            if (!seen.add(target.priority())) {
                throw DomainException.invalid("Priority " + target.priority() + " has more than one target row; give each priority once");
            }
            if (target.responseMinutes() == null && target.resolutionMinutes() == null) {
                throw DomainException.invalid("The " + target.priority() + " target needs responseMinutes, resolutionMinutes or "
                        + "both; leave the priority out to measure it without a target");
            }
            minutes(target.priority(), "responseMinutes", target.responseMinutes());
            minutes(target.priority(), "resolutionMinutes", target.resolutionMinutes());
            CalendarKind calendar = CalendarKind.fromApi(target.calendar());
            BigDecimal credit = target.serviceCreditPercent();
            if (credit != null) {
                percent("The " + target.priority() + " serviceCreditPercent", credit);
                credit = credit.stripTrailingZeros().setScale(Math.max(0, credit.stripTrailingZeros().scale()));
            }
            return new TargetRequest(target.priority(), target.responseMinutes(), target.resolutionMinutes(),
                    calendar.apiName(), credit);
        }).sorted(Comparator.comparing(TargetRequest::priority)).toList();
    }

    private static void minutes(Priority priority, String field, Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw DomainException.invalid("The " + priority + " " + field + " must be from 1 to " + MAX_MINUTES + " minutes");
        }
    }
}

package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.HandOver;
import com.quarterhour.engagement.internal.SupportRequestStart;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.ProcessActor;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;

/**
 * Reads process variables as Tasklist forms submit them (numbers as Integer or Long, dates as ISO strings,
 * choices as strings) and as the REST API sets them. Variables are a form's own fields only: whoever may complete a
 * task may write any of them, so the engagement comes from the business key and who acts from the engine's
 * authentication.
 */
final class ProcessValues {

    private final DelegateExecution scope;

    ProcessValues(DelegateExecution scope) {
        this.scope = scope;
    }

    long engagementId() {
        return SupportRequestStart.engagementId(scope.getProcessBusinessKey());
    }

    String string(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    Long longValue(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw DomainException.invalid(name + " must be a whole number");
            }
            return number.longValue();
        }
        try {
            return Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name + " must be a whole number, got '" + value + "'");
        }
    }

    long requiredLong(String name) {
        Long value = longValue(name);
        if (value == null) {
            throw DomainException.invalid(name + " is required");
        }
        return value;
    }

    Integer integer(String name) {
        Long value = longValue(name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw DomainException.invalid(name + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    Boolean optionalFlag(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : flag(name);
    }

    LocalDate date(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            String text = value.toString().strip();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeException e) {
            throw DomainException.invalid(name + " must be a date such as 2026-10-31, got '" + value + "'");
        }
    }

    Instant instant(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        try {
            return OffsetDateTime.parse(value.toString().strip()).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.invalid(name + " must be a date and time with offset, got '" + value + "'");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("'" + value + "' is not a valid " + name);
        }
    }

    /** Sets a variable unless it already holds this value: an unchanged value would still cost an update. */
    void update(String name, Object value) {
        if (!Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }

    /** Values for the steps after this one in the same transaction, such as a gateway (see {@link HandOver}). */
    void handOver(Map<String, ?> values) {
        Set<String> persisted = values.keySet().stream()
                .filter(name -> scope.getVariableTyped(name) != null && !scope.getVariableTyped(name).isTransient())
                .collect(Collectors.toSet());
        scope.setVariables(HandOver.of(values, persisted));
    }

    /** The engine's authenticated user: Tasklist's, or the REST API's caller. */
    String actor(IdentityService identity) {
        return ProcessActor.of(identity);
    }
}

package com.quarterhour.sla.process;

import com.quarterhour.shared.DomainException;
import com.quarterhour.sla.ClockKind;
import com.quarterhour.sla.internal.ClockTimers;
import org.operaton.bpm.engine.delegate.VariableScope;

/** The variables an sla-clock instance is started with by its call activity. */
record ClockValues(long engagementId, ClockKind kind, String title) {

    static ClockValues of(VariableScope scope) {
        Object engagementId = scope.getVariable(ClockTimers.ENGAGEMENT_ID);
        Object kind = scope.getVariable(ClockTimers.CLOCK);
        if (!(engagementId instanceof Number id) || kind == null) {
            throw DomainException.invalid("An sla-clock needs the variables engagementId and clock");
        }
        return new ClockValues(id.longValue(), ClockKind.valueOf(kind.toString()), title(scope));
    }

    /** The request's title, only ever text in a mail. */
    static String title(VariableScope scope) {
        Object title = scope.getVariable("title");
        return title == null ? "" : title.toString();
    }
}

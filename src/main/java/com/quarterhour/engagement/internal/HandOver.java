package com.quarterhour.engagement.internal;

import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.variable.VariableMap;
import org.operaton.bpm.engine.variable.Variables;

/**
 * Values that a step hands to the next step of the same transaction: the API's task completion to the service task
 * after it, a service task to the gateway after it. They are transient, so they cost no rows in the engine's runtime
 * and history tables; the service task validates and applies them, and the engagement keeps the result. The engine
 * keeps each name either persisted or transient, so a name an instance already holds persisted (written by a
 * Tasklist form, or by an instance started before values were handed over) is updated in place instead.
 */
public final class HandOver {

    private HandOver() {
    }

    /** The values, transient except those named in {@code persisted}. */
    public static VariableMap of(Map<String, ?> values, Set<String> persisted) {
        VariableMap variables = Variables.createVariables();
        values.forEach((name, value) -> variables.putValueTyped(name,
                Variables.untypedValue(value, !persisted.contains(name))));
        return variables;
    }
}

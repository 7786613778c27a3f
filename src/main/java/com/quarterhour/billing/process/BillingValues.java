package com.quarterhour.billing.process;

import com.quarterhour.billing.internal.BillingProcess;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.ProcessActor;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.VariableScope;

/** Reads the variables of month-end-billing as the engine, Tasklist forms and the API set them. */
final class BillingValues {

    private final VariableScope scope;

    BillingValues(VariableScope scope) {
        this.scope = scope;
    }

    long runId() {
        return required(BillingProcess.RUN_ID);
    }

    int batch() {
        return Math.toIntExact(required(BillingProcess.BATCH));
    }

    long customerId() {
        return required(BillingProcess.CUSTOMER_ID);
    }

    long invoiceId() {
        return required(BillingProcess.INVOICE_ID);
    }

    String string(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private long required(String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(name + " is missing");
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(name + " must be a whole number, got '" + value + "'");
        }
    }

    /** The engine's authenticated user: Tasklist's, or the API's caller. */
    String actor(IdentityService identity) {
        return ProcessActor.of(identity);
    }
}

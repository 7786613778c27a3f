package com.quarterhour.tasklist.internal;

import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Work and capture time" opens with its work date on today, the customer's today (the day the work is validated
 * and billed in), so a technician recording today's work only types the time. They may change it; "Record work"
 * checks it as before.
 *
 * <p>Written as the task is created, in the same transaction: never later (a variable written while the task is
 * being completed loses an optimistic lock). Written where the form's submitted value lands (the scope the task's
 * execution finds it in), not as a task-local variable: Tasklist submits the form's values through the task, and a
 * task-local variable of that name would take the submitted date and vanish with the completed task, so "Record
 * work" would never see it. "Record work" removes it with the pass's other values; the next pass writes a new one.
 */
@Component
class WorkFormDefaults {

    static final String WORK = "Work";
    /** The key of work.form's date field and the variable "Record work" reads. */
    static final String WORK_DATE = "workDate";

    private final EngagementService engagements;
    private final CustomerService customers;
    private final Clock clock;

    WorkFormDefaults(EngagementService engagements, CustomerService customers, Clock clock) {
        this.engagements = engagements;
        this.customers = customers;
        this.clock = clock;
    }

    void opened(DelegateTask task) {
        if (!WORK.equals(task.getTaskDefinitionKey())) {
            return;
        }
        OptionalLong engagementId = EngagementService.engagementOf(task.getExecution().getProcessBusinessKey());
        if (engagementId.isEmpty()) {
            return;
        }
        long customerId = engagements.get(engagementId.getAsLong()).customerId();
        LocalDate today = LocalDate.now(clock.withZone(customers.get(customerId).timeZone()));
        // as work.form's date field writes it, and "Record work" reads it
        task.getExecution().setVariable(WORK_DATE, today.toString());
    }
}

package com.quarterhour.engagement.process;

import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.engagement.internal.SupportRequestStart;
import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Read by support-request.bpmn where a variable would be a door: who is assigned the work
 * ({@code ${supportRequest.assignee(execution)}}), which approvals wait
 * ({@code ${supportRequest.pending(execution, 'WAIVER')}}) and when the reopen window ends
 * ({@code ${supportRequest.reopenWindowEnds(execution)}}) come from the engagement, which no task user can rewrite.
 */
@Component("supportRequest")
public class SupportRequestRoutes {

    private final SupportRequestLifecycle lifecycle;

    SupportRequestRoutes(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The engagement's technician, or null: the task then waits in the technicians' queue. */
    public String assignee(DelegateExecution execution) {
        return lifecycle.engagement(engagementId(execution)).getTechnician();
    }

    /** When the reopen window after completion ends: the engagement's completion plus the configured window. */
    public Date reopenWindowEnds(DelegateExecution execution) {
        return lifecycle.reopenWindowEnds(engagementId(execution));
    }

    public boolean pending(DelegateExecution execution, String type) {
        return lifecycle.pending(engagementId(execution), AdjustmentType.valueOf(type)).isPresent();
    }

    private static long engagementId(DelegateExecution execution) {
        return SupportRequestStart.engagementId(execution.getProcessBusinessKey());
    }
}

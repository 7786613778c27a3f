package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.shared.DomainException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Record bug credit decision" and "Record waiver decision"; each maps its own variables to the
 * local inputs adjustmentId, decision and comment.
 */
@Component
class RecordAdjustmentDecisionDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;
    private final IdentityService identity;

    RecordAdjustmentDecisionDelegate(SupportRequestLifecycle lifecycle, IdentityService identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        String decision = values.string("decision");
        if (!SupportRequest.APPROVE.equals(decision) && !SupportRequest.REJECT.equals(decision)) {
            throw DomainException.invalid("decision must be APPROVE or REJECT");
        }
        lifecycle.decideAdjustment(values.requiredLong("adjustmentId"), SupportRequest.APPROVE.equals(decision),
                values.string("comment"), values.actor(identity));
    }
}

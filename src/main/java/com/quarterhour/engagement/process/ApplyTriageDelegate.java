package com.quarterhour.engagement.process;

import com.quarterhour.catalog.Plan;
import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.engagement.internal.TriageDecision;
import com.quarterhour.shared.Priority;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Apply triage". */
@Component
class ApplyTriageDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    ApplyTriageDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        TriageDecision decision = new TriageDecision(values.choice(SupportRequest.PRIORITY, Priority.class),
                values.optionalFlag(SupportRequest.BILLABLE), values.string(SupportRequest.TECHNICIAN),
                values.string(SupportRequest.ADD_PLAN_CODE), values.flag(SupportRequest.PAYMENT_METHOD_ON_FILE));
        Plan plan = lifecycle.applyTriage(values.engagementId(), decision);
        // the Work form shows the plan and asks for minutes by its increment: changed only if triage added a plan
        values.update(SupportRequest.PLAN_CODE, plan.code());
        values.update(SupportRequest.BILLING_INCREMENT, plan.billingIncrementMinutes());
    }
}

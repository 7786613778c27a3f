package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.Entitlement;
import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Check entitlement". */
@Component
class CheckEntitlementDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    CheckEntitlementDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Entitlement entitlement = lifecycle.checkEntitlement(new ProcessValues(execution).engagementId());
        execution.setVariable(SupportRequest.PLAN_CODE, entitlement.planCode());
        execution.setVariable(SupportRequest.HAS_PLAN, entitlement.hasPlan());
        execution.setVariable(SupportRequest.BILLING_INCREMENT, entitlement.billingIncrement());
    }
}

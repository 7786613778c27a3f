package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Resume work": the customer answered, the resolution clock runs again; an answer typed in is kept. */
@Component
class ResumeWorkDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;
    private final IdentityService identity;

    ResumeWorkDelegate(SupportRequestLifecycle lifecycle, IdentityService identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        lifecycle.resumeWork(values.engagementId(), values.string(SupportRequest.CUSTOMER_REPLY), values.actor(identity));
        execution.removeVariable(SupportRequest.CUSTOMER_REPLY);
    }
}

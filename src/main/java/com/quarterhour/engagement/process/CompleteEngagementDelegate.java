package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Complete engagement": ready for billing. */
@Component
class CompleteEngagementDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    CompleteEngagementDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.complete(new ProcessValues(execution).engagementId());
    }
}

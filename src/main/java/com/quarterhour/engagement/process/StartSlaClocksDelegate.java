package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Start SLA clocks": response and resolution clocks under the plan and suggested priority. */
@Component
class StartSlaClocksDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    StartSlaClocksDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.startSlaClocks(new ProcessValues(execution).engagementId());
    }
}

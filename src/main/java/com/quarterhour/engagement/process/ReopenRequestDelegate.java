package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Reopen request": the customer replied within the reopen window. The reply's id is handed over by its
 * correlation in this transaction; it only names the reply in {@code RequestReopened}.
 */
@Component
class ReopenRequestDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    ReopenRequestDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        lifecycle.reopen(values.engagementId(), values.requiredLong(SupportRequest.REPLY_MESSAGE_ID));
    }
}

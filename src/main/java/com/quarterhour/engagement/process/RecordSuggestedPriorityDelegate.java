package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.shared.Priority;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Record suggested priority": the DMN's suggestion applies until triage, and prefills the Triage form. */
@Component
class RecordSuggestedPriorityDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    RecordSuggestedPriorityDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        Priority suggested = values.choice(SupportRequest.SUGGESTED_PRIORITY, Priority.class);
        lifecycle.recordSuggestedPriority(values.engagementId(), suggested);
        execution.setVariable(SupportRequest.PRIORITY, suggested.name());
    }
}

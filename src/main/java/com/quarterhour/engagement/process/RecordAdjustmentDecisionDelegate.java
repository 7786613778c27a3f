package com.quarterhour.engagement.process;

import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.shared.Verdict;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Record bug credit decision" and "Record waiver decision"; each maps its form's fields to the local
 * inputs decision and comment, and names its adjustment type (a literal of the model). The adjustment decided is the
 * engagement's pending one of that type.
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
        lifecycle.decidePending(values.engagementId(), values.choice("type", AdjustmentType.class),
                Verdict.of(values.string("decision"), "decision").approved(), values.string("comment"),
                values.actor(identity));
    }
}

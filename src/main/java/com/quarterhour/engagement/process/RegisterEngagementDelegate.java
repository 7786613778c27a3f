package com.quarterhour.engagement.process;

import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.Report;
import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.engagement.internal.SupportRequestStart;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Register engagement": a request entered with the Tasklist start form. */
@Component
class RegisterEngagementDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;
    private final SupportRequestStart start;
    private final IdentityService identity;

    RegisterEngagementDelegate(SupportRequestLifecycle lifecycle, SupportRequestStart start, IdentityService identity) {
        this.lifecycle = lifecycle;
        this.start = start;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        Report report = new Report(values.longValue(SupportRequest.CUSTOMER_ID), values.string(SupportRequest.TITLE),
                values.string(SupportRequest.DESCRIPTION), values.choice(SupportRequest.CHANNEL, Channel.class),
                values.choice(SupportRequest.IMPACT, Impact.class), values.instant(SupportRequest.APPOINTMENT_START),
                null, values.flag(SupportRequest.TRAVEL));
        Engagement engagement = lifecycle.register(report, values.actor(identity));
        lifecycle.startedAs(engagement.getId(), execution.getProcessInstanceId());
        execution.setVariables(start.variables(engagement));
        if (engagement.getDescription() == null) {
            // the form's blank description: no description, as for a request reported through the API
            execution.removeVariable(SupportRequest.DESCRIPTION);
        }
        execution.setProcessBusinessKey(SupportRequestStart.businessKey(engagement));
    }
}

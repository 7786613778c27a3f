package com.quarterhour.engagement.process;

import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Open appointment": the booked time has come. */
@Component
class OpenAppointmentDelegate implements JavaDelegate {

    private final SupportRequestLifecycle lifecycle;

    OpenAppointmentDelegate(SupportRequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.appointmentBegan(new ProcessValues(execution).engagementId());
    }
}

package com.quarterhour.inbox.process;

import com.quarterhour.inbox.internal.HeldMails;
import com.quarterhour.shared.ProcessActor;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Report the mail": for the held mail of the instance's business key, for the customer the form names. */
@Component
class AssignHeldMailDelegate implements JavaDelegate {

    private final HeldMails heldMails;
    private final IdentityService identity;

    AssignHeldMailDelegate(HeldMails heldMails, IdentityService identity) {
        this.heldMails = heldMails;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        heldMails.assign(HeldMails.heldMailId(execution.getProcessBusinessKey()),
                execution.getVariable(HeldMails.CUSTOMER), ProcessActor.of(identity));
    }
}

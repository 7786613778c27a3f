package com.quarterhour.inbox.process;

import com.quarterhour.inbox.internal.HeldMails;
import com.quarterhour.shared.ProcessActor;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Discard the mail": the held mail of the instance's business key, when the decision is DISCARD. */
@Component
class DiscardHeldMailDelegate implements JavaDelegate {

    private final HeldMails heldMails;
    private final IdentityService identity;

    DiscardHeldMailDelegate(HeldMails heldMails, IdentityService identity) {
        this.heldMails = heldMails;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        heldMails.discard(HeldMails.heldMailId(execution.getProcessBusinessKey()),
                execution.getVariable(HeldMails.DECISION), ProcessActor.of(identity));
    }
}

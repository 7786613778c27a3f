package com.quarterhour.inbox.process;

import com.quarterhour.inbox.internal.HeldMails;
import com.quarterhour.shared.ProcessActor;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Report the mail for the customer": the held mail of the instance's business key, for the customer (and
 * the new contact) the form names.
 */
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
        heldMails.assign(HeldMails.heldMailId(execution.getProcessBusinessKey()), new HeldMails.Assignment(
                execution.getVariable(HeldMails.CUSTOMER), execution.getVariable(HeldMails.ADD_CONTACT),
                execution.getVariable(HeldMails.CONTACT_NAME)), ProcessActor.of(identity));
    }
}

package com.quarterhour.engagement.process;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.MessagePosted;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.internal.Engagement;
import com.quarterhour.engagement.internal.HandOver;
import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.engagement.internal.SupportRequestStart;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.EngineSystem;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a public message does to its request, in the transaction that posts it, so that a refusal refuses the message
 * too. Staff's first public message is the first response. The customer's reply resumes a request waiting for them
 * (the boundary message of "Wait for the customer") and reopens one completed within the reopen window (the message
 * the process waits for after completion); after the window, or once invoiced, it is refused: 409, the request is
 * closed. To a request in any other state a reply just stays in the conversation. Internal notes change nothing.
 */
@Component
class ConversationEffects {

    private static final Logger log = LoggerFactory.getLogger(ConversationEffects.class);

    private final SupportRequestLifecycle lifecycle;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ConversationEffects(SupportRequestLifecycle lifecycle, RuntimeService runtime, IdentityService identity) {
        this.lifecycle = lifecycle;
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    void on(MessagePosted posted) {
        if (posted.visibility() != Visibility.PUBLIC) {
            return;
        }
        if (posted.authorKind() == AuthorKind.STAFF) {
            lifecycle.staffAnswered(posted.engagementId());
            return;
        }
        // locked first: a reply and a step of the same request queue up instead of racing for the process instance
        Engagement engagement = lifecycle.forUpdate(posted.engagementId());
        if (engagement.getStatus() == EngagementStatus.WAITING_FOR_CUSTOMER
                || engagement.getStatus() == EngagementStatus.COMPLETED) {
            replied(engagement, posted.messageId());
        }
    }

    private void replied(Engagement engagement, long messageId) {
        long id = engagement.getId();
        boolean completed = engagement.getStatus() == EngagementStatus.COMPLETED;
        try {
            EngineSystem.run(identity, () -> runtime.createMessageCorrelation(SupportRequest.CUSTOMER_REPLIED)
                    .processInstanceBusinessKey(SupportRequestStart.businessKey(id))
                    .setVariables(HandOver.of(Map.of(SupportRequest.REPLY_MESSAGE_ID, messageId),
                            persisted(engagement, SupportRequest.REPLY_MESSAGE_ID)))
                    .correlate());
        } catch (MismatchingMessageCorrelationException notWaiting) {
            if (completed) {
                // the window is over (its timer ended the instance), or the request completed before replies reopened
                throw SupportRequestLifecycle.closed(id);
            }
            // waiting on a version of the process from before replies resumed it: a technician resumes by hand
            log.info("ENG-{} waits for the customer without a reply message to catch; the reply stays in the conversation",
                    id);
        } catch (OptimisticLockingException changedMeanwhile) {
            throw DomainException.conflict(SupportRequestStart.businessKey(id)
                    + " changed while the reply was being recorded: send it again");
        }
    }

    /** A name the instance already holds persisted (a task user may have written it) is updated in place. */
    private Set<String> persisted(Engagement engagement, String name) {
        return runtime.createVariableInstanceQuery().processInstanceIdIn(engagement.getProcessInstanceId())
                .variableName(name).count() > 0 ? Set.of(name) : Set.of();
    }
}

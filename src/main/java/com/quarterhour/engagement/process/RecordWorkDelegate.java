package com.quarterhour.engagement.process;

import com.quarterhour.engagement.RootCause;
import com.quarterhour.engagement.internal.SupportRequest;
import com.quarterhour.engagement.internal.SupportRequestLifecycle;
import com.quarterhour.engagement.internal.WorkOutcome;
import com.quarterhour.engagement.internal.WorkReport;
import com.quarterhour.shared.DomainException;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Record work": one pass of "Work and capture time". */
@Component
class RecordWorkDelegate implements JavaDelegate {

    /** Cleared after each pass so that the next pass's form starts empty. */
    private static final List<String> PASS_VARIABLES = List.of(SupportRequest.WORK_DATE, SupportRequest.MINUTES,
            SupportRequest.MINUTES_EXACT, SupportRequest.AGENTS, SupportRequest.NOTE,
            SupportRequest.NOTE_SHOWN_TO_CUSTOMER, SupportRequest.PUBLIC_REPLY, SupportRequest.OUTCOME);

    private static final List<String> OUTCOMES = List.of(SupportRequest.OUTCOME_CONTINUE, SupportRequest.OUTCOME_WAIT,
            SupportRequest.OUTCOME_RESOLVE);

    private final SupportRequestLifecycle lifecycle;
    private final IdentityService identity;

    RecordWorkDelegate(SupportRequestLifecycle lifecycle, IdentityService identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessValues values = new ProcessValues(execution);
        String outcome = values.string(SupportRequest.OUTCOME);
        if (!OUTCOMES.contains(outcome)) {
            throw DomainException.invalid("outcome must be CONTINUE, WAIT or RESOLVE");
        }
        boolean resolve = SupportRequest.OUTCOME_RESOLVE.equals(outcome);
        Integer minutes = values.integer(SupportRequest.MINUTES_EXACT) != null
                ? values.integer(SupportRequest.MINUTES_EXACT) : values.integer(SupportRequest.MINUTES);
        // the note is shown to the customer unless the technician unticked it
        boolean notePublic = !Boolean.FALSE.equals(values.optionalFlag(SupportRequest.NOTE_SHOWN_TO_CUSTOMER));
        WorkReport work = new WorkReport(values.date(SupportRequest.WORK_DATE), minutes, values.integer(SupportRequest.AGENTS),
                values.string(SupportRequest.NOTE), notePublic, resolve, SupportRequest.OUTCOME_WAIT.equals(outcome),
                resolve ? values.choice(SupportRequest.ROOT_CAUSE, RootCause.class) : null,
                resolve ? values.string(SupportRequest.RESOLUTION_NOTE) : null,
                resolve && values.flag(SupportRequest.WAIVER_REQUESTED),
                resolve ? values.string(SupportRequest.WAIVER_REASON) : null,
                values.string(SupportRequest.PUBLIC_REPLY));
        WorkOutcome result = lifecycle.recordWork(values.engagementId(), work, values.actor(identity));
        execution.removeVariables(PASS_VARIABLES);
        // read by the gateway that follows, in this transaction
        values.handOver(Map.of(SupportRequest.RESOLVED, result.resolved(), SupportRequest.WAITING, result.waiting()));
        if (result.bugCreditId() != null) {
            // shown by the approval form; the approvals themselves find the pending adjustments in the database
            execution.setVariable(SupportRequest.CREDIT_MINUTES, result.creditMinutes());
        }
    }
}

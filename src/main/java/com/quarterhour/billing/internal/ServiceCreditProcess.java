package com.quarterhour.billing.internal;

import com.quarterhour.shared.DomainException;

/** Names shared by service-credit.bpmn, the approve-service-credit form and the delegates. */
public final class ServiceCreditProcess {

    public static final String PROCESS_KEY = "service-credit";
    public static final String TASK_APPROVE = "ApproveServiceCredit";
    /** Form: APPROVE or REJECT (a shared.Verdict), and a comment. */
    public static final String DECISION = "serviceCreditDecision";
    public static final String COMMENT = "serviceCreditComment";
    private static final String KEY_PREFIX = "SERVICE-CREDIT-";

    private ServiceCreditProcess() {
    }

    /**
     * The proposal an instance decides is its business key, which no task form can change: the variables shown on
     * the form (customer, request, breach) are copies for reading, never what the decision acts on.
     */
    public static String businessKey(long proposalId) {
        return KEY_PREFIX + proposalId;
    }

    public static long proposalId(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
            throw DomainException.invalid("A service-credit instance needs the business key " + KEY_PREFIX + "<id>, got "
                    + businessKey);
        }
        try {
            return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("Malformed service-credit business key " + businessKey);
        }
    }
}

package com.quarterhour.engagement.internal;

/** Names shared by support-request.bpmn, its forms, its delegates and the REST API. */
public final class SupportRequest {

    public static final String PROCESS_KEY = "support-request";
    public static final String ISSUE_REPORTED = "IssueReported";
    public static final String APPOINTMENT_BOOKED = "AppointmentBooked";
    /** A customer's public message: resumes a request waiting for them, reopens one completed within the window. */
    public static final String CUSTOMER_REPLIED = "CustomerReplied";

    public static final String TASK_TRIAGE = "Triage";
    public static final String TASK_WORK = "Work";
    public static final String TASK_WAIT_FOR_CUSTOMER = "WaitForCustomer";
    public static final String TASK_APPROVE_BUG_CREDIT = "ApproveBugCredit";
    public static final String TASK_APPROVE_WAIVER = "ApproveWaiver";

    public static final String ENGAGEMENT_ID = "engagementId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CHANNEL = "channel";
    public static final String IMPACT = "impact";
    public static final String TRAVEL = "travel";
    public static final String OFF_HOURS = "offHours";
    public static final String APPOINTMENT_START = "appointmentStart";

    public static final String PLAN_CODE = "planCode";
    public static final String HAS_PLAN = "hasPlan";
    public static final String BILLING_INCREMENT = "billingIncrement";

    public static final String SUGGESTED_PRIORITY = "suggestedPriority";
    public static final String PRIORITY = "priority";
    public static final String BILLABLE = "billable";
    public static final String TECHNICIAN = "technician";
    public static final String ADD_PLAN_CODE = "addPlanCode";
    public static final String PAYMENT_METHOD_ON_FILE = "paymentMethodOnFile";

    public static final String WORK_DATE = "workDate";
    public static final String MINUTES = "minutes";
    public static final String MINUTES_EXACT = "minutesExact";
    public static final String AGENTS = "agents";
    public static final String NOTE = "note";
    public static final String NOTE_SHOWN_TO_CUSTOMER = "noteShownToCustomer";
    public static final String PUBLIC_REPLY = "publicReply";
    /** Task-local, display only: the Work and waiting forms show the request's latest messages from it. */
    public static final String RECENT_MESSAGES = "recentMessages";
    /** Handed by the reply's correlation to "Reopen request" (transient): the message that reopened the request. */
    public static final String REPLY_MESSAGE_ID = "replyMessageId";
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_CONTINUE = "CONTINUE";
    public static final String OUTCOME_RESOLVE = "RESOLVE";
    public static final String OUTCOME_WAIT = "WAIT";
    public static final String CUSTOMER_REPLY = "customerReply";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String RESOLUTION_NOTE = "resolutionNote";
    public static final String WAIVER_REQUESTED = "waiverRequested";
    public static final String WAIVER_REASON = "waiverReason";

    public static final String RESOLVED = "resolved";
    public static final String WAITING = "waiting";
    public static final String CREDIT_MINUTES = "creditMinutes";
    public static final String BUG_CREDIT_DECISION = "bugCreditDecision";
    public static final String BUG_CREDIT_COMMENT = "bugCreditComment";
    public static final String WAIVER_DECISION = "waiverDecision";
    public static final String WAIVER_COMMENT = "waiverComment";

    private SupportRequest() {
    }
}

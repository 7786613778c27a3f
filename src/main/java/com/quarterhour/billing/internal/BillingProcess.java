package com.quarterhour.billing.internal;

/** Names shared by month-end-billing.bpmn, the review-invoice form, the delegates and the API. */
public final class BillingProcess {

    public static final String PROCESS_KEY = "month-end-billing";
    /** Message start event of a run asked for through the API. */
    public static final String RUN_REQUESTED = "BillingRunRequested";
    public static final String TASK_REVIEW = "ReviewInvoice";

    public static final String RUN_ID = "runId";
    public static final String PERIOD = "period";
    public static final String CUSTOMER_COUNT = "customerCount";
    /** Element variable of the multi-instance "Price, draft and issue in bulk": the batch's number, from 0. */
    public static final String BATCH = "batch";
    /** Element variable of the multi-instance "Bill customer". */
    public static final String CUSTOMER_ID = "customerId";
    public static final String INVOICE_ID = "invoiceId";
    public static final String DRAFTED = "drafted";
    public static final String REVIEW_NEEDED = "reviewNeeded";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String INVOICE_TOTAL = "invoiceTotal";
    public static final String LINE_COUNT = "lineCount";
    public static final String INVOICE_NUMBER = "invoiceNumber";
    /** Review form: APPROVE or REJECT (a shared.Verdict), and a comment. */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";

    private BillingProcess() {
    }

    public static String businessKey(long runId) {
        return "RUN-" + runId;
    }
}

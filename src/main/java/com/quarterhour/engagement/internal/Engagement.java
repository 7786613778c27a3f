package com.quarterhour.engagement.internal;

import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.Impact;
import com.quarterhour.engagement.RootCause;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A ticket or work order: one run of the support-request process. */
@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Impact impact;
    private boolean travel;
    private boolean offHours;
    @Enumerated(EnumType.STRING)
    private Priority suggestedPriority;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private boolean billable = true;
    @Enumerated(EnumType.STRING)
    private EngagementStatus status;
    private String planCode;
    private String technician;
    private Instant reportedAt;
    private Instant appointmentStart;
    private Instant firstRespondedAt;
    private Instant resolvedAt;
    private Instant completedAt;
    @Enumerated(EnumType.STRING)
    private RootCause rootCause;
    private String resolutionNote;
    private String processInstanceId;
    private String reportedBy;
    private Long reporterContactId;
    @Version
    private long version;

    protected Engagement() {
    }

    public Engagement(Long customerId, String title, String description, Channel channel, Impact impact, boolean travel,
            boolean offHours, Instant reportedAt, Instant appointmentStart, String reportedBy) {
        this.customerId = customerId;
        this.title = title;
        this.description = description;
        this.channel = channel;
        this.impact = impact;
        this.travel = travel;
        this.offHours = offHours;
        this.reportedAt = reportedAt;
        this.appointmentStart = appointmentStart;
        this.reportedBy = reportedBy;
        this.status = channel == Channel.APPOINTMENT ? EngagementStatus.SCHEDULED : EngagementStatus.REPORTED;
    }

    /** The customer's contact who reported it, when known. */
    public void reportedByContact(Long contactId) {
        this.reporterContactId = contactId;
    }

    public Long getReporterContactId() {
        return reporterContactId;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The booked appointment has begun: from now on it is an ordinary request awaiting triage. */
    public void appointmentBegan() {
        requireStatus(EngagementStatus.SCHEDULED, "open the appointment of");
        this.status = EngagementStatus.REPORTED;
    }

    public void entitledUnder(String planCode) {
        this.planCode = planCode;
    }

    public void suggest(Priority priority) {
        this.suggestedPriority = priority;
    }

    public void triage(Priority priority, boolean billable, String technician, String planCode) {
        requireStatus(EngagementStatus.REPORTED, "triage");
        this.priority = priority;
        this.billable = billable;
        this.technician = technician;
        this.planCode = planCode;
        this.status = EngagementStatus.IN_PROGRESS;
    }

    /** A technician took the work from the technicians' queue. */
    public void assignTo(String technician) {
        this.technician = technician;
    }

    /** The first pass of work is the first response to the customer; true when this pass was it. */
    public boolean workedOn(Instant at) {
        requireStatus(EngagementStatus.IN_PROGRESS, "capture time on");
        if (firstRespondedAt != null) {
            return false;
        }
        firstRespondedAt = at;
        return true;
    }

    public void awaitCustomer() {
        requireStatus(EngagementStatus.IN_PROGRESS, "wait for the customer on");
        this.status = EngagementStatus.WAITING_FOR_CUSTOMER;
    }

    public void customerReplied() {
        requireStatus(EngagementStatus.WAITING_FOR_CUSTOMER, "resume");
        this.status = EngagementStatus.IN_PROGRESS;
    }

    /** Where the SLA clocks start: at the report, or when a booked appointment begins. */
    public Instant getSlaStart() {
        return appointmentStart != null ? appointmentStart : reportedAt;
    }

    public void resolve(RootCause rootCause, String note, Instant at) {
        requireStatus(EngagementStatus.IN_PROGRESS, "resolve");
        this.rootCause = rootCause;
        this.resolutionNote = note;
        this.resolvedAt = at;
        this.status = EngagementStatus.RESOLVED;
    }

    public void complete(Instant at) {
        requireStatus(EngagementStatus.RESOLVED, "complete");
        this.completedAt = at;
        this.status = EngagementStatus.COMPLETED;
    }

    public void requireStatus(EngagementStatus expected, String action) {
        if (status != expected) {
            throw DomainException.conflict("Cannot " + action + " engagement " + id + ": it is " + status
                    + (status == EngagementStatus.COMPLETED ? " and closed" : "") + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Channel getChannel() {
        return channel;
    }

    public Impact getImpact() {
        return impact;
    }

    public boolean isTravel() {
        return travel;
    }

    public boolean isOffHours() {
        return offHours;
    }

    public Priority getSuggestedPriority() {
        return suggestedPriority;
    }

    public Priority getPriority() {
        return priority;
    }

    /** The priority in force: the coordinator's, or the suggestion until triage. */
    public Priority getEffectivePriority() {
        return priority != null ? priority : suggestedPriority;
    }

    public boolean isBillable() {
        return billable;
    }

    public EngagementStatus getStatus() {
        return status;
    }

    public String getPlanCode() {
        return planCode;
    }

    public String getTechnician() {
        return technician;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getAppointmentStart() {
        return appointmentStart;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public RootCause getRootCause() {
        return rootCause;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}

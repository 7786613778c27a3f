package com.quarterhour.engagement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Time a technician spent, with a note on what was done. It can be corrected while its engagement is open (each
 * correction is kept as a {@link TimeEntryCorrection}); once the engagement is completed it is billed, and from then
 * on it is never edited: what is owed changes only through waivers and bug credits.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long engagementId;
    private String technician;
    private LocalDate workDate;
    private int minutes;
    private int agents;
    private String note;
    private boolean billable;
    private Instant createdAt;
    /** Whether the customer sees the note (portal, API, invoice); otherwise it is for staff only. */
    private boolean notePublic = true;

    protected TimeEntry() {
    }

    public TimeEntry(Long engagementId, String technician, LocalDate workDate, int minutes, int agents, String note,
            boolean billable, Instant createdAt, boolean notePublic) {
        this.engagementId = engagementId;
        this.technician = technician;
        this.workDate = workDate;
        this.minutes = minutes;
        this.agents = agents;
        this.note = note;
        this.billable = billable;
        this.createdAt = createdAt;
        this.notePublic = notePublic;
    }

    /** Replaces what was recorded; the caller keeps the old values as a correction. */
    void correct(LocalDate workDate, int minutes, int agents, String note) {
        this.workDate = workDate;
        this.minutes = minutes;
        this.agents = agents;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public String getTechnician() {
        return technician;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getAgents() {
        return agents;
    }

    public String getNote() {
        return note;
    }

    public boolean isBillable() {
        return billable;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isNotePublic() {
        return notePublic;
    }
}

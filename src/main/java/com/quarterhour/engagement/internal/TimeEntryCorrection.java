package com.quarterhour.engagement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** Who corrected a time entry, when, why, and what it said before. */
@Entity
@Immutable
@Table(name = "time_entry_correction")
public class TimeEntryCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long timeEntryId;
    private String correctedBy;
    private Instant correctedAt;
    private String reason;
    private LocalDate oldWorkDate;
    private int oldMinutes;
    private int oldAgents;
    private String oldNote;

    protected TimeEntryCorrection() {
    }

    TimeEntryCorrection(TimeEntry before, String correctedBy, Instant correctedAt, String reason) {
        this.timeEntryId = before.getId();
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
        this.reason = reason;
        this.oldWorkDate = before.getWorkDate();
        this.oldMinutes = before.getMinutes();
        this.oldAgents = before.getAgents();
        this.oldNote = before.getNote();
    }

    public Long getTimeEntryId() {
        return timeEntryId;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getOldWorkDate() {
        return oldWorkDate;
    }

    public int getOldMinutes() {
        return oldMinutes;
    }

    public int getOldAgents() {
        return oldAgents;
    }

    public String getOldNote() {
        return oldNote;
    }
}

package com.quarterhour.engagement;

import java.time.Instant;
import java.time.LocalDate;

/** What a time entry should have said, and why it is corrected. */
public record TimeCorrection(LocalDate workDate, Integer minutes, Integer agents, String note, String reason) {

    /** A correction on record: who made it, when, why, and what the entry said before. */
    public record Made(String correctedBy, Instant correctedAt, String reason, LocalDate oldWorkDate, int oldMinutes,
            int oldAgents, String oldNote) {
    }
}

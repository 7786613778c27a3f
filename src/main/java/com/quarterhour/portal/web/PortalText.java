package com.quarterhour.portal.web;

import com.quarterhour.engagement.AdjustmentStatus;
import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/** How the portal words and formats things for a customer (plain Java, so it is unit-tested without Spring). */
final class PortalText {

    static final String NONE = "—";

    private PortalText() {
    }

    /** Seed 004's wording of each impact, with the priority it usually means. */
    static String impact(Impact impact) {
        if (impact == null) {
            return NONE;
        }
        return switch (impact) {
            case FULLY_USABLE -> "Service fully usable (low priority impact)";
            case PARTIALLY_IMPAIRED -> "Service use partially impaired (medium priority impact)";
            case SEVERELY_IMPAIRED -> "Service use severely impaired (high priority impact)";
            case UNUSABLE -> "Service unusable (critical priority impact)";
        };
    }

    static String status(EngagementStatus status) {
        return switch (status) {
            case REPORTED -> "Reported, awaiting triage";
            case SCHEDULED -> "Appointment booked";
            case IN_PROGRESS -> "In progress";
            case WAITING_FOR_CUSTOMER -> "Waiting for your reply";
            case RESOLVED -> "Resolved";
            case COMPLETED -> "Completed";
        };
    }

    static String priority(Priority priority) {
        return priority == null ? NONE : priority.name() + " " + priority.label();
    }

    static String adjustment(AdjustmentType type, AdjustmentStatus status) {
        String what = type == AdjustmentType.BUG_CREDIT ? "Bug credit (the time is given back)" : "Waiver of the charge";
        String state = switch (status) {
            case PENDING -> "awaiting a manager's approval";
            case APPROVED -> "approved";
            case REJECTED -> "not approved";
        };
        return what + ": " + state;
    }

    /** In the customer's zone, which the page names once. */
    static String dateTime(Formats formats, Instant instant, ZoneId zone) {
        return instant == null ? NONE : formats.dateTimeWithoutZone(instant, zone);
    }

    static String date(Formats formats, LocalDate date) {
        return date == null ? NONE : formats.date(date);
    }

    /** Hours with up to two decimals, as the reader writes a number: 20 h, 15.25 h (15,25 h in de-DE). */
    static String hours(Formats formats, BigDecimal hours) {
        return hours == null ? NONE : formats.hours(hours);
    }

    static String money(Formats formats, BigDecimal amount, Currency currency) {
        return amount == null ? NONE : formats.money(amount, currency);
    }

    /** A file's size as people read it: 512 bytes, 12 KB, 3.4 MB. */
    static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " MB";
    }
}

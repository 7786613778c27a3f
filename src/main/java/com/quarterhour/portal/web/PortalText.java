package com.quarterhour.portal.web;

import com.quarterhour.engagement.AdjustmentStatus;
import com.quarterhour.engagement.AdjustmentType;
import com.quarterhour.engagement.EngagementStatus;
import com.quarterhour.engagement.Impact;
import com.quarterhour.shared.Priority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How the portal words and formats things for a customer (plain Java, so it is unit-tested without Spring). */
final class PortalText {

    static final String NONE = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

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

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(zone));
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** Hours with up to two decimals: 20, 15.25. */
    static String hours(BigDecimal hours) {
        if (hours == null) {
            return NONE;
        }
        BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString() + " h";
    }

    /** An amount with its currency code and the currency's minor unit: GBP 1,320.00. */
    static String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return NONE;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.UK));
        return currency.getCurrencyCode() + " " + format.format(amount.setScale(digits, RoundingMode.HALF_UP));
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

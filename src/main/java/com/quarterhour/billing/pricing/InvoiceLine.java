package com.quarterhour.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One line of an invoice, shaped for JSON. Time lines carry the entry's fields; fee, refund and purchase lines have
 * them null.
 *
 * <p>A customer can check every line by hand: {@code amount = quantity × unitPrice}, rounded half-up to the
 * currency's minor unit; when nothing is charged, {@code quantity} is 0, {@code unitPrice} null and {@code amount}
 * 0. For hourly plans the quantity is the hours charged (e.g. 0.25 for 15 minutes), for per-minute plans the
 * agent-minutes, for per-incident plans the incidents this entry starts, for fees the seats (1 unless a dedicated
 * seat has more). {@code description} says why the amount is what it is (included hours left, draw-down, overage,
 * bug credit, waiver…).
 *
 * @param kind          what the line is for
 * @param timeEntryId   the time entry a time line itemizes (for the billing service to link and freeze it), else null
 * @param date          work date of a time entry, else null
 * @param engagementId  engagement of a time entry, else null
 * @param title         engagement title of a time entry, else null
 * @param technician    technician of a time entry, else null
 * @param minutes       captured minutes of a time entry, else null
 * @param billedMinutes minutes rounded up to the plan's increment (0 for a non-billable entry), else null
 * @param note          technician's note (what was done), else null
 * @param description   why the line costs what it costs
 * @param quantity      units charged
 * @param unitPrice     price of one unit, null when nothing is charged
 * @param amount        quantity × unitPrice rounded once; negative only for {@link LineKind#isCredit() credit} lines
 */
public record InvoiceLine(
        LineKind kind,
        Long timeEntryId,
        LocalDate date,
        Long engagementId,
        String title,
        String technician,
        Integer minutes,
        Integer billedMinutes,
        String note,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount) {

    static InvoiceLine time(WorkEntry entry, int billedMinutes, String description, BigDecimal quantity,
            BigDecimal unitPrice, Currency currency) {
        return new InvoiceLine(LineKind.TIME, entry.id(), entry.workDate(), entry.engagementId(), entry.title(), entry.technician(),
                entry.minutes(), billedMinutes, entry.note(), description, quantity, unitPrice,
                Money.amount(quantity, unitPrice, currency));
    }

    static InvoiceLine freeTime(WorkEntry entry, int billedMinutes, String description, Currency currency) {
        return time(entry, billedMinutes, description, Money.ZERO_QUANTITY, null, currency);
    }

    static InvoiceLine other(LineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice,
            Currency currency) {
        return new InvoiceLine(kind, null, null, null, null, null, null, null, null, description, quantity, unitPrice,
                Money.amount(quantity, unitPrice, currency));
    }
}

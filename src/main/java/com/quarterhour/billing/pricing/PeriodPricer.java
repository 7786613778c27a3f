package com.quarterhour.billing.pricing;

import static com.quarterhour.shared.Minutes.text;
import static com.quarterhour.billing.pricing.Money.hours;

import com.quarterhour.catalog.PlanKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prices one month for {@link Pricing#priceMonth}; the rules are documented there. Single use, not thread-safe. */
final class PeriodPricer {

    /** Invoice lines are the seller's words on a legal document, the same for every reader (not {@code Formats}). */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final PricingRequest request;
    private final PlanTerms plan;
    private final Currency currency;
    private final int increment;
    private int includedLeft;
    private int prepaidLeft;
    private BigDecimal creditLeft;
    private final Map<Long, Integer> incidentMinutes = new HashMap<>();
    private final List<InvoiceLine> lines = new ArrayList<>();

    PeriodPricer(PricingRequest request) {
        this.request = request;
        this.plan = request.plan();
        this.currency = request.currency();
        this.increment = plan.billingIncrementMinutes();
        this.includedLeft = plan.includedMinutes();
        this.prepaidLeft = request.opening().prepaidMinutes();
        this.creditLeft = request.opening().credit();
    }

    PricedInvoice price() {
        addFee();
        request.entries().stream()
                .sorted(Comparator.comparing(WorkEntry::workDate).thenComparingLong(WorkEntry::id))
                .forEach(entry -> lines.add(line(entry)));
        addServiceCredits();
        addRefund();
        return PricedInvoice.of(currency, lines, request.vatRate(), new Balances(Money.round(creditLeft, currency),
                prepaidLeft));
    }

    private void addFee() {
        if (plan.monthlyFee() == null) {
            return;
        }
        SubscriptionTerms subscription = request.subscription();
        YearMonth period = request.period();
        StringBuilder description = new StringBuilder(plan.code()).append(" monthly fee, ").append(period.format(MONTH));
        if (subscription.seats() > 1) {
            description.append(", ").append(subscription.seats()).append(" seats at ")
                    .append(Money.format(plan.monthlyFee(), currency));
        }
        List<String> notes = new ArrayList<>();
        if (subscription.start().isAfter(period.atDay(1))) {
            notes.add("subscription from " + subscription.start());
        }
        if (subscription.cancelledOn() != null && YearMonth.from(subscription.cancelledOn()).equals(period)) {
            notes.add("cancelled with last day " + subscription.cancelledOn());
        }
        if (!notes.isEmpty()) {
            description.append(" (").append(String.join(", ", notes)).append(")");
        }
        lines.add(InvoiceLine.other(LineKind.FEE, description.toString(), BigDecimal.valueOf(subscription.seats()),
                plan.monthlyFee(), currency));
    }

    private InvoiceLine line(WorkEntry entry) {
        if (!entry.billable()) {
            return InvoiceLine.freeTime(entry, 0, "Not billable (exempted from billing): no charge", currency);
        }
        int billed = Pricing.billedMinutes(entry.minutes(), increment);
        boolean credited = request.bugCreditedEngagements().contains(entry.engagementId());
        boolean waived = request.waivedEngagements().contains(entry.engagementId());
        if (credited || waived) {
            return adjusted(entry, billed, credited, waived);
        }
        return switch (plan.kind()) {
            case MONTHLY_PACKAGE, SHARED -> included(entry, billed, plan.overageHourlyRate(), "overage at");
            case MANAGED_WORKPLACE -> included(entry, billed, plan.perUseRate(entry.priority()),
                    "at the " + entry.priority() + " per-use rate");
            case STANDARD -> charged(entry, billed, billed, plan.hourlyRate(), "at the standard rate", "");
            case PER_USE -> charged(entry, billed, billed, plan.perUseRate(entry.priority()),
                    "at the " + entry.priority() + " per-use rate", "");
            case PAY_AS_YOU_GO -> prepaid(entry, billed);
            case CREDIT_BUNDLE -> credit(entry, billed);
            case PER_INCIDENT -> incident(entry, billed);
            case PER_MINUTE -> perMinute(entry, billed);
            case DEDICATED_SEAT -> InvoiceLine.freeTime(entry, billed, text(billed)
                    + " included in the dedicated seat", currency);
        };
    }

    private InvoiceLine adjusted(WorkEntry entry, int billed, boolean credited, boolean waived) {
        String why = credited && waived ? "Bug credit and waiver approved"
                : credited ? "Bug credit approved" : "Waiver approved";
        String notCounted = switch (plan.kind()) {
            case MONTHLY_PACKAGE, SHARED, MANAGED_WORKPLACE -> ", not counted against the included hours";
            case PAY_AS_YOU_GO -> ", not drawn from prepaid hours";
            case CREDIT_BUNDLE -> ", not drawn from the credit balance";
            case PER_INCIDENT -> ", not counted as an incident";
            default -> "";
        };
        return InvoiceLine.freeTime(entry, billed, why + ": " + text(billed) + " credited back, no charge"
                + notCounted, currency);
    }

    /** Included hours first, the rest at {@code rate}. */
    private InvoiceLine included(WorkEntry entry, int billed, BigDecimal rate, String rateWording) {
        int covered = Math.min(includedLeft, billed);
        includedLeft -= covered;
        return charged(entry, billed, billed - covered, rate, rateWording,
                covered == 0 ? "" : text(covered) + " from the included hours (" + text(includedLeft)
                        + " of " + text(plan.includedMinutes()) + " left)");
    }

    private InvoiceLine prepaid(WorkEntry entry, int billed) {
        boolean hadPrepaid = request.opening().prepaidMinutes() > 0;
        int covered = Math.min(prepaidLeft, billed);
        prepaidLeft -= covered;
        return charged(entry, billed, billed - covered, plan.hourlyRate(), "at",
                covered == 0 ? (hadPrepaid ? "prepaid hours used up" : "")
                        : text(covered) + " from prepaid hours (" + text(prepaidLeft) + " left)");
    }

    /**
     * One time line: {@code chargedMinutes} at {@code rate} per hour; {@code coveredPart} says how the rest of the
     * billed minutes was paid for ("" when nothing was).
     */
    private InvoiceLine charged(WorkEntry entry, int billed, int chargedMinutes, BigDecimal rate, String rateWording,
            String coveredPart) {
        if (chargedMinutes == 0) {
            return InvoiceLine.freeTime(entry, billed, coveredPart, currency);
        }
        String chargedPart = text(chargedMinutes) + " " + rateWording + " " + Money.format(rate, currency) + "/h";
        String description;
        if (coveredPart.isEmpty()) {
            description = chargedPart;
        } else if (chargedMinutes == billed) {
            description = chargedPart + " (" + coveredPart + ")";
        } else {
            description = coveredPart + " + " + chargedPart;
        }
        if (plan.includedMinutes() > 0 && chargedMinutes == billed) {
            description += " (included " + text(plan.includedMinutes()) + " used up)";
        }
        return InvoiceLine.time(entry, billed, description, hours(chargedMinutes), rate, currency);
    }

    /** Whole increments from the money balance at the credit rate; what it cannot pay in full, per use. */
    private InvoiceLine credit(WorkEntry entry, int billed) {
        BigDecimal creditRate = plan.creditRate(entry.priority());
        int steps = billed / increment;
        int coveredSteps = steps;
        BigDecimal drawn = cost(creditRate, coveredSteps * increment);
        while (drawn.compareTo(creditLeft) > 0) {
            coveredSteps--;
            drawn = cost(creditRate, coveredSteps * increment);
        }
        BigDecimal balanceBefore = creditLeft;
        creditLeft = creditLeft.subtract(drawn);
        int covered = coveredSteps * increment;
        String rateWording = "at the " + entry.priority() + " per-use rate";
        String creditRateText = "the " + entry.priority() + " credit rate " + Money.format(creditRate, currency) + "/h";
        String coveredPart;
        if (covered > 0) {
            coveredPart = text(covered) + " at " + creditRateText + " = " + Money.format(drawn, currency)
                    + " drawn from the credit balance (" + Money.format(creditLeft, currency) + " left)";
        } else if (balanceBefore.signum() > 0) {
            coveredPart = "credit balance " + Money.format(balanceBefore, currency) + " does not cover "
                    + text(increment) + " at " + creditRateText;
        } else {
            coveredPart = "credit balance used up";
        }
        return charged(entry, billed, billed - covered, plan.perUseRate(entry.priority()), rateWording, coveredPart);
    }

    private BigDecimal cost(BigDecimal hourlyRate, int minutes) {
        return Money.round(hourlyRate.multiply(hours(minutes)), currency);
    }

    /** Each entry pays for the incident blocks of its engagement that it starts. */
    private InvoiceLine incident(WorkEntry entry, int billed) {
        int block = plan.incidentBlockMinutes();
        int before = incidentMinutes.getOrDefault(entry.engagementId(), 0);
        int after = Math.addExact(before, billed);
        incidentMinutes.put(entry.engagementId(), after);
        int incidentsBefore = ceilDiv(before, block);
        int incidentsAfter = ceilDiv(after, block);
        int started = incidentsAfter - incidentsBefore;
        String soFar = " of this engagement (" + text(after) + " so far; one incident per started "
                + text(block) + ")";
        if (started == 0) {
            return InvoiceLine.freeTime(entry, billed, "Within incident " + incidentsAfter + soFar, currency);
        }
        String which = started == 1 ? "incident " + incidentsAfter
                : "incidents " + (incidentsBefore + 1) + " to " + incidentsAfter;
        return InvoiceLine.time(entry, billed, "Starts " + which + soFar + " at "
                + Money.format(plan.incidentPrice(), currency) + " each", BigDecimal.valueOf(started),
                plan.incidentPrice(), currency);
    }

    private InvoiceLine perMinute(WorkEntry entry, int billed) {
        int agentMinutes = Math.multiplyExact(billed, entry.agents());
        String rate = Money.format(plan.perMinuteRate(), currency);
        String description = entry.agents() == 1 ? billed + " min at " + rate + " per minute"
                : billed + " min × " + entry.agents() + " agents = " + agentMinutes + " agent-minutes at " + rate
                        + " per minute per agent";
        return InvoiceLine.time(entry, billed, description, BigDecimal.valueOf(agentMinutes), plan.perMinuteRate(),
                currency);
    }

    /**
     * Each approved credit in breach order: percent × the month's fee (× seats), rounded once; the month's credits
     * together stop at the credit's cap (percent of the same fee, rounded once): the line that reaches it is cut to
     * what is left and says so, and later ones credit nothing.
     */
    private void addServiceCredits() {
        if (request.serviceCredits().isEmpty()) {
            return;
        }
        BigDecimal fee = plan.monthlyFee().multiply(BigDecimal.valueOf(request.subscription().seats()));
        String feeText = Money.format(fee, currency);
        BigDecimal credited = Money.zero(currency);
        for (ServiceCredit credit : request.serviceCredits().stream()
                .sorted(Comparator.comparingLong(ServiceCredit::breachId)).toList()) {
            BigDecimal full = share(fee, credit.percent());
            BigDecimal cap = share(fee, credit.capPercent());
            BigDecimal granted = full.min(cap.subtract(credited).max(Money.zero(currency)));
            credited = credited.add(granted);
            StringBuilder description = new StringBuilder("Service credit, ").append(credit.description()).append(": ")
                    .append(percent(credit.percent())).append(" of the monthly fee ").append(feeText).append(" = ")
                    .append(Money.format(full, currency));
            String capText = percent(credit.capPercent()) + " of the monthly fee (" + Money.format(cap, currency) + ")";
            if (granted.signum() == 0) {
                description.append("; the month's cap of ").append(capText).append(" is reached: nothing more credited");
                lines.add(InvoiceLine.other(LineKind.SERVICE_CREDIT, description.toString(), Money.ZERO_QUANTITY, null,
                        currency));
                continue;
            }
            if (granted.compareTo(full) < 0) {
                description.append("; ").append(Money.format(granted, currency)).append(" credited, reaching the month's cap of ")
                        .append(capText);
            }
            lines.add(InvoiceLine.other(LineKind.SERVICE_CREDIT, description.toString(), BigDecimal.ONE,
                    granted.negate(), currency));
        }
    }

    private BigDecimal share(BigDecimal fee, BigDecimal percent) {
        return fee.multiply(percent).divide(BigDecimal.valueOf(100), Money.minorUnit(currency), RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    private void addRefund() {
        SubscriptionTerms subscription = request.subscription();
        if (plan.kind() != PlanKind.DEDICATED_SEAT || subscription.cancelledOn() == null) {
            return;
        }
        BigDecimal fees = plan.monthlyFee().multiply(BigDecimal.valueOf(subscription.seats()));
        Pricing.seatRefund(fees, plan.refundWindowDays(), subscription, request.period(), currency).ifPresent(refund -> lines.add(
                InvoiceLine.other(LineKind.REFUND, refund.description(), BigDecimal.ONE, refund.amount().negate(),
                        currency)));
    }

    /** See {@link Pricing#seatRefund}. */
    static Optional<Pricing.SeatRefund> seatRefund(BigDecimal fees, int refundWindowDays, SubscriptionTerms subscription,
            YearMonth period, Currency currency) {
        LocalDate cancelled = subscription.cancelledOn();
        if (cancelled == null || !cancelled.isBefore(subscription.start().plusDays(refundWindowDays))
                || !YearMonth.from(cancelled).equals(period)) {
            return Optional.empty();
        }
        LocalDate firstPaid = subscription.start().isAfter(period.atDay(1)) ? subscription.start() : period.atDay(1);
        LocalDate lastPaid = period.atEndOfMonth();
        long paidDays = ChronoUnit.DAYS.between(firstPaid, lastPaid) + 1;
        long unusedDays = ChronoUnit.DAYS.between(cancelled, lastPaid);
        if (unusedDays == 0) {
            return Optional.empty();
        }
        BigDecimal refund = fees.multiply(BigDecimal.valueOf(unusedDays))
                .divide(BigDecimal.valueOf(paidDays), Money.minorUnit(currency), RoundingMode.HALF_UP);
        long dayOfSubscription = ChronoUnit.DAYS.between(subscription.start(), cancelled) + 1;
        String description = refundWindowDays + "-day money-back guarantee: cancelled with last day " + cancelled
                + " (day "
                + dayOfSubscription + " of the subscription); " + unusedDays + " of the " + paidDays
                + " days paid for in " + period.format(MONTH) + " unused: " + Money.format(fees, currency) + " × "
                + unusedDays + " / " + paidDays;
        return Optional.of(new Pricing.SeatRefund(refund, description));
    }

    private static int ceilDiv(int dividend, int divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}

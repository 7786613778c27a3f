package com.quarterhour.billing;

import com.quarterhour.billing.internal.BillingBasis;
import com.quarterhour.billing.internal.ServiceCreditProcess;
import com.quarterhour.billing.internal.ServiceCreditProposal;
import com.quarterhour.billing.internal.ServiceCreditProposalRepository;
import com.quarterhour.billing.pricing.Money;
import com.quarterhour.billing.pricing.PlanTerms;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Formats;
import com.quarterhour.sla.ServiceCreditPromised;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA service credits: a breach whose policy promises one is proposed to the managers (service-credit.bpmn), and an
 * approved credit waits for the next month-end invoice. Only a customer whose plan has a monthly fee in the month of
 * the breach gets a proposal: the credit is a share of that fee.
 */
@Service
@Transactional
public class ServiceCredits {

    private static final Logger log = LoggerFactory.getLogger(ServiceCredits.class);
    /**
     * The credit's description goes on the invoice, a legal document written in the seller's (the installation's
     * default) locale, not per reader.
     */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final ServiceCreditProposalRepository proposals;
    private final BillingBasis basis;
    private final CustomerService customers;
    private final RuntimeService runtime;
    private final Clock clock;
    private final Viewers viewers;

    ServiceCredits(ServiceCreditProposalRepository proposals, BillingBasis basis, CustomerService customers,
            RuntimeService runtime, Clock clock, Viewers viewers) {
        this.proposals = proposals;
        this.basis = basis;
        this.customers = customers;
        this.runtime = runtime;
        this.clock = clock;
        this.viewers = viewers;
    }

    /**
     * Proposes the promised credit and opens the managers' "Approve service credit" task, once per breach: a
     * re-delivered event finds the proposal (and the unique breach key stops a parallel delivery). Answers whether a
     * proposal was made now.
     */
    public boolean propose(ServiceCreditPromised promised) {
        if (proposals.findByBreachId(promised.breachId()).isPresent()) {
            return false;
        }
        CustomerView customer = customers.get(promised.customerId());
        YearMonth month = YearMonth.from(promised.breachedAt().atZone(basis.companyZone()));
        PlanTerms terms = basis.basis(customer, month).terms();
        if (terms.monthlyFee() == null) {
            log.info("Breach {}: {} has no monthly fee in {} ({}), so its service credit is not proposed",
                    promised.breachId(), customer.name(), month, terms.code());
            return false;
        }
        String request = "ENG-" + promised.engagementId() + " " + promised.title();
        String noun = promised.clock().name().toLowerCase();
        String description = request + ": " + promised.priority() + " " + noun + " target missed on "
                + DAY.format(promised.breachedAt().atZone(basis.companyZone()));
        ServiceCreditProposal proposal = proposals.saveAndFlush(new ServiceCreditProposal(promised.breachId(),
                promised.customerId(), promised.engagementId(), promised.clock(), promised.priority(),
                promised.breachedAt(), promised.percent(), promised.capPercent(), description, clock.instant()));

        BigDecimal fee = terms.monthlyFee();
        // the managers' task shows these to every manager alike: the installation's default locale
        Formats formats = Formats.of(viewers.defaults());
        Map<String, Object> shown = new HashMap<>();
        shown.put("customerName", customer.name());
        shown.put("request", request);
        shown.put("priority", promised.priority().name());
        shown.put("breach", "The " + noun + " target was due " + at(formats, promised.dueAt(), customer)
                + " and missed (recorded " + at(formats, promised.breachedAt(), customer) + ")");
        shown.put("proposedCredit", percent(promised.percent()) + " of the monthly fee "
                + formats.money(fee, customer.currency()) + " = "
                + formats.money(share(fee, promised.percent(), customer), customer.currency())
                + " on the next invoice; the month's service credits stop at " + percent(promised.capPercent()) + " ("
                + formats.money(share(fee, promised.capPercent(), customer), customer.currency()) + ")");
        runtime.startProcessInstanceByKey(ServiceCreditProcess.PROCESS_KEY,
                ServiceCreditProcess.businessKey(proposal.getId()), shown);
        return true;
    }

    /** The engagement whose breach a service-credit instance proposes a credit for, from the instance's business key. */
    @Transactional(readOnly = true)
    public OptionalLong engagementOf(String businessKey) {
        return proposals.findById(ServiceCreditProcess.proposalId(businessKey))
                .map(proposal -> OptionalLong.of(proposal.getEngagementId()))
                .orElseGet(OptionalLong::empty);
    }

    /** "Record service credit": approved, it lands on the customer's next month-end invoice. */
    public void approve(long proposalId, String comment, String manager) {
        decide(proposalId, true, comment, manager);
    }

    /** "Record rejection": no credit. */
    public void reject(long proposalId, String comment, String manager) {
        decide(proposalId, false, comment, manager);
    }

    private void decide(long proposalId, boolean approved, String comment, String manager) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("serviceCreditComment is required: say why the credit is approved or rejected");
        }
        if (text.length() > 2000) {
            throw DomainException.invalid("serviceCreditComment must be at most 2000 characters");
        }
        ServiceCreditProposal proposal = proposals.findById(proposalId).orElseThrow(
                () -> DomainException.notFound("Service credit proposal " + proposalId + " does not exist"));
        proposal.decided(approved, manager, clock.instant(), text);
    }

    private static BigDecimal share(BigDecimal fee, BigDecimal percent, CustomerView customer) {
        return fee.multiply(percent).divide(BigDecimal.valueOf(100), Money.minorUnit(customer.currency()),
                RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    private static String at(Formats formats, Instant instant, CustomerView customer) {
        return instant == null ? "-" : formats.dateTime(instant, customer.timeZone());
    }
}

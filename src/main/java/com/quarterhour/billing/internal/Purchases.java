package com.quarterhour.billing.internal;

import com.quarterhour.billing.InvoiceKind;
import com.quarterhour.billing.PurchaseType;
import com.quarterhour.billing.pricing.Balances;
import com.quarterhour.billing.pricing.PlanTerms;
import com.quarterhour.billing.pricing.PricedInvoice;
import com.quarterhour.billing.pricing.Pricing;
import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.catalog.PlanKind;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchases invoiced at once on their own invoice (DESIGN.md): a credit bundle of the customer's CREDIT-12/40 plan,
 * or pay-as-you-go prepaid hours. The invoice is issued with the next number and the balance moves at once.
 */
@Service
@Transactional
public class Purchases {

    private final CustomerService customers;
    private final PlanCatalog plans;
    private final PlanTermsMapper mapper;
    private final BalanceLedger ledger;
    private final InvoiceRepository invoices;
    private final MonthEndBilling billing;
    private final BillingBasis basis;
    private final Clock clock;

    Purchases(CustomerService customers, PlanCatalog plans, PlanTermsMapper mapper, BalanceLedger ledger,
            InvoiceRepository invoices, MonthEndBilling billing, BillingBasis basis, Clock clock) {
        this.customers = customers;
        this.plans = plans;
        this.mapper = mapper;
        this.ledger = ledger;
        this.invoices = invoices;
        this.billing = billing;
        this.basis = basis;
        this.clock = clock;
    }

    public Invoice purchase(long customerId, PurchaseType type, Integer hours) {
        CustomerView customer = customers.get(customerId);
        if (type == null) {
            throw DomainException.invalid("type is required: CREDIT_BUNDLE or PREPAID_HOURS");
        }
        Plan plan = customer.activePlanCode().map(plans::require).orElse(null);
        PlanKind needed = type == PurchaseType.CREDIT_BUNDLE ? PlanKind.CREDIT_BUNDLE : PlanKind.PAY_AS_YOU_GO;
        if (plan == null || plan.kind() != needed) {
            throw DomainException.conflict("Customer " + customerId + " is on " + (plan == null ? "no plan" : plan.code())
                    + "; " + (type == PurchaseType.CREDIT_BUNDLE ? "a credit bundle needs a CREDIT-12 or CREDIT-40 plan"
                            : "prepaid hours need the PAYG plan"));
        }
        if (type == PurchaseType.PREPAID_HOURS && (hours == null || hours < 1 || hours > 1000)) {
            throw DomainException.invalid("hours must be a whole number from 1 to 1000");
        }
        if (type == PurchaseType.CREDIT_BUNDLE && hours != null) {
            throw DomainException.invalid("a credit bundle has the hours of its plan; leave hours out");
        }
        Balances opening = ledger.of(customerId);
        // bought at the prices in force on the day of purchase
        PlanTerms terms = mapper.terms(plan, customer.currency(), LocalDate.now(clock.withZone(basis.companyZone())));
        PricedInvoice priced;
        try {
            priced = type == PurchaseType.CREDIT_BUNDLE
                    ? Pricing.purchaseCreditBundle(terms, customer.currency(), customer.vatRate(), opening)
                    : Pricing.purchasePrepaidHours(terms, hours, customer.currency(), customer.vatRate(), opening);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(e.getMessage());
        }
        YearMonth month = YearMonth.now(clock.withZone(basis.companyZone()));
        Invoice invoice = invoices.save(new Invoice(customerId, month, InvoiceKind.PURCHASE, plan.code(),
                customer.vatRate(), opening, priced, null, false, clock.instant()));
        ledger.apply(customerId, opening, priced.closing());
        billing.issue(invoice, customer);
        return invoices.saveAndFlush(invoice);
    }
}

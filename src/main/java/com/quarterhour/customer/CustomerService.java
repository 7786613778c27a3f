package com.quarterhour.customer;

import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.customer.internal.Customer;
import com.quarterhour.customer.internal.CustomerBulkReads;
import com.quarterhour.customer.internal.CustomerRepository;
import com.quarterhour.customer.internal.Subscription;
import com.quarterhour.customer.internal.SubscriptionRepository;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Paging;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers and their support subscriptions. */
@Service
@Transactional
public class CustomerService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final CustomerBulkReads bulk;
    private final PlanCatalog plans;
    private final ContactService contacts;
    private final Clock clock;

    CustomerService(CustomerRepository customers, SubscriptionRepository subscriptions, CustomerBulkReads bulk,
            PlanCatalog plans, ContactService contacts, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.bulk = bulk;
        this.plans = plans;
        this.clock = clock;
    }

    public CustomerView create(NewCustomer request) {
        Currency currency = currency(request.currency());
        ZoneId zone = zone(request.timeZone());
        if (!COUNTRIES.contains(request.country())) {
            throw DomainException.invalid("Unknown country '" + request.country() + "'; use an ISO 3166 code such as GB");
        }
        Customer customer = new Customer(request.name().strip(), currency.getCurrencyCode(), zone.getId(),
                request.country(), request.vatRate() == null ? BigDecimal.ZERO : request.vatRate(), clock.instant());
        customer.assignManager(request.managerUsername(), null);
        customer.setContactEmail(request.contactEmail());
        customer.setBillingDetails(request.billingDetails() == null ? BillingDetails.NONE : request.billingDetails());
        CustomerView created = view(customers.save(customer));
        // the account's address is told of every request, as a contact copied on all
        contacts.addCopiedOnAll(created.id(), created.name(), request.contactEmail());
        return created;
    }

    /**
     * Replaces the customer's billing details (address, VAT id, buyer reference). E-invoices are drawn up when asked
     * for, so one asked for afterwards names the new details, also for an invoice issued before.
     */
    public CustomerView updateBillingDetails(long id, BillingDetails details) {
        Customer customer = customers.findById(id)
                .orElseThrow(() -> DomainException.notFound("Customer " + id + " does not exist"));
        customer.setBillingDetails(details == null ? BillingDetails.NONE : details);
        return view(customer);
    }

    @Transactional(readOnly = true)
    public CustomerView get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("Customer " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public Optional<CustomerView> find(long id) {
        return customers.findById(id).map(this::view);
    }

    /** The customer's contact e-mail address, when one is on file. */
    @Transactional(readOnly = true)
    public Optional<String> contactEmail(long id) {
        return customers.findById(id).map(Customer::getContactEmail).filter(email -> !email.isBlank());
    }

    /** The properties a list of customers sorts by; by name unless asked otherwise. */
    public static final String SORTABLE = "id,name,country,currency";
    private static final Sort BY_NAME = Sort.by("name");

    /** One page of customers whose name contains {@code nameContains} (ignoring case; null or blank: all). */
    @Transactional(readOnly = true)
    public Page<CustomerView> list(String nameContains, Pageable pageable) {
        return customers.findAll(CustomerRepository.nameContains(nameContains), Paging.sorted(pageable, BY_NAME, SORTABLE))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public List<SubscriptionView> subscriptions(long customerId) {
        get(customerId);
        return subscriptions.findByCustomerIdOrderByStartDateDesc(customerId).stream().map(CustomerService::view).toList();
    }

    /** Subscriptions of all customers that run on at least one day from {@code from} to {@code to} (month-end billing). */
    @Transactional(readOnly = true)
    public List<SubscriptionView> subscriptionsRunningBetween(LocalDate from, LocalDate to) {
        return subscriptions.findRunningBetween(from, to).stream().map(CustomerService::view).toList();
    }

    /**
     * The customers with the given ids, as {@link #get} gives them, with their subscriptions as {@link #subscriptions}
     * gives them, in two queries however many there are; ids that do not exist are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, CustomerWithSubscriptions> withSubscriptions(Collection<Long> ids) {
        return bulk.withSubscriptions(ids);
    }

    /** The names of the customers with the given ids, in one query; ids that do not exist are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return bulk.namesOf(ids);
    }

    /**
     * The customers with a subscription to one of the plans that runs on at least one day from {@code from} to
     * {@code to}, in one query.
     */
    @Transactional(readOnly = true)
    public Set<Long> subscribedBetween(Collection<String> planCodes, LocalDate from, LocalDate to) {
        return bulk.subscribedBetween(planCodes, from, to);
    }

    /**
     * Puts the customer on a plan. A customer has at most one active support subscription: a second one is a
     * conflict until the first is cancelled. A retired plan, or one without prices in the customer's currency for the
     * start month, is refused (400).
     */
    public SubscriptionView subscribe(long customerId, String planCode, LocalDate startDate) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> DomainException.notFound("Customer " + customerId + " does not exist"));
        LocalDate start = startDate != null ? startDate : LocalDate.now(clock.withZone(ZoneId.of(customer.getTimeZone())));
        // billed in the customer's currency from the start month: the plan must be on sale and priced in it then
        plans.requireSubscribable(planCode, Currency.getInstance(customer.getCurrency()), start);
        subscriptions.findByActiveCustomerId(customer.getId()).ifPresent(active -> {
            throw DomainException.conflict("Customer " + customerId + " already has an active " + active.getPlanCode()
                    + " subscription (" + active.getId() + "); cancel it first");
        });
        return view(subscriptions.saveAndFlush(new Subscription(customer.getId(), planCode, start, clock.instant())));
    }

    public SubscriptionView cancel(long customerId, long subscriptionId, LocalDate on) {
        Subscription subscription = subscriptions.findById(subscriptionId)
                .filter(s -> s.getCustomerId() == customerId)
                .orElseThrow(() -> DomainException.notFound("Subscription " + subscriptionId + " does not exist"));
        if (subscription.getStatus() != Subscription.Status.ACTIVE) {
            throw DomainException.conflict("Subscription " + subscriptionId + " is already cancelled");
        }
        if (on.isBefore(subscription.getStartDate())) {
            throw DomainException.invalid("A subscription cannot end before it starts (" + subscription.getStartDate() + ")");
        }
        subscription.cancel(on);
        return view(subscription);
    }

    /** Per-minute support needs a deposit or payment method on file before anyone answers. */
    public void recordPaymentMethodOnFile(long customerId) {
        customers.findById(customerId)
                .orElseThrow(() -> DomainException.notFound("Customer " + customerId + " does not exist"))
                .recordPaymentMethodOnFile();
    }

    private CustomerView view(Customer customer) {
        Optional<SubscriptionView> active = subscriptions.findByActiveCustomerId(customer.getId()).map(CustomerService::view);
        return new CustomerView(customer.getId(), customer.getName(), Currency.getInstance(customer.getCurrency()),
                ZoneId.of(customer.getTimeZone()), customer.getCountry(), customer.getVatRate(),
                customer.getManagerUsername(), customer.isPaymentMethodOnFile(), active, customer.getBillingDetails());
    }

    private static SubscriptionView view(Subscription s) {
        return new SubscriptionView(s.getId(), s.getCustomerId(), s.getPlanCode(), s.getStartDate(), s.getStatus().name(),
                s.getCancelledOn());
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("Unknown currency '" + code + "'; use an ISO 4217 code such as GBP");
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw DomainException.invalid("Unknown time zone '" + id + "'; use a region id such as Europe/London");
        }
    }
}

package com.quarterhour.demo;

import com.quarterhour.catalog.Plan;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.customer.NewCustomer;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.Groups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The embedded default's demo: one user per role (password = user name), the admin demo in every staff group
 * so one login can walk a request end to end, and a demo customer on every plan of the catalogue plus one
 * without a plan. Runs once: skipped when customers exist. These are the only logins whose password is their name,
 * so they exist only where demo data is switched on.
 */
@Component
@ConditionalOnProperty(name = "quarterhour.demo-data.enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoData {

    /** The embedded default's administrator; on other set-ups the admin may have another name and keeps its own groups. */
    static final String ADMIN = "demo";
    static final List<DemoUser> USERS = List.of(
            new DemoUser("coordinator", "Cora", "Coordinator", Groups.COORDINATORS),
            new DemoUser("technician", "Theo", "Technician", Groups.TECHNICIANS),
            new DemoUser("manager", "Mona", "Manager", Groups.MANAGERS));

    /** Portal logins (password = user name) of two demo customers, so the portal and the access rules can be tried. */
    static final List<DemoCustomerUser> CUSTOMER_USERS = List.of(
            new DemoCustomerUser("customer", "BPS-20"),
            new DemoCustomerUser("customer-b", "BPS-60"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** The demo customer billed in euros. */
    static final String EURO_CUSTOMER = "Brasserie Lumière SARL (SHARED-247, EUR)";

    private final IdentityService identity;
    private final CustomerService customers;
    private final PlanCatalog plans;
    private final Clock clock;
    private final DemoBillingHistory billingHistory;
    private final boolean withBillingHistory;
    private final CustomerUsers customerUsers;

    DemoData(IdentityService identity, CustomerService customers, PlanCatalog plans, Clock clock,
            DemoBillingHistory billingHistory, DemoDataProperties properties, CustomerUsers customerUsers) {
        this.identity = identity;
        this.customers = customers;
        this.customerUsers = customerUsers;
        this.plans = plans;
        this.clock = clock;
        this.billingHistory = billingHistory;
        this.withBillingHistory = properties.billingHistory();
    }

    record DemoUser(String username, String firstName, String lastName, String group) {
    }

    record DemoCustomerUser(String username, String planCode) {
    }

    @EventListener
    @Order(2)
    @Transactional
    public void onReady(ApplicationReadyEvent event) {
        boolean adminExists = identity.createUserQuery().userId(ADMIN).count() > 0;
        for (DemoUser user : USERS) {
            createUser(user);
            addToGroup(user.username(), user.group());
            if (adminExists) {
                addToGroup(ADMIN, user.group());
            }
        }
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        // the logins work once this transaction commits: say where to log in only then
        List<String> ready = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ready.forEach(log::info);
            }
        });
        ready.add("Tasklist: http://localhost:" + port + "/operaton/app/tasklist/ (log in as demo/demo; coordinator, "
                + "technician and manager have their user name as password)");
        if (!customers.list(null, PageRequest.of(0, 1)).isEmpty()) {
            createCustomerUsers(port, ready);
            return;
        }
        // subscribed since the 1st of last month, so that a month-end run of last month bills the plans' fees
        YearMonth lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
        LocalDate firstOfMonth = lastMonth.atDay(1);
        Map<String, CustomerView> byPlan = new LinkedHashMap<>();
        for (Plan plan : plans.all()) {
            if (Plan.STANDARD.equals(plan.code()) || !onSale(plan, firstOfMonth)) {
                continue;
            }
            boolean usd = "USD".equals(demoCurrency(plan));
            CustomerView customer = customers.create(new NewCustomer(demoName(plan), demoCurrency(plan),
                    usd ? "America/New_York" : "Europe/London", usd ? "US" : "GB",
                    usd ? BigDecimal.ZERO : new BigDecimal("0.20"), "manager", null));
            customers.subscribe(customer.id(), plan.code(), firstOfMonth);
            byPlan.put(plan.code(), customer);
            if (plan.requiresPaymentMethod()) {
                customers.recordPaymentMethodOnFile(customer.id());
            }
        }
        CustomerView bakery = customers.create(new NewCustomer("Walk-in Bakery Ltd (no plan)", "GBP", "Europe/London",
                "GB", new BigDecimal("0.20"), "manager", null));
        // every plan is priced in euros too: a customer billed in EUR, on the shared 24/7 desk
        CustomerView brasserie = customers.create(new NewCustomer(EURO_CUSTOMER, "EUR", "Europe/Paris", "FR",
                new BigDecimal("0.20"), "manager", null));
        customers.subscribe(brasserie.id(), "SHARED-247", firstOfMonth);
        createCustomerUsers(port, ready);
        if (withBillingHistory) {
            billingHistory.create(lastMonth, byPlan, bakery);
            ready.add("Demo data: a demo customer on each plan and one without, with completed work in " + lastMonth
                    + "; bill it with POST /api/billing/runs {\"period\":\"" + lastMonth + "\"} as manager");
        } else {
            ready.add("Demo data: a demo customer on each plan and one without");
        }
    }

    /** Also on a database whose demo customers were created before customer users existed. */
    private void createCustomerUsers(String port, List<String> ready) {
        for (DemoCustomerUser user : CUSTOMER_USERS) {
            if (customerUsers.exists(user.username())) {
                continue;
            }
            String name = demoName(plans.require(user.planCode()));
            customers.list(name, PageRequest.of(0, 10)).stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(customer -> {
                // the demo password is the user name, which the password policy refuses: only demo data may do this
                customerUsers.createDemoUser(customer.id(), user.username(), user.username(),
                        user.username() + "@quarterhour.example");
                ready.add("Portal: http://localhost:" + port + "/portal (log in as " + user.username() + "/"
                        + user.username() + ": " + name + ")");
            });
        }
    }

    /** The currency of a plan's demo customer: Client Success (seed 004) is sold in dollars, the rest in pounds. */
    static String demoCurrency(Plan plan) {
        return switch (plan.kind()) {
            case PER_USE, CREDIT_BUNDLE, MANAGED_WORKPLACE -> "USD";
            default -> "GBP";
        };
    }

    /** The demo subscribes only to plans that take subscriptions in the demo currency (an earlier start may add some). */
    private boolean onSale(Plan plan, LocalDate start) {
        return !plan.retired() && plans.pricesInForce(plan.code(), Currency.getInstance(demoCurrency(plan)), start)
                .isPresent();
    }

    private static String demoName(Plan plan) {
        return "Demo " + plan.name() + " Co (" + plan.code() + ")";
    }

    private void createUser(DemoUser demo) {
        if (identity.createUserQuery().userId(demo.username()).count() > 0) {
            return;
        }
        User user = identity.newUser(demo.username());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(demo.username());
        user.setEmail(demo.username() + "@quarterhour.example");
        identity.saveUser(user);
    }

    private void addToGroup(String username, String group) {
        if (identity.createUserQuery().userId(username).memberOfGroup(group).count() == 0) {
            identity.createMembership(username, group);
        }
    }
}

package com.quarterhour.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bulk reads of customers give what the per-customer reads give, and leave out ids that do not exist. */
@QuarterhourTest
class CustomerBulkReadsTest {

    private static final long NO_SUCH_CUSTOMER = -1;

    @Autowired CustomerService customers;

    @Test
    void readsTheSameCustomersSubscriptionsAndNamesAsThePerCustomerReads() {
        CustomerView switched = customer("Switched Ltd", "GBP", "Europe/London", "GB");
        SubscriptionView old = customers.subscribe(switched.id(), "BPS-20", LocalDate.of(2011, 1, 1));
        customers.cancel(switched.id(), old.id(), LocalDate.of(2011, 3, 31));
        SubscriptionView current = customers.subscribe(switched.id(), "BPS-40", LocalDate.of(2011, 4, 1));
        // ended, so that the billing runs of other tests' periods do not select this customer
        customers.cancel(switched.id(), current.id(), LocalDate.of(2011, 4, 30));
        CustomerView active = customer("Active Inc", "USD", "America/New_York", "US");
        // pay as you go has no monthly fee, so this customer stays active without being billed a fee by other tests
        customers.subscribe(active.id(), "PAYG", LocalDate.of(2011, 5, 1));
        CustomerView none = customer("Unsubscribed GmbH", "EUR", "Europe/Berlin", "DE");
        List<Long> ids = List.of(switched.id(), active.id(), none.id(), NO_SUCH_CUSTOMER);

        var read = customers.withSubscriptions(ids);
        assertThat(read).containsOnlyKeys(switched.id(), active.id(), none.id());
        for (long id : read.keySet()) {
            assertThat(read.get(id).customer()).isEqualTo(customers.get(id));
            assertThat(read.get(id).subscriptions()).isEqualTo(customers.subscriptions(id));
        }
        assertThat(read.get(active.id()).customer().subscription()).isPresent();

        assertThat(customers.namesOf(ids)).containsOnly(Map.entry(switched.id(), switched.name()),
                Map.entry(active.id(), active.name()), Map.entry(none.id(), none.name()));
        assertThat(customers.namesOf(List.of())).isEmpty();

        assertThat(customers.subscribedBetween(List.of("BPS-20"), LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 31)))
                .contains(switched.id()).doesNotContain(active.id(), none.id());
        assertThat(customers.subscribedBetween(List.of("BPS-40", "PAYG"), LocalDate.of(2011, 4, 30),
                LocalDate.of(2011, 5, 1))).contains(switched.id(), active.id()).doesNotContain(none.id());
        assertThat(customers.subscribedBetween(List.of("BPS-40"), LocalDate.of(2011, 5, 1), LocalDate.of(2011, 5, 31)))
                .doesNotContain(switched.id(), active.id(), none.id());
        assertThat(customers.subscribedBetween(List.of(), LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)))
                .isEmpty();
    }

    private CustomerView customer(String name, String currency, String zone, String country) {
        return customers.create(new NewCustomer(name + " " + System.nanoTime(), currency, zone, country,
                BigDecimal.ZERO, "manager", null));
    }
}

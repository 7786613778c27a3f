package com.quarterhour.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.Impact;
import com.quarterhour.identity.CustomerUsers;
import com.quarterhour.identity.NewCustomerUser;
import com.quarterhour.shared.DomainException;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.assertj.core.api.Assertions;

/**
 * The contacts of a customer account: /api/customers/{id}/contacts, portal logins that become contacts, who is told
 * of a request, a request's reporter, and the backfill of V27 for accounts that existed before contacts.
 */
@QuarterhourTest
class ContactApiTest {

    private static final String PASSWORD = "Contact&Person-2026";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired CustomerUsers users;
    @Autowired EngagementService engagements;
    @Autowired PlatformTransactionManager transactions;

    long customer;
    String unique;

    @BeforeEach
    void customer() {
        customer = new TestCustomers(customers).onPlan("BPS-20");
        unique = String.valueOf(System.nanoTime());
    }

    @Test
    void coordinatorsAddChangeAndRemoveContactsAndTechniciansReadThem() throws Exception {
        JsonNode alice = body(create("coordinator", customer, contact("Alice", "Alice." + unique + "@Example.com", null, false))
                .andExpect(status().isCreated()));
        long id = alice.get("id").asLong();
        assertThat(alice.get("customerId").asLong()).isEqualTo(customer);
        assertThat(alice.get("email").asText()).isEqualTo("Alice." + unique + "@Example.com");
        assertThat(alice.get("copiedOnAll").asBoolean()).isFalse();

        mvc.perform(get(path(customer)).with(httpBasic("technician", "technician")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Alice"));
        mvc.perform(put(path(customer) + "/" + id).with(httpBasic("manager", "manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(contact("Alice Able", "alice." + unique + "@example.com", null, true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Alice Able"))
                .andExpect(jsonPath("$.copiedOnAll").value(true));
        assertThat(contacts.byEmail("ALICE." + unique + "@EXAMPLE.COM")).map(ContactView::id).contains(id);

        mvc.perform(delete(path(customer) + "/" + id).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isNoContent());
        mvc.perform(get(path(customer)).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        assertThat(contacts.byEmail("alice." + unique + "@example.com")).isEmpty();
        // the address is free again, for anyone
        create("coordinator", new TestCustomers(customers).withoutPlan(),
                contact("Alice", "alice." + unique + "@example.com", null, false)).andExpect(status().isCreated());
    }

    @Test
    void anAddressBelongsToOneContactWhateverItsCaseAndAnotherAccountsContactsAreNotFound() throws Exception {
        long other = new TestCustomers(customers).withoutPlan();
        long theirs = body(create("coordinator", other, contact("Bob", "bob." + unique + "@example.com", null, false))
                .andExpect(status().isCreated())).get("id").asLong();
        int before = count();

        create("coordinator", customer, contact("Robert", "BOB." + unique + "@example.com", null, false))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The e-mail address BOB." + unique + "@example.com is already a contact's"));
        mvc.perform(put(path(customer) + "/" + theirs).with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content(contact("Bob", "x" + unique + "@example.com", null, false)))
                .andExpect(status().isNotFound());
        mvc.perform(delete(path(customer) + "/" + theirs).with(httpBasic("coordinator", "coordinator")))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        assertThat(contacts.byId(theirs)).map(ContactView::email).contains("bob." + unique + "@example.com");
    }

    @Test
    void badContactsAreRefusedWithAProblemAndWriteNothing() throws Exception {
        long other = new TestCustomers(customers).withoutPlan();
        String theirLogin = "theirs-" + unique;
        users.create(other, new NewCustomerUser(theirLogin, PASSWORD, null), "coordinator");
        int before = count();

        create("coordinator", customer, "{\"email\":\"a" + unique + "@example.com\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("name is required"));
        create("coordinator", customer, contact("Carol", "not an address", null, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("email must be an e-mail address such as it@example.com"));
        create("coordinator", customer, contact("Carol", null, null, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("email is required for a contact without a portal login"));
        create("coordinator", customer, contact("Carol", null, theirLogin, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("portalUser must be a portal login of customer " + customer
                        + "; '" + theirLogin + "' is not"));
        create("coordinator", 987654321L, contact("Carol", "c" + unique + "@example.com", null, false))
                .andExpect(status().isNotFound());
        create("coordinator", customer, "{\"name\": [1]}").andExpect(status().isBadRequest());
        create("technician", customer, contact("Carol", "c" + unique + "@example.com", null, false))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aNewPortalLoginIsLinkedToTheContactWithItsAddressOrBecomesAContact() throws Exception {
        long carol = contacts.create(customer, new ContactRequest("Carol", "carol." + unique + "@example.com", null, true)).id();
        String carolLogin = "carol-" + unique;
        users.create(customer, new NewCustomerUser(carolLogin, PASSWORD, "Carol." + unique + "@example.com"), "coordinator");
        assertThat(contacts.byPortalUser(carolLogin)).map(ContactView::id).contains(carol);

        String dave = "dave-" + unique;
        users.create(customer, new NewCustomerUser(dave, PASSWORD, null), "coordinator");
        assertThat(contacts.byPortalUser(dave)).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo(dave);
            assertThat(c.email()).isNull();
            assertThat(c.customerId()).isEqualTo(customer);
        });

        // another account's address stays with that account's contact
        long other = new TestCustomers(customers).withoutPlan();
        String erin = "erin-" + unique;
        users.create(other, new NewCustomerUser(erin, PASSWORD, "carol." + unique + "@example.com"), "coordinator");
        assertThat(contacts.byPortalUser(erin)).hasValueSatisfying(c -> {
            assertThat(c.customerId()).isEqualTo(other);
            assertThat(c.email()).isNull();
        });
        assertThat(contacts.byEmail("carol." + unique + "@example.com")).map(ContactView::id).contains(carol);

        // a login may be linked by the API too, and only to one contact
        create("coordinator", customer, contact("Dave again", null, dave, false))
                .andExpect(status().isConflict());
    }

    @Test
    void theAccountsContactAddressIsACopiedOnAllContact() {
        long acme = customers.create(new NewCustomer("Copied " + unique, "GBP", "Europe/London", "GB",
                new BigDecimal("0.20"), "manager", "office." + unique + "@example.com")).id();
        assertThat(contacts.list(acme)).singleElement().satisfies(c -> {
            assertThat(c.email()).isEqualTo("office." + unique + "@example.com");
            assertThat(c.copiedOnAll()).isTrue();
        });
    }

    @Test
    void theReporterAndEveryContactCopiedOnAllAreToldEachOnceOthersAreNot() {
        ContactView reporter = contacts.create(customer, new ContactRequest("Rita", "rita." + unique + "@example.com", null, true));
        ContactView copied = contacts.create(customer, new ContactRequest("Cleo", "cleo." + unique + "@example.com", null, true));
        ContactView bystander = contacts.create(customer, new ContactRequest("Ben", "ben." + unique + "@example.com", null, false));

        assertThat(contacts.recipients(customer, reporter.id())).extracting(ContactView::name).containsExactly("Rita", "Cleo");
        assertThat(contacts.recipients(customer, bystander.id())).extracting(ContactView::name)
                .containsExactly("Ben", "Cleo", "Rita");
        assertThat(contacts.recipients(customer, null)).extracting(ContactView::name).containsExactly("Cleo", "Rita");
        // another account's contact is nobody to tell about this one's requests
        long other = new TestCustomers(customers).withoutPlan();
        assertThat(contacts.recipients(other, reporter.id())).isEmpty();
        assertThat(copied.copiedOnAll()).isTrue();
    }

    @Test
    void aRequestRecordsItsReporterWhoMustBeAContactOfItsCustomer() throws Exception {
        ContactView rita = contacts.create(customer, new ContactRequest("Rita", "rita." + unique + "@example.com", null, false));
        long id = engagements.report(new NewEngagement(customer, "Scanner jammed", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null, rita.id()), "coordinator").id();
        EngagementDetails details = engagements.get(id);
        assertThat(details.reporterContactId()).isEqualTo(rita.id());
        assertThat(details.reporterName()).isEqualTo("Rita");

        long other = new TestCustomers(customers).withoutPlan();
        int before = jdbc.queryForObject("select count(*) from engagement", Integer.class);
        mvc.perform(post("/api/engagements").with(httpBasic("coordinator", "coordinator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + other + ",\"title\":\"Not theirs\",\"channel\":\"REPORT\","
                                + "\"impact\":\"FULLY_USABLE\",\"reporterContactId\":" + rita.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("reporterContactId " + rita.id() + " is not a contact of customer " + other));
        assertThat(jdbc.queryForObject("select count(*) from engagement", Integer.class)).isEqualTo(before);

        // a removed contact keeps its name on the requests it reported, and reports no new one
        contacts.remove(customer, rita.id());
        assertThat(engagements.get(id).reporterName()).isEqualTo("Rita");
        Assertions.assertThatThrownBy(() -> engagements.report(new NewEngagement(customer, "Again", null, Channel.REPORT,
                Impact.PARTIALLY_IMPAIRED, null, null, null, rita.id()), "coordinator"))
                .isInstanceOf(DomainException.class);
    }

    /**
     * V27's backfill, on this database's SQL (H2, or PostgreSQL with -Ppostgres): accounts and logins written before
     * contacts existed, then the backfill statements, rolled back afterwards.
     */
    @Test
    void theBackfillMakesAContactOfEachLoginAndOfTheAccountsAddress() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long acme = legacyCustomer("Legacy " + unique, "Office." + unique + "@example.com");
            long shared = legacyCustomer("Shared " + unique, "desk." + unique + "@example.com");
            legacyUser(acme, "leg-a-" + unique, "ann." + unique + "@example.com");
            legacyUser(acme, "leg-b-" + unique, null);
            legacyUser(shared, "leg-c-" + unique, "ANN." + unique + "@example.com"); // a younger login with that address
            legacyUser(shared, "leg-d-" + unique, "desk." + unique + "@example.com");

            backfill().forEach(jdbc::execute);

            assertThat(legacyContacts(acme)).containsExactly(
                    Map.of("name", "leg-a-" + unique, "email", "ann." + unique + "@example.com", "portal", "leg-a-" + unique, "copied", false),
                    Map.of("name", "leg-b-" + unique, "email", "-", "portal", "leg-b-" + unique, "copied", false),
                    Map.of("name", "Legacy " + unique, "email", "Office." + unique + "@example.com", "portal", "-", "copied", true));
            assertThat(legacyContacts(shared)).containsExactly(
                    Map.of("name", "leg-c-" + unique, "email", "-", "portal", "leg-c-" + unique, "copied", false),
                    Map.of("name", "leg-d-" + unique, "email", "desk." + unique + "@example.com", "portal", "leg-d-" + unique, "copied", true));
            tx.setRollbackOnly();
        });
    }

    private long legacyCustomer(String name, String contactEmail) {
        jdbc.update("insert into customer (name, currency, time_zone, country, contact_email, created_at) "
                + "values (?, 'GBP', 'Europe/London', 'GB', ?, ?)", name, contactEmail, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from customer where name = ?", Long.class, name);
    }

    private void legacyUser(long customerId, String username, String email) {
        jdbc.update("insert into customer_user (customer_id, username, password_hash, email, created_by, created_at) "
                + "values (?, ?, '{noop}x', ?, 'test', ?)", customerId, username, email, Timestamp.from(Instant.now()));
    }

    private List<Map<String, Object>> legacyContacts(long customerId) {
        return jdbc.queryForList("select name, email, portal_user, copied_on_all from customer_contact "
                + "where customer_id = ? order by id", customerId).stream()
                .map(row -> Map.<String, Object>of("name", row.get("name"),
                        "email", row.get("email") == null ? "-" : row.get("email"),
                        "portal", row.get("portal_user") == null ? "-" : row.get("portal_user"),
                        "copied", row.get("copied_on_all")))
                .toList();
    }

    /** The statements of V27 after its table definitions. */
    private static List<String> backfill() {
        try {
            String migration = new ClassPathResource("db/migration/V27__customer_contacts.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
            String statements = migration.substring(migration.indexOf("-- Backfill")).lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (all, line) -> all + line + "\n");
            return Arrays.stream(statements.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultActions create(String user, long customerId, String body) throws Exception {
        return mvc.perform(post(path(customerId)).with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String path(long customerId) {
        return "/api/customers/" + customerId + "/contacts";
    }

    private String contact(String name, String email, String portalUser, boolean copiedOnAll) throws Exception {
        return json.writeValueAsString(new ContactRequest(name, email, portalUser, copiedOnAll));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from customer_contact", Integer.class);
    }
}

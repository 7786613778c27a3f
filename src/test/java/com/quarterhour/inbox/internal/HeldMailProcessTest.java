package com.quarterhour.inbox.internal;

import static com.quarterhour.support.process.ProcessAssertions.assertThat;
import static com.quarterhour.support.process.ProcessAssertions.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.customer.ContactService;
import com.quarterhour.customer.CustomerContacts;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementDetails;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.inbox.HeldMailView;
import com.quarterhour.shared.DomainException;
import com.quarterhour.support.QuarterhourTest;
import com.quarterhour.support.TestCustomers;
import com.quarterhour.support.TuesdayMorning;
import com.quarterhour.support.process.ProcessAssertions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * held-mail.bpmn: a mail from an unknown sender waits in "Sort mail from an unknown sender" (coordinators); assigned to
 * a customer it is reported for it (the sender added as its contact when asked), discarded it is dropped; a mistyped
 * decision or a missing customer leaves the task open. The mail acted on is the business key's, whatever the form says.
 */
@QuarterhourTest
@ExtendWith(TuesdayMorning.class)
class HeldMailProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired Inbox inbox;
    @Autowired HeldMails heldMails;
    @Autowired EngagementService engagements;
    @Autowired CustomerService customers;
    @Autowired CustomerContacts contacts;
    @Autowired ContactService contactService;

    String stranger;
    long customer;

    @BeforeEach
    void init() {
        ProcessAssertions.init(engine);
        stranger = "stranger." + UUID.randomUUID() + "@example.org";
        customer = new TestCustomers(customers).onPlan("BPS-20");
    }

    @Test
    void aCoordinatorAssignsTheMailToACustomerAndAddsTheSenderAsItsContact() {
        ProcessInstance instance = held("Printer offline", "Our printer stopped.");
        assertThat(instance).isWaitingAt("SortHeldMail");
        Task sort = task(instance);
        assertThat(sort).hasCandidateGroup("coordinators");
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("heldMailSender", stranger)
                .containsEntry("heldMailSubject", "Printer offline").containsEntry("heldMailText", "Our printer stopped.")
                .containsKey("customerOptions");

        complete(sort, Map.of(HeldMails.DECISION, HeldMails.ASSIGN, HeldMails.CUSTOMER, String.valueOf(customer),
                HeldMails.ADD_CONTACT, true, HeldMails.CONTACT_NAME, "Stranger Things"));

        assertThat(instance).isEnded().hasPassed("ReportHeldMail", "EndReported").hasNotPassed("DiscardHeldMail");
        HeldMailView decided = view(instance);
        assertThat(decided.status()).isEqualTo("ASSIGNED");
        assertThat(decided.decidedBy()).isEqualTo("coordinator");
        assertThat(decided.customerId()).isEqualTo(customer);
        EngagementDetails reported = engagements.get(decided.engagementId());
        assertThat(reported.customerId()).isEqualTo(customer);
        assertThat(reported.title()).isEqualTo("Printer offline");
        assertThat(reported.description()).isEqualTo("Our printer stopped.");
        assertThat(reported.channel()).isEqualTo(Channel.EMAIL);
        assertThat(reported.reportedAt()).isEqualTo(TuesdayMorning.NOW);
        assertThat(contacts.byEmail(stranger)).hasValueSatisfying(contact -> {
            assertThat(contact.customerId()).isEqualTo(customer);
            assertThat(contact.name()).isEqualTo("Stranger Things");
            assertThat(reported.reporterContactId()).isEqualTo(contact.id());
        });
    }

    @Test
    void assignedWithoutAddingTheSenderTheRequestHasNoReporter() {
        ProcessInstance instance = held("", "Help, nothing works.");

        complete(task(instance), Map.of(HeldMails.DECISION, HeldMails.ASSIGN, HeldMails.CUSTOMER, String.valueOf(customer)));

        EngagementDetails reported = engagements.get(view(instance).engagementId());
        assertThat(reported.title()).isEqualTo("Help, nothing works.");
        assertThat(reported.reporterContactId()).isNull();
        assertThat(contacts.byEmail(stranger)).isEmpty();
    }

    @Test
    void aCoordinatorDiscardsTheMail() {
        ProcessInstance instance = held("Cheap watches", "Buy now.");

        complete(task(instance), Map.of(HeldMails.DECISION, HeldMails.DISCARD));

        assertThat(instance).isEnded().hasPassed("DiscardHeldMail", "EndDiscarded").hasNotPassed("ReportHeldMail");
        assertThat(view(instance).status()).isEqualTo("DISCARDED");
        assertThat(view(instance).engagementId()).isNull();
    }

    @Test
    void aMistypedDecisionOrNoCustomerLeavesTheTaskOpen() {
        ProcessInstance instance = held("Printer offline", "Our printer stopped.");
        Task sort = task(instance);

        assertRefused(sort, Map.of(HeldMails.DECISION, "MAYBE"));
        assertRefused(sort, Map.of(HeldMails.DECISION, HeldMails.ASSIGN));
        assertRefused(sort, Map.of(HeldMails.DECISION, HeldMails.ASSIGN, HeldMails.CUSTOMER, "not a number"));
        assertRefused(sort, Map.of(HeldMails.DECISION, HeldMails.ASSIGN, HeldMails.CUSTOMER, "999999999"));

        assertThat(instance).isWaitingAt("SortHeldMail");
        assertThat(view(instance).status()).isEqualTo("HELD");
    }

    @Test
    void theMailActedOnIsTheBusinessKeysWhateverTheFormWrites() {
        ProcessInstance first = held("First", "One.");
        ProcessInstance second = held("Second", "Two.");
        Map<String, Object> redirect = new HashMap<>(Map.of(HeldMails.DECISION, HeldMails.DISCARD));
        redirect.put("heldMailId", HeldMails.heldMailId(second.getBusinessKey()));
        redirect.put("businessKey", second.getBusinessKey());

        complete(task(first), redirect);

        assertThat(view(first).status()).isEqualTo("DISCARDED");
        assertThat(view(second).status()).isEqualTo("HELD");
    }

    private ProcessInstance held(String subject, String text) {
        InboundMail mail = new InboundMail("<" + UUID.randomUUID() + "@example.org>", stranger, subject, text, List.of(),
                false, List.of(), TuesdayMorning.NOW);
        assertThat(inbox.receive(mail)).hasValueSatisfying(result ->
                assertThat(result.outcome()).isEqualTo(ReceivedMail.Outcome.HELD));
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(HeldMails.PROCESS_KEY)
                .variableValueEquals("heldMailSubject", subject).variableValueEquals("heldMailSender", stranger)
                .singleResult();
    }

    private HeldMailView view(ProcessInstance instance) {
        long id = HeldMails.heldMailId(instance.getBusinessKey());
        return List.of("HELD", "ASSIGNED", "DISCARDED").stream()
                .flatMap(status -> heldMails.list(status, PageRequest.of(0, 1000)).stream())
                .filter(held -> held.id() == id).findFirst().orElseThrow();
    }

    private void assertRefused(Task task, Map<String, Object> variables) {
        assertThatThrownBy(() -> complete(task, variables)).isInstanceOf(DomainException.class);
    }

    /** As the coordinator would in Tasklist: the engine knows who completes the task. */
    private void complete(Task task, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication("coordinator", List.of("coordinators"));
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

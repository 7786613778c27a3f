package com.quarterhour.tasklist.internal;

import com.quarterhour.conversation.AttachmentView;
import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.Conversation;
import com.quarterhour.conversation.MessagePosted;
import com.quarterhour.conversation.MessageView;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.customer.CustomerService;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.identity.Viewers;
import com.quarterhour.shared.Formats;
import com.quarterhour.shared.EngineSystem;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.exception.NullValueException;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The request's latest messages on its technician's tasks (Work, Wait for the customer), as the variable
 * {@value #VARIABLE} that the forms show as Markdown: written as such a task opens and again with each message posted
 * to the request. Display only: nothing reads it back, so what a task user writes there changes nothing. It is a
 * variable of the request's instance, not of the task: writing a task's variable changes the task, and a technician
 * completing it at that moment would lose the race. It is refreshed in the transaction that posts the message, not
 * after it: a refresh after commit races with what the message itself moves (a reply resuming the request opens a
 * Work task that writes the same variable) and would make that reply fail.
 */
@Component
class RecentMessages {

    static final String VARIABLE = "recentMessages";
    static final Set<String> SHOWN_ON = Set.of("Work", "WaitForCustomer");
    static final int SHOWN = 5;
    /** What Markdown would read as formatting, links or HTML in a message's text. */
    private static final Pattern MARKDOWN = Pattern.compile("[\\\\`*_{}\\[\\]()<>#+!|~-]");

    private final Conversation conversation;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EngagementService engagements;
    private final CustomerService customers;
    private final Viewers viewers;

    RecentMessages(Conversation conversation, TaskService tasks, RuntimeService runtime, IdentityService identity,
            EngagementService engagements, CustomerService customers, Viewers viewers) {
        this.conversation = conversation;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.engagements = engagements;
        this.customers = customers;
        this.viewers = viewers;
    }

    /** A task opened: the technician's tasks show the latest messages of their request. */
    void opened(DelegateTask task) {
        OptionalLong engagementId = EngagementService.engagementOf(task.getExecution().getProcessBusinessKey());
        if (SHOWN_ON.contains(task.getTaskDefinitionKey()) && engagementId.isPresent()) {
            task.getExecution().getProcessInstance()
                    .setVariable(VARIABLE, markdown(conversation.latest(engagementId.getAsLong(), true, SHOWN),
                            zoneOf(engagementId.getAsLong())));
        }
    }

    /** A message posted: the request's open tasks show it. */
    @EventListener
    void on(MessagePosted posted) {
        String shown = markdown(conversation.latest(posted.engagementId(), true, SHOWN),
                zoneOf(posted.engagementId()));
        EngineSystem.run(identity, () -> tasks.createTaskQuery()
                .processInstanceBusinessKey(EngagementService.businessKeyOf(posted.engagementId()))
                .taskDefinitionKeyIn(SHOWN_ON.toArray(String[]::new))
                .list().stream()
                .map(Task::getProcessInstanceId)
                .distinct()
                .forEach(instance -> show(instance, shown)));
    }

    private ZoneId zoneOf(long engagementId) {
        return customers.get(engagements.get(engagementId).customerId()).timeZone();
    }

    private void show(String processInstanceId, String shown) {
        try {
            runtime.setVariable(processInstanceId, VARIABLE, shown);
        } catch (OptimisticLockingException | NullValueException | NotFoundException completedMeanwhile) {
            // the next task of the request reads the messages as it opens
        }
    }

    /**
     * Oldest first, each as its author, time and whether the customer sees it, then its text quoted; null for none.
     * One variable every staff member reads: in the installation's default locale, at the customer's time.
     */
    String markdown(List<MessageView> messages, ZoneId customerZone) {
        if (messages.isEmpty()) {
            return null;
        }
        Formats formats = Formats.of(viewers.defaults());
        StringBuilder text = new StringBuilder();
        for (MessageView message : messages) {
            text.append("**").append(message.authorKind() == AuthorKind.CUSTOMER ? "Customer" : "Staff")
                    .append(" (").append(escaped(message.author())).append("), ")
                    .append(formats.dateTime(message.postedAt(), customerZone))
                    .append(message.visibility() == Visibility.INTERNAL ? ", internal note" : "")
                    .append("**\n\n");
            if (message.body() != null) {
                for (String line : message.body().split("\\R", -1)) {
                    text.append("> ").append(escaped(line)).append('\n');
                }
            }
            if (!message.attachments().isEmpty()) {
                // a message may be files only; their names say what came
                text.append("> Files: ").append(escaped(message.attachments().stream()
                        .map(AttachmentView::fileName).collect(Collectors.joining(", ")))).append('\n');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private static String escaped(String text) {
        return text == null ? "" : MARKDOWN.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }
}

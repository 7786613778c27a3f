package com.quarterhour.tasklist.internal;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The create listener of every user task (added as the engine parses a definition): Tasklist shows the ticket, and
 * the technician's tasks the request's latest messages, and the Work form starts on today's date.
 */
@Component
class TicketTaskListener implements TaskListener {

    private final TicketTasks tickets;
    private final RecentMessages messages;
    private final WorkFormDefaults workForm;

    TicketTaskListener(TicketTasks tickets, RecentMessages messages, WorkFormDefaults workForm) {
        this.tickets = tickets;
        this.messages = messages;
        this.workForm = workForm;
    }

    @Override
    public void notify(DelegateTask task) {
        tickets.opened(task);
        messages.opened(task);
        workForm.opened(task);
    }
}

package com.quarterhour.tasklist.internal;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The create listener of every user task (added as the engine parses a definition): Tasklist shows the ticket. */
@Component
class TicketTaskListener implements TaskListener {

    private final TicketTasks tickets;

    TicketTaskListener(TicketTasks tickets) {
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        tickets.opened(task);
    }
}

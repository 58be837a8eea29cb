package dev.regulars.server.messaging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Every 5 seconds: the outbox's due messages go out (claims keep two nodes from sending one message twice). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MessagingJobs {

    static final int EVERY_SECONDS = 5;

    @Inject
    private Dispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void dispatch() {
        dispatcher.dispatchDue(EVERY_SECONDS);
    }
}

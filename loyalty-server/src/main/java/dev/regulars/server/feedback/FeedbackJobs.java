package dev.regulars.server.feedback;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Every minute: ratings whose sale has arrived since are attached (and low ones reach the call-back queue). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FeedbackJobs {

    @Inject
    private RatingAttachment attachment;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void attachArrivedRatings() {
        attachment.run();
    }
}

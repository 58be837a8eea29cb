package dev.regulars.server.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's SMTP server (GreenMail) on the port {@link TestDatabase} gave the server, for one test class:
 * {@code @RegisterExtension static final TestSmtp smtp = new TestSmtp();}
 */
final class TestSmtp extends GreenMail implements BeforeAllCallback, AfterAllCallback {

    TestSmtp() {
        super(new ServerSetup(TestDatabase.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /**
     * Stops once the outbox has sent what is due (at most 30 s): a message the class queued last (an invitation, a
     * test send) must not arrive at the next class's server on the same port.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        try {
            java.time.Instant until = java.time.Instant.now().plusSeconds(30);
            while (ServerFixture.count("SELECT COUNT(*) FROM outbox_message WHERE channel = 'EMAIL' AND (status ="
                    + " 'SENDING' OR (status = 'PENDING' AND next_attempt_at <= UTC_TIMESTAMP(6)))") > 0
                    && java.time.Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop();
        }
    }
}

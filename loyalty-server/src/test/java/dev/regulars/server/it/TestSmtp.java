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

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }
}

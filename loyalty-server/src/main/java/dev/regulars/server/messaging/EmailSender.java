package dev.regulars.server.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * E-mail over SMTP with Jakarta Mail, many messages over each connection, a chunk spread over
 * {@code regulars.smtp.connections} connections at once (default 8): each message waits for the mail server's
 * answers, so one connection leaves both ends idle most of the time (relays accept several; see BENCHMARKS.md,
 * dispatch-smtp). Every message carries its one-click
 * unsubscribe link in the text and in the List-Unsubscribe and List-Unsubscribe-Post headers (RFC 2369, RFC 8058),
 * which mail clients show as an "unsubscribe" button.
 */
@ApplicationScoped
public class EmailSender implements MessageSender {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(EmailSender.class.getName());

    @Inject
    private MessagingSettings settings;
    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public List<Sent> send(List<Prepared> messages) {
        Session session = session();
        int connections = Math.max(1, Math.min(settings.smtpConnections(), messages.size() / 20 + 1));
        List<List<Prepared>> parts = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < messages.size(); i++) {
            parts.get(i % connections).add(messages.get(i));
        }
        List<java.util.concurrent.Future<List<Sent>>> running = new ArrayList<>();
        for (List<Prepared> part : parts.subList(1, connections)) {
            running.add(executor.submit(() -> sendOver(session, part)));
        }
        List<Sent> results = new ArrayList<>(messages.size());
        results.addAll(failingAsUnknown(parts.get(0), () -> sendOver(session, parts.get(0))));
        for (int i = 0; i < running.size(); i++) {
            var part = running.get(i);
            results.addAll(failingAsUnknown(parts.get(i + 1), () -> {
                try {
                    return part.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while sending e-mail", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }));
        }
        return results;
    }

    /**
     * A connection's results; when it failed in a way of ours midway, some of its messages may have gone out, so
     * all of them are given up (not tried again: at most once), the others' results stand.
     */
    private static List<Sent> failingAsUnknown(List<Prepared> part,
                                               java.util.function.Supplier<List<Sent>> results) {
        try {
            return results.get();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "sending e-mail failed midway", e);
            SendFailure failure = new SendFailure("the server failed while sending it (" + e
                    + "); not tried again, as it may have gone out", true, e);
            return part.stream().map(m -> Sent.failed(m.id(), failure)).toList();
        }
    }

    /** The messages over one connection, in order. */
    private List<Sent> sendOver(Session session, List<Prepared> messages) {
        List<Sent> results = new ArrayList<>(messages.size());
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.smtpHost(), settings.smtpPort(), settings.smtpUser().orElse(null),
                    settings.smtpPassword().orElse(null));
            for (Prepared m : messages) {
                results.add(sendOne(session, transport, m));
            }
        } catch (MessagingException e) {
            // the server did not take the connection: the rest are tried again later
            SendFailure failure = new SendFailure("the mail server " + settings.smtpHost() + ":" + settings.smtpPort()
                    + " did not answer: " + e.getMessage(), false, e);
            for (int i = results.size(); i < messages.size(); i++) {
                results.add(Sent.failed(messages.get(i).id(), failure));
            }
        }
        return results;
    }

    private Sent sendOne(Session session, Transport transport, Prepared m) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        try {
            mail.setFrom(new InternetAddress(settings.from()));
            mail.setRecipients(Message.RecipientType.TO, new Address[] {new InternetAddress(m.recipient(), true)});
        } catch (AddressException e) {
            return Sent.failed(m.id(), new SendFailure("not an e-mail address: " + e.getMessage(), true, e));
        }
        mail.setSubject(m.subject() == null ? "" : m.subject(), "UTF-8");
        mail.setText(m.body() + "\n\n" + UnsubscribeTexts.footer(m.language(), m.unsubscribeUrl()), "UTF-8");
        mail.setHeader("Content-Language", m.language());
        mail.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.saveChanges();
        try {
            transport.sendMessage(mail, mail.getAllRecipients());
            return Sent.ok(m.id(), mail.getMessageID());
        } catch (SendFailedException e) {
            // the server refused this recipient (5xx): no retry makes it right
            return Sent.failed(m.id(), new SendFailure("the mail server refused " + m.recipient() + ": "
                    + e.getMessage(), true, e));
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStartTls()));
        props.put("mail.smtp.auth", String.valueOf(settings.smtpUser().isPresent()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return Session.getInstance(props);
    }
}

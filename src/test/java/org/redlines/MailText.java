package org.redlines;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** The text/plain part of a received message, decoded, as a mail client shows it. */
public final class MailText {

    private MailText() {}

    public static String of(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The text/html part, as an HTML mail client renders it. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            return text(message.getContent(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content, String type) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart) {
                    String inner = text(part.getContent(), type);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        }
        return null;
    }
}

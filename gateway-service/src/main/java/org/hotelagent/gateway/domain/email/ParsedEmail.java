package org.hotelagent.gateway.domain.email;

import java.time.Instant;
import java.util.List;

/**
 * A guest mail as the agent needs it, independent of the transport that fetched it.
 *
 * @param messageId       the Message-ID header with its angle brackets (a digest of the raw mail when it has none)
 * @param references      the References header's ids, oldest first
 * @param text            what the guest wrote now: quoted history, signature and footers removed
 * @param automaticReason why this mail must not be answered (auto-reply, bulk, bounce, our own), null for a guest
 */
public record ParsedEmail(String messageId, String fromAddress, String fromName, String subject, Instant sentAt,
                          String inReplyTo, List<String> references, String text, List<Attachment> attachments,
                          String automaticReason) {

    /** A file attached to the mail; {@code data} is kept for audio only (it goes to speech-to-text). */
    public record Attachment(String filename, String mimeType, long sizeBytes, byte[] data) {

        public boolean isAudio() {
            return mimeType.startsWith("audio/");
        }
    }
}

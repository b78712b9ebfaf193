package org.hotelagent.orchestrator.domain;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Reply texts; English here, Spanish and Portuguese in {@code messages/replies_<lang>.properties}. Short, because
 * they are read on a phone.
 */
@MessageBundle(value = "replies", locale = "en")
public interface Replies {

    @Message("Hi {name}! I'm the hotel's virtual assistant and I've got your message: “{text}”.")
    String acknowledged(String name, String text);

    @Message("Hi! I'm the hotel's virtual assistant and I've got your message: “{text}”.")
    String acknowledgedAnonymous(String text);

    @Message("Hi! I'm the hotel's virtual assistant. I can only read text messages for now: could you type it?")
    String cannotRead();

    @Message("Hi {name}! I'm the hotel's virtual assistant. How can I help you?")
    String greeting(String name);

    @Message("Hi! I'm the hotel's virtual assistant. How can I help you?")
    String greetingAnonymous();

    @Message("You're welcome! Anything else I can do for you?")
    String thanks();

    @Message("Goodbye, and see you soon! I'm here whenever you need anything.")
    String goodbye();
}

package org.hotelagent.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KnowledgeTopicTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "¿Tienen PARKING?| parking",
            "hay aparcamiento cerca?| parking",
            "Do you have a car park? | parking",
            "vcs tem estacionamento? | parking",
            "a q hora es el desayuno | breakfast",
            "what time is breakfast pls | breakfast",
            "o pequeno-almoço está incluído? | breakfast",
            "tem café da manhã? | breakfast",
            "cual es la direccion del hotel | address",
            "how do I get there from the station | address",
            "se admiten perros? | pets",
            "can I bring my dog | pets",
            "a que hora es el check in | check_in_out",
            "Is there wifi in the rooms? | wifi",
            "puedo pagar con tarjeta? | payment_methods",
            "tem ginásio? | gym"})
    void findsTheTopicGuestsAskAbout(String text, KnowledgeTopic topic) {
        assertThat(KnowledgeTopic.mentionedIn(text)).contains(topic);
    }

    @Test
    void findsSeveralTopicsInOneQuestionAndNoneInSmallTalk() {
        assertThat(KnowledgeTopic.mentionedIn("Hola! tienen parking y desayuno?"))
                .containsExactly(KnowledgeTopic.parking, KnowledgeTopic.breakfast);
        assertThat(KnowledgeTopic.mentionedIn("quiero reservar una habitación doble")).isEmpty();
        assertThat(KnowledgeTopic.mentionedIn("the catalogue of carpets")).isEmpty();
        assertThat(KnowledgeTopic.mentionedIn(null)).isEmpty();
    }
}

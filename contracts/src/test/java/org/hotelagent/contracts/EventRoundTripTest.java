package org.hotelagent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hotelagent.contracts.booking.BookingChanged;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.message.DeliveryReported;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.nlp.MessageInterpreted;

class EventRoundTripTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("messages-received.text", InboundMessageReceived.class),
                Arguments.of("messages-received.voice", InboundMessageReceived.class),
                Arguments.of("messages-interpreted", MessageInterpreted.class),
                Arguments.of("replies-composed", ReplyComposed.class),
                Arguments.of("deliveries-reported", DeliveryReported.class),
                Arguments.of("bookings-changed", BookingChanged.class),
                Arguments.of("bookings-changed.modified", BookingChanged.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFieldSurvivesARoundTrip(String sample, Class<? extends HotelEvent> type) throws Exception {
        var original = GoldenSamples.MAPPER.readTree(GoldenSamples.json(sample));

        HotelEvent event = GoldenSamples.MAPPER.readValue(GoldenSamples.json(sample), type);
        var written = GoldenSamples.MAPPER.readTree(GoldenSamples.MAPPER.writeValueAsString(event));

        assertThat(written).isEqualTo(original);
        assertThat(event.eventId()).isNotNull();
        assertThat(event.conversationId()).startsWith(event.conversationId().split(":")[0] + ":" + event.hotelId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void unknownFieldsFromANewerProducerAreIgnored(String sample, Class<? extends HotelEvent> type)
            throws Exception {
        var newer = GoldenSamples.json(sample).replaceFirst("\\{", "{\"addedInV2\": {\"x\": 1},");

        HotelEvent event = GoldenSamples.MAPPER.readValue(newer, type);

        assertThat(event).usingRecursiveComparison().isEqualTo(GoldenSamples.read(sample, type));
    }

    @Test
    void anInterpretationFromBeforeTheLocaleReadsWithoutOne() throws Exception {
        var older = GoldenSamples.json("messages-interpreted").replace(",\n  \"locale\": \"en-US\"", "");

        var event = GoldenSamples.MAPPER.readValue(older, MessageInterpreted.class);

        assertThat(older).doesNotContain("locale");
        assertThat(event.locale()).isNull();
        assertThat(event).usingRecursiveComparison().ignoringFields("locale")
                .isEqualTo(GoldenSamples.read("messages-interpreted", MessageInterpreted.class));
    }
}

package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code scripts/simulate.sh}, the WhatsApp guest an operator plays by hand, run as it is against the running suite
 * and its Graph API stand-in: a text and a voice note (synthesised by the script) each come back as the agent's reply.
 */
@ExtendWith(RunningSuite.class)
class SimulatorIT {

    private final Suite suite = RunningSuite.suite();
    private final Apis apis = new Apis(suite);

    @Test
    void printsTheAgentsAnswerToATextMessage() throws Exception {
        var phone = phone("34");

        var output = simulate(phone, "Hola, ¿tienen parking?");

        assertThat(output).contains("guest " + phone + " → gateway: Hola, ¿tienen parking?")
                .contains("agent → WhatsApp (").contains(apis.answer("parking", "es"))
                .contains("Graph API stand-in received: POST /{version}/{phone-number-id}/messages")
                .doesNotContain("voice note");
    }

    @Test
    void speaksAVoiceNoteThroughTheStandInsMediaAndPrintsTheSpokenAndWrittenReply() throws Exception {
        var phone = phone("44");
        var graphApi = RunningSuite.graphApi();
        var downloads = getRequestedFor(urlPathMatching("/whatsapp_business/attachments/[0-9]+"))
                .withHeader("Authorization", matching("Bearer .+"));
        var downloadsBefore = graphApi.findAll(downloads).size();
        var stubsBefore = graphApi.getStubMappings().size();

        var output = simulate(phone, "--voice", "Hello. Do you have rooms available for two people next weekend?");

        // The gateway fetched the note through the stubs the script registered, and the script removed them.
        assertThat(graphApi.findAll(downloads)).hasSizeGreaterThan(downloadsBefore);
        assertThat(graphApi.getStubMappings()).hasSize(stubsBefore);
        assertThat(output).containsPattern("guest " + phone + " → gateway: \\(voice note, \\d+ bytes, note.ogg\\)")
                .containsPattern("agent → WhatsApp \\(\\d+ ms\\): voice note, media \\d+ uploaded");
        var conversation = apis.conversation("whatsapp:demo-hotel:" + phone);
        var slots = conversation.path("slots");
        assertThat(slots.path("check_in").isTextual()).as(output + conversation).isTrue();
        var totals = apis.quotedTotals(slots.path("check_in").asText(), slots.path("check_out").asText());
        assertThat(totals).isNotEmpty();
        assertThat(output).contains(totals);
    }

    private static String phone(String countryCode) {
        return countryCode + (600_000_000 + ThreadLocalRandom.current().nextInt(99_999_999));
    }

    private String simulate(String phone, String... args) throws IOException, InterruptedException {
        var repo = Path.of(System.getProperty("hotel.repo", ".."));
        var command = new ArrayList<>(List.of("bash", repo.resolve("scripts/simulate.sh").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        var env = builder.environment();
        env.put("GATEWAY_URL", suite.url("gateway-service"));
        env.put("GRAPH_STAND_IN_URL", RunningSuite.graphApi().baseUrl());
        env.put("WHATSAPP_APP_SECRET", Suite.SECRET);
        env.put("PHONE_NUMBER_ID", Suite.NUMBER_ID);
        env.put("GUEST_PHONE", phone);
        env.put("GUEST_NAME", "Simulated Guest");
        // The script looks for a JDK 25: this JVM's.
        ProcessHandle.current().info().command().map(java -> Path.of(java).getParent().getParent())
                .ifPresent(home -> env.put("JAVA_HOME", home.toString()));
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}

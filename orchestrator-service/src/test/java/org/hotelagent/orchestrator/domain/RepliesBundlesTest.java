package org.hotelagent.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Qute fills a key a localized file lacks from the English interface, not from a less specific file (pt_PT from
 * pt), so a missing key would answer a guest in English: every file has every key, and no other.
 */
class RepliesBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt", "pt_PT"})
    void everyLocalizedFileWordsEveryReply(String locale) throws IOException {
        var keys = Arrays.stream(Replies.class.getDeclaredMethods()).map(Method::getName).toList();

        var file = new Properties();
        try (var in = RepliesBundlesTest.class.getResourceAsStream("/messages/replies_" + locale + ".properties")) {
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(file.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
    }
}

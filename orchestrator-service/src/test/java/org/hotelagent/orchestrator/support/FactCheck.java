package org.hotelagent.orchestrator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.MessageInterpreted;

/**
 * Enforces "no invented facts": every number in a reply (prices, days, nights, guests, references) must appear in
 * what the PMS stand-in answered, in the hotel's stored knowledge, or in what the guest said (text and entities).
 * Numbers are compared by value, so 180,00 € matches the PMS's 180.00 and "3 de diciembre" the PMS's 2026-12-03.
 */
public final class FactCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private FactCheck() {
    }

    public static void assertRepliesOnlyUse(GuestChat chat, Collection<String> pmsAnswers,
                                            Collection<String> knowledge) {
        var sources = new ArrayList<String>(pmsAnswers);
        sources.addAll(knowledge);
        for (MessageInterpreted message : chat.sent()) {
            sources.add(message.text());
            message.entities().forEach(entity -> sources.add(entity.value()));
        }
        var allowed = new HashSet<BigDecimal>();
        sources.forEach(source -> allowed.addAll(numbers(source)));
        assertThat(chat.received()).isNotEmpty();
        for (var reply : chat.received()) {
            assertThat(numbers(reply.text())).as("figures in %s", reply.text())
                    .allSatisfy(figure -> assertThat(allowed).as("sources of %s in «%s»", figure, reply.text())
                            .contains(figure));
        }
    }

    static Set<BigDecimal> numbers(String text) {
        var found = new HashSet<BigDecimal>();
        if (text == null) {
            return found;
        }
        var matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            found.add(new BigDecimal(matcher.group().replace(',', '.')).stripTrailingZeros());
        }
        return found;
    }

    public static List<String> none() {
        return List.of();
    }
}

package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.hotelagent.contracts.nlp.EntityType;

/** The golden date expressions: what a hotel means by them, against a fixed reference date. */
class DateGoldenTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest(name = "{0} {2}: {3}")
    @CsvFileSource(resources = "/dates/golden.psv", delimiter = '|', numLinesToSkip = 1, encoding = "UTF-8")
    void resolvesTheStayAsAHotelMeansIt(String language, String locale, LocalDate reference, String text,
                                        String checkIn, String checkOut) {
        var entities = extractor.extract(text, language, locale == null ? null : Locale.forLanguageTag(locale),
                reference);

        var current = entities.stream().filter(e -> e.role() == null);
        var found = current.filter(e -> e.type() == EntityType.check_in || e.type() == EntityType.check_out)
                .map(e -> e.type() + "=" + e.value()).toList();
        var expected = new java.util.ArrayList<String>();
        if (checkIn != null) {
            expected.add("check_in=" + checkIn);
        }
        if (checkOut != null) {
            expected.add("check_out=" + checkOut);
        }
        assertThat(found).as(text).containsExactlyInAnyOrderElementsOf(expected);
    }
}

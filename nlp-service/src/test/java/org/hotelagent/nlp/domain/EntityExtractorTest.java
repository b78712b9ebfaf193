package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

class EntityExtractorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Entity> extract(String text, String language) {
        return extractor.extract(text, language, null, TODAY);
    }

    @Test
    void marksTheRoomAndTheCountTheGuestIsReplacing() {
        var room = extract("quiero pasar de la doble a la suite", "es");
        var count = extract("we are now 3 adults not 2", "en");

        assertThat(room).extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                tuple(EntityType.room_type, "double", StayDates.PREVIOUS), tuple(EntityType.room_type, "suite", null));
        assertThat(count).extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                tuple(EntityType.adults, "3", null), tuple(EntityType.adults, "2", StayDates.PREVIOUS));
    }

    @Test
    void countsAGuestTravellingWithACompanionAsTwoAdults() {
        assertThat(extract("a twin for me and a colleague", "en")).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.adults, "2"));
        assertThat(extract("quarto para eu e uma amiga", "pt")).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.adults, "2"));
    }

    @Test
    void readsAWeekAsSevenNightsButNotAWeekFromNow() {
        assertThat(extract("cuánto es una semana en agosto?", "es")).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.nights, "7"));
        assertThat(extract("te confirmo dentro de una semana", "es")).extracting(Entity::type)
                .doesNotContain(EntityType.nights);
    }

    @Test
    void readsAFamilyAsItsSizeAndABabyCotAsNoChild() {
        assertThat(extract("somos una familia de cuatro", "es")).extracting(Entity::type, Entity::value)
                .containsExactlyInAnyOrder(tuple(EntityType.adults, "2"), tuple(EntityType.children, "2"));
        assertThat(extract("Can I have a baby cot put in the room?", "en")).isEmpty();
    }

    @Test
    void readsACorrectedCountAndAGuestAlone() {
        assertThat(extract("puse 2 adultos pero al final vamos a ser 3 adultos", "es"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                        tuple(EntityType.adults, "2", StayDates.PREVIOUS), tuple(EntityType.adults, "3", null));
        assertThat(extract("coloquei 2 adultos mas na verdade somos 3", "pt"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                        tuple(EntityType.adults, "2", StayDates.PREVIOUS), tuple(EntityType.adults, "3", null));
        assertThat(extract("rooms available tomorrow? just me", "en")).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.adults, "1"));
        assertThat(extract("ahora somos 3 adultos ya no 2", "es"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                        tuple(EntityType.adults, "3", null), tuple(EntityType.adults, "2", StayDates.PREVIOUS));
        assertThat(extract("could we change it to 3 adults rather than 2?", "en"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                        tuple(EntityType.adults, "3", null), tuple(EntityType.adults, "2", StayDates.PREVIOUS));
        assertThat(extract("podemos cambiar de 2 adultos a 3 adultos?", "es"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                        tuple(EntityType.adults, "2", StayDates.PREVIOUS), tuple(EntityType.adults, "3", null));
        assertThat(extract("somos una pareja con dos niños", "es")).extracting(Entity::type, Entity::value)
                .containsExactlyInAnyOrder(tuple(EntityType.adults, "2"), tuple(EntityType.children, "2"));
    }

    @Test
    void readsDollarsAndPesosInTheGuestsCountry() {
        assertThat(extractor.extract("I've transferred the A$200 deposit", "en", Locale.forLanguageTag("en-AU"), TODAY))
                .extracting(Entity::value, Entity::unit).containsExactly(tuple("200", "AUD"));
        assertThat(extractor.extract("son 5000 pesos?", "es", Locale.forLanguageTag("es-AR"), TODAY))
                .extracting(Entity::value, Entity::unit).containsExactly(tuple("5000", "ARS"));
        assertThat(extractor.extract("is it $120?", "en", Locale.US, TODAY))
                .extracting(Entity::value, Entity::unit).containsExactly(tuple("120", "USD"));
    }

    @Test
    void marksTheRoomTheGuestSwapsAway() {
        assertThat(extract("dá pra trocar o quarto solteiro por um casal?", "pt"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                        tuple(EntityType.room_type, "single", StayDates.PREVIOUS),
                        tuple(EntityType.room_type, "double", null));
        assertThat(extract("gostaria de trocar o quarto individual por um duplo", "pt"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                        tuple(EntityType.room_type, "single", StayDates.PREVIOUS),
                        tuple(EntityType.room_type, "double", null));
    }

    @Test
    void readsNoGuestsOrRoomsInWordsThatOnlyLookLikeThem() {
        assertThat(extract("me passa pra uma pessoa de verdade pfv", "pt")).isEmpty();
        assertThat(extract("necesito anular, tuve un problema familiar", "es")).isEmpty();
        assertThat(extract("Is the twin two single beds or bunk beds?", "en")).extracting(Entity::value)
                .containsExactly("twin");
        assertThat(extract("Al final somos tres adultos, no dos", "es"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                        tuple(EntityType.adults, "3", null), tuple(EntityType.adults, "2", StayDates.PREVIOUS));
    }

    @Test
    void readsAWeekAgoAsNoStayLength() {
        assertThat(extract("hace una semana hice una reserva", "es")).extracting(Entity::type)
                .doesNotContain(EntityType.nights);
    }

    @Test
    void readsANationalNumberInTheGuestsCountry() {
        assertThat(extractor.extract("07911 123456", "en", Locale.UK, TODAY))
                .extracting(Entity::type, Entity::value).containsExactly(tuple(EntityType.phone, "+447911123456"));
    }

    @Test
    void marksAWholeStayTheGuestReplacesAsPrevious() {
        var moved = extract("se puede mover mi reserva del 3-5/12 al 10-12/12?", "es");

        assertThat(moved).extracting(Entity::type, Entity::value, Entity::role).containsExactlyInAnyOrder(
                tuple(EntityType.check_in, "2026-12-03", StayDates.PREVIOUS),
                tuple(EntityType.check_out, "2026-12-05", StayDates.PREVIOUS),
                tuple(EntityType.check_in, "2026-12-10", null), tuple(EntityType.check_out, "2026-12-12", null));
    }

    @Test
    void readsAddedNightsAsAChangeNotAStayLength() {
        assertThat(extract("queremos una noche más", "es")).extracting(Entity::type)
                .doesNotContain(EntityType.nights);
    }

    @Test
    void givesUtf16OffsetsAfterEmojis() {
        var text = "🙏🙏 reserva del 3 al 5 de diciembre";

        var checkIn = extract(text, "es").stream().filter(e -> e.type() == EntityType.check_in).findFirst()
                .orElseThrow();

        assertThat(text.substring(checkIn.start(), checkIn.end())).isEqualTo("3");
        assertThat(checkIn.start()).isEqualTo(17);
    }

    @Test
    void readsContactDetailsAndNormalisesThem() {
        var entities = extract("Me llamo ana martínez, mi email es Ana.M@Gmail.com y mi móvil 612 34 56 78", "es");

        assertThat(entities).extracting(Entity::type, Entity::value).contains(
                tuple(EntityType.guest_name, "Ana Martínez"), tuple(EntityType.email, "ana.m@gmail.com"),
                tuple(EntityType.phone, "+34612345678"));
    }

    @Test
    void readsPhonesInTheGuestsRegion() {
        var brazil = extractor.extract("me liga no (11) 98765-4321", "pt", Locale.forLanguageTag("pt-BR"), TODAY);
        var portugal = extract("o meu telemóvel é 912 345 678", "pt");

        assertThat(brazil).extracting(Entity::value).contains("+5511987654321");
        assertThat(portugal).extracting(Entity::value).contains("+351912345678");
    }

    @Test
    void givesAnArgentineMobileTheNineItsE164FormNeeds() {
        var argentina = Locale.forLanguageTag("es-AR");

        assertThat(extractor.extract("mi cel 11 5432-8876", "es", argentina, TODAY)).extracting(Entity::value)
                .containsExactly("+5491154328876");
        assertThat(extractor.extract("el teléfono del trabajo es 11 4321-0987", "es", argentina, TODAY))
                .extracting(Entity::value).containsExactly("+541143210987");
    }

    @Test
    void recognisesBookingReferencesOnlyWhenTheyLookLikeOne() {
        assertThat(extract("mi reserva hr-2026-00123", "es")).extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityType.booking_reference, "HR-2026-00123"));
        assertThat(extract("order XKBKNABJK please", "en")).extracting(Entity::value).containsExactly("XKBKNABJK");
        assertThat(extract("QUIERO CANCELAR RESERVADO", "es")).extracting(Entity::type)
                .doesNotContain(EntityType.booking_reference);
    }

    @Test
    void takesVowelRichReferencesButNotWordsInCapitals() {
        // a quarter of QloApps references have three or more vowels; their consonant pairs give them away
        assertThat(extract("hola, el codigo es QWERTZUIO", "es")).extracting(Entity::value).contains("QWERTZUIO");
        assertThat(extract("UEKZAIBDO", "pt")).extracting(Entity::value).containsExactly("UEKZAIBDO");
        assertThat(extract("booking under AIKUEPOGS thanks", "en")).extracting(Entity::value)
                .contains("AIKUEPOGS");
        assertThat(extract("is it AVAILABLE on friday?", "en")).extracting(Entity::type)
                .doesNotContain(EntityType.booking_reference);
        assertThat(extract("ANULAR RESERVA QWERTZUIO", "es")).extracting(Entity::value).contains("QWERTZUIO");
        assertThat(extract("PARA DICIEMBRE: BREAKFAST INCLUIDO?", "es")).extracting(Entity::type)
                .doesNotContain(EntityType.booking_reference);
        assertThat(extract("RESERVA PARA DICIEMBRE POR FAVOR BKQEAIUOT", "es")).extracting(Entity::value)
                .doesNotContain("DICIEMBRE");
    }

    @Test
    void readsAmountsWithTheirCurrency() {
        assertThat(extract("pagué 1.250,50 € de señal", "es")).extracting(Entity::value, Entity::unit)
                .containsExactly(tuple("1250.5", "EUR"));
        assertThat(extract("fiz um pix de R$ 300", "pt")).extracting(Entity::value, Entity::unit)
                .containsExactly(tuple("300", "BRL"));
        assertThat(extract("I paid $150.75", "en")).extracting(Entity::value, Entity::unit)
                .containsExactly(tuple("150.75", "USD"));
        assertThat(extract("ya hice la transferencia de S/ 480", "es")).extracting(Entity::value, Entity::unit)
                .containsExactly(tuple("480", "PEN"));
        assertThat(extract("I paid R2400 by EFT", "en")).extracting(Entity::value, Entity::unit)
                .containsExactly(tuple("2400", "ZAR"));
    }

    @Test
    void countsGuestsFromWords() {
        assertThat(extract("somos dos adultos y tres niños", "es")).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.adults, "2"), tuple(EntityType.children, "3"));
        assertThat(extract("somos um casal", "pt")).extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityType.adults, "2"));
        assertThat(extract("we're a family of four", "en")).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.adults, "2"), tuple(EntityType.children, "2"));
        assertThat(extract("two kids", "en")).extracting(Entity::type, Entity::value)
                .containsExactly(tuple(EntityType.children, "2"));
    }

    @Test
    void mapsRoomTypeSynonyms() {
        assertThat(extract("quarto de casal ou de solteiro", "pt")).extracting(Entity::value)
                .containsExactly("double", "single");
        assertThat(extract("habitación matrimonial, una individual y una suite", "es")).extracting(Entity::value)
                .containsExactly("double", "single", "suite");
        assertThat(extract("a twin or a family room", "en")).extracting(Entity::value)
                .containsExactly("twin", "family");
    }

    @Test
    void marksTheCorrectedRangeAsPrevious() {
        var entities = extract("del 10 al 17... no, cámbialo del 12 al 19", "es");

        assertThat(entities).extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                tuple(EntityType.check_in, "2026-12-10", "previous"),
                tuple(EntityType.check_out, "2026-12-17", "previous"),
                tuple(EntityType.check_in, "2026-12-12", null),
                tuple(EntityType.check_out, "2026-12-19", null));
    }

    @Test
    void derivesTheCheckOutFromNights() {
        assertThat(extract("for 3 nights from dec 3", "en")).extracting(Entity::type, Entity::value).contains(
                tuple(EntityType.nights, "3"), tuple(EntityType.check_in, "2026-12-03"),
                tuple(EntityType.check_out, "2026-12-06"));
    }

    @Test
    void survivesAHundredKilobytesOfText() {
        var text = "hola del 3 al 5 de diciembre 612345678 ".repeat(2_600);

        assertThat(extract(text, "es")).isNotEmpty();
    }

    @Test
    void readsTheRoomAndTheCountTheGuestLeaves() {
        assertThat(extract("¿Se puede cambiar de habitación doble a una con dos camas?", "es"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                        tuple(EntityType.room_type, "double", StayDates.PREVIOUS),
                        tuple(EntityType.room_type, "twin", null));
        assertThat(extract("dá pra trocar de quarto de casal pra suíte?", "pt"))
                .extracting(Entity::value, Entity::role).containsExactly(
                        tuple("double", StayDates.PREVIOUS), tuple("suite", null));
        assertThat(extract("Che, en vez de 3 adultos somos 2, se bajó uno", "es"))
                .extracting(Entity::type, Entity::value, Entity::role).containsExactly(
                        tuple(EntityType.adults, "3", StayDates.PREVIOUS), tuple(EntityType.adults, "2", null));
    }

    @Test
    void countsNoGuestsAddedToABookingAndNoSuiteInAnEnSuite() {
        assertThat(extract("quiero agregar una persona más a mi reserva", "es")).isEmpty();
        assertThat(extract("Queremos acrescentar uma criança à reserva", "pt")).isEmpty();
        assertThat(extract("Are all the rooms en-suite?", "en")).isEmpty();
        assertThat(extract("cuanto sale la noche en suite?", "es")).extracting(Entity::value).containsExactly("suite");
        assertThat(extract("Quando me devolvem a caução? Já passou uma semana", "pt")).isEmpty();
    }

    @Test
    void takesAnyNineLettersRightAfterTheReferenceIsNamed() {
        assertThat(extract("Please cancel the reservation POIUYTREW", "en")).extracting(Entity::value)
                .containsExactly("POIUYTREW");
        assertThat(extract("mi codigo de reserva es lmnbvcxza, todo ok?", "es")).extracting(Entity::value)
                .containsExactly("LMNBVCXZA");
        // small letters that make a word are a word
        assertThat(extract("my booking reference is somewhere", "en")).isEmpty();
    }

    @Test
    void readsCountsAndRoomsChangedFromOneToAnother() {
        assertThat(extract("passamos de 3 para 4 adultos", "pt")).extracting(Entity::value, Entity::role)
                .containsExactlyInAnyOrder(tuple("3", StayDates.PREVIOUS), tuple("4", null));
        assertThat(extract("there'll be three adults now not two", "en")).extracting(Entity::value, Entity::role)
                .containsExactlyInAnyOrder(tuple("3", null), tuple("2", StayDates.PREVIOUS));
        assertThat(extract("tenía una doble y ahora quiero una suite", "es")).extracting(Entity::value, Entity::role)
                .containsExactly(tuple("double", StayDates.PREVIOUS), tuple("suite", null));
        assertThat(extract("cambiar la habitación de dos camas que reservé por una matrimonial", "es"))
                .extracting(Entity::value, Entity::role)
                .containsExactly(tuple("twin", StayDates.PREVIOUS), tuple("double", null));
        assertThat(extract("After a room with 2 single beds", "en")).extracting(Entity::value).containsExactly("twin");
    }

    @Test
    void readsOneSoleNightAndThousandsGroupedBySpaces() {
        assertThat(extract("algo libre para mañana? una sola noche", "es")).extracting(Entity::type)
                .contains(EntityType.nights, EntityType.check_out);
        assertThat(extract("I've EFT'd R2 300 for the deposit", "en")).extracting(Entity::value, Entity::unit)
                .containsExactly(tuple("2300", "ZAR"));
    }

    @Test
    void readsTheDollarOfNewZealandAndUruguayGuests() {
        assertThat(extractor.extract("the site says $275", "en", Locale.forLanguageTag("en-NZ"), TODAY))
                .extracting(Entity::unit).containsExactly("NZD");
        assertThat(extractor.extract("eran $8.500", "es", Locale.forLanguageTag("es-UY"), TODAY))
                .extracting(Entity::value, Entity::unit).containsExactly(tuple("8500", "UYU"));
    }
}

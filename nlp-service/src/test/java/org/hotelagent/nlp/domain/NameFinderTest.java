package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

class NameFinderTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private List<String> names(String text, String language) {
        return extractor.extract(text.replace("\\n", "\n"), language, null, LocalDate.of(2026, 11, 25)).stream()
                .filter(e -> e.type() == EntityType.guest_name).map(Entity::value).toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Marta Gómez|es|Marta Gómez",
            "John Smith|en|John Smith",
            "  Luiz Carlos Prado.|pt|Luiz Carlos Prado",
            "Ana Ruiz, ana.ruiz@gmail.com, 612 34 56 78|es|Ana Ruiz",
            "Hola,\\nquiero reservar la doble del 3 al 5.\\nUn saludo,\\nPedro Alonso|es|Pedro Alonso",
            "Dear team,\\nplease book me a twin for Friday.\\nKind regards,\\nOlivia\\n+44 7700 900123|en|Olivia",
            "Name: Tom Reed\\nPhone: 415 555 0120|en|Tom Reed",
            "is it booked under Kowalski?|en|Kowalski",
            "quero cancelar a reserva no nome de Carla Mota|pt|Carla Mota",
            "¿está confirmada la reserva de Pedro Ramos para el 12?|es|Pedro Ramos",
            "cancel reservation for Mark Evans, Dec 3|en|Mark Evans",
            "a reserva da Fernanda Lima pro dia 20 está ok?|pt|Fernanda Lima",
            "a twin for Monday night. Name's Raj Patel|en|Raj Patel",
            "just checking you have got my booking for Friday under Hughes?|en|Hughes",
            "reserva para mañana, habitacion doble, nombre Jorge Pastor, tlf 689 201 447|es|Jorge Pastor",
            "Chamo-me Ricardo Antunes, telemóvel 914 227 305|pt|Ricardo Antunes",
            "Sarah Thompson, mobile 07845 219 306|en|Sarah Thompson",
            "I booked for the 20th. Surname is Hughes|en|Hughes",
            "la factura a nombre de la empresa, por favor.\\nMuchas gracias,\\nAlberto Sanz|es|Alberto Sanz",
            "Lucía Prieto Soler, 2 adultos y 1 niño|es|Lucía Prieto Soler",
            "Hola, quiero reservar. Iván Soto, 2 adultos, del 4 al 6 de mayo|es|Iván Soto",
            "queria um quarto duplo para 2 noites a partir de 3 de abril. Rita Fonseca|pt|Rita Fonseca",
            "a double for the 9th, 2 nights please. Cheers, Liam|en|Liam",
            "Mis datos: Camila Sepúlveda, camila.sepulveda@gmail.com|es|Camila Sepúlveda",
            "Seguem meus dados: Rafael Nogueira, (21) 99876-5432.\\n\\nAtenciosamente,\\nRafael|pt|Rafael Nogueira",
            "Por favor corrijan el nombre de la reserva, es Ximena Quispe Huamán con X|es|Ximena Quispe Huamán",
            "O nome na reserva está errado, o correto é Beatriz Sousa Lopes|pt|Beatriz Sousa Lopes",
            "Is it possible to change the name on the booking to Aoife Brennan?|en|Aoife Brennan",
            "Atentamente,\\nJorge Luis Mendoza Paredes|es|Jorge Luis Mendoza Paredes",
            "Yours faithfully\\nPieter van der Merwe|en|Pieter van der Merwe",
            "Carolina Mendes da Silva|pt|Carolina Mendes da Silva",
            "can you put the booking under my partner's name, Aroha Ngata?|en|Aroha Ngata",
            "is my booking under the right name? should be Liam O'Connor|en|Liam O'Connor",
            "Preciso trocar o nome da reserva pra Fernanda Oliveira Santos|pt|Fernanda Oliveira Santos"})
    void findsTheNameWhereverTheGuestPutsIt(String text, String language, String name) {
        assertThat(names(text, language)).containsExactly(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buenas Tardes", "Good Morning!", "Muito Obrigado", "TEM VAGA PRA HOJE", "Feliz Navidad",
            "Thanks, Rose", "Viernes Santo", "preciso de fatura em nome da empresa", "Hasta Luego",
            "WIFI KEEPS DROPPING, I'M TRYING TO WORK", "la reserva de Diciembre", "a reservation for Two Adults",
            "el nombre de la empresa es otro", "what name is the booking under?",
            "Estimados Señores, quisiera saber el precio", "see you on Friday. Buenas Noches"})
    void findsNoNameInRepliesThatOnlyLookLikeOne(String text) {
        assertThat(names(text, "es")).isEmpty();
    }

    @Test
    void marksTheNameTheGuestReplaces() {
        var names = extractor.extract("Debe figurar Rosa Elvira Quispe en lugar de Rosa Quispe.", "es", null,
                LocalDate.of(2026, 11, 25));
        assertThat(names).extracting(Entity::value, Entity::role).containsExactly(
                tuple("Rosa Elvira Quispe", null), tuple("Rosa Quispe", StayDates.PREVIOUS));
    }
}

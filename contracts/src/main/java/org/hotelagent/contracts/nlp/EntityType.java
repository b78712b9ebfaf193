package org.hotelagent.contracts.nlp;

/** The closed set of entity types; JSON uses these names as they are. */
public enum EntityType {
    check_in, check_out, nights, adults, children, room_type, guest_name, email, phone, booking_reference, amount
}

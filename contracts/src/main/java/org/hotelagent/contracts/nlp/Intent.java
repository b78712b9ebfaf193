package org.hotelagent.contracts.nlp;

/** The closed set of things a guest can mean; JSON uses these names as they are. */
public enum Intent {
    greeting, goodbye, thanks, check_availability, make_reservation, modify_reservation, cancel_reservation,
    reservation_status, room_info, pricing, hotel_info, amenities_request, complaint, payment, human_handoff,
    affirm, deny, provide_info, out_of_scope
}

package org.hotelagent.orchestrator.domain;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Reply texts; English here, Spanish and Portuguese in {@code messages/replies_<lang>.properties} (Brazilian in
 * {@code replies_pt}, European in {@code replies_pt_PT}). Short, because they are read on a phone.
 */
@MessageBundle(value = "replies", locale = "en")
public interface Replies {

    @Message("Hi {name}! I'm the hotel's virtual assistant and I've got your message: “{text}”.")
    String acknowledged(String name, String text);

    @Message("Hi! I'm the hotel's virtual assistant and I've got your message: “{text}”.")
    String acknowledgedAnonymous(String text);

    @Message("Hi! I'm the hotel's virtual assistant. I can only read text messages for now: could you type it?")
    String cannotRead();

    @Message("Hi {name}! I'm the hotel's virtual assistant. How can I help you?")
    String greeting(String name);

    @Message("Hi! I'm the hotel's virtual assistant. How can I help you?")
    String greetingAnonymous();

    @Message("You're welcome! Anything else I can do for you?")
    String thanks();

    @Message("Goodbye, and see you soon! I'm here whenever you need anything.")
    String goodbye();

    @Message("Sure! What dates would you like? Tell me the arrival and departure, or how many nights.")
    String askDates();

    @Message("Arriving on {checkIn}. Until when would you stay, or for how many nights?")
    String askCheckOut(String checkIn);

    @Message("How many people will be staying, adults and children?")
    String askParty();

    @Message("That date has already passed. What dates would you like?")
    String pastDate();

    @Message("The departure has to be after the arrival. What dates would you like?")
    String badDates();

    @Message("For {party}, {stay}, we have:\n{lines}\nWhich one would you like?")
    String offers(String stay, String party, String lines);

    @Message("• {room}: {total} in total")
    String offerLine(String room, String total);

    @Message("Sorry, we have nothing free {stay} for {party}. Shall we try other dates?")
    String noRooms(String stay, String party);

    @Message("Great choice. Whose name shall I put the booking under?")
    String askName();

    @Message("Let me confirm: {room}, {stay} ({nights} {#if nights == 1}night{#else}nights{/if}), {party}. "
            + "Total: {total}. Shall I book it?")
    String confirmBooking(String room, String stay, int nights, String party, String total);

    @Message("Done! Your booking is confirmed. Reference: {reference}. Total: {total}. See you on {checkIn}!")
    String booked(String reference, String total, String checkIn);

    @Message("No problem, nothing is booked. What would you like to change: dates, guests or room?")
    String whatToChange();

    @Message("Sorry, that room has just changed price or been taken. Shall I check again?")
    String bookingRefused();

    @Message("Could you give me your booking reference? It is in your confirmation.")
    String askReference();

    @Message("I can't find a booking with reference {reference}. Could you check it?")
    String notFound(String reference);

    @Message("Sorry, I can't manage that booking from this contact. Please write to us from the phone or email "
            + "it was made with.")
    String notYours();

    @Message("Booking {reference}, {stay}, {total}. Are you sure you want to cancel it?")
    String confirmCancel(String reference, String stay, String total);

    @Message("Booking {reference} is cancelled. We hope to see you another time!")
    String cancelled(String reference);

    @Message("Booking {reference} is cancelled.")
    String alreadyCancelled(String reference);

    @Message("All right, booking {reference} stays as it is.")
    String kept(String reference);

    @Message("Your booking {reference} is confirmed: {stay}, {party}. Total: {total}.")
    String status(String reference, String stay, String party, String total);

    @Message("What are the new dates for booking {reference}?")
    String askNewDates(String reference);

    @Message("Booking {reference} would then be {stay} ({nights} {#if nights == 1}night{#else}nights{/if}). "
            + "Shall I change it?")
    String confirmChange(String reference, String stay, int nights);

    @Message("Done: booking {reference} is now {stay}. New total: {total}.")
    String changed(String reference, String stay, String total);

    @Message("Sorry, we have no room free for those dates. Would other dates work?")
    String changeRefused();

    @Message("I'm checking with our reservations system, which is slow right now. I'll write to you as soon as I "
            + "have the answer.")
    String holding();

    @Message("Sorry, I didn't quite get that.")
    String notUnderstood();

    @Message("from {checkIn} to {checkOut}")
    String stay(String checkIn, String checkOut);

    @Message("{adults} {#if adults == 1}adult{#else}adults{/if}{#if children > 0} and {children} "
            + "{#if children == 1}child{#else}children{/if}{/if}")
    String party(int adults, int children);

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("See rooms")
    String roomsButton();

    @Message("Rooms")
    String roomsSection();

    @Message("I'm passing you to a colleague at the hotel, who will write to you here shortly.")
    String handedOver();

    @Message("We're outside office hours right now, but I've alerted the person on duty, who will write to you here "
            + "as soon as possible.")
    String handedOverOutOfHours();

    @Message("Good question! I don't have that information at hand, so I'll ask the team and get back to you here.")
    String askingTheTeam();
}

package org.hotelagent.orchestrator.signin;

import java.util.Set;

/**
 * Someone who may sign in to the staff page.
 *
 * @param hotelId the hotel the user works for, or {@code *} for every hotel
 */
public record StaffUser(String name, Set<String> roles, String hotelId, PasswordHash password) {
}

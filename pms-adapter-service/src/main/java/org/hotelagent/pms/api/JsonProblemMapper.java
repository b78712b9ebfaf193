package org.hotelagent.pms.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Answers an unreadable JSON body with an invalid-request problem instead of the framework's default. Mismatched
 * input (a date that is no date) is named on its own: Quarkus ships a mapper for exactly that type, which would
 * otherwise win over the general one.
 */
class JsonProblemMapper {

    @ServerExceptionMapper
    Response unreadable(JsonProcessingException failure) {
        return Problems.invalid("The body is not valid JSON for this operation: " + failure.getOriginalMessage());
    }

    @ServerExceptionMapper
    Response mismatched(MismatchedInputException failure) {
        return unreadable(failure);
    }
}

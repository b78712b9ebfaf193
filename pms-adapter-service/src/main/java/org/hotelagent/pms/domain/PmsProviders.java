package org.hotelagent.pms.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.hotelagent.pms.config.PmsConfig;

/**
 * Picks the PMS of a hotel from {@code pms.hotels."<hotelId>".provider} (the built-in PMS when absent), and the PMS
 * of a booking from its reference, which each provider recognises as its own.
 */
@ApplicationScoped
class PmsProviders {

    static final String BUILTIN = "builtin";

    private final List<PmsProvider> providers;
    private final PmsConfig config;

    PmsProviders(@Any Instance<PmsProvider> providers, PmsConfig config) {
        this.providers = providers.stream().toList();
        this.config = config;
    }

    PmsProvider forHotel(String hotelId) {
        var hotel = config.hotels().get(hotelId);
        return named(hotel == null ? BUILTIN : hotel.provider());
    }

    /** The provider whose reference format this is; the built-in PMS answers for anything else (not found). */
    PmsProvider forReference(String reference) {
        return providers.stream().filter(provider -> provider.owns(reference)).findFirst()
                .orElseGet(() -> named(BUILTIN));
    }

    private PmsProvider named(String name) {
        return providers.stream().filter(provider -> provider.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No PMS provider is named " + name
                        + "; pms.hotels.<id>.provider must be builtin or qloapps"));
    }
}

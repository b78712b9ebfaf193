package org.hotelagent.gateway.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hotelagent.gateway.config.GatewayConfig;

/** The hotels that offer a web chat, and the name each shows its guests. */
@ApplicationScoped
public class WebChatSites {

    private final Map<String, String> nameByHotel = new LinkedHashMap<>();

    @Inject
    WebChatSites(GatewayConfig config) {
        this(config.webchat().hotels().orElse(List.of()));
    }

    WebChatSites(List<String> sites) {
        for (var entry : sites) {
            var parts = entry.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        "gateway.webchat.hotels entries must be hotelId:Name, got '" + entry + "'");
            }
            nameByHotel.put(parts[0].trim(), parts[1].trim());
        }
    }

    /** The hotel's name, when it has a web chat. */
    public Optional<String> nameOf(String hotelId) {
        return Optional.ofNullable(hotelId == null ? null : nameByHotel.get(hotelId));
    }
}

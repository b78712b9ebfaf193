package org.hotelagent.audio.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.hotelagent.audio.domain.AudioTools;

/** Which guest languages this host can hear and speak. */
@Path("/api/languages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Languages", description = "Audio capabilities per guest language")
public class LanguageResource {

    private final AudioTools tools;

    LanguageResource(AudioTools tools) {
        this.tools = tools;
    }

    @GET
    @RunOnVirtualThread // waits for an espeak-ng process
    @Operation(summary = "Report speech-to-text and text-to-speech readiness for es, en and pt")
    @APIResponse(responseCode = "200", description = "One entry per supported language",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LanguageResponse.class)))
    public List<LanguageResponse> list() {
        return tools.capabilities().languages().stream().map(LanguageResponse::from).toList();
    }
}

package org.hotelagent.contracts.message;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A media file a guest sent. Voice notes travel inline ({@code data}) up to a configured bound; beyond it, or when the
 * download failed, {@code data} is null and {@code omittedReason} says why, so a consumer can fetch by {@code id}.
 *
 * @param id        the channel's media id
 * @param sha256    hex digest of the bytes as the channel reported it, if it did
 * @param sizeBytes size of the file when known, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaRef(String id, String mimeType, String sha256, Long sizeBytes, byte[] data,
                       String omittedReason) {
}

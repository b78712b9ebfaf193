package org.hotelagent.pms.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the PMS API, under the {@code pms} prefix. */
@ConfigMapping(prefix = "pms")
public interface PmsConfig {

    /** How long the room types of a hotel stay in the Redis cache (static data: changed by staff, rarely). */
    @WithDefault("5m")
    Duration roomTypesTtl();
}

package org.hotelagent.nlp.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * Registers an in-memory span exporter as a CDI bean, which Quarkus exports every span to. It only ever receives
 * spans in a profile that turns the OpenTelemetry SDK on (see {@code TracingTest}); by default the SDK is off.
 */
public class SpanRecorder {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}

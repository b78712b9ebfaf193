package org.hotelagent.audio.domain;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves a configured model path: absolute paths as given; relative ones next to the application first, so the
 * bundled model is found whatever the working directory (repo root, e2e-tests/, /deployments).
 */
final class ModelLocation {

    /** quarkus-app/app/x.jar reaches quarkus-app in two steps; target/classes reaches target in one. */
    private static final int ANCESTORS = 3;

    private ModelLocation() {
    }

    static Path resolve(Path configured, List<Path> appLocations, Predicate<Path> exists) {
        if (configured.isAbsolute()) {
            return configured;
        }
        return candidates(appLocations).stream().map(base -> base.resolve(configured)).filter(exists).findFirst()
                .orElseGet(configured::toAbsolutePath);
    }

    static Path resolve(Path configured) {
        return resolve(configured, appLocations(), Files::isDirectory);
    }

    private static List<Path> candidates(List<Path> appLocations) {
        var candidates = new ArrayList<Path>();
        for (var location : appLocations) {
            var dir = location.toAbsolutePath().normalize();
            for (int i = 0; i < ANCESTORS && dir != null; i++, dir = dir.getParent()) {
                candidates.add(dir);
            }
        }
        return candidates;
    }

    /** Where this code was loaded from and the launched jar: either may be missing under some class loaders. */
    private static List<Path> appLocations() {
        var locations = new ArrayList<Path>();
        codeSource().ifPresent(locations::add);
        var classPath = System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0];
        if (!classPath.isBlank()) {
            locations.add(Path.of(classPath));
        }
        return locations;
    }

    private static Optional<Path> codeSource() {
        try {
            var source = ModelLocation.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}

package org.hotelagent.audio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocationTest {

    @TempDir
    Path root;

    @Test
    void findsTheBundledModelBesideThePackagedAppWhateverTheWorkingDirectory() throws IOException {
        var app = Files.createDirectories(root.resolve("quarkus-app/app")).resolve("audio-service.jar");
        var model = Files.createDirectories(root.resolve("quarkus-app/models/en"));

        assertThat(ModelLocation.resolve(Path.of("models/en"), List.of(app), Files::isDirectory)).isEqualTo(model);
    }

    @Test
    void findsTheBuildModelFromTheClassesDirectoryInTestsAndDevMode() throws IOException {
        var classes = Files.createDirectories(root.resolve("target/classes"));
        var model = Files.createDirectories(root.resolve("target/models/en"));

        assertThat(ModelLocation.resolve(Path.of("models/en"), List.of(classes), Files::isDirectory))
                .isEqualTo(model);
    }

    @Test
    void keepsAbsolutePathsAndFallsBackToTheWorkingDirectory() {
        var mounted = root.resolve("mnt/vosk-model-small-es-0.42");

        assertThat(ModelLocation.resolve(mounted, List.of(root), path -> true)).isEqualTo(mounted);
        assertThat(ModelLocation.resolve(Path.of("models/pt"), List.of(root), path -> false))
                .isEqualTo(Path.of("models/pt").toAbsolutePath());
    }
}

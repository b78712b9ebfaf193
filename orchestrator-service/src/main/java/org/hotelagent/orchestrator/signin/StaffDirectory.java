package org.hotelagent.orchestrator.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff users, read once from a file of lines {@code <user> <roles,comma,separated> <hotelId|*> <password hash>}
 * ({@code #} starts a comment). A file rather than properties, so an operator mounts it as a Kubernetes Secret.
 */
@ApplicationScoped
public class StaffDirectory {

    /** Checked against when the user is unknown, so an unknown name costs as much time as a wrong password. */
    private static final PasswordHash DECOY = PasswordHash.of("decoy".toCharArray(), new byte[16], 210_000);

    private final Map<String, StaffUser> users;

    @Inject
    StaffDirectory(@ConfigProperty(name = "staff.users-file") Optional<Path> file) {
        this(file.map(StaffDirectory::read).orElseGet(Map::of));
    }

    StaffDirectory(Map<String, StaffUser> users) {
        this.users = users;
    }

    /** The user whose password this is, or empty; as slow for an unknown user as for a known one. */
    public Optional<StaffUser> authenticate(String name, char[] password) {
        var user = name == null ? null : users.get(name.strip().toLowerCase());
        var matches = (user == null ? DECOY : user.password()).matches(password);
        return matches && user != null ? Optional.of(user) : Optional.empty();
    }

    static Map<String, StaffUser> parse(Iterable<String> lines) {
        var users = new HashMap<String, StaffUser>();
        int number = 0;
        for (var line : lines) {
            number++;
            var content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            var fields = content.split("\\s+");
            if (fields.length != 4) {
                throw new IllegalArgumentException("staff users line " + number
                        + ": expected <user> <roles> <hotelId|*> <password hash>");
            }
            var roles = new LinkedHashSet<>(Arrays.asList(fields[1].split(",")));
            var name = fields[0].toLowerCase();
            users.put(name, new StaffUser(name, roles, fields[2], PasswordHash.parse(fields[3])));
        }
        return Map.copyOf(users);
    }

    private static Map<String, StaffUser> read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staff users file " + file, e);
        }
    }
}

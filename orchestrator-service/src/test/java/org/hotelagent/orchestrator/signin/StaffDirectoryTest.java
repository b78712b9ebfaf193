package org.hotelagent.orchestrator.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StaffDirectoryTest {

    private static final String HASH = PasswordHash.of("pw".toCharArray(), new byte[] {1, 2, 3, 4}, 1_000).format();

    @Test
    void readsUsersRolesAndHotelSkippingCommentsAndBlankLines() {
        var users = StaffDirectory.parse(List.of("# staff", "", "Ana@Hotel staff,admin demo-hotel " + HASH));
        var ana = users.get("ana@hotel");

        assertThat(ana.roles()).containsExactly("staff", "admin");
        assertThat(ana.hotelId()).isEqualTo("demo-hotel");
        assertThat(ana.password().matches("pw".toCharArray())).isTrue();
        assertThat(ana.password().matches("pW".toCharArray())).isFalse();
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        assertThatThrownBy(() -> StaffDirectory.parse(List.of("# ok", "ana staff " + HASH)))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> StaffDirectory.parse(List.of("ana staff * plaintext-password")))
                .hasMessageContaining("pbkdf2-sha256");
    }

    @Test
    void authenticatesCaseInsensitiveUserNamesOnly() {
        var directory = new StaffDirectory(StaffDirectory.parse(List.of("ana@hotel staff * " + HASH)));

        assertThat(directory.authenticate(" ANA@hotel ", "pw".toCharArray())).isPresent();
        assertThat(directory.authenticate("ana@hotel", "wrong".toCharArray())).isEmpty();
        assertThat(directory.authenticate("bob@hotel", "pw".toCharArray())).isEmpty();
        assertThat(directory.authenticate(null, "pw".toCharArray())).isEmpty();
    }
}

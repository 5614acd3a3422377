package erp.onlinesync.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A user's password and activity change by their rules, each with the module chatter's entry. */
class ModuleUserTest {

    private final ModuleUser user = new ModuleUser("carla", "hash-0", Set.of(Role.AUDITOR), Instant.EPOCH);

    @Test
    void aResetPasswordMustBeChangedAndTheUsersOwnChoiceClearsThat() {
        assertFalse(user.isPasswordChangeRequired());
        assertEquals("admin reset the password of carla; it must be changed at the next sign-in", user.passwordReset("hash-1", "admin"));
        assertTrue(user.isPasswordChangeRequired());
        assertEquals("hash-1", user.getPasswordHash());
        assertEquals("carla changed their password", user.passwordChanged("hash-2"));
        assertFalse(user.isPasswordChangeRequired());
        assertEquals("hash-2", user.getPasswordHash());
    }

    @Test
    void deactivatingTellsOnceAndReactivatingAgain() {
        assertEquals(Optional.of("admin deactivated the user carla: no sign-in from now on"), user.activeSet(false, "admin"));
        assertFalse(user.isActive());
        assertEquals(Optional.empty(), user.activeSet(false, "admin"), "nothing changed, nothing told");
        assertEquals(Optional.of("admin reactivated the user carla"), user.activeSet(true, "admin"));
        assertTrue(user.isActive());
    }

    @Test
    void aCallActsInTheCompanyItNamesWhenGrantedElseInTheFirstAndNeverInAnother() {
        assertEquals(OptionalLong.empty(), user.companyToActIn(null), "no company granted: none to act in");
        assertEquals(Optional.of("admin changed the companies of carla from [] to [1, 7]"), user.companiesSet(Set.of(7L, 1L), "admin"));
        assertEquals(OptionalLong.of(1), user.companyToActIn(null), "the first by id");
        assertEquals(OptionalLong.of(7), user.companyToActIn(7L));
        assertEquals(OptionalLong.empty(), user.companyToActIn(2L), "a company not granted is never acted in");
        assertEquals(Optional.empty(), user.companiesSet(Set.of(1L, 7L), "admin"), "nothing changed, nothing told");
        user.companiesSet(Set.of(7L), "admin");
        assertEquals(OptionalLong.empty(), user.companyToActIn(1L), "a company taken away is not acted in any more");
    }
}

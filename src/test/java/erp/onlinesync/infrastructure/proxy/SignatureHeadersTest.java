package erp.onlinesync.infrastructure.proxy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HeaderParam;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The REST client reads these fields from many threads at once: see the class's pitfall. */
class SignatureHeadersTest {

    @Test
    void everyHeaderFieldIsPublicSoThatConcurrentCallsNeedNoAccessibleFlag() {
        for (Field field : SignatureHeaders.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(HeaderParam.class)) {
                assertTrue(Modifier.isPublic(field.getModifiers()), field.getName());
            }
        }
        assertTrue(Modifier.isPublic(SignatureHeaders.class.getModifiers()));
    }
}

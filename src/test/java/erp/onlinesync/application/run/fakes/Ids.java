package erp.onlinesync.application.run.fakes;

import java.lang.reflect.Field;

/** Gives entities the ids and injected fields a database and a container would, for tests without either. */
public final class Ids {

    private Ids() {
    }

    public static <T> T withId(T entity, long id) {
        return set(entity, "id", id);
    }

    /** Sets a field declared by the object's class or one of its superclasses. */
    public static <T> T set(T target, String field, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return target;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + field);
    }
}

package erp.onlinesync.domain.shared;

/**
 * The stable id of this installation, sent to the proxy as {@code utils.db_uuid} with every call. It
 * belongs to the database, so every node of a cluster sends the same one, and a copy of the database
 * gets a new one when it is neutralized.
 */
public interface Installation {

    /** The id, created once on first use; never null. */
    String id();

    /**
     * Replaces the id by a new random one, for a copied database that must not pass for the original.
     *
     * @return the new id
     */
    String renew();
}

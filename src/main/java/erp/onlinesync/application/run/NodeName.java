package erp.onlinesync.application.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name in run claims, so that a claim says where its run lives: {@code sync.node-name}
 * when set, else the host name and a random suffix chosen once per start (two nodes on one host, or
 * a node restarted while its old claims are still leased, never share a name).
 */
@ApplicationScoped
public class NodeName {

    /** Leaves room for the suffix in {@code sync_run.claimed_by}. */
    private static final int HOST_MAX = 80;

    private final String name;

    @Inject
    public NodeName(@ConfigProperty(name = "sync.node-name") Optional<String> configured) {
        this.name = configured.filter(n -> !n.isBlank()).orElseGet(NodeName::generated);
    }

    /** For CDI's proxy. */
    protected NodeName() {
        this.name = null;
    }

    public String name() {
        return name;
    }

    static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
            host = host.length() <= HOST_MAX ? host : host.substring(0, HOST_MAX);
        } catch (UnknownHostException e) {
            host = "node";
        }
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return host + "-" + HexFormat.of().formatHex(suffix);
    }
}

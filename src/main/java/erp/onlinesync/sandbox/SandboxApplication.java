package erp.onlinesync.sandbox;

import erp.onlinesync.sandbox.connect.ConnectResource;
import erp.onlinesync.sandbox.connect.LogoResource;
import erp.onlinesync.sandbox.control.ControlResource;
import erp.onlinesync.sandbox.ponto.PontoConnectResource;
import erp.onlinesync.sandbox.proxy.ProxyResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The sandbox proxy's JAX-RS application, under {@code {context}/sandbox} (the module's
 * {@code sync.proxy.url} points here by default):
 * <ul>
 * <li>{@code POST proxy/v1/<name>}: the contract's calls ({@link ProxyResource});</li>
 * <li>{@code GET|POST connect}: the hosted connect page ({@link ConnectResource}), and
 * {@code GET logos/<id>.svg} for the institutions' logos;</li>
 * <li>{@code control/...}: the control API for tests and demos ({@link ControlResource});</li>
 * <li>{@code ponto/...}: a fake Ponto Connect for direct MyPonto links, with {@code ponto-control/...}
 * ({@link PontoConnectResource}).</li>
 * </ul>
 * It lists its classes so that it serves only them, and none of the module's API resources or providers
 * (whose JSON-B settings and exception mappers are the module's, not an outside proxy's). Switched off
 * by {@link SandboxSwitch}.
 */
@ApplicationPath("sandbox")
public class SandboxApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SandboxSwitch.class, ProxyResource.class, ConnectResource.class, LogoResource.class,
                ControlResource.class, PontoConnectResource.class);
    }
}

package erp.onlinesync.infrastructure.health;

import erp.onlinesync.infrastructure.proxy.ProxyCallWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the proxy answered its latest call, as a detail that never fails readiness: a proxy outage
 * must not take the accountants' pages out of the load balancer, but the admin should see it next to
 * the database's state. No call of its own: the latest real call says more than a probe would.
 */
@Readiness
@ApplicationScoped
public class ProxyReadiness implements HealthCheck {

    @Inject
    ProxyCallWatch watch;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("proxy").up();
        var last = watch.last();
        if (last == null) {
            return response.withData("last_call", "none since start").build();
        }
        return response.withData("last_call", last.at().toString()).withData("answered", last.answered()).build();
    }
}

package dev.ccp.renderer;

import dev.ccp.dsl.component.ServiceCatalog;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.problem.Suggestions;
import dev.ccp.dsl.service.Port;
import dev.ccp.dsl.service.ServiceDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code ccp domains list} (REFERENCE 1.11): the ingress host of every port with an
 * {@code ingress} value, {@code <ingress>.<configs.ingress.domain>}, whether or not the ingress
 * is enabled.
 */
public final class Domains {

    private Domains() {
    }

    /**
     * The domains of {@code components} in the order given, each service's ports in definition
     * order; of every service (sorted) when {@code components} is empty.
     *
     * @throws InvalidInputException naming every component that has no valid definition
     */
    public static List<String> list(ServiceCatalog catalog, CcpConfig config, Collection<String> components) {
        List<String> services = components.isEmpty() ? List.copyOf(catalog.definitions().keySet())
                : List.copyOf(components);
        List<Problem> problems = new ArrayList<>();
        for (String service : services) {
            if (!catalog.definitions().containsKey(service)) {
                problems.add(Problem.at(null, "", "unknown component '" + service + "'"
                        + Suggestions.didYouMean(service, catalog.definitions().keySet())));
            }
        }
        InvalidInputException.throwIfAny(null, problems);
        IngressSettings ingress = IngressSettings.from(config.configs());
        List<String> domains = new ArrayList<>();
        for (String service : services) {
            ServiceDefinition definition = catalog.definitions().get(service);
            for (Port port : definition.service().ports()) {
                if (port.ingress() != null) {
                    domains.add(ingress.host(port.ingress()));
                }
            }
        }
        return domains;
    }
}

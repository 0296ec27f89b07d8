package dev.ccp.dsl.jinja.library;

import dev.ccp.dsl.jinja.engine.Builtins;
import java.util.List;

/**
 * Everything the dialect adds to Jinjava or replaces in it: Jinja2's {@code for} (with
 * {@code if} and {@code else}), {@code with} and {@code filter} tags; Jinja2's versions of the
 * {@code defined}/{@code undefined}/{@code none} tests and of the filters Jinjava gets wrong;
 * CCP's filters and global functions.
 */
public final class DialectLibrary {

    private DialectLibrary() {
    }

    public static Builtins builtins() {
        return new Builtins(
                List.of(new PyForTag(), new WithTag(), new FilterBlockTag()),
                List.of(
                        new DefaultFilter("default"), new DefaultFilter("d"),
                        new ToJsonFilter(), new SumFilter(), new RoundFilter(), new BatchFilter(),
                        new ItemsFilter(), MinMaxFilter.min(), MinMaxFilter.max(),
                        new JoinFilter(), new StringFilter(), new SortFilter(),
                        new HostFilter(), new GetHostByNameFilter()),
                UndefinedTests.all(),
                CcpFunctions.definitions());
    }
}

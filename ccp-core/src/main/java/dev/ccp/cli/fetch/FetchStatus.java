package dev.ccp.cli.fetch;

/**
 * How fetching one repository ended. The declaration order is the order of the summary lines;
 * the first four are those of the original ({@code Success}, {@code AlreadyExist},
 * {@code CloneFailure}, {@code CheckoutFailed}), the update states come with {@code --update}.
 */
public enum FetchStatus {
    CLONED("cloning succeeded", false),
    ALREADY_CLONED("is(are) already cloned", false),
    UPDATED("updated", false),
    CLONE_FAILED("cloning failed", true),
    CHECKOUT_FAILED("checkout failed", true),
    UPDATE_FAILED("update failed", true);

    private final String summary;
    private final boolean failure;

    FetchStatus(String summary, boolean failure) {
        this.summary = summary;
        this.failure = failure;
    }

    /** The words of the summary line: {@code N repository(s) <summary>: a, b}. */
    public String summary() {
        return summary;
    }

    public boolean isFailure() {
        return failure;
    }
}

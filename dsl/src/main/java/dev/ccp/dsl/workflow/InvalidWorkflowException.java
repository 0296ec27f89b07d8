package dev.ccp.dsl.workflow;

import dev.ccp.dsl.problem.CcpException;

/** A role file that is not a workflow ccp wrote: bad JSON, or a field of the wrong shape. */
public class InvalidWorkflowException extends CcpException {

    private static final long serialVersionUID = 1L;

    public InvalidWorkflowException(String message) {
        super(message);
    }

    public InvalidWorkflowException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.emend.web;

/**
 * A request refused before the domain sees it, with the problem to answer: a body that is not
 * the JSON the address takes. The domain's own refusals are {@link org.emend.failure.Failure}s.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

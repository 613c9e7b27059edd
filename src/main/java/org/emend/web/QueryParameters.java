package org.emend.web;

/**
 * Marks a {@code @BeanParam} class of query parameters, so that its validation failures are
 * reported as a bad request (400) rather than invalid body fields (422).
 */
public interface QueryParameters {
}

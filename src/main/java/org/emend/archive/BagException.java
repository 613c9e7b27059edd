package org.emend.archive;

import java.util.List;

/** A bag that cannot be restored, with everything that is wrong with it. */
public class BagException extends Exception {

    private final List<String> problems;

    public BagException(List<String> problems) {
        super(String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

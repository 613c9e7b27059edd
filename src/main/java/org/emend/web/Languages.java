package org.emend.web;

/** Language tags as Emend accepts them: BCP 47's common form ({@code zh}, {@code en}, {@code zh-Hans}). */
public final class Languages {

    public static final String TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    public static final String MESSAGE = "must be a language tag such as zh, en or zh-Hans";

    private Languages() {
    }
}

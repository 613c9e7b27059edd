package org.emend.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/** Background jobs, as a client follows them. */
public final class Jobs {

    private Jobs() {
    }

    /** Waits (a minute at most) until a job has finished, and checks it is done; its last answer. */
    public static ValidatableResponse awaitDone(String job) {
        return awaitDone(job, 60_000);
    }

    /** The same, waiting {@code millis} at most. */
    public static ValidatableResponse awaitDone(String job, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            ValidatableResponse answer = given().get("/api/v1/jobs/" + job).then().statusCode(200);
            String status = answer.extract().path("status");
            if (!status.equals("queued") && !status.equals("running")) {
                return answer.body("status", equalTo("done"));
            }
            assertThat(System.currentTimeMillis()).as("job " + job + " done in time").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
